//! The self-assessment page: checklist, results, managing assessments, export and
//! import, and where progress is kept.

use super::format_date;
use crate::assessment::AnswerValue;
use crate::corpus::Date;
use crate::storage::{PlanLabels, Status};

/// How the level and the percentage are computed; mirrors the rule in `assessment::scoring`.
pub const SCORING_EXPLANATION: &str = "Each level builds on the one before. You reach a level when you have \
answered ‘Yes’ to all statements of that level and of the levels below it. Statements you answer with \
‘N/A’ do not count. A level with only ‘N/A’ does not hold back the levels above it, but it does not \
count as reached either: it shows ‘N/A’. If you are on your way to the next level, you see how far. \
Every statement that applies counts the same in the score: ‘Yes’ is 1 point, ‘Partly’ is half a \
point, and ‘No’ or no answer yet is 0.";

/// The name of "level 0" in the UI.
pub const BELOW_FIRST_LEVEL: &str = "No level yet";

/// What an answer is called on screen, in print and in the reports.
pub fn answer_label(value: AnswerValue) -> &'static str {
    match value {
        AnswerValue::Nee => "No",
        AnswerValue::Deels => "Partly",
        AnswerValue::Ja => "Yes",
        AnswerValue::Nvt => "N/A",
    }
}

/// The name given to the single assessment of schema v1 data.
pub const V1_ASSESSMENT_NAME: &str = "My self-assessment";

/// The reminder when `State::unexported` is not empty.
pub const UNEXPORTED_REMINDER: &str = "You have answers that are not saved in a file yet. \
Export them, so you do not lose them if the browser data is cleared.";

/// CSV column headers, in column order.
pub const CSV_HEADER: [&str; 8] =
    ["self_assessment", "topic", "level", "statement_id", "statement", "answer", "note", "evidence"];

/// An answer in the CSV export: the word the checklist shows for it, as the ids
/// (`ja`, `nee`) the Dutch export keeps are Dutch words.
pub fn csv_answer(value: AnswerValue) -> &'static str {
    answer_label(value)
}

/// The name of an action's status, in the plan and in its exports.
pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Gepland => "Planned",
        Status::Bezig => "In progress",
        Status::Klaar => "Done",
        Status::Vervallen => "Dropped",
    }
}

/// The action plan's CSV column headers, in column order.
pub const PLAN_CSV_HEADER: [&str; 8] = ["what", "who", "due", "status", "note", "topic", "statements", "tips"];

/// The labels in a calendar item's description: "Who: Team KCC", "Status: In progress",
/// "Note: …".
pub const PLAN_ICS_LABELS: PlanLabels<'static> = PlanLabels { who: "Who", status: "Status", note: "Note", status_name };

/// The calendar's name when Outlook opens the agenda file as a calendar of its own.
pub fn plan_calendar_name(assessment: &str) -> String {
    format!("Action plan {assessment}")
}

pub const PLAN_EXPORT_HEADING: &str = "Save or share the action plan";
pub const PLAN_EXPORT_NOTHING: &str = "There are no actions to export yet.";
pub const PLAN_CSV_BUTTON: &str = "Download for Excel (CSV)";
pub const PLAN_ICS_BUTTON: &str = "Download for your calendar (.ics)";

/// Next to the agenda file's download button.
pub const PLAN_ICS_HINT: &str = "Open the calendar file (.ics) in Outlook or another calendar. \
Every action with a date is in it, as an all-day event. Actions without a date are not in it.";
/// Instead of the agenda file's download button, while no action has a date.
pub const PLAN_ICS_NOTHING_DATED: &str =
    "No action has a date yet. Give an action a date, and it will go into your calendar.";

// Self-assessment results
pub const PRINT_REPORT: &str = "Print or save as PDF";
pub const BACK_TO_CHECKLIST: &str = "Back to the statements";
pub const LEVELS_HEADING: &str = "Level per topic";
pub const RADAR_CAPTION: &str =
    "The further out, the higher the level. The rings are levels 1 to 4. The table gives the same figures.";
pub const LEGEND_NOW: &str = "Now (shaded area with solid line)";
pub const LEGEND_AMBITION: &str = "Ambition (dashed line with squares)";
pub const LEVELS_TABLE_CAPTION: &str = "Level, ambition and progress per topic";
pub const COL_AMBITION: &str = "Ambition";
pub const COL_TOWARD_AMBITION: &str = "Towards ambition";
pub const AMBITION_REACHED: &str = "reached";
/// In a table cell that has nothing to show.
pub const NONE_DASH: &str = "–";
pub const TABLE_SCROLL_HINT: &str = "Scroll the table sideways to see all columns.";
pub const COMPARE_WITH: &str = "Compare with";
pub const COMPARE_NONE: &str = "no snapshot";
pub const AMBITION_HEADING: &str = "Your ambition per topic";
pub const AMBITION_INTRO: &str = "For each topic, choose the level you want to reach. \
The table shows how far you are, and the recommendations start with what lies in between.";
pub const NO_AMBITION: &str = "No ambition chosen";
pub const COL_NUMBER: &str = "No.";
pub const COL_DIMENSION: &str = "Topic";
pub const COL_LEVEL: &str = "Level";
pub const COL_PROGRESS: &str = "Progress";
pub const COL_TREND: &str = "Change over time";
pub const COL_DATE: &str = "Date";
pub const NO_TREND: &str = "No change over time yet: take at least two snapshots";
pub const HOW_SCORING_WORKS: &str = "How the score works";
pub const RECOMMENDATIONS_HEADING: &str = "Recommended next steps";
pub const ALL_LEVELS_REACHED: &str = "You have reached the highest level on every topic.";
/// Above a statement's quoted sources: where the statement comes from.
pub const WHY_SOURCES: &str = "This statement comes from:";
pub const HISTORY_HEADING: &str = "Change over time";
pub const HISTORY_TABLE_CAPTION: &str = "Total progress per snapshot";
pub const NO_SNAPSHOTS: &str =
    "No snapshots yet. Record where you stand with ‘Take a snapshot’ to follow your progress.";
