//! The self-assessment page: checklist, results, managing assessments, export and
//! import, and where progress is kept.

use super::format_date;
use crate::assessment::AnswerValue;
use crate::corpus::Date;
use crate::storage::{PlanLabels, Status};

/// How the level and the percentage are computed; mirrors the rule in `assessment::scoring`.
pub const SCORING_EXPLANATION: &str = "Elk niveau bouwt voort op het vorige. U hebt een niveau bereikt als u \
alle stellingen van dat niveau én van de niveaus eronder met ‘ja’ hebt beantwoord. Stellingen die u \
met ‘n.v.t.’ beantwoordt, tellen niet mee. Een niveau met alleen ‘n.v.t.’ houdt de niveaus erboven \
niet tegen, maar telt ook niet als bereikt: er staat ‘n.v.t.’ bij. Bent u op weg naar het volgende niveau, \
dan ziet u hoever. De score telt alle stellingen die van toepassing zijn even zwaar: ‘ja’ is een heel \
punt, ‘deels’ een half punt, ‘nee’ en nog niet beantwoord tellen als nul.";

/// The name of "level 0" in the UI.
pub const BELOW_FIRST_LEVEL: &str = "Nog geen niveau";

/// What an answer is called on screen, in print and in the reports.
pub fn answer_label(value: AnswerValue) -> &'static str {
    match value {
        AnswerValue::Nee => "Nee",
        AnswerValue::Deels => "Deels",
        AnswerValue::Ja => "Ja",
        AnswerValue::Nvt => "N.v.t.",
    }
}

/// The name given to the single assessment of schema v1 data.
pub const V1_ASSESSMENT_NAME: &str = "Mijn zelfevaluatie";

/// The reminder when `State::unexported` is not empty.
pub const UNEXPORTED_REMINDER: &str = "U hebt antwoorden die nog niet in een bestand zijn bewaard. \
Exporteer ze, zodat u ze niet kwijtraakt als de browsergegevens worden gewist.";

/// CSV column headers, in column order.
pub const CSV_HEADER: [&str; 8] =
    ["zelfevaluatie", "dimensie", "niveau", "stelling_id", "stelling", "antwoord", "toelichting", "bewijs"];

/// An answer in the CSV export: its id (`ja`, `deels`, `nee`, `nvt`), not its label.
/// Spreadsheets that count or filter the answers depend on these words staying the same.
pub fn csv_answer(value: AnswerValue) -> &'static str {
    value.id()
}

/// The name of an action's status, in the plan and in its exports.
pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Gepland => "Gepland",
        Status::Bezig => "Bezig",
        Status::Klaar => "Klaar",
        Status::Vervallen => "Vervallen",
    }
}

/// The action plan's CSV column headers, in column order.
pub const PLAN_CSV_HEADER: [&str; 8] =
    ["wat", "wie", "uiterlijk", "status", "toelichting", "onderwerp", "stellingen", "tips"];

/// The labels in a calendar item's description: "Wie: Team KCC", "Status: Bezig",
/// "Toelichting: …".
pub const PLAN_ICS_LABELS: PlanLabels<'static> =
    PlanLabels { who: "Wie", status: "Status", note: "Toelichting", status_name };

/// The calendar's name when Outlook opens the agenda file as a calendar of its own.
pub fn plan_calendar_name(assessment: &str) -> String {
    format!("Actieplan {assessment}")
}

pub const PLAN_EXPORT_HEADING: &str = "Actieplan bewaren of delen";
pub const PLAN_EXPORT_NOTHING: &str = "Er zijn nog geen acties om te exporteren.";
pub const PLAN_CSV_BUTTON: &str = "Downloaden voor Excel (CSV)";
pub const PLAN_ICS_BUTTON: &str = "Downloaden voor de agenda (.ics)";

/// Next to the agenda file's download button.
pub const PLAN_ICS_HINT: &str = "Het agendabestand (.ics) opent u in Outlook of een andere agenda. \
Elke actie met een datum staat erin, als afspraak van een hele dag. Acties zonder datum staan er niet in.";
/// Instead of the agenda file's download button, while no action has a date.
pub const PLAN_ICS_NOTHING_DATED: &str =
    "Er is nog geen actie met een datum. Geef een actie een datum, dan komt die in uw agenda.";

// Self-assessment results
pub const PRINT_REPORT: &str = "Afdrukken of opslaan als pdf";
pub const BACK_TO_CHECKLIST: &str = "Terug naar de vragenlijst";
pub const LEVELS_HEADING: &str = "Niveau per onderwerp";
pub const RADAR_CAPTION: &str =
    "Hoe verder naar buiten, hoe hoger het niveau. De ringen zijn de niveaus 1 tot en met 4. De tabel geeft dezelfde cijfers.";
pub const LEGEND_NOW: &str = "Nu (vlak met doorgetrokken lijn)";
pub const LEGEND_AMBITION: &str = "Ambitie (streepjeslijn met vierkantjes)";
pub const LEVELS_TABLE_CAPTION: &str = "Niveau, ambitie en voortgang per onderwerp";
pub const COL_AMBITION: &str = "Ambitie";
pub const COL_TOWARD_AMBITION: &str = "Naar ambitie";
pub const AMBITION_REACHED: &str = "bereikt";
/// In a table cell that has nothing to show.
pub const NONE_DASH: &str = "–";
pub const TABLE_SCROLL_HINT: &str = "Schuif de tabel opzij om alle kolommen te zien.";
pub const COMPARE_WITH: &str = "Vergelijk met";
pub const COMPARE_NONE: &str = "geen bewaarde stand";
pub const AMBITION_HEADING: &str = "Uw ambitie per onderwerp";
pub const AMBITION_INTRO: &str = "Kies per onderwerp welk niveau u wilt bereiken. \
De tabel laat zien hoe ver u daarmee bent, en de aanbevelingen beginnen bij wat daartussen staat.";
pub const NO_AMBITION: &str = "Geen ambitie gekozen";
pub const COL_NUMBER: &str = "Nr.";
pub const COL_DIMENSION: &str = "Onderwerp";
pub const COL_LEVEL: &str = "Niveau";
pub const COL_PROGRESS: &str = "Voortgang";
pub const COL_TREND: &str = "Ontwikkeling";
pub const COL_DATE: &str = "Datum";
pub const NO_TREND: &str = "Nog geen ontwikkeling te zien: bewaar minstens twee keer de stand";
pub const HOW_SCORING_WORKS: &str = "Zo werkt de score";
pub const RECOMMENDATIONS_HEADING: &str = "Aanbevolen volgende stappen";
pub const ALL_LEVELS_REACHED: &str = "U hebt op elk onderwerp het hoogste niveau bereikt.";
/// Above a statement's quoted sources: where the statement comes from.
pub const WHY_SOURCES: &str = "Deze stelling komt uit:";
pub const HISTORY_HEADING: &str = "Ontwikkeling in de tijd";
pub const HISTORY_TABLE_CAPTION: &str = "Totale voortgang per bewaarde stand";
pub const NO_SNAPSHOTS: &str =
    "Nog geen bewaarde stand. Bewaar de stand met ‘Stand van vandaag bewaren’; dan ziet u later hoe uw organisatie vooruitgaat.";
