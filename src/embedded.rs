//! The data that `build.rs` parsed, checked and baked into the binary.

use crate::assessment::{Citation, Model};
use crate::corpus::Corpus;
use crate::storage::game::Card;

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
include!(concat!(env!("OUT_DIR"), "/assessment.rs"));
include!(concat!(env!("OUT_DIR"), "/citations.rs"));
include!(concat!(env!("OUT_DIR"), "/deck.rs"));
include!(concat!(env!("OUT_DIR"), "/synonyms.rs"));

#[cfg(feature = "bench")]
thread_local! {
    static STAND_IN: std::cell::Cell<Option<&'static Corpus>> = const { std::cell::Cell::new(None) };
}

/// The hook the benchmark build uses to show a synthetic corpus instead of the embedded
/// one (see `bench`). Call it before anything reads the corpus.
#[cfg(feature = "bench")]
pub fn use_stand_in(corpus: &'static Corpus) {
    STAND_IN.with(|cell| cell.set(Some(corpus)));
}

/// The embedded corpus (in a `bench` build, the stand-in when one was set).
pub fn corpus() -> &'static Corpus {
    #[cfg(feature = "bench")]
    if let Some(stand_in) = STAND_IN.with(std::cell::Cell::get) {
        return stand_in;
    }
    &CORPUS
}

/// The statements that rest on document `doc` (on it as a whole, or on one of its
/// examples or sections), in model order.
pub fn citations_of(doc: &str) -> impl Iterator<Item = &'static Citation> + '_ {
    CITATIONS.iter().filter(move |c| c.reference.split('#').next() == Some(doc))
}

/// The embedded self-assessment model, checked against the corpus at build time.
pub fn assessment_model() -> &'static Model {
    &MODEL
}

/// The game's cards: one per document, made from the corpus at build time.
pub fn deck() -> &'static [Card] {
    &DECK
}

/// The search's synonym groups, from `corpus/synoniemen.toml`.
pub fn synonyms() -> crate::search::Synonyms {
    crate::search::Synonyms::new(SYNONYMS.iter().map(|group| group.iter().map(|word| &**word)))
}