pub const PARTICIPANTS_HEADING: &str = "Participants";
pub const PARTICIPANTS_LABEL: &str = "Who took part? This goes at the top of the printed report.";
pub const TOP_ACTIONS_HEADING: &str = "Next actions";
pub const NO_OPEN_ACTIONS: &str = "There are no open actions in the action plan yet.";
pub const APPENDIX_HEADING: &str = "Appendix: all answers, notes and evidence";
pub const APPENDIX_INTRO: &str = "For each topic, every statement with its answer, note and link to evidence.";
pub const COL_STATEMENT: &str = "Statement";
pub const COL_ANSWER: &str = "Answer";
pub const COL_NOTE_AND_EVIDENCE: &str = "Note and evidence";
pub const NOT_ANSWERED: &str = "not answered yet";
pub const EVIDENCE: &str = "Evidence";

pub fn results_title(name: &str) -> String {
    format!("Results: {name}")
}

pub fn percent(p: u8) -> String {
    format!("{p}%")
}

/// The score (points earned of the points possible) and how much is answered: two
/// different things, each named for what it is.
pub fn overall_progress(percent: u8, answered: u32, total: u32) -> String {
    format!("Score: {percent}% of the points · {answered} of {total} statements answered")
}

/// A level with its number: "Beginning (1/4)".
pub fn level_of(name: &str, level: u8, of: u8) -> String {
    format!("{name} ({level}/{of})")
}

/// A dimension whose every statement is answered N/A.
pub const NOTHING_APPLIES: &str = "Does not apply";

/// A level and the levels that only hold N/A: "Beginning (1/4); Developing: N/A".
pub fn with_not_applicable(level: &str, not_applicable: &[String]) -> String {
    format!("{level}; {}: N/A", not_applicable.join(", "))
}

/// How many statements of a dimension are answered N/A; empty when none.
pub fn not_applicable_count(n: u32) -> String {
    match n {
        0 => String::new(),
        1 => " · 1 statement N/A".to_string(),
        n => format!(" · {n} statements N/A"),
    }
}

/// A level and the way to the next: "Beginning (1/4), 75% of Developing".
pub fn on_the_way(level: &str, percent: u8, next: &str) -> String {
    format!("{level}, {percent}% of the way to {next}")
}

/// The radar's accessible summary: every dimension with its level and its ambition.
pub fn radar_label(levels: &[(String, String, Option<String>)]) -> String {
    let parts: Vec<String> = levels
        .iter()
        .map(|(d, l, ambition)| match ambition {
            Some(a) => format!("{d}: {l}, ambition {a}"),
            None => format!("{d}: {l}"),
        })
        .collect();
    format!("Radar chart of the level per topic. {}.", parts.join("; "))
}

pub fn trend_label(values: &[u8]) -> String {
    let parts: Vec<String> = values.iter().map(u8::to_string).collect();
    format!("Change over time: {}", parts.join(", "))
}

/// A recommendation's heading, with the ambition when one is set.
pub fn next_step(dimension: &str, level: &str, ambition: Option<&str>) -> String {
    match ambition {
        Some(ambition) => format!("{dimension}: on the way to ‘{level}’ (your ambition: ‘{ambition}’)"),
        None => format!("{dimension}: on the way to ‘{level}’"),
    }
}

/// A level with its number: "Advanced (3)".
pub fn level_numbered(name: &str, level: u8) -> String {
    format!("{name} ({level})")
}

/// How much of the ambition is reached, over the dimensions that have one.
pub fn ambition_reached(percent: u8, dimensions: usize) -> String {
    let over = match dimensions {
        1 => "1 topic".to_string(),
        n => format!("{n} topics"),
    };
    format!("Ambition: {percent}% reached (across {over} with an ambition)")
}

/// A snapshot by its number (the oldest is 1) and date: two can share a day.
pub fn snapshot_name(number: usize, date: &str) -> String {
    format!("snapshot {number} ({date})")
}

/// The legend entry of the compared snapshot.
pub fn legend_snapshot(snapshot: &str) -> String {
    format!("Level at {snapshot} (dotted line with circles)")
}

/// The table column of the compared snapshot.
pub fn col_level_at(snapshot: &str) -> String {
    format!("Level at {snapshot}")
}

