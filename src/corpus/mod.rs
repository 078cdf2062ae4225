//! The corpus: tip pages, articles and blogs, parsed at build time.
//!
//! `build.rs` includes this module by path, so the parser that checks and bakes the
//! corpus is the same code the host tests exercise. The browser only gets the model;
//! the parser and the emitter are host-only.

pub mod model;
/// Reproducible fake corpora for scale tests and the benchmark; never in the shipped data.
pub mod synthetic;

#[cfg(not(target_arch = "wasm32"))]
mod bake_impls;
#[cfg(not(target_arch = "wasm32"))]
pub mod parse;

#[allow(unused_imports)] // the build script includes this module but uses only part of it
pub use model::{
    Attribution, Block, Corpus, Date, Document, Example, Kind, List, OrgType, Person, Section, SectionRole, Target, Text,
};
