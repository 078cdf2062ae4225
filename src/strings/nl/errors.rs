//! What the core's typed errors and warnings mean, in sentences: refused stored data
//! and import files, refused input, refused operations. `cargo test` checks the exact
//! wording the user sees.

use crate::assessment::InputError;
use crate::storage::{Expected, Foreign, ImportWarning, JsonKind, LoadError, OpError, Problem};
use crate::strings::common::{cut, cut_path};

/// Framing for a failed import; follow it with the [`LoadError`] message.
pub const IMPORT_FAILED: &str = "Het bestand is niet ingelezen en er is niets veranderd.";
/// Framing for unreadable localStorage data; follow it with the [`LoadError`] message.
pub const LOAD_FAILED: &str = "Uw opgeslagen zelfevaluaties konden niet worden gelezen.";

/// Why a note, link, name or id was refused.
pub fn input_error(error: &InputError) -> String {
    match error {
        InputError::TooLong { max, len } => format!("te lang: {len} tekens, maximaal {max}"),
        InputError::NotAUrl => "geen geldig webadres (het moet beginnen met http:// of https://)".to_string(),
        InputError::BadId => "ongeldige id (alleen kleine letters, cijfers, ‘-’, ‘_’ en ‘.’)".to_string(),
        InputError::Empty => "mag niet leeg zijn".to_string(),
        InputError::NoSuchLevel => "geen bestaand niveau (kies 0 tot en met 4)".to_string(),
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Text => "een tekst",
        Expected::WholeNumber => "een geheel getal (0 of meer)",
        Expected::Object => "een object",
        Expected::List => "een lijst",
        Expected::TrueFalse => "true of false",
    }
}

/// What is wrong with one field.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::WrongType { expected: e, found } => {
            format!("verwacht {}, maar vond {}", expected(*e), json_kind(*found))
        }
        Problem::Missing => "ontbreekt".to_string(),
        Problem::UnknownField => "onbekend veld".to_string(),
        Problem::UnknownAnswer(v) => {
            let shown = serde_json::to_string(v).unwrap_or_default();
            format!("onbekend antwoord {} (kies uit nee, deels, ja of nvt)", cut(&shown))
        }
        Problem::Input(e) => input_error(e),
        Problem::DuplicateId(id) => format!("de id \"{}\" komt twee keer voor", cut(id)),
        Problem::OutOfRange { max } => format!("moet tussen 0 en {max} liggen"),
        Problem::NoAssessments => "bevat geen zelfevaluaties".to_string(),
        Problem::UnknownStatus(v) => {
            let shown = serde_json::to_string(v).unwrap_or_default();
            format!("onbekende status {} (kies uit gepland, bezig, klaar of vervallen)", cut(&shown))
        }
        Problem::NotADay(v) => {
            let shown = serde_json::to_string(v).unwrap_or_default();
            format!("{} is geen bestaande datum (schrijf jjjj-mm-dd, bijvoorbeeld 2027-03-31)", cut(&shown))
        }
        Problem::TooMany { max } => format!("bevat meer dan {max} onderdelen"),
        Problem::UnknownPile(v) => {
            let shown = serde_json::to_string(v).unwrap_or_default();
            format!("onbekende stapel {} (kies uit minder, blijven, meer of weg)", cut(&shown))
        }
        Problem::NotPickable(v) => format!("\"{}\" ligt niet op ‘meer doen’ of is twee keer gekozen", cut(v)),
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
        LoadError::TooDeep { line, column } => format!(
            "De gegevens zijn te diep genest om te lezen (regel {line}, kolom {column}): zo schrijft Digiwijzer ze nooit."
        ),
        LoadError::NumberTooLarge { line, column } => {
            format!("Er staat een getal in dat te groot is om te lezen (regel {line}, kolom {column}).")
        }
        LoadError::NotOurFormat(why) => format!("Dit is geen Digiwijzer-zelfevaluatie: {}.", foreign(why)),
        LoadError::NewerVersion { found, supported } => format!(
            "Deze gegevens zijn gemaakt met een nieuwere versie van Digiwijzer (formaatversie {found}; \
             deze versie kan tot en met {supported} lezen). Open ze in de nieuwste versie van Digiwijzer."
        ),
        LoadError::UnknownVersion { found } => format!("Onbekende formaatversie {}.", cut(found)),
        LoadError::Invalid { path, problem: p } if path.is_empty() => format!("Fout in de gegevens: {}.", problem(p)),
        LoadError::Invalid { path, problem: p } => format!("Fout in de gegevens bij {}: {}.", cut_path(path), problem(p)),
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

