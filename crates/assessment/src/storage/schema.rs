//! What Digiwijzer keeps in localStorage, and the operations the UI performs on it.
//!
//! Every operation is a pure method: the caller supplies the time (`now`, ms since the
//! Unix epoch) and, where a new id is needed, some `entropy` (e.g. from
//! `crypto.getRandomValues`), so the core never reads a clock or a random source and
//! every behaviour is testable.
//!
//! Deleting never destroys: a deleted assessment stays in [`State::assessments`] with
//! `deleted` set, so it can be restored (undo) and so another tab that still has it
//! cannot bring it back by merging (see [`super::merge`]).

use std::collections::BTreeMap;

use digiwijzer_corpus::Date;
use serde::Serialize;

use super::game::Rounds;
use super::plan::{Action, Actions};
use super::team::Overviews;
use crate::assessment::answer::{
    check_evidence, check_id, check_line, check_note, stamp_after, Answer, AnswerValue, Answers, Blank, InputError,
};
use crate::assessment::{score, Model, LEVEL_COUNT};

/// The current storage schema version; [`super::migrate::migrate`] upgrades older ones.
pub const SCHEMA_VERSION: u32 = 4;
/// Longest assessment name, in characters.
pub const NAME_MAX_CHARS: usize = 80;

/// Everything stored for one browser profile.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct State {
    /// The assessment the UI shows; always a live one, or `None` when there is none.
    pub active: Option<String>,
    /// Live and deleted assessments, ordered by (`created`, `id`).
    pub assessments: Vec<Assessment>,
    /// Team overviews: colleagues' files side by side, apart from the assessments.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub overviews: Overviews,
}

/// One named self-assessment ("Nulmeting 2024", "Team KCC").
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Assessment {
    pub id: String,
    pub name: String,
    /// ms since the Unix epoch; 0 when unknown (migrated from schema v1).
    pub created: u64,
    /// When `name` was last set, so two tabs' renames merge last-write-wins.
    pub renamed: u64,
    /// Who took part, for the printed report ("MT Dienstverlening: Anna, Bas").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub participants: String,
    /// When `participants` was last set; 0 if never.
    #[serde(skip_serializing_if = "is_zero")]
    pub participants_updated: u64,
    /// Keyed by statement id; includes ids the current model does not know.
    pub answers: Answers,
    /// Score records, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<Snapshot>,
    /// Where the team wants each dimension to be, keyed by dimension id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub ambitions: Ambitions,
    /// The action plan, keyed by action id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub actions: Actions,
    /// Rounds of the Optimaal Digitaal game, keyed by round id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub rounds: Rounds,
    /// When this assessment was last written to a file; drives the "not saved" reminder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_exported: Option<u64>,
    /// When it was last deleted. It is deleted if this is later than `restored`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<u64>,
    /// When it was last restored from the deleted list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restored: Option<u64>,
    /// Deleted for good: only the id and the times are left, so that a tab that still
    /// has the old copy cannot bring it back by merging.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub purged: bool,
}

/// A dated score, so a team can see its progress over time.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Snapshot {
    /// ms since the Unix epoch.
    pub taken: u64,
    /// Overall progress in whole percent (see `assessment::scoring`).
    pub overall: u8,
    /// Level (0 ..= 4) per dimension id.
    pub levels: BTreeMap<String, u8>,
}

/// The level a team aims for in one dimension. A cleared ambition keeps its record (with
/// `level: None`), so that clearing it in one tab wins over the older value in another.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Ambition {
    /// 0 ..= 4; `None`: no ambition set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// When `level` was last set, so two copies merge last-write-wins.
    pub updated: u64,
}

/// Ambitions keyed by dimension id. Ids the current model does not know are kept, like
/// answers to retired statements.
pub type Ambitions = BTreeMap<String, Ambition>;

