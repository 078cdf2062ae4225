//! A small checked reader over `serde_json::Value` that knows where it is, so every
//! refusal names the exact field (`assessments[0].answers["x.b1"].note`).
//!
//! Used for both localStorage and imported files: one set of rules for outside data.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::error::{Expected, JsonKind, LoadError, Problem};
use super::game::{check_goal, Pile, Round, Rounds, MAX_PICKS, MAX_ROUND_RECORDS};
use super::plan::{check_what, check_who, Action, Actions, Purpose, Status, MAX_ACTION_RECORDS};
use super::schema::{check_name, check_participants, Ambition, Ambitions, Assessment, Snapshot};
use super::team::{Member, Overview, Overviews};
use crate::assessment::answer::{check_evidence, check_id, check_note, Answer, AnswerValue, Answers, InputError};
use crate::assessment::LEVEL_COUNT;
use digiwijzer_corpus::Date;

pub use crate::assessment::answer::MAX_TIME;

/// Parses JSON text, telling a cut-off file from garbage.
pub fn parse_json(raw: &str) -> Result<Value, LoadError> {
    if raw.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    serde_json::from_str(raw).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        // serde_json files these under syntax errors, but the JSON is valid: say what
        // this reader cannot take instead of "not JSON".
        let message = e.to_string();
        if message.starts_with("recursion limit exceeded") {
            LoadError::TooDeep { line, column }
        } else if message.starts_with("number out of range") {
            LoadError::NumberTooLarge { line, column }
        } else {
            LoadError::NotJson { line, column, truncated: e.classify() == serde_json::error::Category::Eof }
        }
    })
}

/// A value and where it sits in the document.
#[derive(Clone)]
pub struct Node<'a> {
    pub value: &'a Value,
    pub path: String,
}

/// An object's fields, after checking it has no fields we do not know.
pub struct Fields<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

impl<'a> Node<'a> {
    pub fn root(value: &'a Value) -> Node<'a> {
        Node { value, path: String::new() }
    }

    pub fn fail(&self, problem: Problem) -> LoadError {
        LoadError::Invalid { path: self.path.clone(), problem }
    }

    fn wrong(&self, expected: Expected) -> LoadError {
        self.fail(Problem::WrongType { expected, found: JsonKind::of(self.value) })
    }

    /// An object with only `allowed` fields.
    pub fn object(&self, allowed: &[&str]) -> Result<Fields<'a>, LoadError> {
        self.object_of(&[allowed])
    }

    /// An object whose fields each come from one of the `allowed` lists.
    pub fn object_of(&self, allowed: &[&[&str]]) -> Result<Fields<'a>, LoadError> {
        let map = self.value.as_object().ok_or_else(|| self.wrong(Expected::Object))?;
        if let Some(unknown) = map.keys().find(|k| !allowed.iter().any(|list| list.contains(&k.as_str()))) {
            return Err(LoadError::Invalid { path: join(&self.path, unknown), problem: Problem::UnknownField });
        }
        Ok(Fields { map, path: self.path.clone() })
    }

    /// An object used as a map: `(key, value)` in key order; keys are shown quoted in paths.
    pub fn entries(&self) -> Result<Vec<(&'a str, Node<'a>)>, LoadError> {
        let map = self.value.as_object().ok_or_else(|| self.wrong(Expected::Object))?;
        Ok(map
            .iter()
            .map(|(k, v)| {
                let quoted = serde_json::to_string(k).unwrap_or_default();
                (k.as_str(), Node { value: v, path: format!("{}[{quoted}]", self.path) })
            })
            .collect())
    }

    pub fn list(&self) -> Result<Vec<Node<'a>>, LoadError> {
        let items = self.value.as_array().ok_or_else(|| self.wrong(Expected::List))?;
        Ok(items.iter().enumerate().map(|(i, v)| Node { value: v, path: format!("{}[{i}]", self.path) }).collect())
    }

    pub fn text(&self) -> Result<&'a str, LoadError> {
        self.value.as_str().ok_or_else(|| self.wrong(Expected::Text))
    }

    /// A whole number `0..=max`.
    pub fn number(&self, max: u64) -> Result<u64, LoadError> {
        let n = self.value.as_u64().ok_or_else(|| self.wrong(Expected::WholeNumber))?;
        if n > max {
            return Err(self.fail(Problem::OutOfRange { max }));
        }
        Ok(n)
    }

    pub fn time(&self) -> Result<u64, LoadError> {
        self.number(MAX_TIME)
    }

    /// Text that passes one of the shared input checks (id, note, link).
    pub fn checked_text(&self, check: fn(&str) -> Result<(), InputError>) -> Result<&'a str, LoadError> {
        let text = self.text()?;
        check(text).map_err(|e| self.fail(Problem::Input(e)))?;
        Ok(text)
    }

    pub fn id(&self) -> Result<&'a str, LoadError> {
        self.checked_text(check_id)
    }

    /// A map key used as an id (statement or dimension); the error points at its entry.
    pub fn key_id(&self, key: &str) -> Result<(), LoadError> {
        check_id(key).map_err(|e| self.fail(Problem::Input(e)))
    }
}