/// The assessment made for a first-time visitor, so the checklist can start at once.
pub const FIRST_ASSESSMENT_NAME: &str = "My self-assessment";
pub const ASSESSMENT_NAV_LABEL: &str = "Self-assessment";
pub const ASSESSMENT_NAV_CHECKLIST: &str = "Fill in";
pub const ASSESSMENT_NAV_RESULTS: &str = "Results";
pub const ASSESSMENT_NAV_MANAGE: &str = "My self-assessments";
pub const ASSESSMENT_NAV_EXCHANGE: &str = "Export and import";
pub const WORKING_IN: &str = "You are working in:";
pub const SWITCH_OR_MANAGE: &str = "switch or manage";
/// After "You are working in:" when no assessment is open (the last one was deleted).
pub const NO_ACTIVE: &str = "no self-assessment. Your next answer starts a new one.";

// Saving, announced in a polite live region
pub const SAVED: &str = "Saved";
pub const SAVED_GIVE_NVT_REASON: &str = "Saved. In the note, say briefly why this does not apply.";
pub const NVT_REASON: &str = "You chose N/A: say briefly here why this does not apply.";
pub const NOT_SAVED: &str = "Not saved: the browser refused to save it";
pub const CHANGED_NOT_KEPT: &str = "Changed, but not saved: this browser does not save anything";
pub const TEXT_CHANGED_ELSEWHERE: &str = "This note or link was changed in another tab at the same time. \
The version typed last is here now: check that nothing is missing.";
pub const CHANGED_NOT_KEPT_NEWER: &str = "Changed, but not saved, so the newer version’s data is not overwritten";

// The checklist
pub const DIMENSION_INDEX_LABEL: &str = "Topics";
pub const LEVEL_REACHED: &str = "reached";
pub const LEVEL_NOT_APPLICABLE: &str = "N/A";
pub const LINKED_STATEMENT_UNKNOWN: &str =
    "The statement in the link is not in the self-assessment. The first topic is shown below.";
pub const LINKED_STATEMENT_RETIRED: &str =
    "The statement in the link is no longer asked. What you filled in for it is at the bottom, under ‘Retired statements’.";
pub const GO_TO_RETIRED: &str = "Go to the retired statements";

/// Above the checklist, when answers to retired statements are kept.
pub fn retired_answers_kept(n: usize) -> String {
    match n {
        1 => "One answer belongs to a statement that is no longer asked. It has been kept.".to_string(),
        n => format!("{n} answers belong to statements that are no longer asked. They have been kept."),
    }
}
pub const CLEAR_ANSWER: &str = "Clear answer";
pub const ADD_NOTE_OR_EVIDENCE: &str = "Add a note or evidence";
pub const NOTE_LABEL: &str = "Note";
pub const RETIRED_HEADING: &str = "Retired statements";
pub const RETIRED_INTRO: &str =
    "These statements are no longer in the self-assessment. What you filled in has been kept. It does not count in the score.";

/// A retired statement's answer, or that only a note or link is kept.
pub fn retired_answer(answer: Option<&str>) -> String {
    match answer {
        Some(answer) => format!("Your answer: {answer}"),
        None => "No answer".to_string(),
    }
}
pub const EVIDENCE_LABEL: &str = "Link to evidence";
pub const EVIDENCE_HINT: &str =
    "A web address that starts with https:// or http://, for example a council decision or a dashboard.";
pub const TAKE_SNAPSHOT: &str = "Take a snapshot";
pub const SNAPSHOT_TAKEN: &str = "Snapshot taken";

pub fn note_hint(max: usize) -> String {
    format!("At most {max} characters.")
}

/// One dimension's standing: "Level: Developing · 45% · 6 of 11 answered".
pub fn dimension_status(level: &str, percent: u8, answered: u32, total: u32) -> String {
    format!("Level: {level} · {percent}% · {answered} of {total} answered")
}

// Managing assessments
pub const MANAGE_TITLE: &str = "My self-assessments";
pub const MANAGE_INTRO: &str = "You can keep several self-assessments, for example one per team or per year. \
The active self-assessment is the one you fill in and see the results of.";
pub const ACTIVE_BADGE: &str = "active";
pub const OPEN: &str = "Open";
pub const RENAME: &str = "Rename";
pub const COPY: &str = "Copy";
pub const DELETE: &str = "Delete";
pub const UNDO: &str = "Undo";
pub const RESTORE: &str = "Restore";
pub const RESTORED: &str = "Restored";
pub const COPIED: &str = "Copy made and opened";
pub const CREATED: &str = "Created and opened";
pub const SAVE: &str = "Save";
pub const CANCEL: &str = "Cancel";
pub const DISMISS: &str = "Close message";
pub const CREATE_HEADING: &str = "New self-assessment";
pub const NAME_LABEL: &str = "Name";
pub const NAME_HINT: &str = "For example ‘Gemeente Zeewolde 2026’ or ‘Contact centre team’. At most 80 characters.";
pub const CREATE: &str = "Create";
pub const DELETED_HEADING: &str = "Deleted self-assessments";
pub const NO_DELETED: &str = "There are no deleted self-assessments.";
/// A date we do not know (assessments from the first version of Digiwijzer).
pub const UNKNOWN_DATE: &str = "unknown";

/// "25 November 2019", or "unknown" for the 0 of data migrated from schema v1.
pub fn date_or_unknown(ms: u64) -> String {
    if ms == 0 {
        UNKNOWN_DATE.to_string()
    } else {
        format_date(&Date::from_unix_ms(ms))
    }
}

