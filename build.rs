//! Parses `corpus/` and bakes it into the binary as static Rust data.
//!
//! The parser is the crate's own `src/corpus` module, included by path, so what the
//! build accepts is exactly what the host tests check. A malformed document stops the
//! build with its file, line and what was expected.

#![allow(dead_code)]

#[path = "src/assessment/mod.rs"]
mod assessment;
#[path = "src/bake.rs"]
#[macro_use]
mod bake;
#[path = "src/corpus/mod.rs"]
mod corpus;
#[path = "src/text.rs"]
mod text;

use std::path::{Path, PathBuf};

fn main() {
    let corpus_dir = Path::new("corpus");
    watch_corpus(corpus_dir);

    let corpus = corpus::parse::load_dir(corpus_dir).unwrap_or_else(|errors| {
        for error in &errors {
            eprintln!("error: {error}");
        }
        panic!("the corpus has {} error(s); see above", errors.len());
    });

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let baked = bake::static_item("CORPUS", "Corpus", &corpus);
    std::fs::write(out_dir.join("corpus.rs"), baked).expect("OUT_DIR is writable");

    // The self-assessment model; every citation must resolve in the corpus just parsed.
    let model_path = corpus_dir.join("zelfevaluatie.toml");
    let model = assessment::load::load_file(&model_path, &corpus).unwrap_or_else(|errors| {
        for error in &errors {
            eprintln!("error: {error}");
        }
        panic!("the self-assessment model has {} error(s); see above", errors.len());
    });
    let baked = bake::static_item("MODEL", "crate::assessment::Model", &model);
    std::fs::write(out_dir.join("assessment.rs"), baked).expect("OUT_DIR is writable");
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
