//! The maturity self-assessment and what is kept of it: the model (baked in at build
//! time), answers, scoring, recommendations and chart geometry ([`assessment`]), and the
//! stored schema with its migrations, the merge of two copies, and export and import
//! ([`storage`]).
//!
//! Plain Rust with no web dependency: the app's browser shell reads and writes the JSON
//! strings and turns the typed errors into Dutch; this crate decides what they mean.

pub mod assessment;
pub mod storage;