/// A name inside running text or after a button label: ‘Team KCC’.
pub fn quoted(name: &str) -> String {
    format!(" ‘{name}’")
}

pub fn copy_name(name: &str) -> String {
    format!("Copy of {name}")
}

pub fn new_name_for(name: &str) -> String {
    format!("New name for ‘{name}’")
}

pub fn deleted_notice(name: &str) -> String {
    format!("‘{name}’ has been deleted.")
}

pub fn deleted_on(date: &str) -> String {
    format!("(deleted on {date})")
}

pub fn assessment_meta(created: &str, percent: u8, snapshots: usize) -> String {
    let snapshots = match snapshots {
        0 => "no snapshots".to_string(),
        1 => "1 snapshot".to_string(),
        n => format!("{n} snapshots"),
    };
    format!("Created: {created} · progress {percent}% · {snapshots}")
}

// Export and import
pub const EXCHANGE_TITLE: &str = "Export and import";
pub const EXCHANGE_INTRO: &str = "Digiwijzer keeps your self-assessments only in this browser. With an export file \
you keep them safe, share them with colleagues or move them to another computer.";
pub const EXPORT_HEADING: &str = "Export";
pub const EXPORT_WHAT: &str = "What do you want to export?";
pub const DOWNLOAD_JSON: &str = "Download export file (JSON)";
pub const DOWNLOAD_CSV: &str = "Download answers for a spreadsheet (CSV)";
pub const EXPORT_HINT: &str = "You can import the JSON file again later, also in another browser. \
The CSV file is for reading, for example in Excel. You cannot import it.";
pub const DOWNLOAD_FAILED: &str = "The browser refused the download.";
pub const EXPORT_NOW: &str = "Export now";
pub const IMPORT_HEADING: &str = "Import";
pub const IMPORT_FILE_LABEL: &str = "Choose a Digiwijzer export file (.json)";
pub const IMPORT_HINT: &str =
    "Nothing changes yet: first you see what is in the file, then you choose what should happen.";
/// The start of each downloaded file's name: users find the file by it in their
/// downloads, and read it in the message after a download.
pub const FILE_NAME_ASSESSMENT: &str = "digiwijzer-self-assessment";
pub const FILE_NAME_ASSESSMENTS: &str = "digiwijzer-self-assessments";
pub const FILE_NAME_PLAN: &str = "digiwijzer-action-plan";
pub const FILE_NAME_UNREADABLE_DATA: &str = "digiwijzer-unreadable-data";
pub const FILE_UNREADABLE: &str = "The browser could not read the file.";
pub const IMPORT_PLAN_HEADING: &str = "What is in the file?";
pub const IMPORT_WHAT_TO_DO: &str = "What do you want to do with it?";
pub const IMPORT_MERGE_LABEL: &str =
    "Merge with an existing self-assessment (for each statement, the answer changed last is kept)";
pub const IMPORT_CHOOSE_FIRST: &str = "First choose whether to add or merge.";
pub const IMPORT_CONFIRM: &str = "Import";

pub fn export_only(name: &str) -> String {
    format!("Only ‘{name}’")
}

pub fn export_all(n: usize) -> String {
    format!("All self-assessments ({n})")
}

pub fn downloaded(file: &str) -> String {
    format!("Downloaded: {file}")
}

pub const EXPORT_PARTICIPANT: &str =
    "Your name (optional). It goes into the file and the file name, so a team lead knows whose answers they are.";

/// In the import plan: who the file is from.
pub fn file_from(participant: &str) -> String {
    format!("From: {participant}")
}

pub fn import_summary(exported: &str, n: usize) -> String {
    match n {
        1 => format!("Exported on {exported}; the file has 1 self-assessment:"),
        n => format!("Exported on {exported}; the file has {n} self-assessments:"),
    }
}

pub fn incoming_summary(answers: usize, snapshots: usize) -> String {
    let answers = if answers == 1 { "1 answer".to_string() } else { format!("{answers} answers") };
    match snapshots {
        0 => answers,
        1 => format!("{answers}, 1 snapshot"),
        n => format!("{answers}, {n} snapshots"),
    }
}

pub fn also_here(name: &str) -> String {
    format!("This self-assessment is also in this browser, as ‘{name}’.")
}

pub fn import_as_new_label(n: usize) -> &'static str {
    if n == 1 {
        "Add as a new self-assessment"
    } else {
        "Add as new self-assessments"
    }
}

pub fn merge_into_label(incoming: &str) -> String {
    format!("Merge ‘{incoming}’ with")
}

/// What merging would do, e.g. "3 new, 2 updated, 1 newer here (stays), 5 the same",
/// then what happens to notes and links.
pub fn merge_preview(p: &crate::storage::MergePreview) -> String {
    format!(
        "Result: {} new, {} updated, {} kept (newer here), {} the same.{}{}",
        p.added,
        p.updated,
        p.kept_local,
        p.unchanged,
        text_changes(&p.texts),
        plan_changes(p)
    )
}

