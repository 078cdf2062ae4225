//! The data that `build.rs` parsed, checked and baked into the binary.

use crate::assessment::Model;
use crate::corpus::Corpus;

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
include!(concat!(env!("OUT_DIR"), "/assessment.rs"));

/// The embedded corpus.
pub fn corpus() -> &'static Corpus {
    &CORPUS
}

/// The embedded self-assessment model, checked against the corpus at build time.
pub fn assessment_model() -> &'static Model {
    &MODEL
}
