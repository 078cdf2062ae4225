//! Team overviews: colleagues' exported files side by side, for a workshop.
//!
//! An overview keeps its own copy of each colleague's answers. It never mixes them into
//! the lead's assessments and changes none of them; it stays until the lead removes it,
//! and a lead may keep several (per team, per year). The aggregation itself (tallies,
//! median and spread, the disagreement agenda) is in [`crate::assessment::team`].

use std::collections::BTreeMap;

use serde::Serialize;

use super::exchange::ImportPlan;
use super::schema::{check_name, OpError, State};
use crate::assessment::answer::{check_id, check_note, stamp_after, Answer, AnswerValue, Answers};
use crate::assessment::team;

/// Most members one overview holds.
pub const MAX_MEMBERS: usize = 200;

/// One colleague's assessment, as their file had it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Member {
    /// The assessment's id in the file: with `participant`, what makes a member the same.
    pub assessment: String,
    /// Who the file says it is from; empty when it does not say.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub participant: String,
    /// The assessment's name in the file.
    pub name: String,
    /// When the file was exported.
    pub exported: u64,
    /// When it was added to the overview.
    pub added: u64,
    pub answers: Answers,
}

impl Member {
    /// What makes two members the same: the assessment and who it is from.
    pub fn key(&self) -> String {
        format!("{}/{}", self.assessment, self.participant)
    }

    /// The name to show when the overview is not anonymous: who it is from, else the
    /// assessment's name.
    pub fn label(&self) -> &str {
        if self.participant.is_empty() {
            &self.name
        } else {
            &self.participant
        }
    }
}

/// One overview.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Overview {
    pub created: u64,
    /// When anything in it last changed; two tabs' copies merge by it.
    pub updated: u64,
    pub name: String,
    /// Shows members as "Deelnemer 1 … n", everywhere.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    /// Every member ever added, in the order added; see [`Overview::members`].
    pub all_members: Vec<Member>,
    /// Per member key, when the lead took that member out. A member is in the overview
    /// if it was added after it was last taken out, so two tabs' copies merge without
    /// losing a member one of them added.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub removed: BTreeMap<String, u64>,
    /// The team's agreed answer per statement, as the lead records it in the
    /// discussion, each with its own time.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub agreed: Answers,
    /// When the lead removed it; it is gone if that is not older than `updated`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<u64>,
}

/// Overviews keyed by id.
pub type Overviews = BTreeMap<String, Overview>;

impl Overview {
    pub fn is_deleted(&self) -> bool {
        self.deleted.is_some_and(|d| d >= self.updated)
    }

    /// The members in the overview, in the order they were added.
    pub fn members(&self) -> Vec<&Member> {
        self.all_members.iter().filter(|m| self.removed.get(&m.key()).is_none_or(|&r| r < m.added)).collect()
    }

    /// The members as the aggregation reads them.
    pub fn team(&self) -> Vec<team::Member<'_>> {
        self.members().into_iter().map(|m| team::Member { name: m.label(), answers: &m.answers }).collect()
    }
}

/// What adding a file did: which of its assessments joined, and which were there already.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Added {
    /// Labels of the members added.
    pub added: Vec<String>,
    /// Labels of the members the overview already had (same assessment and participant).
    pub already_there: Vec<String>,
}

impl State {
    /// The overviews not removed, oldest first.
    pub fn live_overviews(&self) -> Vec<(&str, &Overview)> {
        let mut list: Vec<(&str, &Overview)> =
            self.overviews.iter().filter(|(_, o)| !o.is_deleted()).map(|(id, o)| (id.as_str(), o)).collect();
        list.sort_by_key(|(id, o)| (o.created, *id));
        list
    }

    fn overview_mut(&mut self, id: &str) -> Result<&mut Overview, OpError> {
        self.overviews.get_mut(id).filter(|o| !o.is_deleted()).ok_or_else(|| OpError::NoSuchOverview(id.to_string()))
    }

    /// Starts an empty overview; returns its id.
    pub fn create_overview(&mut self, name: &str, now: u64, entropy: u32) -> Result<String, OpError> {
        let name = check_name(name)?;
        let base = format!("t{now:x}-{entropy:08x}");
        let id = (1u32..)
            .map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") })
            .find(|id| !self.overviews.contains_key(id))
            .unwrap_or(base);
        self.overviews.insert(id.clone(), Overview { created: now, updated: now, name, ..Overview::default() });
        Ok(id)
    }

    /// Adds every assessment of a checked file as a member. One the overview already
    /// has (the same assessment from the same participant) is reported, not doubled;
    /// the lead's own assessments are not touched.
    pub fn add_to_overview(&mut self, id: &str, file: &ImportPlan, now: u64) -> Result<Added, OpError> {
        let overview = self.overview_mut(id)?;
        let mut result = Added::default();
        let mut copy = overview.clone();
        let stamp = stamp_after(overview.updated, now);
        for incoming in &file.assessments {
            let a = &incoming.assessment;
            let member = Member {
                assessment: a.id.clone(),
                participant: file.participant.clone(),
                name: a.name.clone(),
                exported: file.exported,
                added: stamp.max(copy.removed.get(&format!("{}/{}", a.id, file.participant)).map_or(0, |r| r + 1)),
                answers: a.answers.clone(),
            };
            if copy.members().iter().any(|m| m.key() == member.key()) {
                result.already_there.push(member.label().to_string());
            } else {
                result.added.push(member.label().to_string());
                copy.all_members.retain(|m| m.key() != member.key());
                copy.all_members.push(member);
            }
        }
        if copy.members().len() > MAX_MEMBERS {
            return Err(OpError::TooManyMembers { max: MAX_MEMBERS });
        }
        if !result.added.is_empty() {
            copy.updated = stamp;
            *overview = copy;
        }
        Ok(result)
    }

