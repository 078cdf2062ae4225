//! Corpus ingestion, natively: the real seeds, fixture corpora, malformed input.

// The parser is a host-only feature of the corpus crate.
#![cfg(not(target_arch = "wasm32"))]

#[path = "corpus/fidelity.rs"]
mod fidelity;
#[path = "corpus/fixtures.rs"]
mod fixtures;
#[path = "corpus/robustness.rs"]
mod robustness;
#[path = "corpus/seeds.rs"]
mod seeds;

use digiwijzer::corpus::parse::load_dir;
use digiwijzer::corpus::{Block, Corpus, Document};
use digiwijzer::text::squash_whitespace;
use std::path::{Path, PathBuf};

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

pub fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus").join(name)
}

/// The real corpus, parsed; every error printed if it does not parse.
pub fn seeds() -> Corpus {
    load_dir(&corpus_dir()).unwrap_or_else(|errors| {
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the real corpus must parse:\n{}", shown.join("\n"))
    })
}

/// The raw seeds: file name, text, and the sidecar's text if there is one.
pub fn seed_texts() -> Vec<(String, String, Option<String>)> {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("corpus dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 5, "the five seeds");
    let read = |name: &str| std::fs::read_to_string(corpus_dir().join(name));
    names
        .into_iter()
        .map(|name| {
            let text = read(&name).expect("seed");
            let sidecar = read(&name.replace(".txt", ".toml")).ok();
            (name, text, sidecar)
        })
        .collect()
}

pub fn document<'a>(corpus: &'a Corpus, slug: &str) -> &'a Document {
    corpus.document(slug).unwrap_or_else(|| panic!("document {slug} is in the corpus"))
}

pub fn block_texts(blocks: &[Block]) -> Vec<&str> {
    blocks.iter().flat_map(Block::texts).collect()
}

/// Everything a reader can see of a document, in order, whitespace squashed.
pub fn flattened(doc: &Document) -> String {
    let mut parts: Vec<&str> = vec![&doc.title];
    parts.extend(doc.author.as_deref());
    parts.extend(doc.byline.as_deref());
    parts.extend(doc.publication.as_deref());
    parts.extend(doc.themes.iter().map(|t| &**t));
    parts.extend(doc.intro.iter().map(|t| &**t));
    for example in doc.examples.iter() {
        parts.push(&example.heading);
        parts.extend(block_texts(&example.body));
        if let Some(a) = &example.attribution {
            parts.push(&a.name);
            parts.extend(a.role.as_deref());
            parts.extend(a.organisation.as_deref());
        }
    }
    for section in doc.sections.iter() {
        parts.push(&section.heading);
        parts.extend(block_texts(&section.body));
    }
    squash_whitespace(&parts.join(" "))
}
