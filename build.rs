//! Parses `corpus/` and bakes it into the binary as static Rust data.
//!
//! The parser and the model reader are the core crates' own (`digiwijzer-corpus` with
//! `parse`, `digiwijzer-assessment` with `load`), so what the build accepts is exactly
//! what the host tests check. A malformed document stops the build with its file, line
//! and what was expected.

use digiwijzer_assessment::assessment;
use digiwijzer_assessment::storage::game::{self, Card};
use digiwijzer_corpus::{bake, parse as corpus_parse};

use std::path::{Path, PathBuf};

fn main() {
    let corpus_dir = Path::new("corpus");
    watch_corpus(corpus_dir);

    let corpus = corpus_parse::load_dir(corpus_dir).unwrap_or_else(|errors| {
        for error in &errors {
            eprintln!("error: {error}");
        }
        panic!("the corpus has {} error(s); see above", errors.len());
    });

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let baked = bake::static_item("CORPUS", "digiwijzer_corpus::Corpus", &corpus);
    std::fs::write(out_dir.join("corpus.rs"), baked).expect("OUT_DIR is writable");

    // The search's synonym groups (`corpus/synoniemen.toml`).
    let synonyms = corpus_parse::load_synonyms(corpus_dir).unwrap_or_else(|errors| {
        for error in &errors {
            eprintln!("error: {error}");
        }
        panic!("the synonym list has {} error(s); see above", errors.len());
    });
    let baked = bake::static_item(
        "SYNONYMS",
        "digiwijzer_corpus::model::List<digiwijzer_corpus::model::List<digiwijzer_corpus::Text>>",
        &synonyms,
    );
    std::fs::write(out_dir.join("synonyms.rs"), baked).expect("OUT_DIR is writable");

    // The self-assessment model; every citation must resolve in the corpus just parsed.
    let model_path = corpus_dir.join("zelfevaluatie.toml");
    let model = assessment::load::load_file(&model_path, &corpus).unwrap_or_else(|errors| {
        for error in &errors {
            eprintln!("error: {error}");
        }
        panic!("the self-assessment model has {} error(s); see above", errors.len());
    });
    // The English pages (feature `en`) ask the same statements in English: the translation
    // replaces the model's words, and ids, order and the Dutch quotes stay as they are.
    let model = if std::env::var_os("CARGO_FEATURE_EN").is_some() {
        let path = corpus_dir.join("zelfevaluatie.en.toml");
        assessment::load::translation::apply_file(model, &path).unwrap_or_else(|errors| {
            for error in &errors {
                eprintln!("error: {error}");
            }
            panic!("the English model ({}) has {} error(s); see above", path.display(), errors.len());
        })
    } else {
        model
    };
    let baked = bake::static_item("MODEL", "digiwijzer_assessment::assessment::Model", &model);
    std::fs::write(out_dir.join("assessment.rs"), baked).expect("OUT_DIR is writable");

    // For the tips page: which statements rest on each document, without the model.
    let citations = std::borrow::Cow::<'static, [assessment::Citation]>::Owned(model.citations());
    let baked = bake::static_item(
        "CITATIONS",
        "digiwijzer_corpus::model::List<digiwijzer_assessment::assessment::Citation>",
        &citations,
    );
    std::fs::write(out_dir.join("citations.rs"), baked).expect("OUT_DIR is writable");

    // For the self-assessment page's game: one card per document, without the corpus.
    let deck = std::borrow::Cow::<'static, [Card]>::Owned(game::deck_of(&corpus));
    let baked =
        bake::static_item("DECK", "digiwijzer_corpus::model::List<digiwijzer_assessment::storage::game::Card>", &deck);
    std::fs::write(out_dir.join("deck.rs"), baked).expect("OUT_DIR is writable");
}

/// Re-runs the build when a corpus file is edited, added or removed. (Parser changes
/// rebuild the build script itself, which then runs again.)
fn watch_corpus(corpus_dir: &Path) {
    let mut watched = vec![corpus_dir.to_path_buf()];
    if let Ok(entries) = std::fs::read_dir(corpus_dir) {
        let mut files: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        watched.extend(files);
    }
    for path in watched {
        println!("cargo::rerun-if-changed={}", path.display());
    }
}
