//! The sidecar beside an article or blog: what its scraped text cannot tell us.
//!
//! Every excerpt it declares is copied verbatim from the text, and the parser fails if
//! one is no longer found, so a sidecar can never silently go stale. The format is
//! documented in `corpus/README.md`.

use super::dates::{parse_dutch_date, parse_iso_date};
use super::error::{from_toml, line_at, quote, CorpusError};
use crate::model::{Date, Kind, OrgType};
use crate::text::slugify;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSidecar {
    kind: Spanned<String>,
    slug: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    scraped_title: Option<Spanned<String>>,
    author: Option<Spanned<String>>,
    byline: Option<Spanned<String>>,
    publication: Option<Spanned<String>>,
    date: Option<Spanned<toml::Value>>,
    #[serde(default)]
    drop: Vec<Spanned<String>>,
    #[serde(default)]
    headings: Vec<Spanned<String>>,
    #[serde(default)]
    repair: BTreeMap<Spanned<String>, String>,
    #[serde(default)]
    spreker: Vec<RawSpeaker>,
    afgebroken: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpeaker {
    naam: Spanned<String>,
    rol: Option<String>,
    organisatie: Option<String>,
    soort: Option<Spanned<String>>,
    /// The anchors (example or section slugs) of the passages that quote them.
    waar: Spanned<Vec<String>>,
}

/// Someone the text quotes outside a caption: who, as the text names them, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub org_type: OrgType,
    /// Example or section slugs.
    pub anchors: Vec<String>,
    pub line: usize,
}

/// A value from the sidecar with the line it was declared on, for error messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declared {
    pub text: String,
    pub line: usize,
}

/// A parsed, validated sidecar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sidecar {
    /// Path of the sidecar file, for error messages.
    pub file: String,
    pub kind: Kind,
    pub slug: Option<Declared>,
    pub title: Option<String>,
    /// The mangled title as it appears in the text; cut out and replaced by `title`.
    pub scraped_title: Option<Declared>,
    pub author: Option<String>,
    /// A credit line in the text, moved out of the body into the byline.
    pub byline: Option<Declared>,
    pub publication: Option<String>,
    pub date: Option<(Date, usize)>,
    /// Excerpts that are scraping noise.
    pub drop: Vec<Declared>,
    /// Excerpts that are headings the scrape flattened into running text.
    pub headings: Vec<Declared>,
    /// Broken text → its repair, in declaration order.
    pub repairs: Vec<(Declared, String)>,
    /// People quoted in running text, with the passages that quote them.
    pub speakers: Vec<Speaker>,
    /// The line of `afgebroken = true`: the source stops halfway through a sentence.
    pub cut_off: Option<usize>,
}

impl Sidecar {
    /// Text this document declares as not belonging to its body: it must appear nowhere
    /// in the parsed corpus.
    pub fn boilerplate(&self) -> Vec<&str> {
        let repaired = self.repairs.iter().map(|(from, _)| from);
        self.drop.iter().chain(&self.scraped_title).chain(repaired).map(|d| d.text.as_str()).collect()
    }