/// " Ambitions: 2 different. Action plan: 3 actions added, 1 updated.", or nothing when the
/// file changes no ambition or action.
fn plan_changes(p: &crate::storage::MergePreview) -> String {
    let mut out = String::new();
    if p.ambitions > 0 {
        let word = if p.ambitions == 1 { "ambition" } else { "ambitions" };
        out.push_str(&format!(" {} {word} different.", p.ambitions));
    }
    let mut parts = Vec::new();
    match p.actions_added {
        0 => {}
        1 => parts.push("1 action added".to_string()),
        n => parts.push(format!("{n} actions added")),
    }
    if p.actions_updated > 0 {
        parts.push(format!("{} updated", p.actions_updated));
    }
    if !parts.is_empty() {
        out.push_str(&format!(" Action plan: {}.", parts.join(", ")));
    }
    out
}

/// " Notes: 1 note added, 2 notes stay as they are here. …", or nothing
/// when the file changes no note or link.
fn text_changes(t: &crate::storage::TextChanges) -> String {
    let part = |added: usize, kept: usize, one: &str, many: &str| {
        let name = |n: usize| if n == 1 { one } else { many };
        let mut parts = Vec::new();
        if added > 0 {
            parts.push(format!("{added} {} added", name(added)));
        }
        match kept {
            0 => {}
            1 => parts.push(format!("1 {one} stays as it is here")),
            n => parts.push(format!("{n} {many} stay as they are here")),
        }
        parts.join(", ")
    };
    let notes = part(t.notes_added, t.notes_kept, "note", "notes");
    let links = part(t.links_added, t.links_kept, "link", "links");
    if notes.is_empty() && links.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    if !notes.is_empty() {
        out.push_str(&format!(" Notes: {notes}."));
    }
    if !links.is_empty() {
        out.push_str(&format!(" Links to evidence: {links}."));
    }
    out.push_str(" A note or link that is already here is never replaced or cleared.");
    out
}

/// After an import that could not be written: it is only in this tab.
pub const IMPORTED_NOT_SAVED: &str = "The file was read, but the browser could not save it, \
probably because its storage is full. After a reload, or when you close this tab, it is gone. So keep the file \
safe, and export what you change here.";
/// After an import in a tab that keeps nothing (see the notice at the top).
pub const IMPORTED_NOT_KEPT: &str = "The file was read, but it is not kept (see the message at the top): \
after a reload, or when you close this tab, it is gone. So keep the file safe.";
pub const NOTHING_TO_EXPORT: &str = "There is no self-assessment to export yet.";

// Backups of unreadable data
pub const BACKUPS_HEADING: &str = "Data stored separately";
pub const BACKUPS_INTRO: &str = "Data that Digiwijzer could not read is kept here unchanged. \
Download it, for example for your IT support or to open it in a newer version. If this version can \
read it, you can merge it with your data: nothing is lost. \
Only delete it when you no longer need it.";
pub const DOWNLOAD: &str = "Download";
pub const BACKUP_DELETED: &str = "Deleted";
pub const BACKUP_GONE: &str = "This data is no longer in the browser; it may have been deleted in another tab.";
pub const MERGE_BACKUP: &str = "Merge with my data";
pub const BACKUP_MERGED: &str = "Merged with your data";
pub const BACKUP_DELETE_QUESTION: &str = "Delete this data for good? You cannot undo this.";
pub const BACKUP_NOT_DELETED: &str = "Deleting did not work.";

pub fn backup_label(made: &str, size: usize) -> String {
    let kb = size.div_ceil(1024);
    format!("Stored on {made} ({kb} kB)")
}

// Deleted elsewhere, and deleting for good
pub fn deleted_elsewhere(name: &str) -> String {
    format!("‘{name}’ was deleted in another tab. What you filled in is not gone: you can restore the self-assessment.")
}
pub fn purged_elsewhere(name: &str) -> String {
    format!("‘{name}’ was deleted for good in another tab, with everything in it. It can no longer be restored.")
}
pub const PURGE: &str = "Delete for good";
pub const PURGE_CONFIRM: &str = "Yes, delete for good";
pub fn purge_question(name: &str) -> String {
    format!("Delete ‘{name}’ for good? All its answers, notes and links will be gone. You cannot undo this.")
}
pub const PURGED: &str = "Deleted for good";

pub fn imported_as_new(names: &[String]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("‘{n}’")).collect();
    format!("Imported as new and opened: {}.", names.join(", "))
}

pub fn merged(from: &str, into: &str, p: &crate::storage::MergePreview) -> String {
    format!(
        "‘{from}’ has been merged with ‘{into}’: {} new, {} updated, {} kept (newer here).{}{}",
        p.added,
        p.updated,
        p.kept_local,
        text_changes(&p.texts),
        plan_changes(p)
    )
}

