//! Corpus errors that point an editor at the exact place to fix.

use std::fmt;

/// One problem in the corpus: `corpus/<file>:<line>: <what was expected / found>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusError {
    /// Path of the offending file as the corpus directory was given (`corpus/002_….toml`).
    pub file: String,
    /// 1-based line in that file.
    pub line: usize,
    pub message: String,
}

impl CorpusError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> CorpusError {
        CorpusError { file: file.to_string(), line: line.max(1), message: message.into() }
    }
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for CorpusError {}

/// The 1-based line that holds byte `offset` of `text` (clamped, so any offset is safe).
pub fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    1 + text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count()
}

/// Quotes corpus text in a message, shortened so a giant scraped line stays readable.
pub fn quote(text: &str) -> String {
    const MAX: usize = 60;
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(MAX).collect();
    if chars.next().is_some() {
        format!("`{head}…`")
    } else {
        format!("`{head}`")
    }
}

/// A TOML error (syntax, unknown key, wrong type) at its line in the sidecar.
pub fn from_toml(file: &str, text: &str, error: &toml::de::Error) -> CorpusError {
    let line = error.span().map_or(1, |span| line_at(text, span.start));
    CorpusError::new(file, line, error.message().trim().to_string())
}
