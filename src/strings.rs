//! Every text a user sees, in Dutch, in one place.
//!
//! Editors change wording here without reading any component. Messages that need
//! values are small functions, so word order stays in Dutch hands.

use crate::corpus::{Date, Document, Kind, OrgType, Target};

pub const APP_NAME: &str = "Digiwijzer";
pub const APP_TAGLINE: &str = "Tips en een zelfevaluatie voor betere digitale dienstverlening";

// Frame and navigation
pub const SKIP_LINK: &str = "Direct naar de inhoud";
pub const NAV_LABEL: &str = "Hoofdmenu";
pub const NAV_TIPS: &str = "Tips";
pub const NAV_ASSESSMENT: &str = "Zelfevaluatie";
pub const FOOTER_SOURCE: &str =
    "Met tips en voorbeelden van Optimaal Digitaal en artikelen over digitale dienstverlening.";
pub const ACCESSIBILITY_STATEMENT: &str = "Toegankelijkheidsverklaring";
pub const BACK_TO_TIPS: &str = "Terug naar alle tips";
pub const NOT_FOUND_TITLE: &str = "Deze pagina bestaat niet";
pub const NOT_FOUND_TEXT: &str = "De link is misschien verouderd of niet volledig gekopieerd.";

/// The window title when a theme names the organisation, e.g. "Digiwijzer · Gemeente Voorbeeld".
pub fn title_with_organisation(organisation: &str) -> String {
    format!("{APP_NAME} · {organisation}")
}

// Offline use and updates
pub const OFFLINE_NOTICE: &str =
    "U bent offline. Zoeken, de tips en de zelfevaluatie blijven werken; uw antwoorden worden op dit apparaat bewaard.";
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

/// How a document is named in links: "Tip 17: Zorg ervoor …" or the article title.
pub fn document_label(doc: &Document) -> String {
    match (doc.kind, doc.number) {
        (Kind::Tip, Some(n)) => format!("{}: {}", tip_number(n), doc.title),
        _ => doc.title.to_string(),
    }
}

