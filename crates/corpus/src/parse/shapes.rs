//! What a line looks like: a heading, a name, a list item, a source line.
//!
//! Scraped pages lose their markup, so structure has to be read from the shape of the
//! text itself. These rules are shared by tip pages and articles.

use super::lines::Line;
use crate::model::Block;
use crate::text::{slugify, squash_whitespace};
use std::borrow::Cow;
use std::collections::HashSet;

const SENTENCE_END: &[char] = &['.', '!', '?', '…', ':', ';', ','];
const CLOSERS: &[char] = &['’', '”', '"', '\'', ')', '»'];

/// A heading is a short line that does not end a sentence: no final `. ! ? : ;`, also not
/// hidden behind a closing quote or parenthesis (`…zegt hij.”`).
pub fn is_heading_shaped(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 120 || bullet_item(text).is_some() {
        return false;
    }
    !ends_sentence(text) && !text.trim_end_matches(CLOSERS).is_empty()
}

/// Whether `text` ends a sentence (or a clause: `: ; ,`), also behind a closing quote or
/// parenthesis.
pub fn ends_sentence(text: &str) -> bool {
    text.trim().trim_end_matches(CLOSERS).ends_with(SENTENCE_END)
}

/// Dutch name particles that stay lowercase inside a name ("Suzan van den Hoogen").
const PARTICLES: &[&str] = &[
    "van", "de", "den", "der", "het", "'t", "ter", "ten", "te", "in", "op", "la", "le", "du", "da", "von", "di", "el",
    "al", "bin", "ibn", "del", "dos", "das", "zu",
];

/// A person's name: 2 to 6 words, every word capitalised or a name particle.
pub fn is_name_shaped(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    is_heading_shaped(text)
        && (2..=6).contains(&words.len())
        && words.first().is_some_and(|w| starts_upper(w))
        && words.iter().all(|w| starts_upper(w) || PARTICLES.contains(w))
}

pub fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The text of a list item ("- x", "• x", "* x"), or `None` for other lines.
pub fn bullet_item(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let mut chars = text.chars();
    let marker = chars.next()?;
    let gap = chars.next()?;
    if !matches!(marker, '-' | '•' | '*' | '–' | '·') || !gap.is_whitespace() {
        return None;
    }
    let item = chars.as_str().trim();
    (!item.is_empty()).then_some(item)
}

/// A research citation ("Bron: Ministerie BZK, …").
pub fn is_source_line(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with("Bron:") || text.starts_with("Bronnen:")
}

/// A heading as shown: flattened headings are lowercase in some scrapes.
pub fn display_heading(text: &str) -> String {
    let text = squash_whitespace(text);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// Body lines as blocks: consecutive list items form one list (blank lines between
/// items do not end it), "Bron:" lines become sources, the rest paragraphs.
pub fn to_blocks(lines: &[Line]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut items: Vec<Cow<'static, str>> = Vec::new();
    for line in lines {
        if let Some(item) = bullet_item(&line.text) {
            items.push(Cow::Owned(squash_whitespace(item)));
            continue;
        }
        if !items.is_empty() {
            blocks.push(Block::List(Cow::Owned(std::mem::take(&mut items))));
        }
        let text = Cow::Owned(line.clean());
        blocks.push(if is_source_line(&line.text) { Block::Source(text) } else { Block::Paragraph(text) });
    }
    if !items.is_empty() {
        blocks.push(Block::List(Cow::Owned(items)));
    }
    blocks
}

/// Hands out anchors that are unique within one document (`-2`, `-3` on collision).
#[derive(Default)]
pub struct Slugs {
    taken: HashSet<String>,
}

impl Slugs {
    /// Reserves a fixed anchor (tip sections keep theirs whatever the examples are called).
    pub fn reserve(&mut self, slug: &str) {
        self.taken.insert(slug.to_string());
    }

    /// A unique anchor for `heading`; `fallback` when the heading has no letters or digits.
    pub fn claim(&mut self, heading: &str, fallback: &str) -> String {
        let base = match slugify(heading) {
            s if s.is_empty() => fallback.to_string(),
            s => s,
        };
        let mut slug = base.clone();
        let mut n = 2;
        while self.taken.contains(&slug) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        self.taken.insert(slug.clone());
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_short_lines_that_end_no_sentence() {
        assert!(is_heading_shaped("Bestuurlijke dekking"));
        assert!(is_heading_shaped("‘Je nek durven uitsteken’"));
        assert!(!is_heading_shaped("Lees het hele interview met Ruud de Vries op iBestuur.nl."));
        assert!(!is_heading_shaped("“Ik deel de conclusies volledig.”"));
        assert!(!is_heading_shaped("- Betrek medewerkers"));
    }

    #[test]
    fn names_are_capitalised_words_with_particles() {
        assert!(is_name_shaped("Marcel van de Lustgraaf"));
        assert!(is_name_shaped("Annemarie Evers-Reuver"));
        assert!(!is_name_shaped("Bestuurlijke dekking"));
        assert!(!is_name_shaped("Madonna"));
    }

    #[test]
    fn list_items_accept_the_bullets_scrapes_use() {
        assert_eq!(bullet_item("  • Alle bewindslieden"), Some("Alle bewindslieden"));
        assert_eq!(bullet_item("-\u{a0} Start met kleine pilots"), Some("Start met kleine pilots"));
        assert_eq!(bullet_item("-5 graden"), None);
    }

    #[test]
    fn colliding_anchors_get_a_number() {
        let mut slugs = Slugs::default();
        slugs.reserve("onderzoek");
        assert_eq!(slugs.claim("Onderzoek!", "x"), "onderzoek-2");
        assert_eq!(slugs.claim("???", "voorbeeld"), "voorbeeld");
        assert_eq!(slugs.claim("", "voorbeeld"), "voorbeeld-2");
    }
}
