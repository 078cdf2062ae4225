//! The data that `build.rs` parsed, checked and baked into the binary.

use crate::assessment::Model;
use crate::corpus::Corpus;

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
include!(concat!(env!("OUT_DIR"), "/assessment.rs"));

/// The embedded corpus (in a `bench` build, a synthetic one when the URL asks for it).
pub fn corpus() -> &'static Corpus {
    #[cfg(all(feature = "bench", target_arch = "wasm32"))]
    if let Some(synthetic) = crate::bench::synthetic_corpus() {
        return synthetic;
    }
    &CORPUS
}

/// The embedded self-assessment model, checked against the corpus at build time.
pub fn assessment_model() -> &'static Model {
    &MODEL
}
