//! The Dutch texts: the default build (`index.html`, `zelfevaluatie.html`).

mod assessment;
mod errors;
mod frame;
mod tips;

pub use assessment::*;
pub use errors::*;
pub use frame::*;
pub use tips::*;
