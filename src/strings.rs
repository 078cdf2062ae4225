//! Every text a user sees, in Dutch, in one place.
//!
//! Editors change wording here without reading any component. Messages that need
//! values are small functions, so word order stays in Dutch hands.

use crate::corpus::{Date, Kind, OrgType};

pub const APP_NAME: &str = "Digiwijzer";
pub const APP_TAGLINE: &str = "Tips en een zelfevaluatie voor betere digitale dienstverlening";

// Frame and navigation
pub const SKIP_LINK: &str = "Direct naar de inhoud";
pub const NAV_LABEL: &str = "Hoofdmenu";
pub const NAV_TIPS: &str = "Tips";
pub const NAV_ASSESSMENT: &str = "Zelfevaluatie";
pub const FOOTER_SOURCE: &str = "Met tips en voorbeelden van Optimaal Digitaal en artikelen over digitale dienstverlening.";
pub const ACCESSIBILITY_STATEMENT: &str = "Toegankelijkheidsverklaring";
pub const BACK_TO_TIPS: &str = "Terug naar alle tips";
pub const NOT_FOUND_TITLE: &str = "Deze pagina bestaat niet";
pub const NOT_FOUND_TEXT: &str = "De link is misschien verouderd of niet volledig gekopieerd.";

/// The window title when a theme names the organisation, e.g. "Digiwijzer · Gemeente Voorbeeld".
pub fn title_with_organisation(organisation: &str) -> String {
    format!("{APP_NAME} · {organisation}")
}

// Offline use and updates
pub const OFFLINE_NOTICE: &str = "U bent offline. Zoeken, de tips en de zelfevaluatie blijven werken; uw antwoorden worden op dit apparaat bewaard.";
pub const UPDATE_AVAILABLE: &str = "Er is een nieuwe versie — ";
pub const UPDATE_RELOAD: &str = "herladen";

pub fn ignored_url_parameter(key: &str) -> String {
    format!("De link bevatte een onbekend onderdeel ‘{key}’; dat is genegeerd.")
}

pub fn ignored_filter_value(key: &str, value: &str) -> String {
    format!("Het filter ‘{key}={value}’ uit de link bestaat niet (meer) en is weggelaten.")
}

// The list: search, facets, results
pub const LIST_TITLE: &str = "Tips en artikelen";
pub const SEARCH_LABEL: &str = "Zoek in tips, voorbeelden en artikelen";
pub const SEARCH_HINT: &str = "Zoekt terwijl u typt, ook zonder accenten. Druk op / om hier te beginnen.";
pub const RESULTS_HEADING: &str = "Resultaten";
pub const CLEAR_FILTERS: &str = "Wis alle filters";
pub const CLEAR_SEARCH: &str = "Wis de zoektekst";
pub const NO_RESULTS: &str = "Niets gevonden. Probeer het ruimer:";
pub const EMPTY_TRY_FEWER_WORDS: &str = "Gebruik minder of kortere woorden; het begin van een woord is genoeg.";
pub const FILTERS: &str = "Filters";
pub const FACET_KIND: &str = "Soort";
pub const FACET_THEME: &str = "Thema";
pub const FACET_TOPTIP: &str = "Toptip";
pub const FACET_ORG: &str = "Soort organisatie";
pub const FACET_PERSON: &str = "Persoon";
pub const ONLY_TOPTIPS: &str = "Alleen toptips";
pub const SHOW_FEWER: &str = "Toon minder";

pub fn result_count(n: usize) -> String {
    match n {
        0 => "Geen resultaten".to_string(),
        1 => "1 resultaat".to_string(),
        n => format!("{n} resultaten"),
    }
}

pub fn facet_count(n: usize) -> String {
    format!("({n})")
}

pub fn show_all(n: usize) -> String {
    format!("Toon alle {n}")
}

pub fn show_more(next: usize, total: usize) -> String {
    format!("Toon {next} meer (van {total})")
}

pub fn remove_filter(label: &str) -> String {
    format!("Filter ‘{label}’ weghalen")
}

pub fn go_to_example(heading: &str) -> String {
    format!("Gevonden in het voorbeeld ‘{heading}’")
}

pub fn example_count(n: usize) -> String {
    match n {
        0 => "Geen voorbeelden".to_string(),
        1 => "1 voorbeeld".to_string(),
        n => format!("{n} voorbeelden"),
    }
}

// Documents
pub const TOPTIP: &str = "Toptip";
pub const EXAMPLES: &str = "Voorbeelden";
pub const THEME: &str = "Thema";
pub const AUTHOR: &str = "Auteur";
pub const PUBLICATION: &str = "Bron";
pub const DATE: &str = "Datum";

pub fn tip_number(n: u32) -> String {
    format!("Tip {n}")
}

pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Tip => "Tip",
        Kind::Artikel => "Artikel",
        Kind::Blog => "Blog",
    }
}

pub fn org_type_name(org: OrgType) -> &'static str {
    match org {
        OrgType::Gemeente => "Gemeente",
        OrgType::Provincie => "Provincie",
        OrgType::Waterschap => "Waterschap",
        OrgType::Rijk => "Rijksoverheid",
        OrgType::Bedrijf => "Bedrijf",
        OrgType::Anders => "Anders",
    }
}

pub fn more_from(first_name: &str) -> String {
    format!("Meer van {first_name}")
}

pub fn person_title(name: &str) -> String {
    format!("Tips en voorbeelden van {name}")
}

