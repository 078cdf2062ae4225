//! Reads `corpus/`: every `.txt` is a document, `<name>.toml` beside it its sidecar,
//! `people.toml` the people sidecar. Errors are collected over all files and each says
//! `<file>:<line>: <what was expected / found>`.
//!
//! Pipeline per document: split into lines → apply sidecar declarations → drop generic
//! noise → parse as a tip page (starts with "Tip <n>") or an article/blog (has a sidecar).

mod article;
mod dates;
mod error;
mod examples;
mod excerpts;
mod lines;
mod noise;
mod people;
mod shapes;
mod sidecar;
mod synonyms;
mod tip;

// Re-exported for tests and tools; the build script uses only `load_dir`.
pub use article::UNTITLED_SLUG;
pub use dates::{parse_dutch_date, parse_iso_date};
pub use error::CorpusError;
pub use people::{read_people, People};
pub use sidecar::{read_sidecar, Declared, Sidecar};
pub use synonyms::{read_synonyms, SYNONYMS_FILE};

use crate::model::{Attribution, Block, Corpus, Document, Kind, Person, Text, Variant};
use crate::text::{fold, slugify};
use error::quote;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The people sidecar's file name inside the corpus directory.
pub const PEOPLE_FILE: &str = "people.toml";

/// A file's path (as shown in errors) and its text.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// Parses one document from its text and, for an article or blog, its sidecar.
pub fn parse_document(
    doc: SourceFile<'_>,
    sidecar: Option<SourceFile<'_>>,
    people: &People,
) -> Result<Document, Vec<CorpusError>> {
    let sidecar = sidecar.map(|s| read_sidecar(s.path, s.text)).transpose()?;
    let mut lines = lines::split_lines(doc.text);
    if let Some(sidecar) = &sidecar {
        lines = excerpts::apply_declarations(doc.path, lines, sidecar)?;
    }
    let lines = noise::remove_generic_noise(lines);
    let first = lines.first().map(|l| (l.no, l.text.as_str()));
    let mut document = match (&sidecar, first) {
        (_, None) => {
            Err(vec![CorpusError::new(doc.path, 1, "expected `Tip <number>` or an article's title, found no text")])
        }
        (Some(s), _) if s.kind != Kind::Tip => article::parse_article(doc.path, &lines, s).map_err(|e| vec![e]),
        (_, Some((no, text))) if tip::tip_number(text).is_none() => {
            let sidecar = Path::new(doc.path).with_extension("toml");
            let message = format!(
                "expected `Tip <number>` (a tip page), found {}; an article or blog needs a sidecar {}",
                quote(text),
                sidecar.display()
            );
            Err(vec![CorpusError::new(doc.path, no, message)])
        }
        _ => tip::parse_tip(doc.path, &lines, people).map_err(|e| vec![e]),
    }?;
    if let Some(sidecar) = &sidecar {
        apply_speakers(&mut document, sidecar, people)?;
        if let Some(line) = sidecar.cut_off {
            mark_cut_off(&mut document).map_err(|message| vec![CorpusError::new(&sidecar.file, line, message)])?;
        }
    }
    Ok(document)
}

/// `afgebroken = true`: the text must really end halfway through a sentence.
fn mark_cut_off(document: &mut Document) -> Result<(), String> {
    let last_block = document.sections.last().and_then(|s| s.body.last());
    let last = last_block.and_then(|b| b.texts().last()).unwrap_or_default().trim_end();
    if last.is_empty() || shapes::ends_sentence(last) {
        let end: String = last.chars().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
        return Err(format!(
            "`afgebroken` says the text stops halfway through a sentence, but it ends with a whole one: {}",
            quote(&end)
        ));
    }
    document.cut_off = true;
    Ok(())
}

