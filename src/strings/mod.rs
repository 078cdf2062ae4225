//! Every text a user sees, in one place per language: `nl/` (the default) and `en/`
//! (the `en` feature, which builds the English pages). Each has one file per page, and
//! the sentences for the core's errors apart. Components reach them all as
//! `strings::NAME`; the language is chosen when the page is compiled, so a page carries
//! one language only and the Dutch pages do not grow by the English texts.
//!
//! Both trees have the same pub items with the same signatures: the compiler checks
//! every item a component uses in the build of each language, and
//! `tests/strings_parity.rs` fails on an item that is in one tree and not the other.
//!
//! Editors change wording here without reading any component. Messages that need
//! values are small functions, so word order stays in the hands of each language.
//!
//! **The Dutch voice.** Digiwijzer speaks to its user as "u", as most government services do,
//! in plain Dutch (taalniveau B1): short sentences, and a word of explanation with any
//! term a newcomer may not know. The statements of the self-assessment are what a team
//! says of itself, so they say "we". What the corpus says keeps its own words, "je"
//! included: the app quotes it, and never rewrites it. `tests/voice.rs` fails on a "je"
//! in `nl/`, in the model outside its quotes, in the pages and in the user documentation.
//!
//! **The English voice.** Plain English as GOV.UK writes it: "you", short sentences,
//! the common word. The corpus, its quotes and people's roles stay Dutch; the
//! components mark them with `lang="nl"`.

mod common;
pub use common::*;

#[cfg(not(feature = "en"))]
mod nl;
#[cfg(not(feature = "en"))]
pub use nl::*;

#[cfg(feature = "en")]
mod en;
#[cfg(feature = "en")]
pub use en::*;