impl<'a> Fields<'a> {
    /// A field that must be there (and not `null`).
    pub fn required(&self, key: &str) -> Result<Node<'a>, LoadError> {
        let path = join(&self.path, key);
        match self.map.get(key) {
            None | Some(Value::Null) => Err(LoadError::Invalid { path, problem: Problem::Missing }),
            Some(value) => Ok(Node { value, path }),
        }
    }

    /// A field that may be absent; `null` counts as absent.
    pub fn optional(&self, key: &str) -> Option<Node<'a>> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(value) => Some(Node { value, path: join(&self.path, key) }),
        }
    }
}

/// Which fields an assessment may carry: exports leave out the device-local ones.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AssessmentFields<'a> {
    Export(Stamps),
    /// `unnamed`: the name for a stored one whose name was only invisible characters.
    Storage {
        stamps: Stamps,
        unnamed: &'a str,
    },
}

/// The fields each object of an export file may have; the reader refuses any other.
/// Stored data has the same objects, and its assessments a few fields more. The JSON
/// Schema next to `FORMAT.md` names exactly these (a test compares them).
pub mod export_fields {
    pub const FILE: &[&str] = &["format", "version", "exported", "participant", "assessments"];
    pub const ASSESSMENT: &[&str] = &[
        "id",
        "name",
        "created",
        "renamed",
        "participants",
        "participants_updated",
        "answers",
        "snapshots",
        "ambitions",
        "actions",
        "rounds",
    ];
    /// An answer whose note and link have times of their own (export format 2 and later).
    pub const ANSWER: &[&str] = &["updated", "answer", "note", "evidence", "note_updated", "evidence_updated"];
    /// An answer with one time for the whole record (export format 1).
    pub const ANSWER_ONE_TIME: &[&str] = &["updated", "answer", "note", "evidence"];
    pub const SNAPSHOT: &[&str] = &["taken", "overall", "levels"];
    pub const AMBITION: &[&str] = &["level", "updated"];
    pub const ACTION: &[&str] = &[
        "created",
        "what",
        "what_updated",
        "who",
        "who_updated",
        "due",
        "due_updated",
        "status",
        "status_updated",
        "note",
        "note_updated",
        "for",
        "purpose_updated",
        "deleted",
        "restored",
    ];
    /// What an action is for (its `for` field).
    pub const PURPOSE: &[&str] = &["statements", "dimension", "tips"];
    /// A round of the game.
    pub const ROUND: &[&str] = &["created", "updated", "goal", "deck", "sorted", "picks", "finished"];
}

/// What a stored assessment has besides the fields of an exported one: device-local
/// times and deletion marks.
const STORAGE_ONLY_FIELDS: &[&str] = &["last_exported", "deleted", "restored", "purged"];

pub fn answer_value(node: &Node) -> Result<AnswerValue, LoadError> {
    let text = node.text()?;
    AnswerValue::from_id(text).ok_or_else(|| node.fail(Problem::UnknownAnswer(text.to_string())))
}

/// How an answer record's times were written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stamps {
    /// One `updated` for the whole record (storage v1–v2, export v1). A note or link
    /// takes that time only when it is there, so an empty one never outranks a
    /// colleague's note in a merge.
    Record,
    /// `updated` for the answer, `note_updated` and `evidence_updated` for the others.
    PerField,
}

