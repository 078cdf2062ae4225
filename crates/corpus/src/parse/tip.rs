//! Optimaal Digitaal tip pages: number, title, toptip flag, themes, intro, "Voorbeelden"
//! (quotes by named people) and the closing sections.

use super::error::{quote, CorpusError};
use super::examples::parse_examples;
use super::lines::Line;
use super::people::People;
use super::shapes::{to_blocks, Slugs};
use crate::model::{Document, Example, Kind, Section, SectionRole};
use crate::text::{fold, slugify, squash_whitespace};
use std::borrow::Cow;

/// The section markers of a tip page, by slug.
const EXAMPLES: &str = "voorbeelden";
const SECTIONS: &[(&str, SectionRole)] = &[
    ("waarom-werkt-dit", SectionRole::WhyItWorks),
    ("onderzoek", SectionRole::Research),
    ("conclusie", SectionRole::Conclusion),
];

/// The number in a "Tip 17" line.
pub fn tip_number(line: &str) -> Option<u32> {
    let rest = line.trim().strip_prefix("Tip ")?;
    rest.bytes().all(|b| b.is_ascii_digit()).then(|| rest.parse().ok()).flatten()
}

fn is_marker(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let slug = slugify(text);
    slug == EXAMPLES || slug == "voorbeeld" || SECTIONS.iter().any(|(s, _)| *s == slug)
}

fn is_toptip(text: &str) -> bool {
    fold(&squash_whitespace(text)) == "dit is een toptip"
}

/// A theme line: short, lowercase, comma-separated tags ("commitment").
fn is_theme_line(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.chars().count() <= 80
        && text.chars().all(|c| c.is_lowercase() || c.is_whitespace() || matches!(c, ',' | '-' | '&' | '/'))
}

/// Parses the noise-free lines of a tip page. `lines[0]` is the "Tip <n>" line.
pub fn parse_tip(file: &str, lines: &[Line], people: &People) -> Result<Document, CorpusError> {
    let err = |line: usize, message: String| CorpusError::new(file, line, message);
    let first = lines.first().ok_or_else(|| err(1, "expected `Tip <number>`, found an empty file".into()))?;
    let number = tip_number(&first.text)
        .ok_or_else(|| err(first.no, format!("expected `Tip <number>`, found {}", quote(&first.text))))?;

    let title = match lines.get(1) {
        None => {
            return Err(err(first.no, "expected the tip's title on the next line, found the end of the file".into()))
        }
        Some(t)
            if is_marker(&t.text)
                || is_toptip(&t.text)
                || is_theme_line(&t.text)
                || !t.text.starts_with(|c: char| !c.is_lowercase()) =>
        {
            return Err(err(
                t.no,
                format!(
                    "expected the tip's title (a line starting with a capital) after `Tip {number}`, found {}",
                    quote(&t.text)
                ),
            ));
        }
        Some(t) => t,
    };

    let mut at = 2;
    let (mut toptip, mut themes) = (false, None);
    while let Some(line) = lines.get(at) {
        if is_toptip(&line.text) && !toptip {
            toptip = true;
        } else if is_theme_line(&line.text) && themes.is_none() {
            themes =
                Some(line.text.split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect::<Vec<_>>());
        } else {
            break;
        }
        at += 1;
    }
    let themes = themes.ok_or_else(|| {
        let found = lines.get(at).map_or("the end of the file".to_string(), |l| quote(&l.text));
        err(
            lines.get(at).map_or(title.no, |l| l.no),
            format!("expected a theme line (lowercase tags, e.g. `commitment`) after the title, found {found}"),
        )
    })?;

    let intro_end = lines[at..].iter().position(|l| is_marker(&l.text)).map_or(lines.len(), |p| at + p);
    let intro: Vec<Cow<'static, str>> = lines[at..intro_end].iter().map(|l| Cow::Owned(l.clean())).collect();
    if intro.is_empty() {
        let found = lines.get(at).map_or("the end of the file".to_string(), |l| quote(&l.text));
        return Err(err(
            lines.get(at).map_or(title.no, |l| l.no),
            format!("expected an intro paragraph after the theme, found {found}"),
        ));
    }

    let mut examples: Vec<Example> = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut start = intro_end;
    while start < lines.len() {
        let marker = &lines[start];
        let end = lines[start + 1..].iter().position(|l| is_marker(&l.text)).map_or(lines.len(), |p| start + 1 + p);
        let body = &lines[start + 1..end];
        let slug = match slugify(&marker.text) {
            s if s == "voorbeeld" => EXAMPLES.to_string(),
            s => s,
        };
        if let Some((_, line)) = seen.iter().find(|(s, _)| *s == slug) {
            return Err(err(
                marker.no,
                format!("expected each section once, but {} already started at line {line}", quote(&marker.text)),
            ));
        }
        seen.push((slug.clone(), marker.no));
        if body.is_empty() {
            return Err(err(
                marker.no,
                format!(
                    "expected text under {}, found {}",
                    quote(&marker.text),
                    lines.get(end).map_or("the end of the file".to_string(), |l| quote(&l.text))
                ),
            ));
        }
        if slug == EXAMPLES {
            examples = parse_examples(file, body, people)?;
        } else {
            let role = SECTIONS.iter().find(|(s, _)| *s == slug).map_or(SectionRole::Body, |(_, r)| *r);
            let heading = Cow::Owned(marker.clean());
            sections.push(Section {
                slug: Cow::Owned(slug),
                heading,
                role,
                body: Cow::Owned(to_blocks(body)),
                speakers: Cow::Borrowed(&[]),
            });
        }
        start = end;
    }

    let mut slugs = Slugs::default();
    sections.iter().for_each(|s| slugs.reserve(&s.slug));
    for example in &mut examples {
        example.slug = Cow::Owned(slugs.claim(&example.heading, "voorbeeld"));
    }
    Ok(Document {
        slug: Cow::Owned(format!("tip-{number}")),
        source: Cow::Owned(file.to_string()),
        kind: Kind::Tip,
        number: Some(number),
        title: Cow::Owned(title.clean()),
        toptip,
        themes: Cow::Owned(themes.into_iter().map(Cow::Owned).collect()),
        author: None,
        byline: None,
        publication: None,
        date: None,
        intro: Cow::Owned(intro),
        examples: Cow::Owned(examples),
        sections: Cow::Owned(sections),
        cut_off: false,
        name_variants: Cow::Borrowed(&[]),
    })
}
