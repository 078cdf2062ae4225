//! The English texts: the build with the `en` feature (`english.html`,
//! `self-assessment.html`).

mod assessment;
mod errors;
mod frame;
mod tips;

pub use assessment::*;
pub use errors::*;
pub use frame::*;
pub use tips::*;