pub const PARTICIPANTS_HEADING: &str = "Deelnemers";
pub const PARTICIPANTS_LABEL: &str = "Wie deden mee? Dit komt bovenaan het afgedrukte rapport.";
pub const TOP_ACTIONS_HEADING: &str = "Eerstvolgende acties";
pub const NO_OPEN_ACTIONS: &str = "Er staan nog geen open acties in het actieplan.";
pub const APPENDIX_HEADING: &str = "Bijlage: alle antwoorden, notities en bewijs";
pub const APPENDIX_INTRO: &str = "Per onderwerp elke stelling met het antwoord, de notitie en de link naar bewijs.";
pub const COL_STATEMENT: &str = "Stelling";
pub const COL_ANSWER: &str = "Antwoord";
pub const COL_NOTE_AND_EVIDENCE: &str = "Notitie en bewijs";
pub const NOT_ANSWERED: &str = "nog niet beantwoord";
pub const EVIDENCE: &str = "Bewijs";

pub fn results_title(name: &str) -> String {
    format!("Resultaten: {name}")
}

pub fn percent(p: u8) -> String {
    format!("{p}%")
}

/// The checklist's progress, short enough for the bar that stays in view on a phone.
pub fn overall_progress_short(percent: u8, answered: u32, total: u32) -> String {
    format!("Score {percent}% · {answered} van {total} stellingen beantwoord")
}

/// The score (points earned of the points possible) and how much is answered: two
/// different things, each named for what it is.
pub fn overall_progress(percent: u8, answered: u32, total: u32) -> String {
    format!("Score: {percent}% van de punten · {answered} van {total} stellingen beantwoord")
}

/// A level with its number: "Beginnend (1/4)".
pub fn level_of(name: &str, level: u8, of: u8) -> String {
    format!("{name} ({level}/{of})")
}

/// A dimension whose every statement is answered n.v.t.
pub const NOTHING_APPLIES: &str = "Niet van toepassing";

/// A level and the levels that only hold n.v.t.: "Beginnend (1/4); Ontwikkelend: n.v.t.".
pub fn with_not_applicable(level: &str, not_applicable: &[String]) -> String {
    format!("{level}; {}: n.v.t.", not_applicable.join(", "))
}

/// How many statements of a dimension are answered n.v.t.; empty when none.
pub fn not_applicable_count(n: u32) -> String {
    match n {
        0 => String::new(),
        1 => " · 1 stelling n.v.t.".to_string(),
        n => format!(" · {n} stellingen n.v.t."),
    }
}

/// A level and the way to the next: "Beginnend (1/4), 75% van Ontwikkelend".
pub fn on_the_way(level: &str, percent: u8, next: &str) -> String {
    format!("{level}, {percent}% van {next}")
}

/// The radar's accessible summary: every dimension with its level and its ambition.
pub fn radar_label(levels: &[(String, String, Option<String>)]) -> String {
    let parts: Vec<String> = levels
        .iter()
        .map(|(d, l, ambition)| match ambition {
            Some(a) => format!("{d}: {l}, ambitie {a}"),
            None => format!("{d}: {l}"),
        })
        .collect();
    format!("Radardiagram van het niveau per onderwerp. {}.", parts.join("; "))
}

pub fn trend_label(values: &[u8]) -> String {
    let parts: Vec<String> = values.iter().map(u8::to_string).collect();
    format!("Ontwikkeling: {}", parts.join(", "))
}

/// A recommendation's heading, with the ambition when one is set.
pub fn next_step(dimension: &str, level: &str, ambition: Option<&str>) -> String {
    match ambition {
        Some(ambition) => format!("{dimension}: op weg naar ‘{level}’ (uw ambitie: ‘{ambition}’)"),
        None => format!("{dimension}: op weg naar ‘{level}’"),
    }
}

/// A level with its number: "Gevorderd (3)".
pub fn level_numbered(name: &str, level: u8) -> String {
    format!("{name} ({level})")
}

/// How much of the ambition is reached, over the dimensions that have one.
pub fn ambition_reached(percent: u8, dimensions: usize) -> String {
    let over = match dimensions {
        1 => "1 onderwerp".to_string(),
        n => format!("{n} onderwerpen"),
    };
    format!("Ambitie: {percent}% bereikt (over {over} met een ambitie)")
}

/// A snapshot by its number (the oldest is 1) and date: two can share a day.
pub fn snapshot_name(number: usize, date: &str) -> String {
    format!("stand {number} ({date})")
}

/// The legend entry of the compared snapshot.
pub fn legend_snapshot(snapshot: &str) -> String {
    format!("Niveau bij {snapshot} (stippellijn met rondjes)")
}

/// The table column of the compared snapshot.
pub fn col_level_at(snapshot: &str) -> String {
    format!("Niveau bij {snapshot}")
}