/// Why a snapshot would be pointless (see [`Assessment::snapshot_refusal`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotRefusal {
    /// Not one statement is answered: the snapshot would say 0 % everywhere.
    NothingAnswered,
    /// Today's latest snapshot already has this score.
    SameAsToday,
}

/// Why an operation was refused. Nothing changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpError {
    /// No live assessment with this id (it may have been deleted in another tab).
    NotFound(String),
    /// No assessment is open (the last one was deleted).
    NoActive,
    /// The action plan holds as many actions as it may.
    PlanFull {
        max: usize,
    },
    /// No live action with this id (it may have been deleted in another tab).
    NoSuchAction(String),
    /// No team overview (or member of it) with this id; it may have been removed in another tab.
    NoSuchOverview(String),
    TooManyMembers {
        max: usize,
    },
    /// No round being played with this id (it may have been finished in another tab).
    NoSuchRound(String),
    TooManyRounds {
        max: usize,
    },
    /// The game's rule: at most this many picks.
    TooManyPicks {
        max: usize,
    },
    /// Every card of the round is already on a pile.
    RoundSorted,
    /// The round still has cards to sort.
    RoundNotSorted,
    /// The page is closing: its state is gone.
    Closed,
    /// A snapshot now would record nothing worth keeping.
    SnapshotRefused(SnapshotRefusal),
    Input(InputError),
}

impl From<InputError> for OpError {
    fn from(e: InputError) -> Self {
        OpError::Input(e)
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Longest list of participants, in characters.
pub const PARTICIPANTS_MAX_CHARS: usize = 300;

/// Participants are trimmed, on one line, and at most [`PARTICIPANTS_MAX_CHARS`]
/// characters; empty means "not said".
pub fn check_participants(text: &str) -> Result<String, InputError> {
    check_line(text, PARTICIPANTS_MAX_CHARS, Blank::Allowed)
}

/// A name is trimmed, non-empty and at most [`NAME_MAX_CHARS`] characters, without
/// characters that reorder or hide text (see [`digiwijzer_corpus::text::strip_invisible`]).
pub fn check_name(name: &str) -> Result<String, InputError> {
    check_line(name, NAME_MAX_CHARS, Blank::Refused)
}

impl Assessment {
    /// A new, empty assessment.
    pub fn new(id: String, name: String, now: u64) -> Assessment {
        Assessment { id, name, created: now, renamed: now, ..Assessment::default() }
    }

    pub fn is_deleted(&self) -> bool {
        if self.purged {
            return true;
        }
        match (self.deleted, self.restored) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(d), Some(r)) => d >= r,
        }
    }

    /// The record for `statement`, created empty if needed.
    fn record(&mut self, statement: &str) -> Result<&mut Answer, OpError> {
        check_id(statement)?;
        Ok(self.answers.entry(statement.to_string()).or_default())
    }

    /// Sets or clears (`None`) the answer to one statement.
    pub fn set_answer(&mut self, statement: &str, value: Option<AnswerValue>, now: u64) -> Result<(), OpError> {
        let record = self.record(statement)?;
        record.answer = value;
        record.updated = stamp_after(record.updated, now);
        Ok(())
    }

    /// Sets the note; refused (nothing changes) if longer than the cap.
    pub fn set_note(&mut self, statement: &str, note: &str, now: u64) -> Result<(), OpError> {
        check_note(note)?;
        let record = self.record(statement)?;
        record.note = note.to_string();
        record.note_updated = stamp_after(record.note_updated, now);
        Ok(())
    }

    /// Sets the evidence link; refused (nothing changes) unless empty or http(s).
    pub fn set_evidence(&mut self, statement: &str, link: &str, now: u64) -> Result<(), OpError> {
        let link = link.trim();
        check_evidence(link)?;
        let record = self.record(statement)?;
        record.evidence = link.to_string();
        record.evidence_updated = stamp_after(record.evidence_updated, now);
        Ok(())
    }

