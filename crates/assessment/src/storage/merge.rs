//! Combines two copies of the stored state, e.g. when another tab saved while this one
//! was open (the `storage` event), or when an imported file is merged in.
//!
//! Rules — each one is a "join", so the result does not depend on which side is local
//! or on the order merges happen in (except for `active`, which stays per tab):
//! - assessments are matched by id; one that only one side has is kept;
//! - answers: per statement and per field (answer, note, evidence link), the one with
//!   the later time wins; equal times are broken by content so both tabs reach the same
//!   result. A side that never touched a note has time 0 for it, so it never takes the
//!   other side's note away; only a later edit of that note (the user's own choice,
//!   in another tab) replaces or clears it;
//! - participants: like a note, the later one wins, and never from a file over ours;
//! - name: the later `renamed` wins; `created` is the earliest; snapshots are the union;
//!   `last_exported` is the latest;
//! - ambitions: per dimension, the one set later wins (also a cleared one);
//! - actions: per action and field, the later one wins; a deleted action stays deleted
//!   unless it was changed after the deletion (see [`super::plan::merge_actions`]);
//! - game rounds: per round, the copy changed last wins (one team plays a round in one
//!   tab; see [`super::game::merge_rounds`]);
//! - deletion: `deleted` and `restored` each keep their latest time, and an assessment is
//!   deleted when its latest deletion is not older than its latest restore. That is a
//!   tombstone with a timestamp: a tab that never saw the deletion cannot resurrect the
//!   assessment by merging (its copy only has older times), while an explicit restore
//!   (undo) — a newer event — does bring it back everywhere. Tombstones keep the full
//!   content, so edits made in a tab that had not yet seen the deletion are not lost:
//!   they are merged into the deleted copy and return with a restore;
//! - deleted for good (`purged`) on either side is deleted for good: the user asked for it;
//! - team overviews: members are joined, never lost to the other copy (see
//!   [`super::team::merge_overviews`]).
//!
//! Merging an imported file ([`merge_from_file`]) follows the same rules with one
//! exception: a note or link that is here is never replaced or cleared by the file's,
//! since a file is someone else's copy, not the user's own later edit.

use super::game::merge_rounds;
use super::plan::merge_actions;
use super::schema::{Ambitions, Assessment, Snapshot, State};
use super::team::merge_overviews;
use crate::assessment::answer::{Answer, Answers};

/// The two tabs' states combined; `local`'s choice of active assessment is kept if it
/// is still live.
pub fn merge(local: &State, incoming: &State) -> State {
    merge_with(local, incoming, Text::LatestWins)
}

/// [`merge`] for a copy that cannot know this one's notes and links: data written by an
/// older version (its one time per record also dates a note it never changed) or a
/// backup. Its notes and links fill in where there is none here, and never replace or
/// clear one; what it deleted for good stays here.
pub fn merge_older(local: &State, incoming: &State) -> State {
    let mut incoming = incoming.clone();
    incoming.assessments.retain(|a| !a.purged);
    merge_with(local, &incoming, Text::KeepOurs)
}

fn merge_with(local: &State, incoming: &State, text: Text) -> State {
    let mut assessments = local.assessments.clone();
    for theirs in &incoming.assessments {
        match assessments.iter_mut().find(|a| a.id == theirs.id) {
            Some(ours) => merge_assessment(ours, theirs, text),
            None => assessments.push(theirs.clone()),
        }
    }
    let mut overviews = local.overviews.clone();
    merge_overviews(&mut overviews, &incoming.overviews);
    let mut state = State { active: local.active.clone(), assessments, overviews };
    state.sort();
    state.repair_active();
    state
}

/// Merges `theirs` into `ours` (same id) by the rules above.
fn merge_assessment(ours: &mut Assessment, theirs: &Assessment, text: Text) {
    if (theirs.renamed, &theirs.name) > (ours.renamed, &ours.name) {
        ours.name = theirs.name.clone();
        ours.renamed = theirs.renamed;
    }
    ours.created = ours.created.min(theirs.created);
    let may_replace = text == Text::LatestWins || ours.participants.is_empty();
    if (theirs.participants_updated, &theirs.participants) > (ours.participants_updated, &ours.participants)
        && may_replace
    {
        ours.participants = theirs.participants.clone();
        ours.participants_updated = theirs.participants_updated;
    }
    join_answers(&mut ours.answers, &theirs.answers, text);
    merge_snapshots(&mut ours.snapshots, &theirs.snapshots);
    merge_ambitions(&mut ours.ambitions, &theirs.ambitions);
    merge_actions(&mut ours.actions, &theirs.actions, text == Text::KeepOurs);
    merge_rounds(&mut ours.rounds, &theirs.rounds);
    ours.last_exported = ours.last_exported.max(theirs.last_exported);
    ours.deleted = ours.deleted.max(theirs.deleted);
    ours.restored = ours.restored.max(theirs.restored);
    if ours.purged || theirs.purged {
        ours.purge();
    }
}

/// Per statement and field last-write-wins for an imported file: the file's notes and
/// links fill in where there is none here, but never replace or clear one that is here.
pub fn merge_from_file(ours: &mut Answers, theirs: &Answers) {
    join_answers(ours, theirs, Text::KeepOurs);
}

fn join_answers(ours: &mut Answers, theirs: &Answers, text: Text) {
    for (id, record) in theirs {
        join(ours.entry(id.clone()).or_default(), record, text);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Text {
    LatestWins,
    KeepOurs,
}

fn join(ours: &mut Answer, theirs: &Answer, text: Text) {
    if (theirs.updated, theirs.answer) > (ours.updated, ours.answer) {
        ours.updated = theirs.updated;
        ours.answer = theirs.answer;
    }
    let may_replace = |mine: &str| text == Text::LatestWins || mine.is_empty();
    if (theirs.note_updated, &theirs.note) > (ours.note_updated, &ours.note) && may_replace(&ours.note) {
        ours.note_updated = theirs.note_updated;
        ours.note = theirs.note.clone();
    }
    if (theirs.evidence_updated, &theirs.evidence) > (ours.evidence_updated, &ours.evidence)
        && may_replace(&ours.evidence)
    {
        ours.evidence_updated = theirs.evidence_updated;
        ours.evidence = theirs.evidence.clone();
    }
}

/// Per dimension, the later ambition wins; equal times are broken by content.
pub fn merge_ambitions(ours: &mut Ambitions, theirs: &Ambitions) {
    for (id, theirs) in theirs {
        let mine = ours.entry(id.clone()).or_default();
        if (theirs.updated, theirs.level) > (mine.updated, mine.level) {
            *mine = *theirs;
        }
    }
}

/// Union, oldest first, without duplicates.
pub fn merge_snapshots(ours: &mut Vec<Snapshot>, theirs: &[Snapshot]) {
    ours.extend(theirs.iter().cloned());
    ours.sort();
    ours.dedup();
}
