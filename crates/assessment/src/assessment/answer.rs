//! What a team answered for one statement, and the limits on what it may contain.
//!
//! The answer, note and evidence link each carry their own time (supplied by the caller;
//! the core never reads a clock), so two tabs or an imported file can be merged per
//! statement and field, last write wins.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Longest note we keep, in characters: a remark, not a report.
pub const NOTE_MAX_CHARS: usize = 500;
/// Longest evidence link, in characters.
pub const EVIDENCE_MAX_CHARS: usize = 2000;
/// Longest id (statement, dimension or assessment), in characters.
pub const ID_MAX_CHARS: usize = 64;

/// The answer to one statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AnswerValue {
    Nee,
    Deels,
    Ja,
    /// Niet van toepassing: left out of the level and the progress.
    Nvt,
}

impl AnswerValue {
    pub const ALL: [AnswerValue; 4] = [AnswerValue::Nee, AnswerValue::Deels, AnswerValue::Ja, AnswerValue::Nvt];

    /// The id used in storage, export files and CSV.
    pub fn id(self) -> &'static str {
        match self {
            AnswerValue::Nee => "nee",
            AnswerValue::Deels => "deels",
            AnswerValue::Ja => "ja",
            AnswerValue::Nvt => "nvt",
        }
    }

    pub fn from_id(id: &str) -> Option<AnswerValue> {
        AnswerValue::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// One statement's answer record. The answer, the note and the evidence link each carry
/// their own time, so merging two copies keeps the latest of each: a colleague's later
/// answer never takes away a note they never touched.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Answer {
    /// When `answer` last changed, in ms since the Unix epoch.
    pub updated: u64,
    /// `None`: not answered (yet), or the answer was cleared; a note may still be there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<AnswerValue>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// An http(s) link to proof (a council decision, a dashboard). Plain text, never HTML.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// When `note` last changed; 0 if it never was.
    #[serde(skip_serializing_if = "is_zero")]
    pub note_updated: u64,
    /// When `evidence` last changed; 0 if it never was.
    #[serde(skip_serializing_if = "is_zero")]
    pub evidence_updated: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Answer {
    /// The latest time any part of this record changed.
    pub fn modified(&self) -> u64 {
        self.updated.max(self.note_updated).max(self.evidence_updated)
    }
}

/// The time to stamp on a change made `now` to a field stamped `previous`: `now`, or
/// just after `previous` when that lies ahead (a clock that ran fast, a colleague's
/// file). A change the user makes must win over the value it replaces, in this tab and
/// in every later merge.
pub fn stamp_after(previous: u64, now: u64) -> u64 {
    now.max(previous.saturating_add(1)).min(MAX_TIME)
}

/// Latest time we accept: JavaScript's `Date` maximum, in ms.
pub const MAX_TIME: u64 = 8_640_000_000_000_000;

/// Answers keyed by statement id. Ids the current model does not know are kept:
/// they come back to life if the statement returns.
pub type Answers = BTreeMap<String, Answer>;

/// Why a note, link or id was refused. The app says it in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    TooLong {
        max: usize,
        len: usize,
    },
    NotAUrl,
    BadId,
    Empty,
    /// A level outside 0 ..= 4.
    NoSuchLevel,
}

/// A note must be at most [`NOTE_MAX_CHARS`] characters.
pub fn check_note(note: &str) -> Result<(), InputError> {
    check_len(note, NOTE_MAX_CHARS)
}

/// Evidence is empty or an absolute http(s) URL with a host and no spaces or control
/// characters. Anything else (`javascript:`, `data:`, a bare word) is refused, so the UI
/// can safely offer it as a link.
pub fn check_evidence(link: &str) -> Result<(), InputError> {
    check_len(link, EVIDENCE_MAX_CHARS)?;
    if link.is_empty() {
        return Ok(());
    }
    let lower = link.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).ok_or(InputError::NotAUrl)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    let host_ok = !host.is_empty() && !host.starts_with(':') && !host.starts_with('.');
    let chars_ok = link.chars().all(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '<' | '>' | '"'));
    if host_ok && chars_ok {
        Ok(())
    } else {
        Err(InputError::NotAUrl)
    }
}

/// Ids are short, lowercase ASCII: letters, digits, `-`, `_` and `.`. That keeps them
/// safe as JSON keys, CSV cells and URL fragments.
pub fn check_id(id: &str) -> Result<(), InputError> {
    if id.is_empty() {
        return Err(InputError::Empty);
    }
    check_len(id, ID_MAX_CHARS)?;
    let ok = id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.'));
    if ok {
        Ok(())
    } else {
        Err(InputError::BadId)
    }
}

/// Whether a line of text may be left empty.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Blank {
    Allowed,
    Refused,
}

/// A line a user types (a name, a "wat", a goal): on one line, without characters that
/// reorder or hide text (see `digiwijzer_corpus::text::strip_invisible`), at most `max`
/// characters once cleaned, and empty only if `blank` allows it.
pub(crate) fn check_line(text: &str, max: usize, blank: Blank) -> Result<String, InputError> {
    let text = digiwijzer_corpus::text::squash_whitespace(&digiwijzer_corpus::text::strip_invisible(text));
    if text.is_empty() && blank == Blank::Refused {
        return Err(InputError::Empty);
    }
    check_len(&text, max)?;
    Ok(text)
}

fn check_len(text: &str, max: usize) -> Result<(), InputError> {
    let len = text.chars().count();
    if len > max {
        Err(InputError::TooLong { max, len })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_must_be_a_web_address() {
        assert_eq!(check_evidence(""), Ok(()));
        assert_eq!(check_evidence("https://gemeente.nl/besluit?id=3#p2"), Ok(()));
        assert_eq!(check_evidence("HTTP://intranet/raad"), Ok(()));
        for bad in [
            "javascript:alert(1)",
            "https://",
            "http:///pad",
            "www.gemeente.nl",
            "https://a b.nl",
            "data:text/html,x",
            "https://x.nl/\"><script>",
        ] {
            assert_eq!(check_evidence(bad), Err(InputError::NotAUrl), "{bad}");
        }
    }

    #[test]
    fn ids_are_plain_lowercase_ascii() {
        assert_eq!(check_id("eigenaarschap.b1"), Ok(()));
        assert_eq!(check_id(""), Err(InputError::Empty));
        assert_eq!(check_id("Eigenaarschap"), Err(InputError::BadId));
        assert_eq!(check_id("a b"), Err(InputError::BadId));
        assert!(matches!(check_id(&"a".repeat(65)), Err(InputError::TooLong { .. })));
    }
}
