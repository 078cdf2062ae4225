//! The tips page: the list with search and facets, documents, people, and the
//! accessibility statement.

use crate::assessment::Source;
use crate::corpus::{Date, Kind, OrgType};
use crate::search::FacetKey;

// The list: search, facets, results
pub const LIST_TITLE: &str = "Tips and articles";
pub const SEARCH_LABEL: &str = "Search tips, examples and articles (in Dutch)";
pub const SEARCH_HINT: &str = "Results appear as you type. You can leave out accents. Press / to go to the search box.";
pub const RESULTS_HEADING: &str = "Results";
pub const CLEAR_FILTERS: &str = "Clear all filters";
pub const CLEAR_SEARCH: &str = "Clear the search";
pub const NO_RESULTS: &str = "Nothing found. Try a wider search:";
pub const EMPTY_TRY_FEWER_WORDS: &str = "Use fewer or shorter words; the start of a word is enough.";
pub const FILTERS: &str = "Filters";
/// The heading of a facet's group of checkboxes.
pub fn facet_legend(key: FacetKey) -> &'static str {
    match key {
        FacetKey::Kind => "Type",
        FacetKey::Theme => "Theme",
        FacetKey::Toptip => "Top tip",
        FacetKey::OrgType => "Type of organisation",
        FacetKey::Person => "Person",
    }
}
pub const ONLY_TOPTIPS: &str = "Top tips only";
pub const SHOW_FEWER: &str = "Show fewer";

pub fn result_count(n: usize) -> String {
    match n {
        0 => "No results".to_string(),
        1 => "1 result".to_string(),
        n => format!("{n} results"),
    }
}

pub fn facet_count(n: usize) -> String {
    format!("({n})")
}

pub fn show_all(n: usize) -> String {
    format!("Show all {n}")
}

pub fn show_more(next: usize, total: usize) -> String {
    format!("Show {next} more (of {total})")
}

/// Before and after a filter's label, on the button that removes it: "Remove filter
/// ‘Tip’". A theme or a person is corpus text, so the label has its own element.
pub const REMOVE_FILTER: (&str, &str) = ("Remove filter ‘", "’");

/// Before and after an example's heading, in the link to it from a card: "Found in the
/// example ‘…’". The heading is Dutch, so it has its own element.
pub const GO_TO_EXAMPLE: (&str, &str) = ("Found in the example ‘", "’");

pub fn example_count(n: usize) -> String {
    match n {
        0 => "No examples".to_string(),
        1 => "1 example".to_string(),
        n => format!("{n} examples"),
    }
}

// Documents
pub const TOPTIP: &str = "Top tip";
pub const EXAMPLES: &str = "Examples";
pub const THEME: &str = "Theme";

/// A theme as the corpus tags it. The corpus tags are mostly English words already, so
/// they are shown as they are.
pub fn theme_label(tag: &str) -> String {
    tag.to_string()
}
pub const AUTHOR: &str = "Author";
pub const PUBLICATION: &str = "Source";
pub const DATE: &str = "Date";

pub fn tip_number(n: u32) -> String {
    format!("Tip {n}")
}

pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Tip => "Tip",
        Kind::Artikel => "Article",
        Kind::Blog => "Blog",
    }
}

pub fn org_type_name(org: OrgType) -> &'static str {
    match org {
        OrgType::Gemeente => "Municipality",
        OrgType::Provincie => "Province",
        OrgType::Waterschap => "Water authority",
        OrgType::Rijk => "Central government",
        OrgType::Bedrijf => "Company",
        OrgType::Anders => "Other",
    }
}

pub fn more_from(first_name: &str) -> String {
    format!("More from {first_name}")
}

/// Before and after a person's name, in the title of their page; the name is the
/// corpus's, so it has its own element.
pub const PERSON_TITLE: (&str, &str) = ("Tips and examples from ", "");

pub const IN_ASSESSMENT_HEADING: &str = "In the self-assessment";
pub const MAKE_ACTION_FOR_TIP: &str = "Act on this: make an action in your action plan";
pub const SPEAKERS_LABEL: &str = "People quoted:";
pub const CUT_OFF: &str =
    "The text stops here in the middle of a sentence. That is how it is in the source; the rest of the article is missing there.";

/// On a person's page: how many examples and article passages quote them.
pub fn person_quotes(examples: usize, passages: usize) -> String {
    let passages_text = match passages {
        1 => "1 passage in an article".to_string(),
        n => format!("{n} passages in articles"),
    };
    match (examples, passages) {
        (e, 0) => example_count(e),
        (0, _) => passages_text,
        (e, _) => format!("{} and {passages_text}", example_count(e)),
    }
}

/// On a person's page, a link to an article's untitled passage that quotes them.
pub const QUOTED_IN_ARTICLE: &str = "Read what the article says";
/// Before and after the heading of an article's passage that quotes them; the heading
/// is Dutch, so it has its own element.
pub const QUOTED_IN_SECTION: (&str, &str) = ("Read what it says in ‘", "’");

/// Above the statements that rest on a document.
pub fn in_assessment_intro(n: usize) -> String {
    match n {
        1 => "This statement in the self-assessment is based on this text:".to_string(),
        n => format!("{n} statements in the self-assessment are based on this text:"),
    }
}

/// Before and after the part of the document a statement rests on, after its link:
/// " (from ‘…’)". The heading is Dutch, so it has its own element.
pub const RESTS_ON_PART: (&str, &str) = (" (from ‘", "’)");

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
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "25 November 2019".
pub fn format_date(date: &Date) -> String {
    let month = MONTHS.get(usize::from(date.month).saturating_sub(1)).copied().unwrap_or("");
    format!("{} {month} {}", date.day, date.year)
}

// Accessibility statement, after the model of the Dutch government template.
pub const STATEMENT_SECTIONS: &[(&str, &[&str])] = &[
    (
        "Our aim",
        &[
            "Everyone must be able to use Digiwijzer, including people who use a screen reader, magnification or only a keyboard. By law, Dutch public bodies must make their websites and intranets meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.",
        ],
    ),
    (
        "How we check this",
        &[
            "Automated tests run on every change: axe-core checks every screen and state for accessibility errors, the Nu HTML Checker checks the HTML, and one test searches, opens a tip and fills in the self-assessment using only the keyboard.",
            "Automated tests do not find every problem. Disabled users have not yet tested Digiwijzer.",
        ],
    ),
    (
        "What you can expect",
        &[
            "Everything works with a keyboard, with a visible focus and a ‘Skip to main content’ link. Search results and saved answers are read out. The page fits a screen 320 pixels wide and 200% zoom, and motion is reduced if you have set that on your system.",
        ],
    ),
    (
        "Found something that does not work?",
        &[
            "Tell the organisation that gives you access to Digiwijzer, for example through your service desk. Say which screen the problem is on and which assistive technology you use.",
        ],
    ),
];

pub const PRINT_DECK: &str = "Print as cards";
pub const CONTENTS_HEADING: &str = "On this page";

/// The name of a theme's link on a card and a tip: it opens the list filtered on it.
/// Before a theme chip's tag, for screen readers: "Filter on theme commitment". The tag
/// is Dutch and has its own element, so the name keeps its language.
pub const FILTER_ON_THEME: &str = "Filter on theme";
