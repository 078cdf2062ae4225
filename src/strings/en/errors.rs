//! What the core's typed errors and warnings mean, in sentences: refused stored data
//! and import files, refused input, refused operations.

use crate::assessment::InputError;
use crate::storage::{Expected, Foreign, ImportWarning, JsonKind, LoadError, OpError, Problem};
use crate::strings::common::{cut, cut_path};

/// Framing for a failed import; follow it with the [`LoadError`] message.
pub const IMPORT_FAILED: &str = "The file was not read and nothing has changed.";
/// Framing for unreadable localStorage data; follow it with the [`LoadError`] message.
pub const LOAD_FAILED: &str = "Your saved self-assessments could not be read.";

/// Why a note, link, name or id was refused.
pub fn input_error(error: &InputError) -> String {
    match error {
        InputError::TooLong { max, len } => format!("too long: {len} characters, {max} at most"),
        InputError::NotAUrl => "not a valid web address (it must start with http:// or https://)".to_string(),
        InputError::BadId => "not a valid id (only lower-case letters, digits, ‘-’, ‘_’ and ‘.’)".to_string(),
        InputError::Empty => "must not be empty".to_string(),
        InputError::NoSuchLevel => "not a level (choose 0 to 4)".to_string(),
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Text => "a text",
        Expected::WholeNumber => "a whole number (0 or more)",
        Expected::Object => "an object",
        Expected::List => "a list",
        Expected::TrueFalse => "true or false",
    }
}

/// What is wrong with one field.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::WrongType { expected: e, found } => {
            format!("expected {}, but found {}", expected(*e), json_kind(*found))
        }
        Problem::Missing => "is missing".to_string(),
        Problem::UnknownField => "unknown field".to_string(),
        Problem::UnknownAnswer(v) => {
            let shown = serde_json::to_string(v).unwrap_or_default();
            format!("unknown answer {} (choose from nee, deels, ja or nvt)", cut(&shown))
        }
        Problem::Input(e) => input_error(e),
        Problem::DuplicateId(id) => format!("the id \"{}\" appears twice", cut(id)),
        Problem::OutOfRange { max } => format!("must be between 0 and {max}"),
        Problem::NoAssessments => "has no self-assessments".to_string(),
        Problem::UnknownStatus(v) => {
            let shown = serde_json::to_string(v).unwrap_or_default();
            format!("unknown status {} (choose from gepland, bezig, klaar or vervallen)", cut(&shown))
        }
        Problem::NotADay(v) => {
            let shown = serde_json::to_string(v).unwrap_or_default();
            format!("{} is not a real date (write yyyy-mm-dd, for example 2027-03-31)", cut(&shown))
        }
        Problem::TooMany { max } => format!("has more than {max} items"),
        Problem::UnknownPile(v) => {
            let shown = serde_json::to_string(v).unwrap_or_default();
            format!("unknown pile {} (choose from minder, blijven, meer or weg)", cut(&shown))
        }
        Problem::NotPickable(v) => format!("\"{}\" is not on ‘Do more’ or was chosen twice", cut(v)),
    }
}

/// The whole message for a refused load or import.
pub fn load_error(e: &LoadError) -> String {
    match e {
        LoadError::TooLarge { bytes, max } => {
            format!("The file is too large ({} MB); the maximum is {} MB.", megabytes(*bytes), megabytes(*max))
        }
        LoadError::Empty => "There is nothing in it: the data is empty.".to_string(),
        LoadError::NotJson { line, column, truncated: true } => format!(
            "The data is incomplete: it stops halfway (line {line}, column {column}). \
             Was the whole file downloaded?"
        ),
        LoadError::NotJson { line, column, truncated: false } => {
            format!("This is not valid JSON (error on line {line}, column {column}).")
        }
        LoadError::TooDeep { line, column } => format!(
            "The data is nested too deeply to read (line {line}, column {column}): Digiwijzer never writes it like that."
        ),
        LoadError::NumberTooLarge { line, column } => {
            format!("There is a number in it that is too large to read (line {line}, column {column}).")
        }
        LoadError::NotOurFormat(why) => format!("This is not a Digiwijzer self-assessment: {}.", foreign(why)),
        LoadError::NewerVersion { found, supported } => format!(
            "This data was made with a newer version of Digiwijzer (format version {found}; \
             this version reads up to {supported}). Open it in the latest version of Digiwijzer."
        ),
        LoadError::UnknownVersion { found } => format!("Unknown format version {}.", cut(found)),
        LoadError::Invalid { path, problem: p } if path.is_empty() => format!("Error in the data: {}.", problem(p)),
        LoadError::Invalid { path, problem: p } => format!("Error in the data at {}: {}.", cut_path(path), problem(p)),
    }
}