/// How a citation or deep link is named: the document, then the example or section.
pub fn reference_label(target: &Target) -> String {
    match target {
        Target::Document(doc) => document_label(doc),
        Target::Example(doc, example) => format!("{} — {}", document_label(doc), example.heading),
        Target::Section(doc, section) if section.heading.is_empty() => document_label(doc),
        Target::Section(doc, section) => format!("{} — {}", document_label(doc), section.heading),
    }
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
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

// Self-assessment results
pub const PRINT_REPORT: &str = "Afdrukken of opslaan als pdf";
pub const BACK_TO_CHECKLIST: &str = "Terug naar de vragenlijst";
pub const LEVELS_HEADING: &str = "Niveau per onderwerp";
pub const RADAR_CAPTION: &str = "Hoe verder de lijn naar buiten, hoe hoger het niveau. De nummers horen bij de tabel.";
pub const LEVELS_TABLE_CAPTION: &str = "Niveau en voortgang per onderwerp";
pub const COL_NUMBER: &str = "Nr.";
pub const COL_DIMENSION: &str = "Onderwerp";
pub const COL_LEVEL: &str = "Niveau";
pub const COL_PROGRESS: &str = "Voortgang";
pub const COL_TREND: &str = "Verloop";
pub const COL_DATE: &str = "Datum";
pub const NO_TREND: &str = "Nog geen verloop: maak minstens twee momentopnamen";
pub const HOW_SCORING_WORKS: &str = "Zo werkt de score";
pub const RECOMMENDATIONS_HEADING: &str = "Aanbevolen volgende stappen";
pub const ALL_LEVELS_REACHED: &str = "U hebt op elk onderwerp het hoogste niveau bereikt.";
pub const WHY_SOURCES: &str = "Waarom:";
pub const HISTORY_HEADING: &str = "Ontwikkeling in de tijd";
pub const HISTORY_TABLE_CAPTION: &str = "Totale voortgang per momentopname";
pub const NO_SNAPSHOTS: &str =
    "Nog geen momentopnamen. Leg uw stand vast met ‘Momentopname maken’ om de ontwikkeling te volgen.";
pub const NOTES_HEADING: &str = "Notities en bewijs";
pub const EVIDENCE: &str = "Bewijs";

pub fn results_title(name: &str) -> String {
    format!("Resultaten: {name}")
}

pub fn percent(p: u8) -> String {
    format!("{p}%")
}

pub fn overall_progress(percent: u8, answered: u32, total: u32) -> String {
    format!("Totale voortgang: {percent}% ({answered} van {total} stellingen beantwoord)")
}

/// The radar's accessible summary: every dimension with its level.
pub fn radar_label(levels: &[(String, String)]) -> String {
    let parts: Vec<String> = levels.iter().map(|(d, l)| format!("{d}: {l}")).collect();
    format!("Radardiagram van het niveau per onderwerp. {}.", parts.join("; "))
}

pub fn trend_label(values: &[u8]) -> String {
    let parts: Vec<String> = values.iter().map(u8::to_string).collect();
    format!("Verloop: {}", parts.join(", "))
}

pub fn next_step(dimension: &str, level: &str) -> String {
    format!("{dimension}: op weg naar ‘{level}’")
}

// ---------------------------------------------------------------------------------------
// Self-assessment: sentences the pure core produces (scoring, storage, import/export).
// The core's error types show these through `Display`, so `cargo test` checks the exact
// wording the user sees.

use crate::assessment::InputError;
use crate::storage::{Expected, Foreign, ImportWarning, JsonKind, LoadError, OpError, Problem};

/// How the level and the percentage are computed; mirrors the rule in `assessment::scoring`.
pub const SCORING_EXPLANATION: &str = "Elk niveau bouwt voort op het vorige. U hebt een niveau bereikt als u \
alle stellingen van dat niveau én van de niveaus eronder met ‘ja’ hebt beantwoord. Stellingen die u \
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
pub const LOAD_FAILED: &str = "Uw opgeslagen zelfevaluaties konden niet worden gelezen.";
/// The reminder when `State::unexported` is not empty.
pub const UNEXPORTED_REMINDER: &str = "U hebt antwoorden die nog niet in een bestand zijn bewaard. \
Exporteer ze, zodat u ze niet kwijtraakt als de browsergegevens worden gewist.";

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

/// Longest piece of outside data quoted in a message, in characters: enough to
/// recognise it, never a wall of text.
pub const QUOTE_MAX_CHARS: usize = 60;

/// A place in the data with its last part cut to [`QUOTE_MAX_CHARS`]: the parts before it
/// are short (ids are capped), and say where, so they stay whole.
fn cut_path(path: &str) -> String {
    let split = path.rfind(['.', '[']).unwrap_or(0);
    format!("{}{}", &path[..split], cut(&path[split..]))
}

/// `text`, cut to [`QUOTE_MAX_CHARS`] with "…" when longer.
pub fn cut(text: &str) -> String {
    match text.char_indices().nth(QUOTE_MAX_CHARS) {
        None => text.to_string(),
        Some((end, _)) => format!("{}…", &text[..end]),
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
        OpError::Input(e) => {
            let mut text = input_error(e);
            if let Some(first) = text.get(..1) {
                text = first.to_uppercase() + &text[1..];
            }
            format!("{text}.")
        }
    }
}

// ---------------------------------------------------------------------------------------
// Self-assessment screens: checklist, managing assessments, export and import, storage.

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
pub const NOT_SAVED: &str = "Niet opgeslagen: de browser weigerde het op te slaan";
pub const CHANGED_NOT_KEPT: &str = "Gewijzigd, maar niet bewaard: deze browser slaat niets op";
pub const TEXT_CHANGED_ELSEWHERE: &str = "Deze notitie of link is tegelijk in een ander tabblad gewijzigd. \
De laatst getypte versie staat nu hier: kijk of er niets ontbreekt.";
pub const CHANGED_NOT_KEPT_NEWER: &str =
    "Gewijzigd, maar niet bewaard, zodat de gegevens van de nieuwere versie blijven staan";

// The checklist
pub const DIMENSION_INDEX_LABEL: &str = "Onderwerpen";
pub const LEVEL_REACHED: &str = "bereikt";
pub const CLEAR_ANSWER: &str = "Antwoord wissen";
pub const ADD_NOTE_OR_EVIDENCE: &str = "Notitie of bewijs toevoegen";
pub const NOTE_LABEL: &str = "Notitie";
pub const EVIDENCE_LABEL: &str = "Link naar bewijs";
pub const EVIDENCE_HINT: &str =
    "Een webadres dat begint met https:// of http://, bijvoorbeeld een raadsbesluit of dashboard.";
pub const TAKE_SNAPSHOT: &str = "Momentopname maken";
pub const SNAPSHOT_TAKEN: &str = "Momentopname opgeslagen";

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
        0 => "geen momentopnamen".to_string(),
        1 => "1 momentopname".to_string(),
        n => format!("{n} momentopnamen"),
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
pub const DOWNLOAD_FAILED: &str = "De browser heeft het downloaden geweigerd.";
pub const EXPORT_NOW: &str = "Nu exporteren";
pub const IMPORT_HEADING: &str = "Importeren";
pub const IMPORT_FILE_LABEL: &str = "Kies een exportbestand van Digiwijzer (.json)";
pub const IMPORT_HINT: &str =
    "Er verandert nog niets: u ziet eerst wat er in het bestand staat en kiest dan wat er moet gebeuren.";
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
        1 => format!("{answers}, 1 momentopname"),
        n => format!("{answers}, {n} momentopnamen"),
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
        "Gevolg: {} nieuw, {} bijgewerkt, {} hier nieuwer (blijft zoals het is), {} gelijk.{}",
        p.added,
        p.updated,
        p.kept_local,
        p.unchanged,
        text_changes(&p.texts)
    )
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
        "‘{from}’ is samengevoegd met ‘{into}’: {} nieuw, {} bijgewerkt, {} bleef zoals het was.{}",
        p.added,
        p.updated,
        p.kept_local,
        text_changes(&p.texts)
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