// Where progress is kept
pub const BACKUP_MADE: &str = "The original data is stored separately, unchanged, in this browser. \
You can find it later under ‘Export and import’, at ‘Data stored separately’. There you can \
download it, for example for your IT support, and delete it when you no longer need it. What you fill in now is saved as usual.";
pub const BACKUP_FAILED: &str = "Digiwijzer could not store a separate copy of the data. Until it can, it saves \
nothing, so the original data is not overwritten. Download it below.";
pub const DOWNLOAD_RAW: &str = "Download the original data";
pub const NOT_KEPT_TITLE: &str = "Your answers are not being saved.";
pub const NOT_KEPT_BLOCKED: &str = "This browser does not let Digiwijzer save anything. This can happen in a \
private window, because of a setting made by your organisation, or because storage is full. You can carry on working, \
but if you close or reload this tab, you lose everything. Export your answers to a file before you stop.";
pub const NOT_KEPT_NO_BACKUP: &str = "Until the unreadable data is stored separately, Digiwijzer saves nothing. \
You can carry on working, but export your answers to a file before you stop.";
pub const NOT_KEPT_NEWER: &str = "This data is from a newer version of Digiwijzer. So as not to \
overwrite it, this version saves nothing. Reload the page: usually you then get the new version. If this \
message stays, ask your IT support which version of Digiwijzer is the right one. You can also start again here: \
the data of the newer version is then stored separately in this browser.";
pub const START_OVER_HERE: &str = "Start again here";
pub const NOT_KEPT_WRITE_FAILED: &str = "Saving failed, probably because the browser’s storage is full. \
Digiwijzer tries again with every change. Export your answers to a file, so you do not lose anything.";
pub const PERSIST_GRANTED: &str = "Your browser has promised to keep this data, even if the disk gets full.";
pub const PERSIST_NOT_GRANTED: &str = "Your browser may clear this data when it needs space, and many \
workplaces clear browser data regularly. So export now and then.";
pub const PERSIST_UNSUPPORTED: &str = "This browser cannot promise to keep your data. So export now and then.";

// The action plan
pub const ASSESSMENT_NAV_PLAN: &str = "Action plan";
pub const PRINT_PLAN: &str = "Print action plan";
pub const PLAN_ACTIONS_HEADING: &str = "Actions";
pub const NEW_ACTION_HEADING: &str = "New action";
pub const ACTION_LINK_UNKNOWN: &str =
    "The link names a statement or tip that Digiwijzer does not know here. Fill in the action yourself.";
pub const ACTION_WHAT: &str = "What will we do?";
pub const ACTION_WHO: &str = "Who does it?";
pub const ACTION_DUE: &str = "Due date";
pub const ACTION_STATUS: &str = "Status";
pub const ADD_ACTION: &str = "Add action";
pub const ACTION_ADDED: &str = "Action added";
pub const ACTION_DELETED: &str = "Action deleted";
pub const ACTION_RESTORED: &str = "Action restored";
pub const DELETE_ACTION: &str = "Delete action";
pub const ACTION_FOR: &str = "This action is for:";
pub const FILTER_STATUS: &str = "Show";
pub const FILTER_DIMENSION: &str = "Topic";
pub const FILTER_ALL: &str = "all";
pub const OVERDUE: &str = "Overdue";
pub const REANSWER_AFTER_DONE: &str =
    "This action is done. See whether you would now answer the statement(s) it was for differently:";
/// On a statement answered no or partly, and under a recommendation.
pub const MAKE_ACTION: &str = "Create an action";

pub fn plan_title(name: &str) -> String {
    format!("Action plan: {name}")
}

/// How many actions the list shows, of how many, and how many are overdue.
pub fn plan_count(shown: usize, all: usize, overdue: usize) -> String {
    let actions = |n: usize| if n == 1 { "1 action".to_string() } else { format!("{n} actions") };
    let mut text = if all == 0 {
        "No actions yet. Make one with the form above, or with ‘Create an action’ at a statement.".to_string()
    } else if shown == all {
        actions(all)
    } else {
        format!("{} of {}", actions(shown), all)
    };
    if overdue > 0 {
        text.push_str(&format!(" · {overdue} overdue"));
    }
    text
}

pub fn for_dimension(dimension: &str) -> String {
    format!("Topic: {dimension}")
}

/// A statement that is no longer asked, named in an action it was for.
pub fn retired_statement(text: &str) -> String {
    format!("{text} (retired statement)")
}

pub fn reanswer(statement: &str) -> String {
    format!("Answer again: {statement}")
}

pub fn action_deleted(what: &str) -> String {
    format!("Action ‘{what}’ deleted.")
}

// The Optimaal Digitaal game
pub const ASSESSMENT_NAV_GAME: &str = "Game";
pub const GAME_TITLE: &str = "The Optimaal Digitaal game";
pub const GAME_INTRO: &str = "Choose a goal. Then quickly put each card on a pile: do less or stop, \
keep doing, do more, or put aside. Then choose at most three cards from ‘Do more’: they become actions in your action plan.";
pub const NEW_ROUND: &str = "New game";
pub const ROUND_GOAL: &str = "Goal of this game";
pub const DECK_ORDER: &str = "Which cards first?";
pub const DECK_RECOMMENDED_FIRST: &str = "First the cards for the topics the self-assessment recommends";
pub const DECK_ALL: &str = "All cards in the usual order";
pub const START_ROUND: &str = "Start the game";
pub const ROUND_STARTED: &str = "Game started";
pub const ROUND_FINISHED: &str = "Game finished";
pub const SORT_TO: &str = "Put the card on a pile";
pub const KEYS_HINT: &str = "You can also use the keys 1 to 4.";
pub const UNDO_SORT: &str = "Take back the last card";
pub const READ_WHOLE_TIP: &str = "Read the whole text (opens the tips)";
pub const PICK_HEADING: &str = "Choose from ‘Do more’";
pub const NOTHING_TO_PICK: &str =
    "There is no card on ‘Do more’. You can finish the game without actions, or take cards back.";
