//! Reads what localStorage holds, whatever schema version wrote it, into the current
//! [`State`]; and writes the current version back.
//!
//! Schema versions:
//! - v1 — the first, single-assessment format: `{"version":1,"answers":{"<statement id>":"ja",…}}`
//!   with answers `nee`, `deels`, `ja`, `nvt`. It becomes one assessment with the
//!   caller's `unnamed` name, id `v1` and all times 0 (unknown), so any later change
//!   anywhere wins a merge against it.
//! - v2 — the multi-assessment format: `{"version":2,"active":…,"assessments":[…]}`, with
//!   one `updated` time per answer record.
//! - v3 — v2 with a time per field of an answer record (`updated` for the answer,
//!   `note_updated`, `evidence_updated`). A v2 record's time becomes its answer's, and
//!   its note's and link's when they are there (see [`Stamps::Record`]).
//! - v4 — the current one: v3 with, per assessment, the ambitions, the action plan, the
//!   game's rounds and the participants, and the team overviews, exactly what
//!   [`to_json`] writes. v3 data reads
//!   as v4 without them. The version went up so that a tab still running v3 code
//!   refuses this data instead of dropping what it cannot read.
//!
//! Anything else — not JSON, cut off, not an object, no version, a newer or unknown
//! version, a wrong field — is a [`LoadError`]; nothing panics. The shell should then
//! move the raw value to a backup key (never overwrite it) and say what is wrong.
//!
//! `unnamed` is the name, in the user's language, for an assessment that has none (v1
//! data, or a name of only invisible characters).

use serde::Serialize;

use super::error::{Foreign, JsonKind, LoadError};
use super::read::{answer_value, assessments, overviews, parse_json, AssessmentFields, Node, Stamps};
use super::schema::{Assessment, State, SCHEMA_VERSION};
use crate::assessment::answer::{Answer, Answers};

/// Reads the version field shared by storage and export files.
pub(crate) fn read_version(node: &Node, supported: u64) -> Result<u64, LoadError> {
    let found = node.value;
    let version =
        found.as_u64().filter(|&v| v >= 1).ok_or_else(|| LoadError::UnknownVersion { found: found.to_string() })?;
    if version > supported {
        return Err(LoadError::NewerVersion { found: version, supported });
    }
    Ok(version)
}

/// Whether data of this schema version dates a note and a link apart from the answer
/// (v3 and later). Only then may its notes and links replace ours in a merge; older data
/// is merged with [`super::merge_older`].
pub fn stamps_per_field(version: u32) -> bool {
    version >= 3
}

/// Upgrades any stored version to the current [`State`].
pub fn migrate(raw: &str, unnamed: &str) -> Result<State, LoadError> {
    migrate_versioned(raw, unnamed).map(|(state, _)| state)
}

/// [`migrate`], also saying which schema version the data was written in: data of an
/// older version is merged more carefully (see [`super::merge_older`]).
pub fn migrate_versioned(raw: &str, unnamed: &str) -> Result<(State, u32), LoadError> {
    let value = parse_json(raw)?;
    let root = Node::root(&value);
    let Some(object) = value.as_object() else {
        return Err(LoadError::NotOurFormat(Foreign::NotAnObject(JsonKind::of(&value))));
    };
    let Some(version_value) = object.get("version") else {
        return Err(LoadError::NotOurFormat(Foreign::MissingField("version")));
    };
    let version_node = Node { value: version_value, path: "version".to_string() };
    let version = read_version(&version_node, u64::from(SCHEMA_VERSION))?;
    let state = match version {
        1 => from_v1(&root, unnamed),
        2 => from_v2(&root, Stamps::Record, unnamed),
        _ => from_v2(&root, Stamps::PerField, unnamed),
    }?;
    Ok((state, u32::try_from(version).unwrap_or(SCHEMA_VERSION)))
}

fn from_v1(root: &Node, unnamed: &str) -> Result<State, LoadError> {
    let fields = root.object(&["version", "answers"])?;
    let mut answers = Answers::new();
    for (key, node) in fields.required("answers")?.entries()? {
        node.key_id(key)?;
        let answer = answer_value(&node)?;
        answers.insert(key.to_string(), Answer { answer: Some(answer), ..Answer::default() });
    }
    let assessment = Assessment { answers, ..Assessment::new("v1".to_string(), unnamed.to_string(), 0) };
    Ok(State { active: Some(assessment.id.clone()), assessments: vec![assessment], ..State::default() })
}

/// v2, v3 and v4 differ only in how answer records are stamped and in what v4 adds.
fn from_v2(root: &Node, stamps: Stamps, unnamed: &str) -> Result<State, LoadError> {
    let fields = root.object(&["version", "active", "assessments", "overviews"])?;
    let assessments = assessments(&fields.required("assessments")?, AssessmentFields::Storage { stamps, unnamed })?;
    let active = fields.optional("active").map(|n| n.id().map(str::to_string)).transpose()?;
    let overviews = fields.optional("overviews").map(|n| overviews(&n)).transpose()?.unwrap_or_default();
    let mut state = State { active, assessments, overviews };
    state.sort();
    // A stale pointer (e.g. to an assessment deleted in another tab) is not worth refusing.
    state.repair_active();
    Ok(state)
}

#[derive(Serialize)]
struct Versioned<'a> {
    version: u32,
    #[serde(flatten)]
    state: &'a State,
}

/// The current schema as JSON, for localStorage.
pub fn to_json(state: &State) -> String {
    // Not outside input: plain structs and string-keyed maps always serialise. Falling
    // back to an empty string instead would let the shell overwrite the user's data.
    serde_json::to_string(&Versioned { version: SCHEMA_VERSION, state }).expect("State always serialises")
}
