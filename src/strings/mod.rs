//! Every text a user sees, in Dutch, in one place: one file per page, and the sentences
//! for the core's errors apart. Components reach them all as `strings::NAME`.
//!
//! Editors change wording here without reading any component. Messages that need
//! values are small functions, so word order stays in Dutch hands.
//!
//! **The voice.** Digiwijzer speaks to its user as "u", as most government services do,
//! in plain Dutch (taalniveau B1): short sentences, and a word of explanation with any
//! term a newcomer may not know. The statements of the self-assessment are what a team
//! says of itself, so they say "we". What the corpus says keeps its own words, "je"
//! included: the app quotes it, and never rewrites it. `tests/voice.rs` fails on a "je"
//! here, in the model outside its quotes, in the pages and in the user documentation.

mod assessment;
mod errors;
mod frame;
mod tips;

pub use assessment::*;
pub use errors::*;
pub use frame::*;
pub use tips::*;
