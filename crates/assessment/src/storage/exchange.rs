//! Export to a file (JSON to re-import, CSV for spreadsheets) and import from one.
//!
//! The JSON file format is documented in `FORMAT.md` next to this file (included below), so
//! the README and this code describe the same thing.
//!
//! Import is two steps so nothing is ever overwritten silently: [`plan_import`] checks
//! the whole file and says what would happen (or why it is refused — then nothing
//! changes), and only then does the UI call [`State::import_as_new`] or
//! [`State::import_into`]. Merging into an existing assessment is per statement and
//! field last-write-wins, the rule between two tabs, except that a note or link here is
//! never replaced or cleared by the file's (see [`super::merge`]): an older file brings
//! back what is missing but never reverts what was changed after it was exported.
#![doc = include_str!("FORMAT.md")]

use std::collections::BTreeMap;

use serde::Serialize;

use super::error::{Foreign, JsonKind, LoadError, Problem};
use super::game::{merge_rounds, Rounds};
use super::merge::{merge_ambitions, merge_from_file, merge_snapshots};
use super::migrate::read_version;
use super::plan::{merge_actions, Actions};
use super::read::{assessments, export_fields, parse_json, AssessmentFields, Node, Stamps};
use super::schema::{Ambitions, Assessment, OpError, Snapshot, State};
use crate::assessment::answer::{AnswerValue, Answers};
use crate::assessment::Model;

/// The `format` field that marks a Digiwijzer export.
pub const FORMAT_NAME: &str = "digiwijzer-zelfevaluatie";
/// The export format version this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 3;
/// Files larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'static str,
    version: u32,
    exported: u64,
    #[serde(skip_serializing_if = "str::is_empty")]
    participant: &'a str,
    assessments: Vec<ExportedAssessment<'a>>,
}

#[derive(Serialize)]
struct ExportedAssessment<'a> {
    id: &'a str,
    name: &'a str,
    created: u64,
    renamed: u64,
    #[serde(skip_serializing_if = "str::is_empty")]
    participants: &'a str,
    #[serde(skip_serializing_if = "is_zero")]
    participants_updated: u64,
    answers: &'a Answers,
    snapshots: &'a [Snapshot],
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    ambitions: &'a Ambitions,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    actions: &'a Actions,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    rounds: &'a Rounds,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The export file for these assessments, as pretty-printed JSON. Call
/// [`State::mark_exported`] once the file is saved.
pub fn export_json(assessments: &[&Assessment], now: u64) -> String {
    export_json_by(assessments, "", now)
}

/// [`export_json`], saying who it is from (empty: nobody said), so a team lead who adds
/// colleagues' files knows whose answers are whose. Checked with
/// [`super::plan::check_who`]'s rules by the caller's field, and again on import.
pub fn export_json_by(assessments: &[&Assessment], participant: &str, now: u64) -> String {
    let participant = super::plan::check_who(participant).unwrap_or_default();
    let file = ExportFile {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        exported: now,
        participant: &participant,
        assessments: assessments
            .iter()
            .map(|a| ExportedAssessment {
                id: &a.id,
                name: &a.name,
                created: a.created,
                renamed: a.renamed,
                participants: &a.participants,
                participants_updated: a.participants_updated,
                answers: &a.answers,
                snapshots: &a.snapshots,
                ambitions: &a.ambitions,
                actions: &a.actions,
                rounds: &a.rounds,
            })
            .collect(),
    };
    // Plain structs and string-keyed maps always serialise.
    serde_json::to_string_pretty(&file).expect("export always serialises")
}

/// What importing one assessment from the file would do.
#[derive(Clone, Debug, PartialEq)]
pub struct IncomingAssessment {
    /// As read from the file, every field checked.
    pub assessment: Assessment,
    /// A live local assessment with the same id: the natural merge target.
    pub same_id: Option<String>,
    /// Answers to statements this version of the model does not know (kept anyway).
    pub unknown_statements: Vec<String>,
    /// What merging into `same_id` would do.
    pub merge_preview: Option<MergePreview>,
}