fn answer(node: &Node, stamps: Stamps) -> Result<Answer, LoadError> {
    let allowed = match stamps {
        Stamps::Record => export_fields::ANSWER_ONE_TIME,
        Stamps::PerField => export_fields::ANSWER,
    };
    let fields = node.object(allowed)?;
    let updated = fields.required("updated")?.time()?;
    let answer = fields.optional("answer").map(|n| answer_value(&n)).transpose()?;
    let optional_text = |key: &str, check| -> Result<String, LoadError> {
        fields.optional(key).map_or(Ok(String::new()), |n| n.checked_text(check).map(str::to_string))
    };
    let note = optional_text("note", check_note)?;
    let evidence = optional_text("evidence", check_evidence)?;
    let stamp = |key: &str, text: &str| -> Result<u64, LoadError> {
        match stamps {
            Stamps::Record => Ok(if text.is_empty() { 0 } else { updated }),
            Stamps::PerField => Ok(fields.optional(key).map(|n| n.time()).transpose()?.unwrap_or(0)),
        }
    };
    let note_updated = stamp("note_updated", &note)?;
    let evidence_updated = stamp("evidence_updated", &evidence)?;
    Ok(Answer { updated, answer, note, evidence, note_updated, evidence_updated })
}

pub fn answers(node: &Node, stamps: Stamps) -> Result<Answers, LoadError> {
    let mut out = Answers::new();
    for (key, value) in node.entries()? {
        value.key_id(key)?;
        out.insert(key.to_string(), answer(&value, stamps)?);
    }
    Ok(out)
}

fn snapshot(node: &Node) -> Result<Snapshot, LoadError> {
    let fields = node.object(export_fields::SNAPSHOT)?;
    let taken = fields.required("taken")?.time()?;
    let overall = fields.required("overall")?.number(100)? as u8;
    let mut levels = BTreeMap::new();
    for (key, value) in fields.required("levels")?.entries()? {
        value.key_id(key)?;
        levels.insert(key.to_string(), value.number(u64::from(LEVEL_COUNT))? as u8);
    }
    Ok(Snapshot { taken, overall, levels })
}

fn ambitions(node: &Node) -> Result<Ambitions, LoadError> {
    let mut out = Ambitions::new();
    for (key, value) in node.entries()? {
        value.key_id(key)?;
        let fields = value.object(export_fields::AMBITION)?;
        let updated = fields.required("updated")?.time()?;
        let level = fields.optional("level").map(|n| n.number(u64::from(LEVEL_COUNT))).transpose()?;
        out.insert(key.to_string(), Ambition { level: level.map(|l| l as u8), updated });
    }
    Ok(out)
}

fn id_list(node: &Node) -> Result<Vec<String>, LoadError> {
    node.list()?.iter().map(|n| n.id().map(str::to_string)).collect()
}

fn purpose(node: &Node) -> Result<Purpose, LoadError> {
    let fields = node.object(export_fields::PURPOSE)?;
    let list = |key: &str| fields.optional(key).map(|n| id_list(&n)).transpose().map(Option::unwrap_or_default);
    let dimension = fields.optional("dimension").map(|n| n.id().map(str::to_string)).transpose()?;
    let purpose = Purpose { statements: list("statements")?, dimension, tips: list("tips")? };
    // The ids are checked above; this only sorts and dedups.
    purpose.checked().map_err(|e| node.fail(Problem::Input(e)))
}

fn action(node: &Node) -> Result<Action, LoadError> {
    let fields = node.object(export_fields::ACTION)?;
    let time = |key: &str| fields.optional(key).map(|n| n.time()).transpose().map(Option::unwrap_or_default);
    let what_node = fields.required("what")?;
    let what = check_what(what_node.text()?).map_err(|e| what_node.fail(Problem::Input(e)))?;
    let who = match fields.optional("who") {
        None => String::new(),
        Some(n) => check_who(n.text()?).map_err(|e| n.fail(Problem::Input(e)))?,
    };
    let due = match fields.optional("due") {
        None => None,
        Some(n) => {
            let text = n.text()?;
            Some(Date::from_iso(text).ok_or_else(|| n.fail(Problem::NotADay(text.to_string())))?)
        }
    };
    let status_node = fields.required("status")?;
    let status_text = status_node.text()?;
    let status = Status::from_id(status_text)
        .ok_or_else(|| status_node.fail(Problem::UnknownStatus(status_text.to_string())))?;
    let note = fields.optional("note").map_or(Ok(""), |n| n.checked_text(check_note))?.to_string();
    Ok(Action {
        created: fields.required("created")?.time()?,
        what,
        what_updated: fields.required("what_updated")?.time()?,
        who,
        who_updated: time("who_updated")?,
        due,
        due_updated: time("due_updated")?,
        status,
        status_updated: time("status_updated")?,
        note,
        note_updated: time("note_updated")?,
        purpose: fields.optional("for").map(|n| purpose(&n)).transpose()?.unwrap_or_default(),
        purpose_updated: time("purpose_updated")?,
        deleted: fields.optional("deleted").map(|n| n.time()).transpose()?,
        restored: fields.optional("restored").map(|n| n.time()).transpose()?,
    })
}

