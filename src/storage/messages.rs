//! Every Dutch sentence the storage core produces, in one place, so the UI author can
//! move them into `src/strings.rs` together with `assessment::messages`.

use serde_json::Value;

use super::error::{Expected, LoadError, Problem};
use super::exchange::ImportWarning;
use super::schema::OpError;
use crate::assessment::messages::input_error;

/// The name given to the single assessment of schema v1 data.
pub const V1_ASSESSMENT_NAME: &str = "Mijn zelfevaluatie";

/// Framing for a failed import; follow it with the [`LoadError`] message.
pub const IMPORT_FAILED: &str = "Het bestand is niet ingelezen en er is niets veranderd.";
/// Framing for unreadable localStorage data; follow it with the [`LoadError`] message.
pub const LOAD_FAILED: &str = "Je opgeslagen zelfevaluaties konden niet worden gelezen. \
We hebben ze ongewijzigd apart bewaard, zodat er niets verloren gaat.";
/// The reminder when [`super::State::unexported`] is not empty.
pub const UNEXPORTED_REMINDER: &str = "Je hebt antwoorden die nog niet in een bestand zijn bewaard. \
Exporteer ze, zodat je ze niet kwijtraakt als de browsergegevens worden gewist.";

/// CSV column headers, in column order.
pub const CSV_HEADER: [&str; 8] =
    ["zelfevaluatie", "dimensie", "niveau", "stelling_id", "stelling", "antwoord", "toelichting", "bewijs"];

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Text => "een tekst",
        Expected::WholeNumber => "een geheel getal (0 of meer)",
        Expected::Object => "een object",
        Expected::List => "een lijst",
    }
}

/// What is wrong with one field.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::WrongType { expected: e, found } => format!("verwacht {}, maar vond {found}", expected(*e)),
        Problem::Missing => "ontbreekt".to_string(),
        Problem::UnknownField => "onbekend veld".to_string(),
        Problem::UnknownAnswer(v) => {
            let shown = serde_json::to_string(v).unwrap_or_default();
            format!("onbekend antwoord {shown} (kies uit nee, deels, ja of nvt)")
        }
        Problem::Input(e) => input_error(e),
        Problem::DuplicateId(id) => format!("de id \"{id}\" komt twee keer voor"),
        Problem::OutOfRange { max } => format!("moet tussen 0 en {max} liggen"),
        Problem::NoAssessments => "bevat geen zelfevaluaties".to_string(),
    }
}

/// The whole message for a refused load or import.
pub fn load_error(e: &LoadError) -> String {
    match e {
        LoadError::TooLarge { bytes, max } => {
            format!("Het bestand is te groot ({} MB); het maximum is {} MB.", megabytes(*bytes), megabytes(*max))
        }
        LoadError::Empty => "Er staat niets in: de gegevens zijn leeg.".to_string(),
        LoadError::NotJson { line, column, truncated: true } => format!(
            "De gegevens zijn onvolledig: ze houden halverwege op (regel {line}, kolom {column}). \
             Is het bestand helemaal gedownload?"
        ),
        LoadError::NotJson { line, column, truncated: false } => {
            format!("Dit is geen geldige JSON (fout op regel {line}, kolom {column}).")
        }
        LoadError::NotOurFormat { detail } => format!("Dit is geen Digiwijzer-zelfevaluatie: {detail}."),
        LoadError::NewerVersion { found, supported } => format!(
            "Deze gegevens zijn gemaakt met een nieuwere versie van Digiwijzer (formaatversie {found}; \
             deze versie kan tot en met {supported} lezen). Open ze in de nieuwste versie van Digiwijzer."
        ),
        LoadError::UnknownVersion { found } => format!("Onbekende formaatversie {found}."),
        LoadError::Invalid { path, problem: p } if path.is_empty() => format!("Fout in de gegevens: {}.", problem(p)),
        LoadError::Invalid { path, problem: p } => format!("Fout in de gegevens bij {path}: {}.", problem(p)),
    }
}

/// Megabytes with one decimal, rounded up (so "too large" never shows the maximum
/// itself), and without a decimal when whole: `2`, `2,1`.
fn megabytes(bytes: usize) -> String {
    const MB: u64 = 1024 * 1024;
    let tenths = (bytes as u64 * 10).div_ceil(MB);
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{},{}", tenths / 10, tenths % 10)
    }
}

/// Detail for [`LoadError::NotOurFormat`] when the JSON is not an object.
pub fn not_an_object(value: &Value) -> String {
    let found = match value {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "een getal",
        Value::String(_) => "een tekst",
        Value::Array(_) => "een lijst",
        Value::Object(_) => "een object",
    };
    format!("verwacht een JSON-object, maar vond {found}")
}

/// Detail for [`LoadError::NotOurFormat`] when a marker field is missing.
pub fn missing_field(field: &str) -> String {
    format!("het veld \"{field}\" ontbreekt")
}

/// Detail for [`LoadError::NotOurFormat`] when `format` names another format.
pub fn wrong_format(found: &Value) -> String {
    format!("het veld \"format\" is {found} in plaats van \"{}\"", super::exchange::FORMAT_NAME)
}

pub fn import_warning(w: &ImportWarning) -> String {
    match w {
        ImportWarning::UnknownStatements { assessment, ids } => format!(
            "‘{assessment}’ bevat {} antwoord(en) op stellingen die deze versie van Digiwijzer niet kent ({}). \
             Ze worden bewaard, maar tellen niet mee in de score.",
            ids.len(),
            ids.join(", ")
        ),
    }
}

pub fn op_error(e: &OpError) -> String {
    match e {
        OpError::NotFound(_) => "Deze zelfevaluatie bestaat niet (meer); misschien is ze in een ander tabblad verwijderd.".to_string(),
        OpError::Input(e) => {
            let mut text = input_error(e);
            if let Some(first) = text.get(..1) {
                text = first.to_uppercase() + &text[1..];
            }
            format!("{text}.")
        }
    }
}