    /// Sets who took part (empty clears it).
    pub fn set_participants(&mut self, text: &str, now: u64) -> Result<(), OpError> {
        self.participants = check_participants(text)?;
        self.participants_updated = stamp_after(self.participants_updated, now);
        Ok(())
    }

    /// Sets or clears (`None`) the ambition for one dimension.
    pub fn set_ambition(&mut self, dimension: &str, level: Option<u8>, now: u64) -> Result<(), OpError> {
        check_id(dimension)?;
        if level.is_some_and(|l| l > LEVEL_COUNT) {
            return Err(OpError::Input(InputError::NoSuchLevel));
        }
        let record = self.ambitions.entry(dimension.to_string()).or_default();
        record.level = level;
        record.updated = stamp_after(record.updated, now);
        Ok(())
    }

    /// The ambition set for a dimension, if any.
    pub fn ambition(&self, dimension: &str) -> Option<u8> {
        self.ambitions.get(dimension).and_then(|a| a.level)
    }

    /// Drops everything but the id and the times (see [`Assessment::purged`]).
    pub(crate) fn purge(&mut self) {
        self.purged = true;
        self.name = self.id.clone();
        self.answers.clear();
        self.snapshots.clear();
        self.ambitions.clear();
        self.actions.clear();
        self.rounds.clear();
        self.participants.clear();
        self.participants_updated = 0;
    }

    /// Why a snapshot now would record nothing worth comparing with, or `None` when it
    /// would: with nothing answered it is 0 % everywhere, and a second one on the same
    /// (UTC, as snapshots are named) day with the same score as that day's latest adds a
    /// copy. A later day with the same score is recorded: that nothing moved is news.
    pub fn snapshot_refusal(&self, model: &Model, now: u64) -> Option<SnapshotRefusal> {
        let score = score(model, &self.answers);
        if score.overall.answered == 0 {
            return Some(SnapshotRefusal::NothingAnswered);
        }
        let today = Date::from_unix_ms(now);
        let latest_today = self.snapshots.iter().rev().find(|s| Date::from_unix_ms(s.taken) == today)?;
        let levels = score.dimensions.iter().map(|d| (&*d.dimension.id, d.shown_level()));
        let same = latest_today.overall == score.overall.percent()
            && latest_today.levels.len() == score.dimensions.len()
            && levels.into_iter().all(|(id, level)| latest_today.levels.get(id) == Some(&level));
        same.then_some(SnapshotRefusal::SameAsToday)
    }

    /// Takes a snapshot unless [`Assessment::snapshot_refusal`] says it is pointless; the
    /// app's button goes through here.
    pub fn take_useful_snapshot(&mut self, model: &Model, now: u64) -> Result<&Snapshot, OpError> {
        match self.snapshot_refusal(model, now) {
            Some(why) => Err(OpError::SnapshotRefused(why)),
            None => Ok(self.take_snapshot(model, now)),
        }
    }

    /// Records the current score as a snapshot and returns it, whatever it is (files and
    /// tests record history as it was; a user's click goes through
    /// [`Assessment::take_useful_snapshot`]). A level is recorded as
    /// it is shown: a level of only n.v.t. answers is not counted as reached.
    pub fn take_snapshot(&mut self, model: &Model, now: u64) -> &Snapshot {
        let score = score(model, &self.answers);
        let levels = score.dimensions.iter().map(|d| (d.dimension.id.to_string(), d.shown_level())).collect();
        self.snapshots.push(Snapshot { taken: now, overall: score.overall.percent(), levels });
        self.snapshots.sort();
        let index = self.snapshots.iter().rposition(|s| s.taken == now).unwrap_or(self.snapshots.len() - 1);
        &self.snapshots[index]
    }

