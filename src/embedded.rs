//! The data that `build.rs` parsed, checked and baked into the binary.

use crate::corpus::Corpus;

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));

/// The embedded corpus.
pub fn corpus() -> &'static Corpus {
    &CORPUS
}
