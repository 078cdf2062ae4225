//! Why stored data or an imported file was refused. One type for both, because both
//! are outside input checked by the same reader; the shell picks the framing sentence
//! ([`crate::strings::LOAD_FAILED`] or [`crate::strings::IMPORT_FAILED`]).
//!
//! `Display` gives the Dutch message a user sees, naming the exact place in the data
//! (`assessments[0].answers["x.b1"].answer`).

use crate::assessment::answer::InputError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Refused before parsing.
    TooLarge { bytes: usize, max: usize },
    /// Nothing at all (an empty file or value).
    Empty,
    /// Not JSON at all, or cut off (`truncated`) before the end.
    NotJson { line: usize, column: usize, truncated: bool },
    /// Valid JSON nested deeper than any of ours can be.
    TooDeep { line: usize, column: usize },
    /// Valid JSON with a number too large to read.
    NumberTooLarge { line: usize, column: usize },
    /// Valid JSON, but not ours: `detail` says what gave it away.
    NotOurFormat { detail: String },
    /// Written by a later Digiwijzer; this one must not guess.
    NewerVersion { found: u64, supported: u64 },
    /// A version that never existed (0, negative, text).
    UnknownVersion { found: String },
    /// One field is wrong.
    Invalid { path: String, problem: Problem },
}

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    WrongType { expected: Expected, found: &'static str },
    Missing,
    UnknownField,
    UnknownAnswer(String),
    Input(InputError),
    DuplicateId(String),
    OutOfRange { max: u64 },
    NoAssessments,
}

/// The JSON type a field should have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    WholeNumber,
    Object,
    List,
    TrueFalse,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::strings::load_error(self))
    }
}

impl std::error::Error for LoadError {}
