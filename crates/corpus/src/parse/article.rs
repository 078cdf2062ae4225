//! Articles and blogs: a title, a lead, optional dateline and byline, then body text
//! under headings. What the text cannot tell (kind, slug, a mangled title, flattened
//! headings) comes from the sidecar, already applied to the lines.

use super::dates::parse_dateline;
use super::error::{quote, CorpusError};
use super::lines::{Line, Mark};
use super::noise::more_tips_suffix;
use super::shapes::{bullet_item, display_heading, is_heading_shaped, to_blocks, Slugs};
use super::sidecar::Sidecar;
use crate::model::{Date, Document, Section, SectionRole};
use crate::text::{slugify, squash_whitespace};
use std::borrow::Cow;

/// The anchor of the untitled section: text before the first heading that cannot be
/// intro because a list breaks it off.
pub const UNTITLED_SLUG: &str = "tekst";

/// "Blog Rob Boeyink: Inwoner verwacht maatwerk" → author and title.
fn blog_title(line: &str) -> Option<(String, String)> {
    let rest = line.strip_prefix("Blog ")?;
    let (author, title) = rest.split_once(": ")?;
    let plausible = (2..=5).contains(&author.split_whitespace().count()) && !title.trim().is_empty();
    plausible.then(|| (author.trim().to_string(), title.trim().to_string()))
}

/// "Tekst: Philip Bosman, voorzitter …" or "Door Jan Jansen" → the writer's name.
fn author_in_byline(byline: &str) -> Option<String> {
    let rest = byline.strip_prefix("Tekst:").or_else(|| byline.strip_prefix("Door "))?;
    let name = rest.split([',', '(', '|']).next()?.split(" Beeld:").next()?.trim();
    (!name.is_empty()).then(|| name.to_string())
}

fn is_article_heading(line: &Line, all: &[Line]) -> bool {
    match line.mark {
        Mark::Heading => true,
        Mark::Plain => {
            line.alone_in_block(all) && is_heading_shaped(&line.text) && parse_dateline(&line.text).is_none()
        }
        Mark::Title | Mark::Byline => false,
    }
}

pub fn parse_article(file: &str, lines: &[Line], sidecar: &Sidecar) -> Result<Document, CorpusError> {
    let err = |line: usize, message: String| CorpusError::new(file, line, message);
    let mut rest: Vec<&Line> = lines.iter().filter(|l| l.mark != Mark::Title).collect();
    let (mut title, mut author) = (sidecar.title.clone(), sidecar.author.clone());
    if sidecar.scraped_title.is_none() {
        if rest.is_empty() {
            return Err(err(1, "expected a title line, found no text".into()));
        }
        let line = rest.remove(0);
        let (blogger, scraped) = blog_title(&line.clean()).map_or((None, line.clean()), |(a, t)| (Some(a), t));
        title = title.or(Some(scraped));
        author = author.or(blogger);
    }

    let byline = lines.iter().find(|l| l.mark == Mark::Byline).map(Line::clean);
    author = author.or_else(|| byline.as_deref().and_then(author_in_byline));

    // Before the first heading: the dateline is taken out, the paragraphs are the intro.
    // A list there cannot be part of the intro; from the list (and the paragraph that
    // introduces it, "… zijn van belang:") on, the text forms an untitled section.
    let first_heading = rest.iter().position(|l| is_article_heading(l, lines)).unwrap_or(rest.len());
    let mut date: Option<(Date, &Line)> = None;
    let mut pre: Vec<&Line> = Vec::new();
    for &line in &rest[..first_heading] {
        match parse_dateline(&line.text).filter(|_| date.is_none() && line.mark == Mark::Plain) {
            Some(found) => date = Some((found, line)),
            None if line.mark == Mark::Byline => {}
            None => pre.push(line),
        }
    }
    if let (Some((declared, at)), Some((found, line))) = (sidecar.date, date) {
        if declared != found {
            return Err(CorpusError::new(
                &sidecar.file,
                at,
                format!("the sidecar date contradicts the dateline {} at {file}:{}", quote(&line.text), line.no),
            ));
        }
    }
    let mut lead_len = pre.iter().position(|l| bullet_item(&l.text).is_some()).unwrap_or(pre.len());
    if lead_len > 0 && lead_len < pre.len() && pre[lead_len - 1].text.trim_end().ends_with(':') {
        lead_len -= 1;
    }
    let intro: Vec<Cow<'static, str>> =
        pre[..lead_len].iter().map(|l| strip_person_link(l)).filter(|t| !t.is_empty()).map(Cow::Owned).collect();

    let mut drafts: Vec<(Option<&Line>, Vec<Line>)> = Vec::new();
    if lead_len < pre.len() {
        drafts.push((None, pre[lead_len..].iter().map(|&l| l.clone()).collect()));
    }
    for &line in &rest[first_heading..] {
        if is_article_heading(line, lines) {
            drafts.push((Some(line), Vec::new()));
        } else if let Some((_, body)) = drafts.last_mut() {
            let text = strip_person_link(line);
            if !text.is_empty() {
                body.push(Line { text, ..line.clone() });
            }
        }
    }

    let mut slugs = Slugs::default();
    let mut sections = Vec::new();
    for (heading, body) in drafts {
        let shown = heading.map_or(String::new(), |h| display_heading(&h.text));
        if body.is_empty() {
            let no = heading.map_or(1, |h| h.no);
            return Err(err(
                no,
                format!(
                    "expected text under the heading {}, found {}",
                    quote(&shown),
                    "another heading or the end of the file"
                ),
            ));
        }
        let role = match slugify(&shown).as_str() {
            "conclusie" | "conclusies" => SectionRole::Conclusion,
            _ => SectionRole::Body,
        };
        let slug = slugs.claim(&shown, UNTITLED_SLUG);
        sections.push(Section {
            speakers: Cow::Borrowed(&[]),
            slug: Cow::Owned(slug),
            heading: Cow::Owned(shown),
            role,
            body: Cow::Owned(to_blocks(&body)),
        });
    }
    if intro.is_empty() && sections.is_empty() {
        return Err(err(lines.last().map_or(1, |l| l.no), "expected body text below the title, found none".into()));
    }

    let title = title.filter(|t| !t.trim().is_empty()).ok_or_else(|| err(1, "expected a title".into()))?;
    let slug = sidecar.slug.as_ref().map_or_else(|| slugify(&title), |s| s.text.clone());
    Ok(Document {
        slug: Cow::Owned(slug),
        source: Cow::Owned(file.to_string()),
        kind: sidecar.kind,
        number: None,
        title: Cow::Owned(squash_whitespace(&title)),
        toptip: false,
        themes: Cow::Owned(Vec::new()),
        author: author.map(Cow::Owned),
        byline: byline.map(Cow::Owned),
        publication: sidecar.publication.clone().map(Cow::Owned),
        date: sidecar.date.map(|(d, _)| d).or(date.map(|(d, _)| d)),
        intro: Cow::Owned(intro),
        examples: Cow::Owned(Vec::new()),
        sections: Cow::Owned(sections),
        cut_off: false,
        name_variants: Cow::Borrowed(&[]),
    })
}

/// "Meer tips van …" is a link in the page it was scraped from; in running text it is noise.
fn strip_person_link(line: &Line) -> String {
    match more_tips_suffix(&line.text) {
        Some((before, _)) => squash_whitespace(before),
        None => line.clean(),
    }
}