    /// Takes one member (by [`Member::key`]) out of an overview.
    pub fn remove_member(&mut self, id: &str, key: &str, now: u64) -> Result<(), OpError> {
        let overview = self.overview_mut(id)?;
        let Some(added) = overview.members().iter().find(|m| m.key() == key).map(|m| m.added) else {
            return Err(OpError::NoSuchOverview(id.to_string()));
        };
        let at = stamp_after(added.max(overview.updated), now);
        overview.removed.insert(key.to_string(), at);
        overview.updated = at;
        Ok(())
    }

    /// Turns "Deelnemer 1 … n" on or off.
    pub fn set_anonymous(&mut self, id: &str, anonymous: bool, now: u64) -> Result<(), OpError> {
        let overview = self.overview_mut(id)?;
        overview.anonymous = anonymous;
        overview.updated = stamp_after(overview.updated, now);
        Ok(())
    }

    /// Records (or clears, `None`) the team's agreed answer to one statement.
    pub fn set_agreed(
        &mut self,
        id: &str,
        statement: &str,
        value: Option<AnswerValue>,
        now: u64,
    ) -> Result<(), OpError> {
        check_id(statement)?;
        let overview = self.overview_mut(id)?;
        let record = overview.agreed.entry(statement.to_string()).or_default();
        record.answer = value;
        record.updated = stamp_after(record.updated, now);
        Ok(())
    }

    /// Makes the agreed answers a new assessment (which becomes active), each with the
    /// team's spread in its note (`note_of`, in the user's language), so the discussion
    /// shows later. The overview and the members stay as they are. Returns the new id.
    pub fn consensus(
        &mut self,
        id: &str,
        name: &str,
        note_of: impl Fn(&team::Tally) -> String,
        now: u64,
        entropy: u32,
    ) -> Result<String, OpError> {
        let overview = self
            .overviews
            .get(id)
            .filter(|o| !o.is_deleted())
            .ok_or_else(|| OpError::NoSuchOverview(id.to_string()))?;
        let members = overview.team();
        let mut answers = Answers::new();
        for (statement, agreed) in overview.agreed.iter().filter(|(_, a)| a.answer.is_some()) {
            let note = note_of(&team::tally(&members, statement));
            check_note(&note)?;
            let stamp = |text: &str| if text.is_empty() { 0 } else { now };
            answers.insert(
                statement.clone(),
                Answer { updated: now, answer: agreed.answer, note_updated: stamp(&note), note, ..Answer::default() },
            );
        }
        // A long overview name plus the date must not make the name too long to keep.
        let name: String = name.chars().take(super::schema::NAME_MAX_CHARS).collect();
        let name = self.free_name(name.trim_end());
        let new = self.create(&name, now, entropy)?;
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == new) {
            a.answers = answers;
        }
        Ok(new)
    }

    /// Removes an overview. Its members are copies, so nobody's answers go with it.
    pub fn delete_overview(&mut self, id: &str, now: u64) -> Result<(), OpError> {
        let overview = self.overview_mut(id)?;
        overview.deleted = Some(stamp_after(overview.updated, now));
        Ok(())
    }
}

/// Per overview: members are joined (each key's later copy, and the later time it was
/// taken out), so a member added in one tab is never lost to the other tab's copy; the
/// name and the anonymous switch come from the copy changed last; a removal stays.
pub fn merge_overviews(ours: &mut Overviews, theirs: &Overviews) {
    for (id, t) in theirs {
        let Some(o) = ours.get_mut(id) else {
            ours.insert(id.clone(), t.clone());
            continue;
        };
        if (t.updated, &t.name, t.anonymous) > (o.updated, &o.name, o.anonymous) {
            o.name = t.name.clone();
            o.anonymous = t.anonymous;
        }
        o.created = o.created.min(t.created);
        o.updated = o.updated.max(t.updated);
        o.deleted = o.deleted.max(t.deleted);
        for (key, &at) in &t.removed {
            let mine = o.removed.entry(key.clone()).or_insert(at);
            *mine = (*mine).max(at);
        }
        for (statement, theirs) in &t.agreed {
            let mine = o.agreed.entry(statement.clone()).or_default();
            if (theirs.updated, theirs.answer) > (mine.updated, mine.answer) {
                (mine.updated, mine.answer) = (theirs.updated, theirs.answer);
            }
        }
        for member in &t.all_members {
            match o.all_members.iter_mut().find(|m| m.key() == member.key()) {
                Some(m) if (member.added, member.exported) > (m.added, m.exported) => *m = member.clone(),
                Some(_) => {}
                None => o.all_members.push(member.clone()),
            }
        }
        o.all_members.sort_by_key(|m| (m.added, m.key()));
    }
}
