//! The action plan: what a team will do about its answers, who does it and by when.
//!
//! An action belongs to one assessment and is stored, exported and merged with it. Like
//! an answer record, every field carries its own time, so two tabs (or a colleague's
//! file) that changed different fields of one action both keep their change, and a
//! change made now beats the value it replaces.

use std::collections::BTreeMap;

use digiwijzer_corpus::Date;
use serde::{Serialize, Serializer};

use super::schema::{Assessment, OpError};
use crate::assessment::answer::{check_id, check_line, check_note, stamp_after, Blank, InputError};
use crate::assessment::Model;

/// Longest "what", in characters: one task, not a project plan.
pub const WHAT_MAX_CHARS: usize = 200;
/// Longest "who", in characters: a name, a role or a team.
pub const WHO_MAX_CHARS: usize = 80;
/// Most live actions one assessment holds: a plan, not a ticket system.
pub const MAX_ACTIONS: usize = 500;
/// Most actions a file may hold, deleted ones included (they stay, so that another copy
/// cannot bring them back).
pub const MAX_ACTION_RECORDS: usize = 2000;

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Gepland,
    Bezig,
    Klaar,
    /// Will not be done (any more); kept, so the plan shows what was decided.
    Vervallen,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Gepland, Status::Bezig, Status::Klaar, Status::Vervallen];

    /// The id used in storage and export files.
    pub fn id(self) -> &'static str {
        match self {
            Status::Gepland => "gepland",
            Status::Bezig => "bezig",
            Status::Klaar => "klaar",
            Status::Vervallen => "vervallen",
        }
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Whether nothing is left to do, so a date in the past is no longer overdue.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Klaar | Status::Vervallen)
    }
}

/// What an action is for: statements it should turn into "ja", a dimension, tips.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Purpose {
    /// Statement ids, sorted, without duplicates.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimension: Option<String>,
    /// Document slugs of tips and articles (`tip-17`), sorted, without duplicates.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tips: Vec<String>,
}

impl Purpose {
    /// Checks every id and puts the lists in their one order.
    pub fn checked(mut self) -> Result<Purpose, InputError> {
        for id in self.statements.iter().chain(&self.tips).chain(&self.dimension) {
            check_id(id)?;
        }
        for list in [&mut self.statements, &mut self.tips] {
            list.sort();
            list.dedup();
        }
        Ok(self)
    }

    pub fn is_empty(&self) -> bool {
        self.statements.is_empty() && self.dimension.is_none() && self.tips.is_empty()
    }
}

fn serialize_day<S: Serializer>(day: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match day {
        Some(d) => s.serialize_str(&d.iso()),
        None => s.serialize_none(),
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// One action. Each field has the time it was last set (0: never), for merging.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Action {
    /// ms since the Unix epoch.
    pub created: u64,
    pub what: String,
    pub what_updated: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub who: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub who_updated: u64,
    /// The day it should be done by; a day, the same in every time zone.
    #[serde(serialize_with = "serialize_day", skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(skip_serializing_if = "is_zero")]
    pub due_updated: u64,
    pub status: Status,
    #[serde(skip_serializing_if = "is_zero")]
    pub status_updated: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub note_updated: u64,
    #[serde(rename = "for", skip_serializing_if = "Purpose::is_empty")]
    pub purpose: Purpose,
    #[serde(skip_serializing_if = "is_zero")]
    pub purpose_updated: u64,
    /// When it was last deleted; it is deleted if that is later than every other time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<u64>,
    /// When it was last brought back after a deletion. A time of its own, so that undoing
    /// a delete does not count as a change of any field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restored: Option<u64>,
}

/// Actions keyed by their id.
pub type Actions = BTreeMap<String, Action>;

impl Action {
    /// The latest time any field was set or the action was restored (the deletion
    /// left out).
    pub fn edited(&self) -> u64 {
        [
            self.restored.unwrap_or(0),
            self.created,
            self.what_updated,
            self.who_updated,
            self.due_updated,
            self.status_updated,
            self.note_updated,
            self.purpose_updated,
        ]
        .into_iter()
        .max()
        .unwrap_or(0)
    }

    /// Deleted, unless someone changed it after the deletion: that change is newer
    /// work, and it must not vanish with an older delete.
    pub fn is_deleted(&self) -> bool {
        self.deleted.is_some_and(|d| d > self.edited())
    }

    pub fn modified(&self) -> u64 {
        self.edited().max(self.deleted.unwrap_or(0))
    }

    /// Overdue on `today`: a date before it, and not done or dropped.
    pub fn is_overdue(&self, today: Date) -> bool {
        !self.status.is_closed() && self.due.is_some_and(|d| d < today)
    }
}

/// A "what": trimmed, on one line, 1 to [`WHAT_MAX_CHARS`] characters.
pub fn check_what(what: &str) -> Result<String, InputError> {
    check_line(what, WHAT_MAX_CHARS, Blank::Refused)
}

/// A "who": trimmed, on one line, at most [`WHO_MAX_CHARS`] characters; may be empty.
pub fn check_who(who: &str) -> Result<String, InputError> {
    check_line(who, WHO_MAX_CHARS, Blank::Allowed)
}

/// A new action's fields, as the user filled them in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewAction {
    pub what: String,
    pub who: String,
    pub due: Option<Date>,
    pub note: String,
    pub purpose: Purpose,
}

