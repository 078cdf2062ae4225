//! Client-side full-text search with facets over the corpus.
//!
//! Build an [`Index`] once from a [`Corpus`](digiwijzer_corpus::Corpus), then on each
//! keystroke call [`Index::search`] with the [`Query`]: it returns every match ranked
//! plus facet counts, without touching document text. Only for the hits on screen,
//! [`Index::snippet`] re-reads the text for highlights and the deep-link anchor.
//!
//! Matching is on folded words (case, diacritics, apostrophes), every query word is a
//! prefix (see [`query`]'s `Terms`), and all words must match (AND). Ranking tiers:
//! title and tip number > themes and quoted people > intro > headings > body. A word
//! also matches its [`Synonyms`], ranked below the word itself in the same field.

mod facets;
mod index;
mod inverted;
mod query;
mod snippet;
mod sort;
mod sorted_set;
mod stem;
mod synonyms;
mod tokenize;

pub use facets::{FacetValue, Facets, PersonValue};
pub use index::{Hit, Index, Results};
/// Which text of a document counts as which field, for a tool that must index exactly
/// the same text (the benchmark's MiniSearch).
pub use inverted::{for_each_field, Field};
pub use query::{FacetKey, Filter, Query};
pub use snippet::{Segment, Snippet};
pub use sorted_set::SortedSet;
pub use synonyms::Synonyms;