/// What merging an incoming assessment into a local one would change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergePreview {
    /// Statements only the file has an answer for.
    pub added: usize,
    /// Statements answered differently, where the file's answer is newer and wins.
    pub updated: usize,
    /// Statements answered differently, where the local answer is newer and stays.
    pub kept_local: usize,
    /// Statements answered the same on both sides.
    pub unchanged: usize,
    /// Notes and evidence links the file adds where there was none here.
    pub texts: TextChanges,
    /// Dimensions whose ambition the file sets or changes, because it set it later.
    pub ambitions: usize,
    /// Actions only the file has.
    pub actions_added: usize,
    /// Actions both have, that the file changes where it changed them later.
    pub actions_updated: usize,
}

/// What a merge does to notes and evidence links.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextChanges {
    pub notes_added: usize,
    /// The file has another note where there is one here: this one stays.
    pub notes_kept: usize,
    pub links_added: usize,
    /// The file has another link where there is one here: this one stays.
    pub links_kept: usize,
}

/// A warning about an import that is still allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportWarning {
    /// The assessment has answers to statement ids the model does not know.
    UnknownStatements { assessment: String, ids: Vec<String> },
}

/// A checked import file and what it would do; nothing has changed yet.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// When the file was exported (ms).
    pub exported: u64,
    /// Who exported it, if they said; empty otherwise.
    pub participant: String,
    pub assessments: Vec<IncomingAssessment>,
    pub warnings: Vec<ImportWarning>,
}

/// Checks an import file completely. An `Err` names the problem and the place in the
/// file, in Dutch; `state` is only read.
pub fn plan_import(state: &State, model: &Model, raw: &str) -> Result<ImportPlan, LoadError> {
    if raw.len() > MAX_IMPORT_BYTES {
        return Err(LoadError::TooLarge { bytes: raw.len(), max: MAX_IMPORT_BYTES });
    }
    let value = parse_json(raw)?;
    let Some(object) = value.as_object() else {
        return Err(LoadError::NotOurFormat(Foreign::NotAnObject(JsonKind::of(&value))));
    };
    match object.get("format") {
        Some(serde_json::Value::String(f)) if f == FORMAT_NAME => {}
        Some(other) => return Err(LoadError::NotOurFormat(Foreign::WrongFormat { found: other.to_string() })),
        None => return Err(LoadError::NotOurFormat(Foreign::MissingField("format"))),
    }
    // The version first: a newer file may have fields this one does not know, and
    // then "update Digiwijzer" is the advice that helps, not "unknown field".
    let version = match object.get("version") {
        Some(v) => read_version(&Node { value: v, path: "version".to_string() }, u64::from(FORMAT_VERSION))?,
        None => return Err(LoadError::Invalid { path: "version".to_string(), problem: Problem::Missing }),
    };
    let stamps = if version == 1 { Stamps::Record } else { Stamps::PerField };
    let root = Node::root(&value);
    let fields = root.object(export_fields::FILE)?;
    let exported = fields.required("exported")?.time()?;
    let participant = match fields.optional("participant") {
        None => String::new(),
        Some(n) => super::plan::check_who(n.text()?).map_err(|e| n.fail(Problem::Input(e)))?,
    };
    let list_node = fields.required("assessments")?;
    let incoming = assessments(&list_node, AssessmentFields::Export(stamps))?;
    if incoming.is_empty() {
        return Err(list_node.fail(Problem::NoAssessments));
    }

    let mut warnings = Vec::new();
    let assessments = incoming
        .into_iter()
        .map(|assessment| {
            let unknown_statements: Vec<String> = assessment
                .answers
                .keys()
                .filter(|id| model.statement(id).is_none() && model.retired(id).is_none())
                .cloned()
                .collect();
            if !unknown_statements.is_empty() {
                warnings.push(ImportWarning::UnknownStatements {
                    assessment: assessment.name.clone(),
                    ids: unknown_statements.clone(),
                });
            }
            let local = state.get(&assessment.id);
            IncomingAssessment {
                same_id: local.map(|a| a.id.clone()),
                merge_preview: local.map(|l| preview_merge(l, &assessment)),
                unknown_statements,
                assessment,
            }
        })
        .collect();
    Ok(ImportPlan { exported, participant, assessments, warnings })
}