impl Assessment {
    /// Adds an action (status "gepland") and returns its id. Refused, with nothing
    /// changed, if a field does not pass its check or the plan is full.
    pub fn add_action(&mut self, new: NewAction, now: u64, entropy: u32) -> Result<String, OpError> {
        let what = check_what(&new.what)?;
        let who = check_who(&new.who)?;
        check_note(&new.note)?;
        let purpose = new.purpose.checked()?;
        if self.actions.values().filter(|a| !a.is_deleted()).count() >= MAX_ACTIONS {
            return Err(OpError::PlanFull { max: MAX_ACTIONS });
        }
        let base = format!("a{now:x}-{entropy:08x}");
        let id = (1u32..)
            .map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") })
            .find(|id| !self.actions.contains_key(id))
            .unwrap_or(base);
        let stamp = |text: &str| if text.is_empty() { 0 } else { now };
        let action = Action {
            created: now,
            what_updated: now,
            who_updated: stamp(&who),
            due_updated: if new.due.is_some() { now } else { 0 },
            note_updated: stamp(&new.note),
            purpose_updated: if purpose.is_empty() { 0 } else { now },
            what,
            who,
            due: new.due,
            note: new.note,
            purpose,
            ..Action::default()
        };
        self.actions.insert(id.clone(), action);
        Ok(id)
    }

    /// A live action, to change it.
    fn action_mut(&mut self, id: &str) -> Result<&mut Action, OpError> {
        self.actions.get_mut(id).filter(|a| !a.is_deleted()).ok_or_else(|| OpError::NoSuchAction(id.to_string()))
    }

    pub fn set_action_what(&mut self, id: &str, what: &str, now: u64) -> Result<(), OpError> {
        let what = check_what(what)?;
        let action = self.action_mut(id)?;
        action.what = what;
        action.what_updated = stamp_after(action.what_updated, now);
        Ok(())
    }

    pub fn set_action_who(&mut self, id: &str, who: &str, now: u64) -> Result<(), OpError> {
        let who = check_who(who)?;
        let action = self.action_mut(id)?;
        action.who = who;
        action.who_updated = stamp_after(action.who_updated, now);
        Ok(())
    }

    pub fn set_action_due(&mut self, id: &str, due: Option<Date>, now: u64) -> Result<(), OpError> {
        let action = self.action_mut(id)?;
        action.due = due;
        action.due_updated = stamp_after(action.due_updated, now);
        Ok(())
    }

    pub fn set_action_status(&mut self, id: &str, status: Status, now: u64) -> Result<(), OpError> {
        let action = self.action_mut(id)?;
        action.status = status;
        action.status_updated = stamp_after(action.status_updated, now);
        Ok(())
    }

    pub fn set_action_note(&mut self, id: &str, note: &str, now: u64) -> Result<(), OpError> {
        check_note(note)?;
        let action = self.action_mut(id)?;
        action.note = note.to_string();
        action.note_updated = stamp_after(action.note_updated, now);
        Ok(())
    }

    pub fn set_action_purpose(&mut self, id: &str, purpose: Purpose, now: u64) -> Result<(), OpError> {
        let purpose = purpose.checked()?;
        let action = self.action_mut(id)?;
        action.purpose = purpose;
        action.purpose_updated = stamp_after(action.purpose_updated, now);
        Ok(())
    }

    /// Deletes an action; [`Assessment::restore_action`] undoes it.
    pub fn delete_action(&mut self, id: &str, now: u64) -> Result<(), OpError> {
        let action = self.action_mut(id)?;
        action.deleted = Some(stamp_after(action.modified(), now));
        Ok(())
    }

    /// Brings a deleted action back with everything it had.
    pub fn restore_action(&mut self, id: &str, now: u64) -> Result<(), OpError> {
        let action =
            self.actions.get_mut(id).filter(|a| a.is_deleted()).ok_or_else(|| OpError::NoSuchAction(id.to_string()))?;
        // A time after the deletion is what makes an action live again.
        action.restored = Some(stamp_after(action.modified(), now));
        Ok(())
    }

    /// The live actions of the plan, by date (those without one last), then as made.
    pub fn plan(&self) -> Vec<(&str, &Action)> {
        let mut list: Vec<(&str, &Action)> =
            self.actions.iter().filter(|(_, a)| !a.is_deleted()).map(|(id, a)| (id.as_str(), a)).collect();
        list.sort_by(|(ia, a), (ib, b)| {
            (a.due.is_none(), a.due, a.created, ia).cmp(&(b.due.is_none(), b.due, b.created, ib))
        });
        list
    }
}

/// Which actions of the plan to show, by status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusFilter {
    All,
    /// Past their day and not done or dropped (see [`Action::is_overdue`]).
    Overdue,
    Is(Status),
}