    /// The latest time anything in this assessment changed.
    pub fn modified(&self) -> u64 {
        let answers = self.answers.values().map(Answer::modified);
        let snapshots = self.snapshots.iter().map(|s| s.taken);
        let ambitions = self.ambitions.values().map(|a| a.updated);
        let actions = self.actions.values().map(Action::modified);
        let rounds = self.rounds.values().map(|r| r.updated);
        let participants = std::iter::once(self.participants_updated);
        answers
            .chain(snapshots)
            .chain(ambitions)
            .chain(actions)
            .chain(rounds)
            .chain(participants)
            .chain([self.created, self.renamed])
            .max()
            .unwrap_or(0)
    }

    /// True when there is work not yet saved to a file: answers, ambitions or actions
    /// never exported, or changes after the last export.
    pub fn has_unexported_changes(&self) -> bool {
        match self.last_exported {
            None => {
                !self.answers.is_empty()
                    || !self.ambitions.is_empty()
                    || !self.actions.is_empty()
                    || !self.rounds.is_empty()
            }
            Some(t) => self.modified() > t,
        }
    }
}

impl State {
    pub fn new() -> State {
        State::default()
    }

    /// Live (not deleted) assessments, oldest first.
    pub fn live(&self) -> impl Iterator<Item = &Assessment> {
        self.assessments.iter().filter(|a| !a.is_deleted())
    }

    /// Deleted assessments that can be restored, most recently deleted first.
    pub fn deleted(&self) -> Vec<&Assessment> {
        let mut list: Vec<_> = self.assessments.iter().filter(|a| a.is_deleted() && !a.purged).collect();
        list.sort_by_key(|a| std::cmp::Reverse(a.deleted));
        list
    }

    /// A live assessment.
    pub fn get(&self, id: &str) -> Option<&Assessment> {
        self.live().find(|a| a.id == id)
    }

    /// A live assessment, to change it (answers, notes, snapshots).
    pub fn get_mut(&mut self, id: &str) -> Result<&mut Assessment, OpError> {
        self.assessments
            .iter_mut()
            .find(|a| a.id == id && !a.is_deleted())
            .ok_or_else(|| OpError::NotFound(id.to_string()))
    }

    pub fn active(&self) -> Option<&Assessment> {
        self.active.as_deref().and_then(|id| self.get(id))
    }

    pub fn active_mut(&mut self) -> Option<&mut Assessment> {
        let id = self.active.clone()?;
        self.get_mut(&id).ok()
    }

