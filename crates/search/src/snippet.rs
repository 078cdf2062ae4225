//! Snippets and highlights for the hits on screen.
//!
//! Computed lazily, per shown hit, because it re-reads the document text: far too slow
//! to do for every match on every keystroke, and cheap for one page of results.
//! Output is plain segments, never HTML: the UI renders each as a text node.

use super::query::Terms;
use super::tokenize::{normalize, words};
use digiwijzer_corpus::Document;

/// Snippet length in words: about two lines on a result card.
const WINDOW: usize = 24;
/// Words of context kept before the first match.
const LEAD: usize = 6;

/// A run of text, highlighted if it is a word the user searched for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment<'t> {
    pub text: &'t str,
    pub highlighted: bool,
}

/// What a result card shows besides the document's own metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet<'c> {
    /// The document title, with every query word highlighted.
    pub title: Vec<Segment<'c>>,
    /// About [`WINDOW`] words around the best match in the text (or the start of the
    /// intro when only the title, tags or number matched). Starts or ends with `…` when cut.
    pub text: Vec<Segment<'c>>,
    /// The example or section the snippet comes from, so the result links straight to it
    /// (`#/lees/tip-17/<anchor>`); `None` for the intro.
    pub anchor: Option<&'c str>,
}

const ELLIPSIS_BEFORE: Segment<'static> = Segment { text: "… ", highlighted: false };
const ELLIPSIS_AFTER: Segment<'static> = Segment { text: " …", highlighted: false };

/// A stretch of text a snippet may come from: a paragraph, a heading, or the line that
/// says who is quoted (name, role, organisation as separate parts).
#[derive(Clone, Copy)]
struct Passage<'c> {
    parts: [&'c str; 3],
    anchor: Option<&'c str>,
    /// A heading or a person line rather than running text.
    label: bool,
    /// For a label: the text it introduces, to fill a short snippet.
    continuation: Option<&'c str>,
}

impl<'c> Passage<'c> {
    fn text(text: &'c str, anchor: Option<&'c str>) -> Passage<'c> {
        Passage { parts: [text, "", ""], anchor, label: false, continuation: None }
    }

    fn label(parts: [&'c str; 3], anchor: Option<&'c str>, continuation: Option<&'c str>) -> Passage<'c> {
        Passage { parts, anchor, label: true, continuation }
    }
}

/// Every passage of a document, in reading order.
fn passages(doc: &Document) -> Vec<Passage<'_>> {
    let mut out: Vec<Passage<'_>> = doc.intro.iter().map(|p| Passage::text(p, None)).collect();
    for example in doc.examples.iter() {
        let anchor = Some(&*example.slug);
        let first = example.body.iter().flat_map(|b| b.texts()).next();
        out.push(Passage::label([&example.heading, "", ""], anchor, first));
        out.extend(example.body.iter().flat_map(|b| b.texts()).map(|t| Passage::text(t, anchor)));
        if let Some(a) = &example.attribution {
            let role = a.role.as_deref().unwrap_or("");
            let organisation = a.organisation.as_deref().unwrap_or("");
            out.push(Passage::label([&a.name, role, organisation], anchor, first));
        }
    }
    for section in doc.sections.iter() {
        let anchor = Some(&*section.slug);
        let first = section.body.iter().flat_map(|b| b.texts()).next();
        out.push(Passage::label([&section.heading, "", ""], anchor, first));
        out.extend(section.body.iter().flat_map(|b| b.texts()).map(|t| Passage::text(t, anchor)));
    }
    out
}

/// A word in a passage: which part, where, and which query terms it matches.
#[derive(Clone, Copy)]
struct Token {
    part: usize,
    start: usize,
    end: usize,
    mask: u32,
}

fn tokens(terms: &Terms, parts: &[&str], buf: &mut String) -> Vec<Token> {
    let mut out = Vec::new();
    for (part, text) in parts.iter().enumerate() {
        for (start, end) in words(text) {
            let mask = if terms.is_empty() || !terms.may_start_with(text.as_bytes()[start]) {
                0
            } else {
                normalize(&text[start..end], buf);
                terms.match_mask(buf)
            };
            out.push(Token { part, start, end, mask });
        }
    }
    out
}

/// How well a run of tokens matches: distinct terms first, then occurrences.
fn score(tokens: &[Token]) -> (u32, usize) {
    let distinct = tokens.iter().fold(0, |m, t| m | t.mask).count_ones();
    (distinct, tokens.iter().filter(|t| t.mask != 0).count())
}