/// A view of the plan: by status, by dimension, on a given day.
#[derive(Clone, Copy, Debug)]
pub struct PlanFilter<'a> {
    pub status: StatusFilter,
    /// A dimension id: actions for it or for one of its statements (see [`dimensions_of`]).
    pub dimension: Option<&'a str>,
    pub today: Date,
}

impl PlanFilter<'_> {
    pub fn keeps(&self, model: &Model, action: &Action) -> bool {
        let status = match self.status {
            StatusFilter::All => true,
            StatusFilter::Overdue => action.is_overdue(self.today),
            StatusFilter::Is(status) => action.status == status,
        };
        status && self.dimension.is_none_or(|d| dimensions_of(model, action).contains(&d))
    }
}

impl Assessment {
    /// The open actions (not done or dropped), in plan order: what comes next.
    pub fn open_actions(&self) -> Vec<(&str, &Action)> {
        self.plan().into_iter().filter(|(_, a)| !a.status.is_closed()).collect()
    }

    /// The live actions that pass `filter`, in plan order.
    pub fn plan_filtered(&self, model: &Model, filter: &PlanFilter) -> Vec<(&str, &Action)> {
        self.plan().into_iter().filter(|(_, a)| filter.keeps(model, a)).collect()
    }
}

/// Which dimensions an action is for: the one it names and those of its statements,
/// in model order. Filtering the plan by dimension uses this.
pub fn dimensions_of<'m>(model: &'m Model, action: &Action) -> Vec<&'m str> {
    model
        .dimensions
        .iter()
        .filter(|d| {
            action.purpose.dimension.as_deref() == Some(&*d.id)
                || d.statements.iter().any(|s| action.purpose.statements.iter().any(|id| *id == *s.id))
        })
        .map(|d| &*d.id)
        .collect()
}

/// Per action and field, the later one wins; equal times are broken by content, so
/// both sides reach the same result. With `keep_our_notes` (an imported file) a note
/// here is never replaced or cleared by the other side's.
pub fn merge_actions(ours: &mut Actions, theirs: &Actions, keep_our_notes: bool) {
    for (id, t) in theirs {
        let Some(o) = ours.get_mut(id) else {
            ours.insert(id.clone(), t.clone());
            continue;
        };
        o.created = o.created.min(t.created);
        if (t.what_updated, &t.what) > (o.what_updated, &o.what) {
            (o.what, o.what_updated) = (t.what.clone(), t.what_updated);
        }
        if (t.who_updated, &t.who) > (o.who_updated, &o.who) {
            (o.who, o.who_updated) = (t.who.clone(), t.who_updated);
        }
        if (t.due_updated, t.due) > (o.due_updated, o.due) {
            (o.due, o.due_updated) = (t.due, t.due_updated);
        }
        if (t.status_updated, t.status) > (o.status_updated, o.status) {
            (o.status, o.status_updated) = (t.status, t.status_updated);
        }
        let may_replace = !keep_our_notes || o.note.is_empty();
        if (t.note_updated, &t.note) > (o.note_updated, &o.note) && may_replace {
            (o.note, o.note_updated) = (t.note.clone(), t.note_updated);
        }
        if (t.purpose_updated, &t.purpose) > (o.purpose_updated, &o.purpose) {
            (o.purpose, o.purpose_updated) = (t.purpose.clone(), t.purpose_updated);
        }
        // A file is someone else's copy: it never deletes an action that is here.
        if !keep_our_notes {
            o.deleted = o.deleted.max(t.deleted);
        }
        o.restored = o.restored.max(t.restored);
    }
}

/// A new action for a statement: its text as the first "what" (the user rewrites it
/// into a task), for that statement and its dimension. `None` for an id the model does
/// not ask.
pub fn for_statement(model: &Model, id: &str) -> Option<NewAction> {
    let (dimension, statement) = model.statement(id)?;
    let purpose = Purpose {
        statements: vec![statement.id.to_string()],
        dimension: Some(dimension.id.to_string()),
        tips: Vec::new(),
    };
    Some(NewAction { what: statement.text.to_string(), purpose, ..NewAction::default() })
}

/// A new action for a tip or article: its title as the first "what", for that document
/// and the statements that rest on it. `None` when no statement cites it, since the
/// self-assessment knows documents only through its sources.
pub fn for_tip(model: &Model, doc: &str) -> Option<NewAction> {
    let cites = |reference: &str| reference == doc || reference.split_once('#').is_some_and(|(d, _)| d == doc);
    let mut title = None;
    let mut statements = Vec::new();
    for (_, statement) in model.statements() {
        if let Some(source) = statement.sources.iter().find(|s| cites(&s.reference)) {
            title.get_or_insert_with(|| source.title.to_string());
            statements.push(statement.id.to_string());
        }
    }
    let purpose = Purpose { statements, dimension: None, tips: vec![doc.to_string()] };
    Some(NewAction { what: title?, purpose, ..NewAction::default() })
}

/// The title of a tip or article a statement cites, for naming an action's tips.
pub fn tip_title<'m>(model: &'m Model, doc: &str) -> Option<&'m str> {
    model
        .statements()
        .flat_map(|(_, s)| s.sources.iter())
        .find(|s| s.reference.split('#').next() == Some(doc))
        .map(|s| &*s.title)
}