    /// An id no assessment (live or deleted) has: built from the time and the caller's
    /// entropy, so two tabs creating at the same moment still differ.
    pub fn fresh_id(&self, now: u64, entropy: u32) -> String {
        let base = format!("z{now:x}-{entropy:08x}");
        let taken = |id: &str| self.assessments.iter().any(|a| a.id == id);
        if !taken(&base) {
            return base;
        }
        (2u32..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or(base)
    }

    /// `name`, or `name (2)`, `name (3)`… so two live assessments never look the same.
    pub fn free_name(&self, name: &str) -> String {
        let taken = |n: &str| self.live().any(|a| a.name == n);
        if !taken(name) {
            return name.to_string();
        }
        (2u32..)
            .map(|n| {
                let suffix = format!(" ({n})");
                let room = NAME_MAX_CHARS.saturating_sub(suffix.chars().count());
                let base: String = name.chars().take(room).collect();
                format!("{}{suffix}", base.trim_end())
            })
            .find(|n| !taken(n))
            .unwrap_or_else(|| name.to_string())
    }

    /// Adds a new empty assessment, makes it active and returns its id.
    pub fn create(&mut self, name: &str, now: u64, entropy: u32) -> Result<String, OpError> {
        let name = check_name(name)?;
        let id = self.fresh_id(now, entropy);
        self.insert(Assessment::new(id.clone(), name, now));
        self.active = Some(id.clone());
        Ok(id)
    }

    pub fn rename(&mut self, id: &str, name: &str, now: u64) -> Result<(), OpError> {
        let name = check_name(name)?;
        let assessment = self.get_mut(id)?;
        assessment.name = name;
        assessment.renamed = stamp_after(assessment.renamed, now);
        Ok(())
    }

    /// Copies an assessment's answers, notes, evidence and ambitions (not its snapshots,
    /// actions and game rounds: those are the original's history and work) into a new one, makes the copy active, returns
    /// its id.
    pub fn duplicate(&mut self, id: &str, name: &str, now: u64, entropy: u32) -> Result<String, OpError> {
        let name = check_name(name)?;
        let original = self.get(id).ok_or_else(|| OpError::NotFound(id.to_string()))?;
        let (answers, ambitions) = (original.answers.clone(), original.ambitions.clone());
        let copy_id = self.fresh_id(now, entropy);
        self.insert(Assessment { answers, ambitions, ..Assessment::new(copy_id.clone(), name, now) });
        self.active = Some(copy_id.clone());
        Ok(copy_id)
    }

    /// Makes a live assessment the active one.
    pub fn switch(&mut self, id: &str) -> Result<(), OpError> {
        self.get_mut(id)?;
        self.active = Some(id.to_string());
        Ok(())
    }

    /// Moves an assessment to the deleted list (see [`State::restore`]). If it was
    /// active, the first remaining live assessment becomes active.
    pub fn delete(&mut self, id: &str, now: u64) -> Result<(), OpError> {
        let assessment = self.get_mut(id)?;
        // Strictly after the last restore, even if that was stamped by a fast clock.
        let latest = assessment.deleted.max(assessment.restored).unwrap_or(0);
        assessment.deleted = Some(stamp_after(latest, now));
        self.repair_active();
        Ok(())
    }

    /// Undoes a delete: the assessment comes back with everything it had, and becomes active.
    pub fn restore(&mut self, id: &str, now: u64) -> Result<(), OpError> {
        let assessment = self
            .assessments
            .iter_mut()
            .find(|a| a.id == id && a.is_deleted() && !a.purged)
            .ok_or_else(|| OpError::NotFound(id.to_string()))?;
        // Strictly after the deletion, even if the clock did not move.
        let latest = assessment.deleted.max(assessment.restored).unwrap_or(0);
        assessment.restored = Some(stamp_after(latest, now));
        self.active = Some(id.to_string());
        Ok(())
    }

    /// Deletes an already deleted assessment for good: its answers, notes, links and
    /// snapshots are gone and it can no longer be restored. Only the user asks for this.
    pub fn purge(&mut self, id: &str) -> Result<(), OpError> {
        let assessment = self
            .assessments
            .iter_mut()
            .find(|a| a.id == id && a.is_deleted() && !a.purged)
            .ok_or_else(|| OpError::NotFound(id.to_string()))?;
        assessment.purge();
        Ok(())
    }

    /// Records that these assessments were written to a file at `now`. The file holds
    /// everything they had, also changes stamped ahead of `now` by a fast clock.
    pub fn mark_exported(&mut self, ids: &[&str], now: u64) {
        for assessment in self.assessments.iter_mut().filter(|a| ids.contains(&a.id.as_str())) {
            let saved = now.max(assessment.modified());
            assessment.last_exported = Some(assessment.last_exported.map_or(saved, |t| t.max(saved)));
        }
    }

    /// Live assessments with work not yet saved to a file.
    pub fn unexported(&self) -> Vec<&Assessment> {
        self.live().filter(|a| a.has_unexported_changes()).collect()
    }

    /// Adds an assessment, keeping the (`created`, `id`) order.
    pub(crate) fn insert(&mut self, assessment: Assessment) {
        self.assessments.push(assessment);
        self.sort();
    }

    pub(crate) fn sort(&mut self) {
        self.assessments.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
    }

    /// Keeps `active` pointing at a live assessment (or `None` if there is none).
    pub(crate) fn repair_active(&mut self) {
        let valid = self.active.as_deref().is_some_and(|id| self.get(id).is_some());
        if !valid {
            let first = self.live().next().map(|a| a.id.clone());
            self.active = first;
        }
    }
}