/// The assessment made for a first-time visitor, so the checklist can start at once.
pub const FIRST_ASSESSMENT_NAME: &str = "Mijn zelfevaluatie";
pub const ASSESSMENT_NAV_LABEL: &str = "Zelfevaluatie";
pub const ASSESSMENT_NAV_CHECKLIST: &str = "Invullen";
pub const ASSESSMENT_NAV_RESULTS: &str = "Resultaten";
pub const ASSESSMENT_NAV_MANAGE: &str = "Mijn zelfevaluaties";
pub const ASSESSMENT_NAV_EXCHANGE: &str = "Exporteren en importeren";
pub const WORKING_IN: &str = "U werkt in:";
pub const SWITCH_OR_MANAGE: &str = "wisselen of beheren";
/// After "U werkt in:" when no assessment is open (the last one was deleted).
pub const NO_ACTIVE: &str = "geen zelfevaluatie. Uw volgende antwoord begint een nieuwe.";

// Saving, announced in a polite live region
pub const SAVED: &str = "Opgeslagen";
pub const SAVED_GIVE_NVT_REASON: &str = "Opgeslagen. Schrijf bij de notitie kort waarom dit niet van toepassing is.";
pub const NVT_REASON: &str = "U koos n.v.t.: schrijf hier kort waarom dit niet van toepassing is.";
pub const NOT_SAVED: &str = "Niet opgeslagen: de browser weigerde het op te slaan";
pub const CHANGED_NOT_KEPT: &str = "Gewijzigd, maar niet bewaard: deze browser slaat niets op";
pub const TEXT_CHANGED_ELSEWHERE: &str = "Deze notitie of link is tegelijk in een ander tabblad gewijzigd. \
De laatst getypte versie staat nu hier: kijk of er niets ontbreekt.";
pub const CHANGED_NOT_KEPT_NEWER: &str =
    "Gewijzigd, maar niet bewaard, zodat de gegevens van de nieuwere versie blijven staan";

// The checklist
pub const DIMENSION_INDEX_LABEL: &str = "Onderwerpen";
pub const ONE_DIMENSION_AT_A_TIME: &str = "U vult één onderwerp tegelijk in. Kies een onderwerp:";
/// After a dimension's name in the list of dimensions.
pub fn dimension_index_count(answered: u32, total: u32) -> String {
    format!("({answered} van {total} beantwoord)")
}
/// Above a dimension's heading: "Onderwerp 2 van 8".
pub fn dimension_position(n: usize, total: usize) -> String {
    format!("Onderwerp {n} van {total}")
}
pub const DIMENSION_STEPS_LABEL: &str = "Vorig en volgend onderwerp";
pub fn previous_dimension(name: &str) -> String {
    format!("Vorig onderwerp: {name}")
}
pub fn next_dimension(name: &str) -> String {
    format!("Volgend onderwerp: {name}")
}
pub const LAST_DIMENSION_TO_RESULTS: &str = "Dit was het laatste onderwerp. Bekijk de resultaten";
pub const LINKED_DIMENSION_UNKNOWN: &str =
    "Het onderwerp uit de link staat niet in de zelfevaluatie. Hieronder staat het eerste onderwerp.";
pub const LEVEL_REACHED: &str = "bereikt";
pub const LEVEL_NOT_APPLICABLE: &str = "n.v.t.";
pub const LINKED_STATEMENT_UNKNOWN: &str =
    "De stelling uit de link staat niet in de zelfevaluatie. Hieronder staat het eerste onderwerp.";
pub const LINKED_STATEMENT_RETIRED: &str =
    "De stelling uit de link wordt niet meer gesteld. Wat u erbij invulde, staat onderaan bij ‘Vervallen stellingen’.";
pub const GO_TO_RETIRED: &str = "Naar de vervallen stellingen";

/// Above the checklist, when answers to retired statements are kept.
pub fn retired_answers_kept(n: usize) -> String {
    match n {
        1 => "Eén antwoord hoort bij een stelling die niet meer wordt gesteld. Het is bewaard.".to_string(),
        n => format!("{n} antwoorden horen bij stellingen die niet meer worden gesteld. Ze zijn bewaard."),
    }
}
pub const CLEAR_ANSWER: &str = "Antwoord wissen";
pub const ADD_NOTE_OR_EVIDENCE: &str = "Notitie of bewijs toevoegen";
pub const NOTE_LABEL: &str = "Notitie";
pub const RETIRED_HEADING: &str = "Vervallen stellingen";
pub const RETIRED_INTRO: &str = "Deze stellingen staan niet meer in de zelfevaluatie. Wat u erbij hebt ingevuld, is bewaard. Het telt niet mee in de score.";

/// A retired statement's answer, or that only a note or link is kept.
pub fn retired_answer(answer: Option<&str>) -> String {
    match answer {
        Some(answer) => format!("Uw antwoord: {answer}"),
        None => "Geen antwoord".to_string(),
    }
}
pub const EVIDENCE_LABEL: &str = "Link naar bewijs";
pub const EVIDENCE_HINT: &str =
    "Een webadres dat begint met https:// of http://, bijvoorbeeld een raadsbesluit of dashboard.";
/// Keeps today's score, so the results can show later how it changed.
pub const TAKE_SNAPSHOT: &str = "Stand van vandaag bewaren";
pub const SNAPSHOT_TAKEN: &str = "Stand bewaard";

/// Next to "Stand van vandaag bewaren" while a snapshot would be pointless: why it does nothing.
pub fn snapshot_refusal(why: crate::storage::SnapshotRefusal) -> &'static str {
    match why {
        crate::storage::SnapshotRefusal::NothingAnswered => {
            "De stand bewaren kan pas als u minstens één stelling hebt beantwoord. \
Nu zou er overal 0% in staan."
        }
        crate::storage::SnapshotRefusal::SameAsToday => {
            "De stand met deze score is vandaag al bewaard. Verandert er iets aan de score, \
dan kunt u de stand opnieuw bewaren."
        }
    }
}

pub fn note_hint(max: usize) -> String {
    format!("Hooguit {max} tekens.")
}

/// One dimension's standing: "Niveau: Ontwikkelend · 45% · 6 van 11 beantwoord".
pub fn dimension_status(level: &str, percent: u8, answered: u32, total: u32) -> String {
    format!("Niveau: {level} · {percent}% · {answered} van {total} beantwoord")
}

