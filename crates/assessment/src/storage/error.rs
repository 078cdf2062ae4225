//! Why stored data or an imported file was refused. One type for both, because both
//! are outside input checked by the same reader. The errors are typed and name the
//! exact place in the data (`assessments[0].answers["x.b1"].answer`); the app turns
//! them into the sentence a user reads, in the user's language.

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
    /// Valid JSON, but not ours: what gave it away.
    NotOurFormat(Foreign),
    /// Written by a later Digiwijzer; this one must not guess.
    NewerVersion { found: u64, supported: u64 },
    /// A version that never existed (0, negative, text).
    UnknownVersion { found: String },
    /// One field is wrong.
    Invalid { path: String, problem: Problem },
}

/// Why valid JSON is not one of ours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Foreign {
    /// The document is not a JSON object.
    NotAnObject(JsonKind),
    /// A field that marks our format is missing.
    MissingField(&'static str),
    /// `format` names another format; `found` is its JSON text.
    WrongFormat { found: String },
}

/// The type of a JSON value, to say what was found instead of what was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    TrueFalse,
    Number,
    Text,
    List,
    Object,
}

impl JsonKind {
    pub fn of(value: &serde_json::Value) -> JsonKind {
        use serde_json::Value;
        match value {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::TrueFalse,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::Text,
            Value::Array(_) => JsonKind::List,
            Value::Object(_) => JsonKind::Object,
        }
    }
}

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    WrongType {
        expected: Expected,
        found: JsonKind,
    },
    Missing,
    UnknownField,
    UnknownAnswer(String),
    Input(InputError),
    DuplicateId(String),
    OutOfRange {
        max: u64,
    },
    NoAssessments,
    UnknownStatus(String),
    /// Not a day in the form `2027-03-31`, or a day that does not exist.
    NotADay(String),
    TooMany {
        max: usize,
    },
    UnknownPile(String),
    /// A pick that is not on the "meer doen" pile, or picked twice.
    NotPickable(String),
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
