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

pub fn ignored_url_parameter(key: &str) -> String {
    format!("De link bevatte een onbekend onderdeel ‘{key}’; dat is genegeerd.")
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