// Managing assessments
pub const MANAGE_TITLE: &str = "Mijn zelfevaluaties";
pub const MANAGE_INTRO: &str = "U kunt meerdere zelfevaluaties bijhouden, bijvoorbeeld per team of per jaar. \
De actieve zelfevaluatie is de zelfevaluatie die u invult en waarvan u de resultaten ziet.";
pub const ACTIVE_BADGE: &str = "actief";
pub const OPEN: &str = "Openen";
pub const RENAME: &str = "Naam wijzigen";
pub const COPY: &str = "Kopiëren";
pub const DELETE: &str = "Verwijderen";
pub const UNDO: &str = "Ongedaan maken";
pub const RESTORE: &str = "Terugzetten";
pub const RESTORED: &str = "Teruggezet";
pub const COPIED: &str = "Kopie gemaakt en geopend";
pub const CREATED: &str = "Aangemaakt en geopend";
pub const SAVE: &str = "Opslaan";
pub const CANCEL: &str = "Annuleren";
pub const DISMISS: &str = "Melding sluiten";
pub const CREATE_HEADING: &str = "Nieuwe zelfevaluatie";
pub const NAME_LABEL: &str = "Naam";
pub const NAME_HINT: &str = "Bijvoorbeeld ‘Gemeente Zeewolde 2026’ of ‘Team KCC’. Hooguit 80 tekens.";
pub const CREATE: &str = "Aanmaken";
pub const DELETED_HEADING: &str = "Verwijderde zelfevaluaties";
pub const NO_DELETED: &str = "Er zijn geen verwijderde zelfevaluaties.";
/// A date we do not know (assessments from the first version of Digiwijzer).
pub const UNKNOWN_DATE: &str = "onbekend";

/// "25 november 2019", or "onbekend" for the 0 of data migrated from schema v1.
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
    format!("Kopie van {name}")
}

pub fn new_name_for(name: &str) -> String {
    format!("Nieuwe naam voor ‘{name}’")
}

pub fn deleted_notice(name: &str) -> String {
    format!("‘{name}’ is verwijderd.")
}

pub fn deleted_on(date: &str) -> String {
    format!("(verwijderd op {date})")
}

pub fn assessment_meta(created: &str, percent: u8, snapshots: usize) -> String {
    let snapshots = match snapshots {
        0 => "geen bewaarde standen".to_string(),
        1 => "1 bewaarde stand".to_string(),
        n => format!("{n} bewaarde standen"),
    };
    format!("Aangemaakt: {created} · voortgang {percent}% · {snapshots}")
}

// Export and import
pub const EXCHANGE_TITLE: &str = "Exporteren en importeren";
pub const EXCHANGE_INTRO: &str = "Digiwijzer bewaart uw zelfevaluaties alleen in deze browser. Met een exportbestand \
bewaart u ze veilig, deelt u ze met collega’s of zet u ze over naar een andere computer.";
pub const EXPORT_HEADING: &str = "Exporteren";
pub const EXPORT_WHAT: &str = "Wat wilt u exporteren?";
pub const DOWNLOAD_JSON: &str = "Exportbestand downloaden (JSON)";
pub const DOWNLOAD_CSV: &str = "Antwoorden downloaden voor een spreadsheet (CSV)";
pub const EXPORT_HINT: &str = "Het JSON-bestand kunt u later weer importeren, ook in een andere browser. \
Het CSV-bestand is om te lezen in bijvoorbeeld Excel en kan niet worden geïmporteerd.";
/// Next to every CSV download: the file is made for Dutch Excel, and what to do otherwise.
pub const CSV_HINT: &str = "Het CSV-bestand is gemaakt voor Excel met Nederlandse instellingen: \
dubbelklik erop en alles staat in kolommen. Staat alles in kolom A? Open het bestand dan in Excel via \
Gegevens, Van tekst/CSV, en kies de puntkomma als scheidingsteken. In LibreOffice vinkt u bij het openen \
de puntkomma aan.";
pub const DOWNLOAD_FAILED: &str = "De browser heeft het downloaden geweigerd.";
pub const EXPORT_NOW: &str = "Nu exporteren";
pub const IMPORT_HEADING: &str = "Importeren";
pub const IMPORT_FILE_LABEL: &str = "Kies een exportbestand van Digiwijzer (.json)";
pub const IMPORT_HINT: &str =
    "Er verandert nog niets: u ziet eerst wat er in het bestand staat en kiest dan wat er moet gebeuren.";
/// The start of each downloaded file's name: users find the file by it in their
/// downloads, and read it in the message after a download.
pub const FILE_NAME_ASSESSMENT: &str = "digiwijzer-zelfevaluatie";
pub const FILE_NAME_ASSESSMENTS: &str = "digiwijzer-zelfevaluaties";
pub const FILE_NAME_PLAN: &str = "digiwijzer-actieplan";
pub const FILE_NAME_UNREADABLE_DATA: &str = "digiwijzer-onleesbare-gegevens";
pub const FILE_UNREADABLE: &str = "De browser kon het bestand niet lezen.";
pub const IMPORT_PLAN_HEADING: &str = "Wat staat er in het bestand?";
pub const IMPORT_WHAT_TO_DO: &str = "Wat wilt u ermee doen?";
pub const IMPORT_MERGE_LABEL: &str =
    "Samenvoegen met een bestaande zelfevaluatie (per stelling blijft het laatst gewijzigde antwoord)";
pub const IMPORT_CHOOSE_FIRST: &str = "Kies eerst of u wilt toevoegen of samenvoegen.";
pub const IMPORT_CONFIRM: &str = "Importeren";

pub fn export_only(name: &str) -> String {
    format!("Alleen ‘{name}’")
}

pub fn export_all(n: usize) -> String {
    format!("Alle zelfevaluaties ({n})")
}

pub fn downloaded(file: &str) -> String {
    format!("Gedownload: {file}")
}

pub const EXPORT_PARTICIPANT: &str =
    "Uw naam (mag leeg blijven). Die komt in het bestand en in de bestandsnaam, zodat een teamleider weet van wie de antwoorden zijn.";

