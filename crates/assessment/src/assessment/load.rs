//! Reads and checks `corpus/zelfevaluatie.toml` (host only: the build script and tests).
//!
//! Everything that could make the assessment wrong for a user stops the build here,
//! with the file, the line and the id: an unknown key (a typo would silently drop
//! content), a missing level, an empty level, a duplicate or malformed id (answers are
//! stored by id), a citation that does not resolve in the corpus, and a quote that is
//! not word for word in the passage it cites.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::answer::check_id;
use super::model::{Citation, Dimension, LevelInfo, Model, Retired, Source, Statement, LEVEL_IDS};
use digiwijzer_corpus::model::{Block, Corpus, Target, Text};
use digiwijzer_corpus::text::squash_whitespace;

pub mod translation;

digiwijzer_corpus::bake_struct!(Model => "digiwijzer_assessment::assessment::model::Model" { title, intro, levels, dimensions, retired });
digiwijzer_corpus::bake_struct!(Retired => "digiwijzer_assessment::assessment::model::Retired" { id, text });
digiwijzer_corpus::bake_struct!(Citation => "digiwijzer_assessment::assessment::model::Citation" { reference, statement, text });
digiwijzer_corpus::bake_struct!(LevelInfo => "digiwijzer_assessment::assessment::model::LevelInfo" { id, name, description });
digiwijzer_corpus::bake_struct!(Dimension => "digiwijzer_assessment::assessment::model::Dimension" { id, name, short_name, description, statements });
digiwijzer_corpus::bake_struct!(Statement => "digiwijzer_assessment::assessment::model::Statement" { id, level, text, sources });
digiwijzer_corpus::bake_struct!(Source => "digiwijzer_assessment::assessment::model::Source" { reference, kind, number, title, heading, quote, speaker });

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModel {
    titel: String,
    inleiding: String,
    niveaus: RawLevels,
    #[serde(default)]
    dimensie: Vec<RawDimension>,
    #[serde(default)]
    vervallen: Vec<RawRetired>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRetired {
    id: Spanned<String>,
    tekst: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevels {
    beginnend: RawLevelInfo,
    ontwikkelend: RawLevelInfo,
    gevorderd: RawLevelInfo,
    koploper: RawLevelInfo,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevelInfo {
    naam: String,
    omschrijving: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    id: Spanned<String>,
    naam: String,
    kort: Option<String>,
    omschrijving: String,
    beginnend: Option<Vec<RawStatement>>,
    ontwikkelend: Option<Vec<RawStatement>>,
    gevorderd: Option<Vec<RawStatement>>,
    koploper: Option<Vec<RawStatement>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatement {
    id: Spanned<String>,
    tekst: String,
    #[serde(default)]
    bron: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    #[serde(rename = "ref")]
    reference: Spanned<String>,
    citaat: Spanned<String>,
}

/// Loads and checks the model file. `corpus` is what citations must resolve against.
pub fn load_file(path: &Path, corpus: &Corpus) -> Result<Model, Vec<String>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| vec![format!("{name}: cannot read: {e}")])?;
    load_str(&name, &text, corpus)
}

/// Longest label on the chart's axes, so the names fit around it on a phone.
const SHORT_NAME_MAX_CHARS: usize = 16;

/// Parses and checks model text; `file` only names it in error messages.
/// Returns every problem found, each as `file:line: problem`.
pub fn load_str(file: &str, text: &str, corpus: &Corpus) -> Result<Model, Vec<String>> {
    let raw: RawModel = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        let at = line.map(|l| format!(":{l}")).unwrap_or_default();
        vec![format!("{file}{at}: {}", e.message().trim())]
    })?;
    let mut checker = Checker { file, text, corpus, errors: Vec::new(), seen: HashMap::new(), retired: HashMap::new() };
    let model = checker.model(raw);
    if checker.errors.is_empty() {
        Ok(model)
    } else {
        Err(checker.errors)
    }
}

struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    corpus: &'a Corpus,
    errors: Vec<String>,
    /// Every dimension and statement id with the line that defined it.
    seen: HashMap<String, usize>,
    /// The retired ids, read first, so a statement that reuses one is told so.
    retired: HashMap<String, usize>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

fn clean(s: String) -> Text {
    Cow::Owned(digiwijzer_corpus::text::squash_whitespace(&s))
}

