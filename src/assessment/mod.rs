//! The maturity self-assessment: the model (baked in at build time), answers,
//! scoring and recommendations. Pure Rust; the browser shell stores answers through
//! [`crate::storage`] and renders what this module computes.
//!
//! `build.rs` includes this module by path to load and check `corpus/zelfevaluatie.toml`,
//! so siblings are named `crate::…` paths that resolve in both the lib and the build script.

pub mod answer;
pub mod chart;
pub mod model;
pub mod recommend;
pub mod scoring;

#[cfg(not(target_arch = "wasm32"))]
pub mod load;

#[allow(unused_imports)] // the build script includes this module but uses only part of it
pub use answer::{Answer, AnswerValue, Answers, InputError};
#[allow(unused_imports)]
pub use model::{Dimension, LevelInfo, Model, Statement, LEVEL_COUNT, LEVEL_IDS};
#[allow(unused_imports)]
pub use recommend::{recommend, Recommendation};
#[allow(unused_imports)]
pub use scoring::{score, score_dimension, DimensionScore, Progress, Score};