/// In the import plan: who the file is from.
pub fn file_from(participant: &str) -> String {
    format!("Van: {participant}")
}

pub fn import_summary(exported: &str, n: usize) -> String {
    match n {
        1 => format!("Geëxporteerd op {exported}; het bestand bevat 1 zelfevaluatie:"),
        n => format!("Geëxporteerd op {exported}; het bestand bevat {n} zelfevaluaties:"),
    }
}

pub fn incoming_summary(answers: usize, snapshots: usize) -> String {
    let answers = if answers == 1 { "1 antwoord".to_string() } else { format!("{answers} antwoorden") };
    match snapshots {
        0 => answers,
        1 => format!("{answers}, 1 bewaarde stand"),
        n => format!("{answers}, {n} bewaarde standen"),
    }
}

pub fn also_here(name: &str) -> String {
    format!("Deze zelfevaluatie staat ook in deze browser, als ‘{name}’.")
}

pub fn import_as_new_label(n: usize) -> &'static str {
    if n == 1 {
        "Toevoegen als nieuwe zelfevaluatie"
    } else {
        "Toevoegen als nieuwe zelfevaluaties"
    }
}

pub fn merge_into_label(incoming: &str) -> String {
    format!("‘{incoming}’ samenvoegen met")
}

/// What merging would do, e.g. "3 nieuw, 2 bijgewerkt, 1 hier nieuwer (blijft), 5 gelijk",
/// then what happens to notes and links.
pub fn merge_preview(p: &crate::storage::MergePreview) -> String {
    format!(
        "Gevolg: {} nieuw, {} bijgewerkt, {} hier nieuwer (blijft zoals het is), {} gelijk.{}{}",
        p.added,
        p.updated,
        p.kept_local,
        p.unchanged,
        text_changes(&p.texts),
        plan_changes(p)
    )
}

/// " Ambities: 2 anders. Actieplan: 3 acties erbij, 1 bijgewerkt.", or nothing when the
/// file changes no ambition or action.
fn plan_changes(p: &crate::storage::MergePreview) -> String {
    let mut out = String::new();
    if p.ambitions > 0 {
        let word = if p.ambitions == 1 { "ambitie" } else { "ambities" };
        out.push_str(&format!(" {} {word} anders.", p.ambitions));
    }
    let mut parts = Vec::new();
    match p.actions_added {
        0 => {}
        1 => parts.push("1 actie erbij".to_string()),
        n => parts.push(format!("{n} acties erbij")),
    }
    if p.actions_updated > 0 {
        parts.push(format!("{} bijgewerkt", p.actions_updated));
    }
    if !parts.is_empty() {
        out.push_str(&format!(" Actieplan: {}.", parts.join(", ")));
    }
    out
}

/// " Notities: 1 notitie erbij, 2 notities blijven zoals ze hier staan. …", or nothing
/// when the file changes no note or link.
fn text_changes(t: &crate::storage::TextChanges) -> String {
    let part = |added: usize, kept: usize, one: &str, many: &str| {
        let name = |n: usize| if n == 1 { one } else { many };
        let mut parts = Vec::new();
        if added > 0 {
            parts.push(format!("{added} {} erbij", name(added)));
        }
        match kept {
            0 => {}
            1 => parts.push(format!("1 {one} blijft zoals die hier staat")),
            n => parts.push(format!("{n} {many} blijven zoals ze hier staan")),
        }
        parts.join(", ")
    };
    let notes = part(t.notes_added, t.notes_kept, "notitie", "notities");
    let links = part(t.links_added, t.links_kept, "link", "links");
    if notes.is_empty() && links.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    if !notes.is_empty() {
        out.push_str(&format!(" Notities: {notes}."));
    }
    if !links.is_empty() {
        out.push_str(&format!(" Links naar bewijs: {links}."));
    }
    out.push_str(" Een notitie of link die hier al staat, wordt nooit vervangen of gewist.");
    out
}

/// After an import that could not be written: it is only in this tab.
pub const IMPORTED_NOT_SAVED: &str = "Het bestand is ingelezen, maar de browser kon het niet opslaan, \
waarschijnlijk omdat de opslag vol is. Na herladen of sluiten van dit tabblad is het weg. Bewaar het bestand \
dus goed, en exporteer wat u hier verandert.";
/// After an import in a tab that keeps nothing (see the notice at the top).
pub const IMPORTED_NOT_KEPT: &str = "Het bestand is ingelezen, maar wordt niet bewaard (zie de melding bovenaan): \
na herladen of sluiten van dit tabblad is het weg. Bewaar het bestand dus goed.";
pub const NOTHING_TO_EXPORT: &str = "Er is nog geen zelfevaluatie om te exporteren.";

// Backups of unreadable data
pub const BACKUPS_HEADING: &str = "Apart bewaarde gegevens";
pub const BACKUPS_INTRO: &str = "Gegevens die Digiwijzer niet kon lezen, zijn hier ongewijzigd bewaard. \
Download ze, bijvoorbeeld voor uw beheerder of om ze in een nieuwere versie te openen. Kan deze versie ze \
wel lezen, dan kunt u ze samenvoegen met uw gegevens: er gaat dan niets verloren. \
Verwijder ze pas als u ze niet meer nodig hebt.";
pub const DOWNLOAD: &str = "Downloaden";
pub const BACKUP_DELETED: &str = "Verwijderd";
pub const BACKUP_GONE: &str =
    "Deze gegevens staan niet meer in de browser; misschien zijn ze in een ander tabblad verwijderd.";
pub const MERGE_BACKUP: &str = "Samenvoegen met mijn gegevens";
pub const BACKUP_MERGED: &str = "Samengevoegd met uw gegevens";
pub const BACKUP_DELETE_QUESTION: &str = "Deze gegevens definitief verwijderen? Dit kunt u niet ongedaan maken.";
pub const BACKUP_NOT_DELETED: &str = "Verwijderen is niet gelukt.";

pub fn backup_label(made: &str, size: usize) -> String {
    let kb = size.div_ceil(1024);
    format!("Bewaard op {made} ({kb} kB)")
}