impl Checker<'_> {
    fn error(&mut self, span_start: usize, message: String) {
        let line = line_of(self.text, span_start);
        self.errors.push(format!("{}:{line}: {message}", self.file));
    }

    /// Checks an id's form and uniqueness across the whole model.
    fn id(&mut self, id: &Spanned<String>, what: &str) -> Text {
        let start = id.span().start;
        let value = id.get_ref().clone();
        if check_id(&value).is_err() {
            self.error(start, format!("{what} id `{value}` is not a valid id (use lowercase letters, digits, '-', '_', '.'; at most 64 characters)"));
        }
        let line = line_of(self.text, start);
        if let Some(retired) = self.retired.get(&value).copied() {
            self.error(start, format!("{what} id `{value}` is retired (line {retired}): a retired id is never used again, give this one a new id"));
        } else if let Some(first) = self.seen.insert(value.clone(), line) {
            self.error(start, format!("duplicate id `{value}` (first defined on line {first})"));
        }
        Cow::Owned(value)
    }

    fn model(&mut self, raw: RawModel) -> Model {
        if raw.dimensie.is_empty() {
            self.errors.push(format!("{}: the model has no [[dimensie]]", self.file));
        }
        let RawLevels { beginnend, ontwikkelend, gevorderd, koploper } = raw.niveaus;
        let levels = [beginnend, ontwikkelend, gevorderd, koploper]
            .into_iter()
            .zip(LEVEL_IDS)
            .map(|(info, id)| LevelInfo {
                id: Cow::Borrowed(id),
                name: clean(info.naam),
                description: clean(info.omschrijving),
            })
            .collect::<Vec<_>>();
        let retired = raw.vervallen.into_iter().map(|r| self.retired(r)).collect::<Vec<_>>();
        self.retired =
            retired.iter().map(|r| (r.id.to_string(), self.seen.get(&*r.id).copied().unwrap_or(0))).collect();
        let dimensions = raw.dimensie.into_iter().map(|d| self.dimension(d)).collect::<Vec<_>>();
        Model {
            title: clean(raw.titel),
            intro: clean(raw.inleiding),
            levels: Cow::Owned(levels),
            dimensions: Cow::Owned(dimensions),
            retired: Cow::Owned(retired),
        }
    }

    /// A retired id stays taken: no new statement may reuse it for another meaning.
    fn retired(&mut self, raw: RawRetired) -> Retired {
        let id = self.id(&raw.id, "retired statement");
        if raw.tekst.trim().is_empty() {
            self.error(
                raw.id.span().start,
                format!("retired statement `{id}` has an empty `tekst` (keep the text it had)"),
            );
        }
        Retired { id, text: clean(raw.tekst) }
    }

    fn dimension(&mut self, raw: RawDimension) -> Dimension {
        let id = self.id(&raw.id, "dimension");
        let start = raw.id.span().start;
        if raw.naam.trim().is_empty() {
            self.error(start, format!("dimension `{id}` has an empty `naam`"));
        }
        let short_name = clean(raw.kort.unwrap_or_else(|| raw.naam.clone()));
        if short_name.chars().count() > SHORT_NAME_MAX_CHARS {
            self.error(
                start,
                format!(
                    "dimension `{id}`: the chart label `{short_name}` is longer than {SHORT_NAME_MAX_CHARS} characters; give a shorter `kort`"
                ),
            );
        }
        let mut statements = Vec::new();
        let levels = [raw.beginnend, raw.ontwikkelend, raw.gevorderd, raw.koploper];
        for ((level, statements_raw), level_id) in (1u8..).zip(levels).zip(LEVEL_IDS) {
            match statements_raw {
                None => self.error(start, format!("dimension `{id}` has no level `{level_id}` (every dimension needs [[dimensie.{level_id}]] statements for all 4 levels)")),
                Some(list) if list.is_empty() => self.error(start, format!("dimension `{id}`: level `{level_id}` has no statements")),
                Some(list) => statements.extend(list.into_iter().map(|s| self.statement(s, level))),
            }
        }
        Dimension {
            id,
            name: clean(raw.naam),
            short_name,
            description: clean(raw.omschrijving),
            statements: Cow::Owned(statements),
        }
    }

    fn statement(&mut self, raw: RawStatement, level: u8) -> Statement {
        let id = self.id(&raw.id, "statement");
        let start = raw.id.span().start;
        if raw.tekst.trim().is_empty() {
            self.error(start, format!("statement `{id}` has an empty `tekst`"));
        }
        if raw.bron.is_empty() {
            self.error(
                start,
                format!(
                    "statement `{id}` cites no source (it needs at least one [[…bron]] with `ref` (`doc-slug` or `doc-slug#anchor`) and `citaat`)"
                ),
            );
        }
        let mut sources: Vec<Source> = Vec::new();
        for source in &raw.bron {
            let reference = source.reference.get_ref();
            let at = source.reference.span().start;
            if sources.iter().any(|s| s.reference == *reference) {
                self.error(at, format!("statement `{id}` cites `{reference}` twice"));
                continue;
            }
            let Some(target) = self.corpus.resolve(reference) else {
                let problem = self.unresolved(reference);
                self.error(at, format!("statement `{id}` cites `{reference}`: {problem}"));
                continue;
            };
            let quote = squash_whitespace(source.citaat.get_ref());
            if quoted_in(&passage(target), &quote) {
                sources.push(named_source(reference, target, quote));
            } else {
                let problem = self.misquoted(reference, &quote);
                self.error(
                    source.citaat.span().start,
                    format!("statement `{id}`: the `citaat` for `{reference}` {problem}"),
                );
            }
        }
        Statement { id, level, text: clean(raw.tekst), sources: Cow::Owned(sources) }
    }

    /// Why a quote does not match its passage: empty, somewhere else in the document
    /// (then where), or not in the corpus as written.
    fn misquoted(&self, reference: &str, quote: &str) -> String {
        if quote.is_empty() {
            return "is empty".to_string();
        }
        let mut shown: String = quote.chars().take(100).collect();
        if shown.len() < quote.len() {
            shown.push('…');
        }
        let slug = reference.split_once('#').map_or(reference, |(doc, _)| doc);
        let elsewhere = self.corpus.document(slug).and_then(|doc| {
            let anchors = doc.examples.iter().map(|e| &e.slug).chain(doc.sections.iter().map(|s| &s.slug));
            anchors
                .map(|a| format!("{slug}#{a}"))
                .find(|r| self.corpus.resolve(r).is_some_and(|t| quoted_in(&passage(t), quote)))
        });
        match elsewhere {
            Some(other) => format!("“{shown}” is not in that passage but in `{other}`"),
            None => format!(
                "“{shown}” is not word for word in that passage (only whitespace may differ; check quotes, apostrophes and accents)"
            ),
        }
    }

    /// Why a citation does not resolve, with the valid choices so the fix is obvious.
    fn unresolved(&self, reference: &str) -> String {
        let (slug, anchor) = reference.split_once('#').unwrap_or((reference, ""));
        match self.corpus.document(slug) {
            None => {
                let known: Vec<&str> = self.corpus.documents.iter().map(|d| &*d.slug).collect();
                format!("no document `{slug}` in the corpus (known: {})", known.join(", "))
            }
            Some(doc) => {
                let anchors: Vec<&str> =
                    doc.examples.iter().map(|e| &*e.slug).chain(doc.sections.iter().map(|s| &*s.slug)).collect();
                format!("document `{slug}` has no example or section `{anchor}` (it has: {})", anchors.join(", "))
            }
        }
    }
}