/// What [`State::import_into`] would change in `target` if `incoming` were merged into
/// it: the merge is done on a copy and compared, so the preview cannot disagree with it.
pub fn preview_merge(target: &Assessment, incoming: &Assessment) -> MergePreview {
    let mut merged = target.answers.clone();
    merge_from_file(&mut merged, &incoming.answers);
    let mut preview = MergePreview::default();
    let texts = &mut preview.texts;
    for (id, theirs) in &incoming.answers {
        let before = target.answers.get(id).cloned().unwrap_or_default();
        let after = merged.get(id).cloned().unwrap_or_default();
        if theirs.answer.is_some() {
            match (before.answer, after.answer) {
                (None, Some(_)) => preview.added += 1,
                (b, a) if b != a => preview.updated += 1,
                (b, _) if b == theirs.answer => preview.unchanged += 1,
                _ => preview.kept_local += 1,
            }
        }
        let count = |mine: &str, file: &str, result: &str, added: &mut usize, kept: &mut usize| {
            if mine.is_empty() && !result.is_empty() {
                *added += 1;
            } else if !file.is_empty() && file != mine {
                *kept += 1;
            }
        };
        count(&before.note, &theirs.note, &after.note, &mut texts.notes_added, &mut texts.notes_kept);
        count(&before.evidence, &theirs.evidence, &after.evidence, &mut texts.links_added, &mut texts.links_kept);
    }
    let mut ambitions = target.ambitions.clone();
    merge_ambitions(&mut ambitions, &incoming.ambitions);
    preview.ambitions = ambitions.iter().filter(|(id, a)| a.level != target.ambition(id)).count();
    let mut actions = target.actions.clone();
    merge_actions(&mut actions, &incoming.actions, true);
    preview.actions_added = actions.keys().filter(|id| !target.actions.contains_key(*id)).count();
    preview.actions_updated =
        target.actions.iter().filter(|(id, before)| actions.get(*id).is_some_and(|after| after != *before)).count();
    preview
}

impl State {
    /// Adds every assessment of the plan as a new one. Ids that already exist here
    /// (live or deleted) get a fresh id, names that exist get a number; everything else
    /// is kept exactly. They count as exported at the file's time (the file holds them).
    /// If nothing was active, the first one becomes active. Returns the new ids.
    pub fn import_as_new(&mut self, plan: &ImportPlan, now: u64, entropy: u32) -> Vec<String> {
        let mut ids = Vec::new();
        for (i, incoming) in plan.assessments.iter().enumerate() {
            let mut assessment = incoming.assessment.clone();
            if self.assessments.iter().any(|a| a.id == assessment.id) {
                assessment.id = self.fresh_id(now, entropy.wrapping_add(i as u32));
            }
            assessment.name = self.free_name(&assessment.name);
            assessment.last_exported = Some(plan.exported);
            assessment.deleted = None;
            assessment.restored = None;
            ids.push(assessment.id.clone());
            self.insert(assessment);
        }
        if self.active().is_none() {
            self.active = ids.first().cloned();
        }
        ids
    }

    /// Merges assessment `index` of the plan into the live assessment `target`:
    /// per statement and field last-write-wins, notes and links here kept, snapshots
    /// combined, ambitions and actions last-write-wins (an action's note here kept),
    /// name unchanged.
    pub fn import_into(&mut self, plan: &ImportPlan, index: usize, target: &str) -> Result<MergePreview, OpError> {
        let incoming = plan.assessments.get(index).ok_or_else(|| OpError::NotFound(format!("#{index}")))?;
        let local = self.get_mut(target)?;
        let preview = preview_merge(local, &incoming.assessment);
        merge_from_file(&mut local.answers, &incoming.assessment.answers);
        merge_snapshots(&mut local.snapshots, &incoming.assessment.snapshots);
        merge_ambitions(&mut local.ambitions, &incoming.assessment.ambitions);
        merge_actions(&mut local.actions, &incoming.assessment.actions, true);
        merge_rounds(&mut local.rounds, &incoming.assessment.rounds);
        let theirs = &incoming.assessment;
        if local.participants.is_empty() && !theirs.participants.is_empty() {
            local.participants = theirs.participants.clone();
            local.participants_updated = theirs.participants_updated;
        }
        Ok(preview)
    }
}