// Deleted elsewhere, and deleting for good
pub fn deleted_elsewhere(name: &str) -> String {
    format!("‘{name}’ is in een ander tabblad verwijderd. Wat u daarin had ingevuld, is niet weg: u kunt de zelfevaluatie terugzetten.")
}
pub fn purged_elsewhere(name: &str) -> String {
    format!(
        "‘{name}’ is in een ander tabblad definitief verwijderd, met alles wat erin stond. Terugzetten kan niet meer."
    )
}
pub const PURGE: &str = "Definitief verwijderen";
pub const PURGE_CONFIRM: &str = "Ja, definitief verwijderen";
pub fn purge_question(name: &str) -> String {
    format!("‘{name}’ definitief verwijderen? Alle antwoorden, notities en links ervan zijn dan weg. Dit kunt u niet ongedaan maken.")
}
pub const PURGED: &str = "Definitief verwijderd";

pub fn imported_as_new(names: &[String]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("‘{n}’")).collect();
    format!("Geïmporteerd als nieuw en geopend: {}.", names.join(", "))
}

pub fn merged(from: &str, into: &str, p: &crate::storage::MergePreview) -> String {
    format!(
        "‘{from}’ is samengevoegd met ‘{into}’: {} nieuw, {} bijgewerkt, {} bleef zoals het was.{}{}",
        p.added,
        p.updated,
        p.kept_local,
        text_changes(&p.texts),
        plan_changes(p)
    )
}

// Where progress is kept
pub const BACKUP_MADE: &str = "De oorspronkelijke gegevens staan ongewijzigd apart in deze browser. \
U vindt ze ook later terug onder ‘Exporteren en importeren’, bij ‘Apart bewaarde gegevens’. Daar kunt u ze \
downloaden, bijvoorbeeld voor uw beheerder, en verwijderen als u ze niet meer nodig hebt. Wat u nu invult, wordt gewoon bewaard.";
pub const BACKUP_FAILED: &str = "Apart bewaren is niet gelukt. Daarom slaat Digiwijzer voorlopig niets op, \
zodat de oorspronkelijke gegevens niet worden overschreven. Download ze hieronder.";
pub const DOWNLOAD_RAW: &str = "Oorspronkelijke gegevens downloaden";
pub const NOT_KEPT_TITLE: &str = "Uw antwoorden worden niet bewaard.";
pub const NOT_KEPT_BLOCKED: &str = "Deze browser staat Digiwijzer niet toe iets op te slaan, bijvoorbeeld in een \
privévenster, door een instelling van uw organisatie of omdat de opslag vol is. U kunt gewoon verder werken, \
maar als u dit tabblad sluit of herlaadt, bent u alles kwijt. Exporteer uw antwoorden naar een bestand voordat u stopt.";
pub const NOT_KEPT_NO_BACKUP: &str =
    "Zolang de onleesbare gegevens niet apart bewaard zijn, slaat Digiwijzer niets op. \
U kunt verder werken, maar exporteer uw antwoorden naar een bestand voordat u stopt.";
pub const NOT_KEPT_NEWER: &str = "Deze gegevens zijn van een nieuwere versie van Digiwijzer. Om ze niet te \
overschrijven, slaat deze versie niets op. Herlaad de pagina: meestal krijgt u dan de nieuwe versie. Blijft deze \
melding staan, vraag dan uw beheerder welke versie van Digiwijzer de juiste is. U kunt ook hier opnieuw beginnen: \
de gegevens van de nieuwere versie blijven dan apart bewaard in deze browser.";
pub const START_OVER_HERE: &str = "Hier opnieuw beginnen";
pub const NOT_KEPT_WRITE_FAILED: &str = "Opslaan is mislukt, waarschijnlijk omdat de opslag van de browser vol is. \
Digiwijzer probeert het bij elke wijziging opnieuw. Exporteer uw antwoorden naar een bestand, zodat u niets kwijtraakt.";
pub const PERSIST_GRANTED: &str = "Uw browser heeft toegezegd deze gegevens te bewaren, ook als de schijf vol raakt.";
pub const PERSIST_NOT_GRANTED: &str =
    "Uw browser mag deze gegevens wissen als er ruimte nodig is, en op veel werkplekken \
worden browsergegevens geregeld gewist. Exporteer daarom af en toe.";
pub const PERSIST_UNSUPPORTED: &str =
    "Deze browser kan niet toezeggen dat hij uw gegevens bewaart. Exporteer daarom af en toe.";

// The action plan
pub const ASSESSMENT_NAV_PLAN: &str = "Actieplan";
pub const PRINT_PLAN: &str = "Actieplan afdrukken";
pub const PLAN_ACTIONS_HEADING: &str = "Acties";
pub const NEW_ACTION_HEADING: &str = "Nieuwe actie";
pub const ACTION_LINK_UNKNOWN: &str =
    "De link noemt een stelling of tip die Digiwijzer hier niet kent. Vul de actie zelf in.";
pub const ACTION_WHAT: &str = "Wat gaan we doen?";
pub const ACTION_WHO: &str = "Wie doet het?";
pub const ACTION_DUE: &str = "Uiterlijk klaar op";
pub const ACTION_STATUS: &str = "Status";
pub const ADD_ACTION: &str = "Actie toevoegen";
pub const ACTION_ADDED: &str = "Actie toegevoegd";
pub const ACTION_DELETED: &str = "Actie verwijderd";
pub const ACTION_RESTORED: &str = "Actie teruggezet";
pub const DELETE_ACTION: &str = "Actie verwijderen";
pub const ACTION_FOR: &str = "Deze actie is voor:";
pub const ACTION_CHANGED_ELSEWHERE: &str = "Deze actie is intussen in een ander tabblad gewijzigd. \
Uw tekst staat er nog: als u het veld verlaat, wordt die bewaard.";
pub const FILTER_STATUS: &str = "Toon";
pub const FILTER_DIMENSION: &str = "Onderwerp";
pub const FILTER_ALL: &str = "alles";
pub const OVERDUE: &str = "Te laat";
pub const REANSWER_AFTER_DONE: &str =
    "Deze actie is klaar. Kijk of u de stelling(en) waarvoor ze was nu anders beantwoordt:";