/// A resolved citation with the names the UI shows, taken from the corpus.
fn named_source(reference: &str, target: Target<'_>, quote: String) -> Source {
    let (doc, speaker) = match target {
        Target::Document(doc) | Target::Section(doc, _) => (doc, None),
        Target::Example(doc, example) => (doc, example.attribution.clone()),
    };
    Source {
        reference: Cow::Owned(reference.to_string()),
        kind: doc.kind,
        number: doc.number,
        title: doc.title.clone(),
        heading: target.heading().map(|h| Cow::Owned(h.to_string())),
        quote: Cow::Owned(quote),
        speaker,
    }
}

/// The text a citation points at: one example or section, or for a whole document its
/// introduction. (A quote from an example must name the example, so that it shows with
/// its speaker.)
fn passage(target: Target<'_>) -> String {
    match target {
        Target::Document(doc) => doc.intro.join(" "),
        Target::Example(_, example) => Block::joined(&example.body),
        Target::Section(_, section) => Block::joined(&section.body),
    }
}

/// Whether `quote` (whitespace already squashed) is in `passage` word for word: only
/// whitespace may differ, and it starts and ends on a word boundary, so a quote never
/// begins or ends halfway through a word.
fn quoted_in(passage: &str, quote: &str) -> bool {
    if quote.is_empty() {
        return false;
    }
    let passage = squash_whitespace(passage);
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    passage.match_indices(quote).any(|(start, _)| {
        let before = passage[..start].chars().next_back();
        let after = passage[start + quote.len()..].chars().next();
        !is_word(before) && !is_word(after)
    })
}