/// The type of a JSON value, as found where another was expected.
fn json_kind(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Null => "null",
        JsonKind::TrueFalse => "true/false",
        JsonKind::Number => "getal",
        JsonKind::Text => "tekst",
        JsonKind::List => "lijst",
        JsonKind::Object => "object",
    }
}

/// What gave away that valid JSON is not ours.
fn foreign(why: &Foreign) -> String {
    match why {
        Foreign::NotAnObject(found) => format!("verwacht een JSON-object, maar vond {}", with_article(*found)),
        Foreign::MissingField(field) => format!("het veld \"{field}\" ontbreekt"),
        Foreign::WrongFormat { found } => {
            format!("het veld \"format\" is {} in plaats van \"{}\"", cut(found), crate::storage::FORMAT_NAME)
        }
    }
}

fn with_article(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Null => "null",
        JsonKind::TrueFalse => "true/false",
        JsonKind::Number => "een getal",
        JsonKind::Text => "een tekst",
        JsonKind::List => "een lijst",
        JsonKind::Object => "een object",
    }
}

pub fn import_warning(w: &ImportWarning) -> String {
    match w {
        ImportWarning::UnknownStatements { assessment, ids } => {
            const SHOWN: usize = 5;
            let mut list = ids.iter().take(SHOWN).map(String::as_str).collect::<Vec<_>>().join(", ");
            if ids.len() > SHOWN {
                list.push_str(&format!(" en nog {}", ids.len() - SHOWN));
            }
            format!(
                "‘{}’ bevat {} antwoord(en) op stellingen die deze versie van Digiwijzer niet kent ({list}). \
                 Ze worden bewaard, maar tellen niet mee in de score.",
                cut(assessment),
                ids.len(),
            )
        }
    }
}

pub fn op_error(e: &OpError) -> String {
    match e {
        OpError::NotFound(_) => {
            "Deze zelfevaluatie bestaat niet (meer); misschien is ze in een ander tabblad verwijderd.".to_string()
        }
        OpError::NoActive => {
            "Er is geen zelfevaluatie geopend. Open of maak er een onder ‘Mijn zelfevaluaties’.".to_string()
        }
        OpError::Closed => "De pagina wordt gesloten; er is niets veranderd.".to_string(),
        OpError::SnapshotRefused(why) => super::assessment::snapshot_refusal(*why).to_string(),
        OpError::PlanFull { max } => {
            format!("Het actieplan heeft al {max} acties, het hoogste aantal. Verwijder eerst acties die u niet meer nodig hebt.")
        }
        OpError::NoSuchOverview(_) => {
            "Dit teamoverzicht bestaat niet (meer); misschien is het in een ander tabblad verwijderd.".to_string()
        }
        OpError::TooManyMembers { max } => {
            format!("Een teamoverzicht kan hoogstens {max} deelnemers hebben. Maak een tweede overzicht voor de rest.")
        }
        OpError::NoSuchRound(_) => {
            "Dit spel loopt niet meer; misschien is het in een ander tabblad afgerond.".to_string()
        }
        OpError::TooManyRounds { max } => {
            format!("Deze zelfevaluatie heeft al {max} spellen, het hoogste aantal. Maak een nieuwe zelfevaluatie voor meer spellen.")
        }
        OpError::TooManyPicks { max } => {
            format!("U kunt hoogstens {max} kaarten kiezen. Haal eerst een ander vinkje weg.")
        }
        OpError::RoundSorted => "Alle kaarten liggen al op een stapel.".to_string(),
        OpError::RoundNotSorted => "Leg eerst alle kaarten op een stapel.".to_string(),
        OpError::NoSuchAction(_) => {
            "Deze actie bestaat niet (meer); misschien is ze in een ander tabblad verwijderd.".to_string()
        }
        OpError::Input(e) => {
            let mut text = input_error(e);
            if let Some(first) = text.get(..1) {
                text = first.to_uppercase() + &text[1..];
            }
            format!("{text}.")
        }
    }
}