/// Gives the passages that quote someone in their running text that person's
/// attribution, once the sidecar's names are checked against the text: the name must be
/// in each passage, and a role or organisation somewhere in the document. A name in a
/// variant's spelling is shown as `people.toml` spells it.
fn apply_speakers(document: &mut Document, sidecar: &Sidecar, people: &People) -> Result<(), Vec<CorpusError>> {
    let flat = Block::joined;
    let all_text = {
        let mut parts: Vec<String> = document.intro.iter().map(|p| p.to_string()).collect();
        parts.extend(document.examples.iter().map(|e| flat(&e.body)));
        parts.extend(document.sections.iter().map(|s| flat(&s.body)));
        parts.join(" ")
    };
    let mut errors = Vec::new();
    for speaker in &sidecar.speakers {
        let err = |message: String| CorpusError::new(&sidecar.file, speaker.line, message);
        for (what, value) in [("rol", &speaker.role), ("organisatie", &speaker.organisation)] {
            if let Some(value) = value.as_deref().filter(|v| !all_text.contains(*v)) {
                errors.push(err(format!(
                    "`{what}` {} of {} is not in the document's text: copy it exactly",
                    quote(value),
                    quote(&speaker.name)
                )));
            }
        }
        let name = people.spelled(&speaker.name);
        let attribution = Attribution {
            person: Cow::Owned(slugify(name)),
            name: Cow::Owned(name.to_string()),
            role: speaker.role.clone().map(Cow::Owned),
            organisation: speaker.organisation.clone().map(Cow::Owned),
            org_type: speaker.org_type,
        };
        for anchor in &speaker.anchors {
            let named_in = |body: &[Block]| flat(body).contains(&speaker.name);
            if let Some(example) = document.examples.to_mut().iter_mut().find(|e| e.slug == *anchor) {
                if example.attribution.is_some() {
                    errors.push(err(format!("example `{anchor}` already names who says it in its caption")));
                } else if !named_in(&example.body) {
                    errors.push(err(format!("{} is not named in example `{anchor}`", quote(&speaker.name))));
                } else {
                    example.attribution = Some(attribution.clone());
                }
            } else if let Some(section) = document.sections.to_mut().iter_mut().find(|s| s.slug == *anchor) {
                if !named_in(&section.body) {
                    errors.push(err(format!("{} is not named in section `{anchor}`", quote(&speaker.name))));
                } else {
                    section.speakers.to_mut().push(attribution.clone());
                }
            } else {
                let anchors: Vec<&str> = document
                    .examples
                    .iter()
                    .map(|e| &*e.slug)
                    .chain(document.sections.iter().map(|s| &*s.slug))
                    .collect();
                errors.push(err(format!(
                    "no example or section `{anchor}` in this document (it has: {})",
                    anchors.join(", ")
                )));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The line where a document's slug comes from, to point at when two files share one.
fn slug_origin(doc: SourceFile<'_>, sidecar: Option<&Sidecar>) -> (String, usize) {
    match sidecar.and_then(|s| s.slug.as_ref().map(|d| (s.file.clone(), d.line))) {
        Some(origin) => origin,
        None => {
            let line = doc.text.lines().position(|l| tip::tip_number(l).is_some()).map_or(1, |i| i + 1);
            (doc.path.to_string(), line)
        }
    }
}

fn read_text(path: &str) -> Result<String, CorpusError> {
    let bytes = std::fs::read(path).map_err(|e| CorpusError::new(path, 1, format!("cannot read the file: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..valid].iter().filter(|&&b| b == b'\n').count();
        CorpusError::new(path, line, "expected UTF-8 text, found invalid bytes")
    })
}

/// Reads and checks the synonym list in a corpus directory; a corpus without one has
/// no synonyms.
pub fn load_synonyms(dir: &Path) -> Result<crate::model::List<crate::model::List<Text>>, Vec<CorpusError>> {
    let path = format!("{}/{SYNONYMS_FILE}", dir.display().to_string().trim_end_matches('/'));
    if !dir.join(SYNONYMS_FILE).exists() {
        return Ok(Cow::Owned(Vec::new()));
    }
    let text = read_text(&path).map_err(|e| vec![e])?;
    read_synonyms(&path, &text)
}

/// Reads and checks a whole corpus directory.
pub fn load_dir(dir: &Path) -> Result<Corpus, Vec<CorpusError>> {
    let shown = dir.display().to_string();
    let path_of = |name: &str| format!("{}/{}", shown.trim_end_matches('/'), name);
    let entries = std::fs::read_dir(dir)
        .map_err(|e| vec![CorpusError::new(&shown, 1, format!("cannot read the corpus directory: {e}"))])?;
    let mut names: Vec<String> =
        entries.filter_map(Result::ok).filter_map(|e| e.file_name().into_string().ok()).collect();
    names.sort();

    let mut errors = Vec::new();
    let people = if names.iter().any(|n| n == PEOPLE_FILE) {
        let path = path_of(PEOPLE_FILE);
        match read_text(&path).map_err(|e| vec![e]).and_then(|text| read_people(&path, &text)) {
            Ok(people) => people,
            Err(mut e) => {
                errors.append(&mut e);
                People::default()
            }
        }
    } else {
        People::default()
    };

    let mut documents: Vec<Document> = Vec::new();
    let mut slugs: BTreeMap<String, (String, usize)> = BTreeMap::new();
    // The spellings of names with variants that a document quoting them prints.
    let mut printed: BTreeSet<String> = BTreeSet::new();
    for name in names.iter().filter(|n| n.ends_with(".txt")) {
        let path = path_of(name);
        let sidecar_name = format!("{}.toml", name.trim_end_matches(".txt"));
        let sidecar_path = path_of(&sidecar_name);
        let text = match read_text(&path) {
            Ok(text) => text,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let sidecar_text = match names.contains(&sidecar_name).then(|| read_text(&sidecar_path)).transpose() {
            Ok(t) => t,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let doc = SourceFile { path: &path, text: &text };
        let sidecar_file = sidecar_text.as_deref().map(|text| SourceFile { path: &sidecar_path, text });
        match parse_document(doc, sidecar_file, &people) {
            Ok(mut document) => {
                for a in document.attributions() {
                    let spellings = people.spellings(&a.name);
                    printed.extend(
                        spellings.filter(|s| !excerpts::bounded_matches(&text, s).is_empty()).map(String::from),
                    );
                }
                // Provenance independent of where the directory was read from.
                document.source = Cow::Owned(name.clone());
                let sidecar = sidecar_file.and_then(|s| read_sidecar(s.path, s.text).ok());
                let (file, line) = slug_origin(doc, sidecar.as_ref());
                if let Some((other, other_line)) = slugs.get(&*document.slug) {
                    let message = format!(
                        "slug `{}` is already used by {other}:{other_line}; every document needs its own",
                        document.slug
                    );
                    errors.push(CorpusError::new(&file, line, message));
                } else {
                    slugs.insert(document.slug.to_string(), (file, line));
                    documents.push(document);
                }
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    // A sidecar whose document was renamed or removed. Other TOML files in the directory
    // (the assessment model) have no `kind` and are not ours.
    for name in names.iter().filter(|n| n.ends_with(".toml") && *n != PEOPLE_FILE) {
        let document = format!("{}.txt", name.trim_end_matches(".toml"));
        let is_sidecar = || {
            read_text(&path_of(name))
                .ok()
                .and_then(|t| t.parse::<toml::Table>().ok())
                .is_some_and(|t| t.contains_key("kind"))
        };
        if !names.contains(&document) && is_sidecar() {
            errors.push(CorpusError::new(
                &path_of(name),
                1,
                format!("expected a document {} beside this sidecar", quote(&document)),
            ));
        }
    }

    let mut people_by_slug: BTreeMap<String, String> = BTreeMap::new();
    let quotes = documents.iter().flat_map(|d| d.attributions());
    for a in quotes {
        people_by_slug.entry(a.person.to_string()).or_insert_with(|| a.name.to_string());
    }
    let quoted: BTreeSet<String> = people_by_slug.values().cloned().collect();
    let mut in_people = people.unused(&quoted);
    in_people.extend(people.unprinted(&quoted, &printed));
    in_people.extend(people.clashing(people_by_slug.iter().map(|(slug, name)| (slug.as_str(), name.as_str()))));
    in_people.sort_by_key(|e| e.line);
    errors.extend(in_people);
    if !errors.is_empty() {
        return Err(errors);
    }

    documents.sort_by(|a, b| {
        let key = |d: &Document| (d.kind != Kind::Tip, d.number, d.date.is_none(), d.date, d.slug.to_string());
        key(a).cmp(&key(b))
    });
    let variants: Vec<Variant> = people_by_slug
        .iter()
        .flat_map(|(slug, name)| {
            people.variants(name).map(move |v| Variant {
                person: Cow::Owned(slug.clone()),
                name: Cow::Owned(v.to_string()),
                slug: Cow::Owned(slugify(v)),
            })
        })
        .collect();
    for document in &mut documents {
        let mut names: Vec<Text> = Vec::new();
        for a in document.attributions() {
            let of_them = variants.iter().filter(|v| v.person == a.person && !names.contains(&v.name));
            names.extend(of_them.map(|v| v.name.clone()).collect::<Vec<_>>());
        }
        document.name_variants = Cow::Owned(names);
    }
    let mut people: Vec<Person> = people_by_slug
        .into_iter()
        .map(|(slug, name)| Person { slug: Cow::Owned(slug), name: Cow::Owned(name) })
        .collect();
    people.sort_by(|a, b| (fold(&a.name), &a.name).cmp(&(fold(&b.name), &b.name)));
    Ok(Corpus { documents: Cow::Owned(documents), people: Cow::Owned(people), variants: Cow::Owned(variants) })
}
