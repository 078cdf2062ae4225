//! Combines two copies of the stored state, e.g. when another tab saved while this one
//! was open (the `storage` event), or when an imported file is merged in.
//!
//! Rules — each one is a "join", so the result does not depend on which side is local
//! or on the order merges happen in (except for `active`, which stays per tab):
//! - assessments are matched by id; one that only one side has is kept;
//! - answers: per statement, the record with the later `updated` wins (whole record:
//!   answer, note and evidence together); equal times are broken by content so both
//!   tabs reach the same result;
//! - name: the later `renamed` wins; `created` is the earliest; snapshots are the union;
//!   `last_exported` is the latest;
//! - deletion: `deleted` and `restored` each keep their latest time, and an assessment is
//!   deleted when its latest deletion is not older than its latest restore. That is a
//!   tombstone with a timestamp: a tab that never saw the deletion cannot resurrect the
//!   assessment by merging (its copy only has older times), while an explicit restore
//!   (undo) — a newer event — does bring it back everywhere. Tombstones keep the full
//!   content, so edits made in a tab that had not yet seen the deletion are not lost:
//!   they are merged into the deleted copy and return with a restore.

use super::schema::{Assessment, Snapshot, State};
use crate::assessment::answer::Answers;

/// The two tabs' states combined; `local`'s choice of active assessment is kept if it
/// is still live.
pub fn merge(local: &State, incoming: &State) -> State {
    let mut assessments = local.assessments.clone();
    for theirs in &incoming.assessments {
        match assessments.iter_mut().find(|a| a.id == theirs.id) {
            Some(ours) => merge_assessment(ours, theirs),
            None => assessments.push(theirs.clone()),
        }
    }
    let mut state = State { active: local.active.clone(), assessments };
    state.sort();
    state.repair_active();
    state
}

/// Merges `theirs` into `ours` (same id) by the rules above.
pub fn merge_assessment(ours: &mut Assessment, theirs: &Assessment) {
    if (theirs.renamed, &theirs.name) > (ours.renamed, &ours.name) {
        ours.name = theirs.name.clone();
        ours.renamed = theirs.renamed;
    }
    ours.created = ours.created.min(theirs.created);
    merge_answers(&mut ours.answers, &theirs.answers);
    merge_snapshots(&mut ours.snapshots, &theirs.snapshots);
    ours.last_exported = ours.last_exported.max(theirs.last_exported);
    ours.deleted = ours.deleted.max(theirs.deleted);
    ours.restored = ours.restored.max(theirs.restored);
}

/// Per statement last-write-wins. Returns how many records were taken from `theirs`.
pub fn merge_answers(ours: &mut Answers, theirs: &Answers) -> usize {
    let mut taken = 0;
    for (id, record) in theirs {
        match ours.get_mut(id) {
            // `Answer`'s Ord compares `updated` first, then content as a tie-break.
            Some(mine) if *mine >= *record => {}
            Some(mine) => {
                *mine = record.clone();
                taken += 1;
            }
            None => {
                ours.insert(id.clone(), record.clone());
                taken += 1;
            }
        }
    }
    taken
}

/// Union, oldest first, without duplicates.
pub fn merge_snapshots(ours: &mut Vec<Snapshot>, theirs: &[Snapshot]) {
    ours.extend(theirs.iter().cloned());
    ours.sort();
    ours.dedup();
}