    /// Every excerpt that must be found in the text, with what it is for.
    pub fn excerpts(&self) -> Vec<(&'static str, &Declared)> {
        let mut all: Vec<(&'static str, &Declared)> = Vec::new();
        all.extend(self.drop.iter().map(|d| ("drop", d)));
        all.extend(self.scraped_title.iter().map(|d| ("scraped_title", d)));
        all.extend(self.byline.iter().map(|d| ("byline", d)));
        all.extend(self.headings.iter().map(|d| ("headings", d)));
        all.extend(self.repairs.iter().map(|(d, _)| ("repair", d)));
        all
    }
}

/// Reads and checks a sidecar: unknown keys, bad kinds, slugs and dates all fail with
/// their line.
pub fn read_sidecar(file: &str, text: &str) -> Result<Sidecar, Vec<CorpusError>> {
    let raw: RawSidecar = toml::from_str(text).map_err(|e| vec![from_toml(file, text, &e)])?;
    let mut errors = Vec::new();
    let at = |span: std::ops::Range<usize>| line_at(text, span.start);
    let declared = |s: &Spanned<String>| Declared { text: s.get_ref().clone(), line: at(s.span()) };
    let excerpt = |s: &Spanned<String>, errors: &mut Vec<CorpusError>| {
        if s.get_ref().trim().is_empty() {
            errors.push(CorpusError::new(file, at(s.span()), "expected a non-empty excerpt from the text"));
        }
        declared(s)
    };

    let kind = match Kind::from_id(raw.kind.get_ref()) {
        Some(kind) => kind,
        None => {
            let found = quote(raw.kind.get_ref());
            errors.push(CorpusError::new(
                file,
                at(raw.kind.span()),
                format!("expected kind `artikel`, `blog` or `tip`, found {found}"),
            ));
            Kind::Artikel
        }
    };
    let slug = raw.slug.as_ref().map(declared);
    if let Some(s) = &slug {
        if s.text.is_empty() || slugify(&s.text) != s.text {
            let message =
                format!("expected a slug of lowercase letters, digits and single hyphens, found {}", quote(&s.text));
            errors.push(CorpusError::new(file, s.line, message));
        }
    }
    if kind == Kind::Tip {
        let derived = [
            ("slug", &raw.slug),
            ("title", &raw.title),
            ("scraped_title", &raw.scraped_title),
            ("author", &raw.author),
            ("byline", &raw.byline),
            ("publication", &raw.publication),
        ];
        let mut spans: Vec<(&str, std::ops::Range<usize>)> =
            derived.iter().filter_map(|(k, v)| Some((*k, v.as_ref()?.span()))).collect();
        spans.extend(raw.date.as_ref().map(|d| ("date", d.span())));
        spans.extend(raw.headings.first().map(|h| ("headings", h.span())));
        for (key, span) in spans {
            errors.push(CorpusError::new(
                file,
                at(span),
                format!("`{key}` does not apply to a tip page: a tip takes it from its text"),
            ));
        }
    } else if raw.slug.is_none() {
        errors.push(CorpusError::new(file, 1, "expected a `slug = \"…\"` line: articles and blogs need a stable slug"));
    }
    if let (Some(s), None) = (&raw.scraped_title, &raw.title) {
        errors.push(CorpusError::new(file, at(s.span()), "expected a `title` to show instead of the `scraped_title`"));
    }
    let date = raw.date.as_ref().and_then(|d| match read_date(d.get_ref()) {
        Some(date) => Some((date, at(d.span()))),
        None => {
            errors.push(CorpusError::new(
                file,
                at(d.span()),
                format!("expected a date like \"2019-11-25\", found {}", d.get_ref()),
            ));
            None
        }
    });
    let speakers = raw
        .spreker
        .iter()
        .map(|s| {
            let line = at(s.naam.span());
            let org_type = match &s.soort {
                None => OrgType::Anders,
                Some(soort) => OrgType::from_id(soort.get_ref()).unwrap_or_else(|| {
                    let found = quote(soort.get_ref());
                    let message = format!(
                        "expected `soort` gemeente, provincie, waterschap, rijk, bedrijf or anders, found {found}"
                    );
                    errors.push(CorpusError::new(file, at(soort.span()), message));
                    OrgType::Anders
                }),
            };
            if s.waar.get_ref().is_empty() {
                errors.push(CorpusError::new(
                    file,
                    at(s.waar.span()),
                    "expected `waar`: the anchors of the passages that quote them",
                ));
            }
            Speaker {
                name: s.naam.get_ref().trim().to_string(),
                role: s.rol.clone(),
                organisation: s.organisatie.clone(),
                org_type,
                anchors: s.waar.get_ref().clone(),
                line,
            }
        })
        .collect();
    let mut repairs: Vec<(Declared, String)> =
        raw.repair.iter().map(|(from, to)| (excerpt(from, &mut errors), to.clone())).collect();
    repairs.sort_by_key(|(from, _)| from.line);
    let sidecar = Sidecar {
        file: file.to_string(),
        kind,
        slug,
        title: raw.title.map(Spanned::into_inner),
        scraped_title: raw.scraped_title.as_ref().map(|s| excerpt(s, &mut errors)),
        author: raw.author.map(Spanned::into_inner),
        byline: raw.byline.as_ref().map(|s| excerpt(s, &mut errors)),
        publication: raw.publication.map(Spanned::into_inner),
        date,
        drop: raw.drop.iter().map(|s| excerpt(s, &mut errors)).collect(),
        headings: raw.headings.iter().map(|s| excerpt(s, &mut errors)).collect(),
        repairs,
        speakers,
        cut_off: raw.afgebroken.as_ref().filter(|a| *a.get_ref()).map(|a| at(a.span())),
    };
    if errors.is_empty() {
        Ok(sidecar)
    } else {
        Err(errors)
    }
}

/// A TOML date (`date = 2019-11-25`) or a string, ISO or Dutch.
fn read_date(value: &toml::Value) -> Option<Date> {
    match value {
        toml::Value::Datetime(dt) if dt.time.is_none() => {
            let d = dt.date?;
            super::dates::make_date(d.year, d.month, d.day)
        }
        toml::Value::String(s) => parse_iso_date(s).or_else(|| parse_dutch_date(s)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_complete_article_sidecar() {
        let text =
            "kind = \"blog\"\nslug = \"een-blog\"\ndate = 2019-11-25\ndrop = [\"x\"]\n[repair]\n\"W at\" = \"Wat\"\n";
        let sidecar = read_sidecar("s.toml", text).unwrap();
        assert_eq!(sidecar.kind, Kind::Blog);
        assert_eq!(sidecar.date, Some((Date { year: 2019, month: 11, day: 25 }, 3)));
        assert_eq!(sidecar.boilerplate(), ["x", "W at"]);
        assert_eq!(sidecar.repairs[0].0.line, 6);
    }

    #[test]
    fn points_at_the_offending_line() {
        let error = |text: &str| read_sidecar("s.toml", text).unwrap_err()[0].to_string();
        assert!(error("kind = \"artikel\"\nslug = \"a\"\nauthour = \"x\"\n")
            .starts_with("s.toml:3: unknown field `authour`"));
        assert!(error("kind = \"column\"\nslug = \"a\"\n").starts_with("s.toml:1: expected kind"));
        assert!(error("kind = \"blog\"\nslug = \"a\"\ndate = \"31 november 2017\"\n")
            .starts_with("s.toml:3: expected a date"));
        assert!(error("kind = \"blog\"\nslug = \"Een Blog\"\n").starts_with("s.toml:2: expected a slug"));
        assert!(error("kind = \"tip\"\ntitle = \"x\"\n").starts_with("s.toml:2: `title` does not apply"));
    }
}