/// On a statement answered nee or deels, and under a recommendation.
pub const MAKE_ACTION: &str = "Actie maken";

pub fn plan_title(name: &str) -> String {
    format!("Actieplan: {name}")
}

/// How many actions the list shows, of how many, and how many are overdue.
pub fn plan_count(shown: usize, all: usize, overdue: usize) -> String {
    let actions = |n: usize| if n == 1 { "1 actie".to_string() } else { format!("{n} acties") };
    let mut text = if all == 0 {
        "Nog geen acties. Maak er een met het formulier hierboven, of via ‘Actie maken’ bij een stelling.".to_string()
    } else if shown == all {
        actions(all)
    } else {
        format!("{} van {}", actions(shown), all)
    };
    if overdue > 0 {
        text.push_str(&format!(" · {overdue} te laat"));
    }
    text
}

pub fn for_dimension(dimension: &str) -> String {
    format!("Onderwerp: {dimension}")
}

/// A statement that is no longer asked, named in an action it was for.
pub fn retired_statement(text: &str) -> String {
    format!("{text} (vervallen stelling)")
}

pub fn reanswer(statement: &str) -> String {
    format!("Opnieuw beantwoorden: {statement}")
}

pub fn action_deleted(what: &str) -> String {
    format!("Actie ‘{what}’ verwijderd.")
}

// The Optimaal Digitaal game
pub const ASSESSMENT_NAV_GAME: &str = "Spel";
pub const GAME_TITLE: &str = "Het Optimaal Digitaal-spel";
pub const GAME_INTRO: &str = "Kies een doel. Leg dan elke kaart snel op een stapel: minder doen of stoppen, \
blijven doen, meer doen, of leg weg. Kies daarna uit ‘meer doen’ hoogstens drie kaarten: die worden acties in uw actieplan.";
pub const NEW_ROUND: &str = "Nieuw spel";
pub const ROUND_GOAL: &str = "Doel van dit spel";
pub const DECK_ORDER: &str = "Welke kaarten eerst?";
pub const DECK_RECOMMENDED_FIRST: &str = "Eerst de kaarten bij de onderwerpen die de zelfevaluatie aanbeveelt";
pub const DECK_ALL: &str = "Alle kaarten in de gewone volgorde";
pub const START_ROUND: &str = "Spel beginnen";
pub const ROUND_STARTED: &str = "Spel begonnen";
pub const ROUND_FINISHED: &str = "Spel afgerond";
pub const SORT_TO: &str = "Leg de kaart op een stapel";
pub const KEYS_HINT: &str = "U kunt ook de toetsen 1 tot en met 4 gebruiken.";
pub const UNDO_SORT: &str = "Vorige kaart terugnemen";
pub const READ_WHOLE_TIP: &str = "Lees de hele tekst (opent de tips)";
pub const PICK_HEADING: &str = "Kies uit ‘Meer doen’";
pub const NOTHING_TO_PICK: &str =
    "Er ligt geen kaart op ‘Meer doen’. U kunt het spel afronden zonder acties, of kaarten terugnemen.";
pub const EARLIER_ROUNDS: &str = "Gespeelde spellen";
pub const NO_EARLIER_ROUNDS: &str = "Nog geen spellen gespeeld.";
pub const PRINT_ROUNDS: &str = "Spellen afdrukken";
pub const TO_PLAN: &str = "Naar het actieplan";

pub fn pile_name(pile: crate::storage::game::Pile) -> &'static str {
    use crate::storage::game::Pile;
    match pile {
        Pile::Minder => "Minder doen of stoppen",
        Pile::Blijven => "Blijven doen",
        Pile::Meer => "Meer doen",
        Pile::Weg => "Leg weg",
    }
}

pub fn round_goal(goal: &str) -> String {
    format!("Doel: {goal}")
}

pub fn card_of(n: usize, of: usize) -> String {
    format!("Kaart {n} van {of}")
}

pub fn pile_count(n: usize) -> String {
    if n == 1 {
        "(1 kaart)".to_string()
    } else {
        format!("({n} kaarten)")
    }
}

pub fn examples_count(n: u32) -> String {
    match n {
        0 => "Zonder voorbeelden".to_string(),
        1 => "1 voorbeeld".to_string(),
        n => format!("{n} voorbeelden"),
    }
}

/// Said after a card is sorted: where it went, and the next card, if any.
pub fn card_sorted(card: &str, pile: &str, next: Option<(&str, usize, usize)>) -> String {
    match next {
        Some((title, n, of)) => format!("‘{card}’ ligt bij {pile}. Kaart {n} van {of}: ‘{title}’."),
        None => format!("‘{card}’ ligt bij {pile}. Alle kaarten liggen op een stapel: kies nu uit ‘Meer doen’."),
    }
}

pub fn card_back(card: &str) -> String {
    format!("‘{card}’ is teruggenomen. Leg de kaart opnieuw op een stapel.")
}

pub fn pick_intro(max: usize) -> String {
    format!("Kies hoogstens {max} kaarten waar u echt mee aan de slag gaat. Ze worden acties in het actieplan van deze zelfevaluatie.")
}

pub fn finish_round(picks: usize) -> String {
    match picks {
        0 => "Spel afronden zonder acties".to_string(),
        1 => "Spel afronden en 1 actie maken".to_string(),
        n => format!("Spel afronden en {n} acties maken"),
    }
}

/// The note of an action made from a pick: the goal it was picked for.
pub fn action_from_round(goal: &str) -> String {
    format!("Gekozen in het Optimaal Digitaal-spel, met als doel: {goal}")
}

pub fn round_piles(piles: [(&str, usize); 4]) -> String {
    let parts: Vec<String> = piles.iter().map(|(name, n)| format!("{name}: {n}")).collect();
    parts.join(" · ")
}

pub fn round_picks(picks: &[String]) -> String {
    if picks.is_empty() {
        "Geen kaarten gekozen.".to_string()
    } else {
        format!("Gekozen: {}", picks.join("; "))
    }
}