/// `limit`: the most a file may hold. Stored data has none: two tabs' merge may pass
/// it, and refusing stored data would set all of it aside.
fn actions(node: &Node, limit: Option<usize>) -> Result<Actions, LoadError> {
    let entries = node.entries()?;
    if let Some(max) = limit.filter(|&max| entries.len() > max) {
        return Err(node.fail(Problem::TooMany { max }));
    }
    let mut out = Actions::new();
    for (key, value) in entries {
        value.key_id(key)?;
        out.insert(key.to_string(), action(&value)?);
    }
    Ok(out)
}

fn round(node: &Node) -> Result<Round, LoadError> {
    let fields = node.object(export_fields::ROUND)?;
    let goal_node = fields.required("goal")?;
    let goal = check_goal(goal_node.text()?).map_err(|e| goal_node.fail(Problem::Input(e)))?;
    let deck_node = fields.required("deck")?;
    let deck = id_list(&deck_node)?;
    if deck.is_empty() {
        return Err(deck_node.fail(Problem::Input(InputError::Empty)));
    }
    let sorted = match fields.optional("sorted") {
        None => Vec::new(),
        Some(n) => {
            let list = n.list()?;
            if list.len() > deck.len() {
                return Err(n.fail(Problem::TooMany { max: deck.len() }));
            }
            list.iter()
                .map(|p| {
                    let text = p.text()?;
                    Pile::from_id(text).ok_or_else(|| p.fail(Problem::UnknownPile(text.to_string())))
                })
                .collect::<Result<Vec<_>, _>>()?
        }
    };
    let round = Round {
        created: fields.required("created")?.time()?,
        updated: fields.required("updated")?.time()?,
        goal,
        deck,
        sorted,
        picks: Vec::new(),
        finished: fields.optional("finished").map(|n| n.time()).transpose()?,
    };
    let mut picks = Vec::new();
    if let Some(n) = fields.optional("picks") {
        let more = round.pile(Pile::Meer);
        let list = n.list()?;
        if list.len() > MAX_PICKS {
            return Err(n.fail(Problem::TooMany { max: MAX_PICKS }));
        }
        for item in list {
            let pick = item.id()?;
            if !more.contains(&pick) || picks.iter().any(|p| p == pick) {
                return Err(item.fail(Problem::NotPickable(pick.to_string())));
            }
            picks.push(pick.to_string());
        }
    }
    Ok(Round { picks, ..round })
}

/// `limit` as for [`actions`].
fn rounds(node: &Node, limit: Option<usize>) -> Result<Rounds, LoadError> {
    let entries = node.entries()?;
    if let Some(max) = limit.filter(|&max| entries.len() > max) {
        return Err(node.fail(Problem::TooMany { max }));
    }
    let mut out = Rounds::new();
    for (key, value) in entries {
        value.key_id(key)?;
        out.insert(key.to_string(), round(&value)?);
    }
    Ok(out)
}

