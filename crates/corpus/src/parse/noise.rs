//! Scraping noise that any page may carry, recognised by shape rather than by document:
//! site chrome, page numbers, photo captions, comment forms.
//!
//! Document-specific noise is declared in the document's sidecar instead.

use super::lines::{Line, Mark};
use crate::text::{fold, squash_whitespace};
use std::collections::HashSet;

/// Whole lines of site chrome, compared folded and whitespace-squashed.
const CHROME: &[&str] = &["partnermenu", "zoeken binnen de website", "tags:", "tags", "delen:", "deel dit artikel"];

/// A line that starts a comment form: it and everything after it are dropped.
const COMMENT_FORM: &[&str] = &["reactieformulier", "reageer", "plaats een reactie", "reacties"];

/// The link to a person's page that tip pages glue behind a role: "… Meer tips van Carolien".
/// Returns the text before it and the first name.
pub fn more_tips_suffix(line: &str) -> Option<(&str, &str)> {
    const MARKER: &str = "Meer tips van ";
    let at = line.rfind(MARKER)?;
    let (before, rest) = (&line[..at], line[at + MARKER.len()..].trim());
    let one_name = !rest.is_empty() && !rest.contains(char::is_whitespace);
    (one_name && (before.is_empty() || before.ends_with(char::is_whitespace))).then_some((before.trim(), rest))
}

fn is_page_number(text: &str) -> bool {
    let text = text.trim();
    (1..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

fn is_chrome(text: &str) -> bool {
    if text.len() > 80 {
        return false;
    }
    let folded = fold(&squash_whitespace(text));
    CHROME.contains(&folded.as_str())
        || folded.starts_with("you need flash player")
        // A back link such as "< Alle nieuwsberichten".
        || (folded.starts_with(['<', '‹']) && folded.split_whitespace().count() <= 5)
}

/// A page number glued to the last word of a line ("…vaster in20" on page 20).
fn strip_glued_page_number(text: &str, pages: &HashSet<&str>) -> Option<String> {
    let trimmed = text.trim_end();
    let digits_start = trimmed.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (head, digits) = trimmed.split_at(digits_start);
    let glued = head.chars().next_back().is_some_and(char::is_alphabetic);
    (glued && pages.contains(digits)).then(|| head.to_string())
}

/// Applies every generic noise rule. Sidecar-marked pieces (title, byline, headings) are
/// the author's explicit declarations and are left alone.
pub fn remove_generic_noise(mut lines: Vec<Line>) -> Vec<Line> {
    let starts_comment_form =
        |l: &Line| l.text.len() < 40 && COMMENT_FORM.contains(&fold(&squash_whitespace(&l.text)).as_str());
    if let Some(form) = lines.iter().position(starts_comment_form) {
        lines.truncate(form);
    }
    let page_texts: Vec<String> =
        lines.iter().filter(|l| is_page_number(&l.text)).map(|l| l.text.trim().to_string()).collect();
    let pages: HashSet<&str> = page_texts.iter().map(String::as_str).collect();

    let mut kept: Vec<Line> = Vec::with_capacity(lines.len());
    for mut line in lines {
        if line.mark != Mark::Plain {
            kept.push(line);
            continue;
        }
        if is_page_number(&line.text) || is_chrome(&line.text) {
            continue;
        }
        if let Some(stripped) = strip_glued_page_number(&line.text, &pages) {
            line.text = stripped;
        }
        // A block repeated verbatim right after itself: a photo caption repeating a name.
        let repeated = kept.last().is_some_and(|prev| {
            prev.mark == Mark::Plain && prev.text.len().abs_diff(line.text.len()) < 8 && prev.clean() == line.clean()
        });
        if !repeated {
            kept.push(line);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::super::lines::split_lines;
    use super::*;

    fn texts(raw: &str) -> Vec<String> {
        remove_generic_noise(split_lines(raw)).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn drops_chrome_page_numbers_and_repeated_captions() {
        let raw =
            "20\n\npartnermenu\n\nTekst die blijft in20\n\nJan Jansen\n\nJan Jansen\n\n< Alle nieuwsberichten\n\ntags:";
        assert_eq!(texts(raw), ["Tekst die blijft in", "Jan Jansen"]);
    }

    #[test]
    fn drops_the_comment_form_and_all_that_follows() {
        assert_eq!(texts("Slot.\n\nReactieformulier\n\nUw e-mailadres wordt niet getoond."), ["Slot."]);
    }

    #[test]
    fn keeps_numbers_that_are_not_page_numbers() {
        assert_eq!(texts("Covid19\n\nin 2019"), ["Covid19", "in 2019"]);
    }

    #[test]
    fn finds_the_person_link_behind_a_role() {
        assert_eq!(
            more_tips_suffix("CIO VIVAT verzekeringen Meer tips van Marcel"),
            Some(("CIO VIVAT verzekeringen", "Marcel"))
        );
        assert_eq!(more_tips_suffix("Meer tips van Marcel"), Some(("", "Marcel")));
        assert_eq!(more_tips_suffix("Meer tips van onze collega's vind je hier"), None);
    }
}