pub const EARLIER_ROUNDS: &str = "Games played";
pub const NO_EARLIER_ROUNDS: &str = "No games played yet.";
pub const PRINT_ROUNDS: &str = "Print games";
pub const TO_PLAN: &str = "Go to the action plan";

pub fn pile_name(pile: crate::storage::game::Pile) -> &'static str {
    use crate::storage::game::Pile;
    match pile {
        Pile::Minder => "Do less or stop",
        Pile::Blijven => "Keep doing",
        Pile::Meer => "Do more",
        Pile::Weg => "Put aside",
    }
}

pub fn round_goal(goal: &str) -> String {
    format!("Goal: {goal}")
}

pub fn card_of(n: usize, of: usize) -> String {
    format!("Card {n} of {of}")
}

pub fn pile_count(n: usize) -> String {
    if n == 1 {
        "(1 card)".to_string()
    } else {
        format!("({n} cards)")
    }
}

pub fn examples_count(n: u32) -> String {
    match n {
        0 => "No examples".to_string(),
        1 => "1 example".to_string(),
        n => format!("{n} examples"),
    }
}

/// Said after a card is sorted: where it went, and the next card, if any.
pub fn card_sorted(card: &str, pile: &str, next: Option<(&str, usize, usize)>) -> String {
    match next {
        Some((title, n, of)) => format!("‘{card}’ is on the ‘{pile}’ pile. Card {n} of {of}: ‘{title}’."),
        None => format!("‘{card}’ is on the ‘{pile}’ pile. All cards are on a pile: now choose from ‘Do more’."),
    }
}

pub fn card_back(card: &str) -> String {
    format!("‘{card}’ has been taken back. Put the card on a pile again.")
}

pub fn pick_intro(max: usize) -> String {
    format!("Choose at most {max} cards you will really work on. They become actions in this self-assessment’s action plan.")
}

pub fn finish_round(picks: usize) -> String {
    match picks {
        0 => "Finish the game without actions".to_string(),
        1 => "Finish the game and create 1 action".to_string(),
        n => format!("Finish the game and create {n} actions"),
    }
}

/// The note of an action made from a pick: the goal it was picked for.
pub fn action_from_round(goal: &str) -> String {
    format!("Chosen in the Optimaal Digitaal game, with the goal: {goal}")
}

pub fn round_piles(piles: [(&str, usize); 4]) -> String {
    let parts: Vec<String> = piles.iter().map(|(name, n)| format!("{name}: {n}")).collect();
    parts.join(" · ")
}

pub fn round_picks(picks: &[String]) -> String {
    if picks.is_empty() {
        "No cards chosen.".to_string()
    } else {
        format!("Chosen: {}", picks.join("; "))
    }
}

/// The line under the report's title: the organisation, the date, who took part.
pub fn report_meta(organisation: Option<&str>, date: &str, participants: &str) -> String {
    let mut parts: Vec<String> = organisation.map(str::to_string).into_iter().collect();
    parts.push(format!("Date: {date}"));
    if !participants.is_empty() {
        parts.push(format!("Participants: {participants}"));
    }
    parts.join(" · ")
}

/// An action's status and, when it has one, its date: "In progress, by 31 March 2027".
pub fn action_line(status: &str, due: &str) -> String {
    if due.is_empty() {
        status.to_string()
    } else {
        format!("{status}, by {due}")
    }
}

/// Under the report's first actions: how many more are open; empty when none.
pub fn more_open_actions(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "And 1 more open action in the action plan.".to_string(),
        n => format!("And {n} more open actions in the action plan."),
    }
}

// The team overview
pub const ASSESSMENT_NAV_TEAM: &str = "Team";
pub const TEAM_TITLE: &str = "Team overview";
pub const TEAM_INTRO: &str = "Compare your colleagues’ export files side by side. For each topic you see \
everyone’s level, the middle and the spread. You also see the statements you agree on least, as an agenda \
for your discussion. Your own self-assessments do not change.";
pub const OVERVIEWS_HEADING: &str = "Your team overviews";
pub const NO_OVERVIEWS: &str = "No team overview yet.";
pub const NEW_OVERVIEW: &str = "Name of a new team overview (for example ‘Contact centre team 2026’)";
pub const MAKE_OVERVIEW: &str = "Make team overview";
pub const OVERVIEW_MADE: &str = "Team overview made";
pub const ADD_FILES: &str = "Add colleagues’ export files (.json, several at once is fine)";
pub const FILES_READ: &str = "Files read";
pub const ANONYMOUS: &str = "Anonymous: show participants as Participant 1, 2, 3 …";
pub const NO_MEMBERS: &str = "No participants yet. Add their export files above.";
pub const TEAM_LEVELS_HEADING: &str = "Level per topic and per participant";
pub const TEAM_LEVELS_INTRO: &str =
    "The number shows the level and how far you are towards the next one (1.5 means level 1 and halfway \
to level 2). The middle is the median. The spread is the difference between the highest and the lowest.";
pub const TEAM_TABLE_CAPTION: &str = "For each topic (rows) the level of each participant (columns)";
pub const COL_MEDIAN: &str = "Middle";
pub const COL_SPREAD: &str = "Spread";
pub const AGENDA_HEADING: &str = "Agenda: where the team differs most";
pub const AGENDA_INTRO: &str = "The statements with the most different answers are at the top.";
pub const ALL_STATEMENTS: &str = "Show all statements, not only those the team differs on";
pub const ALL_STATEMENTS_HEADING: &str = "All statements: the team’s answer";
pub const ALL_STATEMENTS_INTRO: &str = "All statements, in the order of the self-assessment.";
pub const AGENDA_EMPTY: &str = "The answers differ on no statement. \
Do you still want to record the team’s answer? Then show all statements.";
pub const PRINT_AGENDA: &str = "Print agenda";
pub const DROP_FILES: &str = "You can also drag the files here.";

