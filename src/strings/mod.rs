//! Every text a user sees, in Dutch, in one place: one file per page, and the sentences
//! for the core's errors apart. Components reach them all as `strings::NAME`.
//!
//! Editors change wording here without reading any component. Messages that need
//! values are small functions, so word order stays in Dutch hands.

mod assessment;
mod errors;
mod frame;
mod tips;

pub use assessment::*;
pub use errors::*;
pub use frame::*;
pub use tips::*;