/// Megabytes with one decimal, rounded up (so "too large" never shows the maximum
/// itself), and without a decimal when whole: `2`, `2.1`.
fn megabytes(bytes: usize) -> String {
    const MB: u64 = 1024 * 1024;
    let tenths = (bytes as u64 * 10).div_ceil(MB);
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// The type of a JSON value, as found where another was expected.
fn json_kind(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Null => "null",
        JsonKind::TrueFalse => "true/false",
        JsonKind::Number => "number",
        JsonKind::Text => "text",
        JsonKind::List => "list",
        JsonKind::Object => "object",
    }
}

/// What gave away that valid JSON is not ours.
fn foreign(why: &Foreign) -> String {
    match why {
        Foreign::NotAnObject(found) => format!("expected a JSON object, but found {}", with_article(*found)),
        Foreign::MissingField(field) => format!("the field \"{field}\" is missing"),
        Foreign::WrongFormat { found } => {
            format!("the field \"format\" is {} instead of \"{}\"", cut(found), crate::storage::FORMAT_NAME)
        }
    }
}

fn with_article(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Null => "null",
        JsonKind::TrueFalse => "true/false",
        JsonKind::Number => "a number",
        JsonKind::Text => "a text",
        JsonKind::List => "a list",
        JsonKind::Object => "an object",
    }
}

pub fn import_warning(w: &ImportWarning) -> String {
    match w {
        ImportWarning::UnknownStatements { assessment, ids } => {
            const SHOWN: usize = 5;
            let mut list = ids.iter().take(SHOWN).map(String::as_str).collect::<Vec<_>>().join(", ");
            if ids.len() > SHOWN {
                list.push_str(&format!(" and {} more", ids.len() - SHOWN));
            }
            match ids.len() {
                1 => format!(
                    "‘{}’ has 1 answer to a statement that this version of Digiwijzer does not know ({list}). \
                     It is kept, but does not count in the score.",
                    cut(assessment),
                ),
                n => format!(
                    "‘{}’ has {n} answers to statements that this version of Digiwijzer does not know ({list}). \
                     They are kept, but do not count in the score.",
                    cut(assessment),
                ),
            }
        }
    }
}

pub fn op_error(e: &OpError) -> String {
    match e {
        OpError::NotFound(_) => {
            "This self-assessment cannot be found. It may have been deleted in another tab.".to_string()
        }
        OpError::NoActive => "No self-assessment is open. Open or make one under ‘My self-assessments’.".to_string(),
        OpError::Closed => "The page is closing; nothing has changed.".to_string(),
        OpError::SnapshotRefused(why) => super::assessment::snapshot_refusal(*why).to_string(),
        OpError::PlanFull { max } => {
            format!("The action plan already has {max} actions, the most it can hold. First delete actions you no longer need.")
        }
        OpError::NoSuchOverview(_) => {
            "This team overview cannot be found. It may have been deleted in another tab.".to_string()
        }
        OpError::TooManyMembers { max } => {
            format!("A team overview can have at most {max} participants. Make a second overview for the others.")
        }
        OpError::NoSuchRound(_) => {
            "This game is no longer running; it may have been finished in another tab.".to_string()
        }
        OpError::TooManyRounds { max } => {
            format!("This self-assessment already has {max} games, the most it can hold. Make a new self-assessment for more games.")
        }
        OpError::TooManyPicks { max } => {
            format!("You can choose at most {max} cards. Untick another one first.")
        }
        OpError::RoundSorted => "All cards are already on a pile.".to_string(),
        OpError::RoundNotSorted => "Put all cards on a pile first.".to_string(),
        OpError::NoSuchAction(_) => "This action cannot be found. It may have been deleted in another tab.".to_string(),
        OpError::Input(e) => {
            let mut text = input_error(e);
            if let Some(first) = text.get(..1) {
                text = first.to_uppercase() + &text[1..];
            }
            format!("{text}.")
        }
    }
}
