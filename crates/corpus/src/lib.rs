//! The corpus: tip pages, articles and blogs, parsed at build time.
//!
//! The app's build script parses `corpus/` with this crate (feature `parse`), so the
//! parser that checks and bakes the corpus is the same code the host tests exercise.
//! The browser only gets the model and the text folding; the parser and the writer of
//! baked Rust source ([`bake`]) are behind `parse` and never reach the wasm.

pub mod model;
/// Reproducible fake corpora for scale tests and the benchmark; never in the shipped data.
pub mod synthetic;
pub mod text;

#[cfg(feature = "parse")]
pub mod bake;
#[cfg(feature = "parse")]
mod bake_impls;
#[cfg(feature = "parse")]
pub mod parse;

pub use model::{
    Attribution, Block, Corpus, Date, Document, Example, Kind, List, OrgType, Person, Section, SectionRole, Target,
    Text, Variant,
};