/// Reads one assessment, every field checked.
pub fn assessment(node: &Node, allowed: AssessmentFields<'_>) -> Result<Assessment, LoadError> {
    let (names, stamps, unnamed) = match allowed {
        AssessmentFields::Export(stamps) => (&[export_fields::ASSESSMENT][..], stamps, None),
        // Stored data has every field a file has, so a field added there is never refused here.
        AssessmentFields::Storage { stamps, unnamed } => {
            (&[export_fields::ASSESSMENT, STORAGE_ONLY_FIELDS][..], stamps, Some(unnamed))
        }
    };
    let fields = node.object_of(names)?;
    let id = fields.required("id")?.id()?.to_string();
    let name_node = fields.required("name")?;
    let name = match (check_name(name_node.text()?), unnamed) {
        // Only invisible characters, which an older version let through: not worth
        // refusing everything else that is stored for.
        (Err(InputError::Empty), Some(unnamed)) if !name_node.text()?.trim().is_empty() => unnamed.to_string(),
        (other, _) => other.map_err(|e| name_node.fail(Problem::Input(e)))?,
    };
    let created = fields.required("created")?.time()?;
    let renamed = fields.optional("renamed").map(|n| n.time()).transpose()?.unwrap_or(created);
    let participants = match fields.optional("participants") {
        None => String::new(),
        Some(n) => check_participants(n.text()?).map_err(|e| n.fail(Problem::Input(e)))?,
    };
    let participants_updated = fields.optional("participants_updated").map(|n| n.time()).transpose()?.unwrap_or(0);
    let answers = answers(&fields.required("answers")?, stamps)?;
    let mut snapshots = match fields.optional("snapshots") {
        None => Vec::new(),
        Some(n) => n.list()?.iter().map(snapshot).collect::<Result<Vec<_>, _>>()?,
    };
    snapshots.sort();
    snapshots.dedup();
    let ambitions = fields.optional("ambitions").map(|n| ambitions(&n)).transpose()?.unwrap_or_default();
    let from_file = unnamed.is_none();
    let limit = |max: usize| from_file.then_some(max);
    let actions = fields.optional("actions").map(|n| actions(&n, limit(MAX_ACTION_RECORDS))).transpose()?;
    let rounds = fields.optional("rounds").map(|n| rounds(&n, limit(MAX_ROUND_RECORDS))).transpose()?;
    let (actions, rounds) = (actions.unwrap_or_default(), rounds.unwrap_or_default());
    let optional_time = |key: &str| fields.optional(key).map(|n| n.time()).transpose();
    Ok(Assessment {
        id,
        name,
        created,
        renamed,
        participants,
        participants_updated,
        answers,
        snapshots,
        ambitions,
        actions,
        rounds,
        last_exported: optional_time("last_exported")?,
        deleted: optional_time("deleted")?,
        restored: optional_time("restored")?,
        purged: match fields.optional("purged") {
            None => false,
            Some(n) => n.value.as_bool().ok_or_else(|| {
                n.fail(Problem::WrongType { expected: Expected::TrueFalse, found: JsonKind::of(n.value) })
            })?,
        },
    })
}

/// Reads a list of assessments, refusing duplicate ids.
pub fn assessments(node: &Node, allowed: AssessmentFields<'_>) -> Result<Vec<Assessment>, LoadError> {
    let mut out: Vec<Assessment> = Vec::new();
    for item in node.list()? {
        let assessment = assessment(&item, allowed)?;
        if out.iter().any(|a| a.id == assessment.id) {
            let path = format!("{}.id", item.path);
            return Err(LoadError::Invalid { path, problem: Problem::DuplicateId(assessment.id) });
        }
        out.push(assessment);
    }
    Ok(out)
}

fn member(node: &Node) -> Result<Member, LoadError> {
    let fields = node.object(&["assessment", "participant", "name", "exported", "added", "answers"])?;
    let name_node = fields.required("name")?;
    Ok(Member {
        assessment: fields.required("assessment")?.id()?.to_string(),
        participant: match fields.optional("participant") {
            None => String::new(),
            Some(n) => check_who(n.text()?).map_err(|e| n.fail(Problem::Input(e)))?,
        },
        name: check_name(name_node.text()?).map_err(|e| name_node.fail(Problem::Input(e)))?,
        exported: fields.required("exported")?.time()?,
        added: fields.required("added")?.time()?,
        answers: answers(&fields.required("answers")?, Stamps::PerField)?,
    })
}

/// The team overviews kept in storage (they are never exported).
pub fn overviews(node: &Node) -> Result<Overviews, LoadError> {
    let mut out = Overviews::new();
    for (key, value) in node.entries()? {
        value.key_id(key)?;
        let fields = value.object(&[
            "created",
            "updated",
            "name",
            "anonymous",
            "all_members",
            "removed",
            "agreed",
            "deleted",
        ])?;
        let name_node = fields.required("name")?;
        let mut removed = std::collections::BTreeMap::new();
        if let Some(n) = fields.optional("removed") {
            for (k, v) in n.entries()? {
                removed.insert(k.to_string(), v.time()?);
            }
        }
        let overview = Overview {
            created: fields.required("created")?.time()?,
            updated: fields.required("updated")?.time()?,
            name: check_name(name_node.text()?).map_err(|e| name_node.fail(Problem::Input(e)))?,
            anonymous: match fields.optional("anonymous") {
                None => false,
                Some(n) => n.value.as_bool().ok_or_else(|| {
                    n.fail(Problem::WrongType { expected: Expected::TrueFalse, found: JsonKind::of(n.value) })
                })?,
            },
            all_members: fields.required("all_members")?.list()?.iter().map(member).collect::<Result<_, _>>()?,
            removed,
            agreed: fields.optional("agreed").map(|n| answers(&n, Stamps::PerField)).transpose()?.unwrap_or_default(),
            deleted: fields.optional("deleted").map(|n| n.time()).transpose()?,
        };
        out.insert(key.to_string(), overview);
    }
    Ok(out)
}
