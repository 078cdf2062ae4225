//! The maturity self-assessment: the model (baked in at build time), answers,
//! scoring and recommendations. The browser shell stores answers through
//! [`crate::storage`] and renders what this module computes. The app's build script
//! loads and checks `corpus/zelfevaluatie.toml` with [`load`] (feature `load`), and for
//! the English pages puts the texts of `corpus/zelfevaluatie.en.toml` into it with
//! [`load::translation`].

pub mod answer;
pub mod chart;
pub mod model;
pub mod recommend;
pub mod scoring;
pub mod team;

#[cfg(feature = "load")]
pub mod load;

pub use answer::{Answer, AnswerValue, Answers, InputError};
pub use model::{Citation, Dimension, LevelInfo, Model, Retired, Source, Statement, LEVEL_COUNT, LEVEL_IDS};
pub use recommend::{recommend, Recommendation};
pub use scoring::{score, score_dimension, toward_ambitions, AmbitionScore, DimensionScore, Progress, Score};
