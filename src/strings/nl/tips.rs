//! The tips page: the list with search and facets, documents, people, and the
//! accessibility statement.

use crate::assessment::Source;
use crate::corpus::{Date, Kind, OrgType};
use crate::search::FacetKey;

// The list: search, facets, results
pub const LIST_TITLE: &str = "Tips en artikelen";
pub const SEARCH_LABEL: &str = "Zoek in tips, voorbeelden en artikelen";
pub const SEARCH_HINT: &str = "Zoekt terwijl u typt, ook zonder accenten. Druk op / om hier te beginnen.";
pub const RESULTS_HEADING: &str = "Resultaten";
pub const CLEAR_FILTERS: &str = "Wis alle filters";
/// Prints the results shown, one card per page.
pub const PRINT_DECK: &str = "Print als kaarten";
pub const CLEAR_SEARCH: &str = "Wis de zoektekst";
pub const NO_RESULTS: &str = "Niets gevonden. Probeer het ruimer:";
pub const EMPTY_TRY_FEWER_WORDS: &str = "Gebruik minder of kortere woorden; het begin van een woord is genoeg.";
pub const FILTERS: &str = "Filters";
/// The heading of a facet's group of checkboxes.
pub fn facet_legend(key: FacetKey) -> &'static str {
    match key {
        FacetKey::Kind => "Soort",
        FacetKey::Theme => "Thema",
        FacetKey::Toptip => "Toptip",
        FacetKey::OrgType => "Soort organisatie",
        FacetKey::Person => "Persoon",
    }
}
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

/// Before and after a filter's label, on the button that removes it: "Filter ‘Tip’
/// weghalen". A theme or a person is corpus text, so the label has its own element.
pub const REMOVE_FILTER: (&str, &str) = ("Filter ‘", "’ weghalen");

/// Before and after an example's heading, in the link to it from a card: "Gevonden in
/// het voorbeeld ‘…’".
pub const GO_TO_EXAMPLE: (&str, &str) = ("Gevonden in het voorbeeld ‘", "’");

pub fn example_count(n: usize) -> String {
    match n {
        0 => "Geen voorbeelden".to_string(),
        1 => "1 voorbeeld".to_string(),
        n => format!("{n} voorbeelden"),
    }
}

// Documents
pub const TOPTIP: &str = "Toptip";
/// Above the table of contents of a long tip or article.
pub const CONTENTS_HEADING: &str = "Op deze pagina";

/// The name of a theme's link on a card and a tip: it opens the list filtered on it.
/// Before a theme chip's tag, for screen readers: "Filter op thema commitment". The tag
/// is the visible text, so the name a screen reader reads holds what is seen.
pub const FILTER_ON_THEME: &str = "Filter op thema";
pub const EXAMPLES: &str = "Voorbeelden";
pub const THEME: &str = "Thema";

/// A theme as the corpus tags it. The corpus has English tags; the Dutch word is added,
/// and the tag stays, since the Optimaal Digitaal site shows it too.
pub fn theme_label(tag: &str) -> String {
    match tag {
        "commitment" => "commitment (betrokkenheid)".to_string(),
        tag => tag.to_string(),
    }
}
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

/// Before and after a person's name, in the title of their page.
pub const PERSON_TITLE: (&str, &str) = ("Tips en voorbeelden van ", "");

pub const IN_ASSESSMENT_HEADING: &str = "In de zelfevaluatie";
pub const MAKE_ACTION_FOR_TIP: &str = "Hiermee aan de slag: een actie maken in uw actieplan";
pub const SPEAKERS_LABEL: &str = "Aan het woord:";
pub const CUT_OFF: &str =
    "Hier houdt de tekst midden in een zin op. Zo staat hij in de bron; de rest van het artikel ontbreekt daar.";

/// On a person's page: how many examples and article passages quote them.
pub fn person_quotes(examples: usize, passages: usize) -> String {
    let passages_text = match passages {
        1 => "1 passage in een artikel".to_string(),
        n => format!("{n} passages in artikelen"),
    };
    match (examples, passages) {
        (e, 0) => example_count(e),
        (0, _) => passages_text,
        (e, _) => format!("{} en {passages_text}", example_count(e)),
    }
}

/// On a person's page, a link to an article's untitled passage that quotes them.
pub const QUOTED_IN_ARTICLE: &str = "Lees wat er staat in het artikel";
/// Before and after the heading of an article's passage that quotes them.
pub const QUOTED_IN_SECTION: (&str, &str) = ("Lees wat er staat in ‘", "’");

/// Above the statements that rest on a document.
pub fn in_assessment_intro(n: usize) -> String {
    match n {
        1 => "Op deze tekst rust deze stelling uit de zelfevaluatie:".to_string(),
        n => format!("Op deze tekst rusten {n} stellingen uit de zelfevaluatie:"),
    }
}

/// Before and after the part of the document a statement rests on, after its link:
/// " (uit ‘…’)".
pub const RESTS_ON_PART: (&str, &str) = (" (uit ‘", "’)");

/// How a cited source is named in links: "Tip 17: Zorg ervoor …" or the article title,
/// then the example or section, if the citation points at one.
pub fn reference_label(source: &Source) -> String {
    let document = match (source.kind, source.number) {
        (Kind::Tip, Some(n)) => format!("{}: {}", tip_number(n), source.title),
        _ => source.title.to_string(),
    };
    match &source.heading {
        Some(heading) => format!("{document} — {heading}"),
        None => document,
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