/// The line under the report's title: the organisation, the date, who took part.
pub fn report_meta(organisation: Option<&str>, date: &str, participants: &str) -> String {
    let mut parts: Vec<String> = organisation.map(str::to_string).into_iter().collect();
    parts.push(format!("Datum: {date}"));
    if !participants.is_empty() {
        parts.push(format!("Deelnemers: {participants}"));
    }
    parts.join(" · ")
}

/// An action's status and, when it has one, its date: "Bezig, uiterlijk 31 maart 2027".
pub fn action_line(status: &str, due: &str) -> String {
    if due.is_empty() {
        status.to_string()
    } else {
        format!("{status}, uiterlijk {due}")
    }
}

/// Under the report's first actions: how many more are open; empty when none.
pub fn more_open_actions(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "En nog 1 open actie in het actieplan.".to_string(),
        n => format!("En nog {n} open acties in het actieplan."),
    }
}

// The team overview
pub const ASSESSMENT_NAV_TEAM: &str = "Team";
pub const TEAM_TITLE: &str = "Teamoverzicht";
pub const TEAM_INTRO: &str = "Zet de exportbestanden van collega’s naast elkaar: per onderwerp ieders niveau, \
het midden en de spreiding, en de stellingen waarover u het het minst eens bent, als agenda voor het gesprek. \
Uw eigen zelfevaluaties veranderen hierdoor niet.";
pub const OVERVIEWS_HEADING: &str = "Uw teamoverzichten";
pub const NO_OVERVIEWS: &str = "Nog geen teamoverzicht.";
pub const NEW_OVERVIEW: &str = "Naam van een nieuw teamoverzicht (bijvoorbeeld ‘Team KCC 2026’)";
pub const MAKE_OVERVIEW: &str = "Teamoverzicht maken";
pub const OVERVIEW_MADE: &str = "Teamoverzicht gemaakt";
pub const ADD_FILES: &str = "Exportbestanden van collega’s toevoegen (.json, meer tegelijk mag)";
pub const FILES_READ: &str = "Bestanden gelezen";
pub const ANONYMOUS: &str = "Anoniem: toon deelnemers als Deelnemer 1, 2, 3 …";
pub const NO_MEMBERS: &str = "Nog geen deelnemers. Voeg hierboven hun exportbestanden toe.";
pub const TEAM_LEVELS_HEADING: &str = "Niveau per onderwerp en per deelnemer";
pub const TEAM_LEVELS_INTRO: &str =
    "Het getal is het niveau met de weg naar het volgende (1,5: niveau 1 en half op weg naar 2). \
Het midden is de mediaan, de spreiding het verschil tussen de hoogste en de laagste.";
pub const TEAM_TABLE_CAPTION: &str = "Per onderwerp (rijen) het niveau van elke deelnemer (kolommen)";
pub const COL_MEDIAN: &str = "Midden";
pub const COL_SPREAD: &str = "Spreiding";
pub const AGENDA_HEADING: &str = "Agenda: hier verschilt het team het meest";
pub const AGENDA_INTRO: &str = "De stellingen waarover de antwoorden het verst uiteenlopen staan bovenaan.";
pub const ALL_STATEMENTS: &str = "Toon alle stellingen, niet alleen die waarover het team verschilt";
pub const ALL_STATEMENTS_HEADING: &str = "Alle stellingen: het antwoord van het team";
pub const ALL_STATEMENTS_INTRO: &str = "Alle stellingen, in de volgorde van de zelfevaluatie.";
pub const AGENDA_EMPTY: &str = "Over geen enkele stelling lopen de antwoorden uiteen. \
Wilt u toch het antwoord van het team vastleggen? Toon dan alle stellingen.";
pub const PRINT_AGENDA: &str = "Agenda printen";
pub const DROP_FILES: &str = "U kunt de bestanden ook hierheen slepen.";

pub fn overview_line(name: &str, members: usize) -> String {
    match members {
        1 => format!("{name} (1 deelnemer)"),
        n => format!("{name} ({n} deelnemers)"),
    }
}

pub fn overview_title(name: &str) -> String {
    format!("Teamoverzicht: {name}")
}

pub fn participant_number(n: usize) -> String {
    format!("Deelnemer {n}")
}

pub fn decimal(whole: u32, tenth: u32) -> String {
    format!("{whole},{tenth}")
}

/// A member's level in the team table: the name of the level is in the legend.
pub fn team_level(level: u8, reach: &str) -> String {
    format!("{reach} (niveau {level})")
}

pub fn tally(ja: u32, deels: u32, nee: u32, nvt: u32, none: u32) -> String {
    format!("ja {ja} · deels {deels} · nee {nee} · n.v.t. {nvt} · geen antwoord {none}")
}

pub fn file_refused(why: &str) -> String {
    format!("niet toegevoegd. {why}")
}

/// What adding one file did: who joined, who was there already.
pub fn file_added(added: &[String], already: &[String]) -> String {
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("toegevoegd: {}", added.join(", ")));
    }
    if !already.is_empty() {
        parts.push(format!("stond er al in: {}", already.join(", ")));
    }
    parts.join("; ")
}

pub const AGREED_ANSWER: &str = "Het antwoord van het team";
pub const MAKE_CONSENSUS: &str = "Teamantwoorden bewaren als nieuwe zelfevaluatie";
pub const CONSENSUS_MADE: &str = "Teamzelfevaluatie gemaakt";
pub const TO_RESULTS: &str = "Naar de resultaten";

/// The name of the assessment the team's agreed answers become.
pub fn consensus_name(overview: &str, date: &str) -> String {
    format!("Team {overview}, {date}")
}

pub fn consensus_made(name: &str) -> String {
    format!("‘{name}’ is gemaakt en geopend. Bij elk antwoord staat in de notitie hoe het team antwoordde.")
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
    format!("Bestand {n}")
}

/// What adding a file did, without names.
pub fn files_added_anonymously(added: usize, already: usize) -> String {
    let mut parts = Vec::new();
    if added > 0 {
        parts.push(format!("{added} toegevoegd"));
    }
    if already > 0 {
        parts.push(format!("{already} stond(en) er al in"));
    }
    parts.join("; ")
}