pub(crate) fn snippet<'c>(terms: &Terms, doc: &'c Document) -> Snippet<'c> {
    let title = highlight(terms, &doc.title);
    let passages = passages(doc);
    let mut buf = String::new();
    let mut best: Option<(Passage<'c>, Vec<Token>, (u32, usize))> = None;
    if !terms.is_empty() {
        for passage in &passages {
            let toks = tokens(terms, &passage.parts, &mut buf);
            let s = score(&toks);
            if s.0 > 0 && best.as_ref().is_none_or(|b| s > b.2) {
                best = Some((*passage, toks, s));
            }
        }
    }
    let mut text = Vec::new();
    let anchor = match best {
        Some((passage, toks, _)) => {
            let (start, end) = window(&passage.parts, &toks);
            render(&passage.parts, &toks, start, end, &mut text);
            let room = WINDOW.saturating_sub(end - start);
            // A whole heading or person line is short: go on with what it introduces.
            let whole_label_shown = passage.label && end == toks.len() && room > 0;
            if let Some(next) = passage.continuation.filter(|_| whole_label_shown) {
                text.push(Segment { text: " — ", highlighted: false });
                let parts = [next];
                let next_toks = tokens(terms, &parts, &mut buf);
                render(&parts, &next_toks, 0, room.min(next_toks.len()), &mut text);
            }
            passage.anchor
        }
        None => {
            // Only the title, tags or people matched (or nothing was asked): show the lead.
            if let Some(lead) = passages.iter().find(|p| !p.label) {
                let toks = tokens(terms, &lead.parts, &mut buf);
                render(&lead.parts, &toks, 0, WINDOW.min(toks.len()), &mut text);
            }
            None
        }
    };
    Snippet { title, text, anchor }
}

/// The window of at most [`WINDOW`] tokens with the most distinct matches, starting a
/// few words before its first match, or at a sentence start if one is that close.
fn window(parts: &[&str], toks: &[Token]) -> (usize, usize) {
    let mut best = (0, WINDOW.min(toks.len()));
    let mut best_score = (0, 0);
    for (p, _) in toks.iter().enumerate().filter(|(_, t)| t.mask != 0) {
        let end = (p.saturating_sub(LEAD) + WINDOW).min(toks.len());
        let start = end.saturating_sub(WINDOW);
        let s = score(&toks[start..end]);
        if s > best_score {
            best_score = s;
            best = (start, end);
        }
    }
    let (mut start, _) = best;
    let first_match = (start..toks.len()).find(|&i| toks[i].mask != 0).unwrap_or(start);
    for k in start + 1..=first_match {
        let (a, b) = (toks[k - 1], toks[k]);
        if a.part == b.part && parts[a.part][a.end..b.start].contains(['.', '!', '?', ':']) {
            start = k;
        }
    }
    (start, (start + WINDOW).min(toks.len()))
}

/// Writes tokens `start..end` of a passage as segments, with `…` where it was cut.
fn render<'c>(parts: &[&'c str], toks: &[Token], start: usize, end: usize, out: &mut Vec<Segment<'c>>) {
    if start >= end {
        return;
    }
    if start > 0 {
        out.push(ELLIPSIS_BEFORE);
    }
    let (first_part, last_part) = (toks[start].part, toks[end - 1].part);
    for (part, &text) in parts.iter().enumerate().take(last_part + 1).skip(first_part) {
        if text.is_empty() {
            continue;
        }
        let from = if part == first_part { extend_back(text, toks[start].start) } else { 0 };
        let to = if part == last_part { extend_forward(text, toks[end - 1].end) } else { text.len() };
        if part > first_part {
            out.push(Segment { text: ", ", highlighted: false });
        }
        push_highlighted(text, toks[start..end].iter().filter(|t| t.part == part), from, to, out);
    }
    if end < toks.len() {
        out.push(ELLIPSIS_AFTER);
    }
}

/// Splits `text[from..to]` into plain runs and the matching tokens.
fn push_highlighted<'t, 'a>(
    text: &'t str,
    toks: impl Iterator<Item = &'a Token>,
    from: usize,
    to: usize,
    out: &mut Vec<Segment<'t>>,
) {
    let mut cursor = from;
    for t in toks.filter(|t| t.mask != 0) {
        if t.start > cursor {
            out.push(Segment { text: &text[cursor..t.start], highlighted: false });
        }
        out.push(Segment { text: &text[t.start..t.end], highlighted: true });
        cursor = t.end;
    }
    if to > cursor {
        out.push(Segment { text: &text[cursor..to], highlighted: false });
    }
}

/// Keeps an opening quote or bracket that sits right before the first word.
fn extend_back(text: &str, start: usize) -> usize {
    let before = text[..start].trim_end_matches(['“', '‘', '"', '\'', '(', '„']);
    before.len()
}

/// Keeps the punctuation right after the last word (a full stop, a closing quote).
fn extend_forward(text: &str, end: usize) -> usize {
    let after = &text[end..];
    let kept =
        after.len() - after.trim_start_matches(['.', ',', ';', ':', '!', '?', '”', '’', '"', '\'', ')', '…']).len();
    end + kept
}

/// Highlights every query word in a text (whole words, so a typed prefix lights up the
/// word it found).
pub(crate) fn highlight<'t>(terms: &Terms, text: &'t str) -> Vec<Segment<'t>> {
    if text.is_empty() {
        return Vec::new();
    }
    let mut buf = String::new();
    let toks = tokens(terms, &[text], &mut buf);
    let mut out = Vec::new();
    push_highlighted(text, toks.iter(), 0, text.len(), &mut out);
    out
}