pub fn quote_count(n: usize) -> String {
    match n {
        1 => "1 voorbeeld".to_string(),
        n => format!("{n} voorbeelden"),
    }
}

const MONTHS: [&str; 12] = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
    "december",
];

/// "25 november 2019".
pub fn format_date(date: &Date) -> String {
    let month = MONTHS.get(usize::from(date.month).saturating_sub(1)).copied().unwrap_or("");
    format!("{} {month} {}", date.day, date.year)
}

// Accessibility statement, after the model of the Dutch government template.
pub const STATEMENT_SECTIONS: &[(&str, &[&str])] = &[
    (
        "Ons streven",
        &[
            "Digiwijzer moet voor iedereen bruikbaar zijn, ook voor mensen die een schermlezer, vergroting of alleen een toetsenbord gebruiken. Overheden zijn wettelijk verplicht hun websites en intranetten te laten voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA.",
        ],
    ),
    (
        "Hoe wij dit controleren",
        &[
            "Bij elke wijziging draaien automatische tests: axe-core controleert elk scherm en elke toestand op toegankelijkheidsfouten, de Nu HTML Checker controleert de HTML, en een test doorloopt zoeken, een tip openen en de zelfevaluatie invullen met alleen het toetsenbord.",
            "Automatische tests vinden niet alle problemen. Een onderzoek door ervaringsdeskundigen heeft nog niet plaatsgevonden.",
        ],
    ),
    (
        "Wat u kunt verwachten",
        &[
            "Alle functies werken met het toetsenbord, met een zichtbare focus en een link ‘Direct naar de inhoud’. Zoekresultaten en opgeslagen antwoorden worden voorgelezen. De pagina past zich aan bij 320 pixels breed en bij 200% zoom, en beweging wordt beperkt als u dat in uw systeem hebt ingesteld.",
        ],
    ),
    (
        "Iets gevonden dat niet werkt?",
        &[
            "Meld het bij de organisatie die Digiwijzer voor u beschikbaar stelt, bijvoorbeeld via uw servicedesk. Beschrijf op welk scherm het probleem zit en welk hulpmiddel u gebruikt.",
        ],
    ),
];

// ---------------------------------------------------------------------------------------
// Self-assessment: sentences the pure core produces (scoring, storage, import/export).
// The core's error types show these through `Display`, so `cargo test` checks the exact
// wording the user sees.

use crate::assessment::InputError;
use crate::storage::{Expected, ImportWarning, LoadError, OpError, Problem};
use serde_json::Value;

/// How the level and the percentage are computed; mirrors the rule in `assessment::scoring`.
pub const SCORING_EXPLANATION: &str = "Elk niveau bouwt voort op het vorige. Je hebt een niveau bereikt als je \
alle stellingen van dat niveau én van de niveaus eronder met ‘ja’ hebt beantwoord. Stellingen die je \
met ‘n.v.t.’ beantwoordt, tellen niet mee; een niveau met alleen ‘n.v.t.’ geldt als bereikt. \
Het percentage telt alle stellingen die van toepassing zijn even zwaar: ‘ja’ is een heel punt, \
‘deels’ een half punt, ‘nee’ en nog niet beantwoord tellen als nul.";

/// The name of "level 0" in the UI.
pub const BELOW_FIRST_LEVEL: &str = "Nog niet beginnend";

/// Display labels for the four answers, by answer id.
pub const ANSWER_LABELS: [(&str, &str); 4] = [("nee", "Nee"), ("deels", "Deels"), ("ja", "Ja"), ("nvt", "N.v.t.")];

/// The name given to the single assessment of schema v1 data.
pub const V1_ASSESSMENT_NAME: &str = "Mijn zelfevaluatie";

/// Framing for a failed import; follow it with the [`LoadError`] message.
pub const IMPORT_FAILED: &str = "Het bestand is niet ingelezen en er is niets veranderd.";
/// Framing for unreadable localStorage data; follow it with the [`LoadError`] message.
pub const LOAD_FAILED: &str = "Je opgeslagen zelfevaluaties konden niet worden gelezen. \
We hebben ze ongewijzigd apart bewaard, zodat er niets verloren gaat.";
/// The reminder when `State::unexported` is not empty.
pub const UNEXPORTED_REMINDER: &str = "Je hebt antwoorden die nog niet in een bestand zijn bewaard. \
Exporteer ze, zodat je ze niet kwijtraakt als de browsergegevens worden gewist.";

/// CSV column headers, in column order.
pub const CSV_HEADER: [&str; 8] =
    ["zelfevaluatie", "dimensie", "niveau", "stelling_id", "stelling", "antwoord", "toelichting", "bewijs"];

/// Why a note, link, name or id was refused.
pub fn input_error(error: &InputError) -> String {
    match error {
        InputError::TooLong { max, len } => format!("te lang: {len} tekens, maximaal {max}"),
        InputError::NotAUrl => "geen geldig webadres (het moet beginnen met http:// of https://)".to_string(),
        InputError::BadId => "ongeldige id (alleen kleine letters, cijfers, ‘-’, ‘_’ en ‘.’)".to_string(),
        InputError::Empty => "mag niet leeg zijn".to_string(),
    }
}

// Here rather than next to `InputError`: build.rs compiles `assessment` on its own,
// without this module.
impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&input_error(self))
    }
}

impl std::error::Error for InputError {}

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
    format!("het veld \"format\" is {found} in plaats van \"{}\"", crate::storage::FORMAT_NAME)
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