/// The answers as CSV for spreadsheets, in the form Dutch Excel opens on a double-click
/// (see [`CSV_SEPARATOR`]). One row per statement of the model, then answers to statements the
/// model no longer asks (with their text, when they were retired). Starts with a UTF-8 byte order mark so Excel reads the
/// diacritics right. Cells that a spreadsheet would run as a formula are neutralised.
/// The answer column says each answer by `answer_word`: the app passes the words of the
/// user's language, as it passes the header.
pub fn export_csv(
    model: &Model,
    assessments: &[&Assessment],
    header: &[&str; 8],
    answer_word: fn(AnswerValue) -> &'static str,
) -> String {
    let mut out = csv_start(header);
    for assessment in assessments {
        for (dimension, statement) in model.statements() {
            let record = assessment.answers.get(&*statement.id);
            let level = model.level_info(statement.level).map_or("", |l| &*l.name);
            push_row(
                &mut out,
                &[
                    &assessment.name,
                    &dimension.name,
                    level,
                    &statement.id,
                    &statement.text,
                    record.and_then(|r| r.answer).map_or("", answer_word),
                    record.map_or("", |r| &*r.note),
                    record.map_or("", |r| &*r.evidence),
                ],
            );
        }
        for (id, record) in assessment.answers.iter().filter(|(id, _)| model.statement(id).is_none()) {
            let answer = record.answer.map_or("", answer_word);
            // A retired statement keeps its text, so the answer can still be read for what it meant.
            let text = model.retired(id).map_or("", |r| &*r.text);
            push_row(&mut out, &[&assessment.name, "", "", id, text, answer, &record.note, &record.evidence]);
        }
    }
    out
}

/// Between the cells of a row. Excel takes the list separator from the computer's
/// regional settings when a CSV file is double-clicked, and with Dutch settings that is
/// the semicolon (the comma is the decimal sign there); a comma-separated file then
/// lands whole in column A. Every other program asks, or can be told (FORMAT.md says how).
pub const CSV_SEPARATOR: char = ';';

/// What a spreadsheet takes as the start of a formula, or of a cell it evaluates:
/// OWASP's list for "CSV injection" (`=`, `+`, `-`, `@`, tab, carriage return), and
/// their full-width forms, which some spreadsheets fold to the same.
const FORMULA_STARTS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}'];

/// A CSV file's start: the UTF-8 byte order mark, without which Excel reads the file in
/// the computer's old code page and garbles every diacritic, and the header row.
pub(super) fn csv_start(header: &[&str]) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, header);
    out
}

/// One CSV row, cell by cell through [`csv_cell`], ended by CRLF as RFC 4180 asks.
pub(super) fn push_row(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(CSV_SEPARATOR);
        }
        out.push_str(&csv_cell(cell));
    }
    out.push_str("\r\n");
}

/// One CSV field: neutralised against formula injection, then quoted if needed.
///
/// A cell that starts like a formula gets a leading apostrophe, which makes Excel,
/// LibreOffice and Google Sheets show it as text instead of evaluating it, and is
/// quoted, as OWASP advises for "CSV injection". The apostrophe stays visible in the
/// cell: it is the price of never running what a user typed. A cell is quoted when it
/// holds a separator (also the comma, so a spreadsheet told to split on commas still
/// keeps it whole), a double quote or a line break; quotes inside are doubled.
pub fn csv_cell(value: &str) -> String {
    let formula = value.starts_with(FORMULA_STARTS);
    let value = if formula { format!("'{value}") } else { value.to_string() };
    if formula || value.contains([CSV_SEPARATOR, ',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}