pub fn overview_line(name: &str, members: usize) -> String {
    match members {
        1 => format!("{name} (1 participant)"),
        n => format!("{name} ({n} participants)"),
    }
}

pub fn overview_title(name: &str) -> String {
    format!("Team overview: {name}")
}

pub fn participant_number(n: usize) -> String {
    format!("Participant {n}")
}

pub fn decimal(whole: u32, tenth: u32) -> String {
    format!("{whole}.{tenth}")
}

/// A member's level in the team table: the name of the level is in the legend.
pub fn team_level(level: u8, reach: &str) -> String {
    format!("{reach} (level {level})")
}

pub fn tally(ja: u32, deels: u32, nee: u32, nvt: u32, none: u32) -> String {
    format!("yes {ja} · partly {deels} · no {nee} · N/A {nvt} · no answer {none}")
}

pub fn file_refused(why: &str) -> String {
    format!("not added. {why}")
}

/// What adding one file did: who joined, who was there already.
pub fn file_added(added: &[String], already: &[String]) -> String {
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("added: {}", added.join(", ")));
    }
    if !already.is_empty() {
        parts.push(format!("already there: {}", already.join(", ")));
    }
    parts.join("; ")
}

pub const AGREED_ANSWER: &str = "The team’s answer";
pub const MAKE_CONSENSUS: &str = "Save the team’s answers as a new self-assessment";
pub const CONSENSUS_MADE: &str = "Team self-assessment made";
pub const TO_RESULTS: &str = "Go to the results";

/// The name of the assessment the team's agreed answers become.
pub fn consensus_name(overview: &str, date: &str) -> String {
    format!("Team {overview}, {date}")
}

pub fn consensus_made(name: &str) -> String {
    format!("‘{name}’ has been made and opened. The note with each answer says how the team answered.")
}

/// A colleague's note and evidence link with their answer, in the team's agenda.
pub fn remark(note: &str, evidence: &str) -> String {
    match (note.is_empty(), evidence.is_empty()) {
        (_, true) => note.to_string(),
        (true, false) => format!("{EVIDENCE}: {evidence}"),
        (false, false) => format!("{note} · {EVIDENCE}: {evidence}"),
    }
}

/// A file in the list of files read, while the overview is anonymous.
pub fn file_number(n: usize) -> String {
    format!("File {n}")
}

/// What adding a file did, without names.
pub fn files_added_anonymously(added: usize, already: usize) -> String {
    let mut parts = Vec::new();
    if added > 0 {
        parts.push(format!("{added} added"));
    }
    if already > 0 {
        parts.push(format!("{already} already there"));
    }
    parts.join("; ")
}

// The checklist, one dimension at a time
pub const ONE_DIMENSION_AT_A_TIME: &str = "You answer one topic at a time. Choose a topic:";
/// After a dimension's name in the list of dimensions.
pub fn dimension_index_count(answered: u32, total: u32) -> String {
    format!("({answered} of {total} answered)")
}
/// Above a dimension's heading: "Topic 2 of 8".
pub fn dimension_position(n: usize, total: usize) -> String {
    format!("Topic {n} of {total}")
}
pub const DIMENSION_STEPS_LABEL: &str = "Previous and next topic";
pub fn previous_dimension(name: &str) -> String {
    format!("Previous topic: {name}")
}
pub fn next_dimension(name: &str) -> String {
    format!("Next topic: {name}")
}
pub const LAST_DIMENSION_TO_RESULTS: &str = "This was the last topic. See the results";
pub const LINKED_DIMENSION_UNKNOWN: &str =
    "The topic in the link is not in the self-assessment. The first topic is shown below.";
/// The checklist's progress, short enough for the bar that stays in view on a phone.
pub fn overall_progress_short(percent: u8, answered: u32, total: u32) -> String {
    format!("Score {percent}% · {answered} of {total} statements answered")
}

/// Next to "Take a snapshot" while a snapshot would be pointless: why it does nothing.
pub fn snapshot_refusal(why: crate::storage::SnapshotRefusal) -> &'static str {
    match why {
        crate::storage::SnapshotRefusal::NothingAnswered => {
            "You can take a snapshot once you have answered at least one statement. \
Right now it would show 0% everywhere."
        }
        crate::storage::SnapshotRefusal::SameAsToday => {
            "Today’s snapshot already has this score. When the score changes, you can take a new one."
        }
    }
}

pub const CSV_HINT: &str = "The CSV file is made for Excel with Dutch settings: double-click it and \
everything is in columns. Is everything in column A? Then open the file in Excel through Data, From \
Text/CSV, and choose the semicolon as the separator. In LibreOffice, tick the semicolon when you open it.";

pub const ACTION_CHANGED_ELSEWHERE: &str = "This action has been changed in another tab. \
Your text is still here and will be saved when you leave the field.";
