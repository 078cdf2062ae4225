//! The ways answers, notes and links could get lost, each as the user meets it: a merge
//! that drops a note, a clock that runs ahead, an old stored format, a name that shows
//! reversed. The browser side of the same rules is in `tests/e2e/nothing-lost.test.mjs`.

use digiwijzer::assessment::AnswerValue::{self, Deels, Ja, Nee};
use digiwijzer::embedded::assessment_model;
use digiwijzer::storage::{export_json, merge, plan_import, to_json, LoadError, MergePreview, State};
use digiwijzer::strings as messages;

/// Stored data read as the app reads it.
fn migrate(raw: &str) -> Result<State, LoadError> {
    digiwijzer::storage::migrate(raw, messages::V1_ASSESSMENT_NAME)
}

const T0: u64 = 1_732_000_000_000;
const HOUR: u64 = 3_600_000;
const B1: &str = "eigenaarschap.b1";

fn with_note_and_link() -> (State, String) {
    let mut state = State::new();
    let id = state.create("Team KCC", T0, 7).unwrap();
    let a = state.get_mut(&id).unwrap();
    a.set_answer(B1, Some(Ja), T0 + 1).unwrap();
    a.set_note(B1, "Besluit van de raad, mei.", T0 + 2).unwrap();
    a.set_evidence(B1, "https://gemeente.example/besluit", T0 + 3).unwrap();
    (state, id)
}

fn answer(state: &State, id: &str) -> Option<AnswerValue> {
    state.get(id)?.answers.get(B1)?.answer
}

#[test]
fn merging_a_colleagues_later_answer_keeps_my_note_and_link_and_says_so() {
    let (mut lead, id) = with_note_and_link();
    // The colleague had the lead's earlier export, answered later and has no note of their own.
    let mut colleague = State::new();
    let cid = colleague.create("Team KCC", T0, 7).unwrap();
    colleague.get_mut(&cid).unwrap().set_answer(B1, Some(Deels), T0 + 50).unwrap();
    let file = export_json(&[colleague.get(&cid).unwrap()], T0 + 60);

    let plan = plan_import(&lead, assessment_model(), &file).unwrap();
    let preview = plan.assessments[0].merge_preview.unwrap();
    assert_eq!((preview.updated, preview.texts.notes_kept, preview.texts.links_kept), (1, 0, 0));
    lead.import_into(&plan, 0, &id).unwrap();
    let record = &lead.get(&id).unwrap().answers[B1];
    assert_eq!(record.answer, Some(Deels), "the later answer wins");
    assert_eq!(record.note, "Besluit van de raad, mei.");
    assert_eq!(record.evidence, "https://gemeente.example/besluit");
}

#[test]
fn a_file_never_replaces_a_note_here_but_fills_in_where_there_is_none() {
    let (mut lead, id) = with_note_and_link();
    let mut colleague = lead.clone();
    let c = colleague.get_mut(&id).unwrap();
    c.set_note(B1, "Mijn eigen toelichting", T0 + 100).unwrap();
    c.set_evidence(B1, "", T0 + 100).unwrap();
    c.set_note("eigenaarschap.b2", "Nog niet besproken", T0 + 100).unwrap();
    c.set_evidence("eigenaarschap.b2", "https://gemeente.example/notulen", T0 + 100).unwrap();
    let file = export_json(&[colleague.get(&id).unwrap()], T0 + 200);

    let plan = plan_import(&lead, assessment_model(), &file).unwrap();
    let preview: MergePreview = plan.assessments[0].merge_preview.unwrap();
    assert_eq!((preview.texts.notes_added, preview.texts.notes_kept), (1, 1));
    assert_eq!((preview.texts.links_added, preview.texts.links_kept), (1, 0));
    let text = messages::merge_preview(&preview);
    assert!(text.contains("1 notitie erbij") && text.contains("1 notitie blijft"), "{text}");
    assert_eq!(lead.import_into(&plan, 0, &id), Ok(preview), "the preview is what happens");

    let a = lead.get(&id).unwrap();
    assert_eq!(a.answers[B1].note, "Besluit van de raad, mei.");
    assert_eq!(a.answers[B1].evidence, "https://gemeente.example/besluit", "an empty link in the file clears nothing");
    assert_eq!(a.answers["eigenaarschap.b2"].note, "Nog niet besproken");
    assert_eq!(a.answers["eigenaarschap.b2"].evidence, "https://gemeente.example/notulen");
}

#[test]
fn a_change_made_now_wins_over_an_answer_stamped_in_the_future() {
    let (mut tab1, id) = with_note_and_link();
    // A colleague's file, or this PC before its clock was put right, stamped an hour ahead.
    tab1.get_mut(&id).unwrap().set_answer(B1, Some(Ja), T0 + HOUR).unwrap();
    let tab2 = tab1.clone();
    tab1.get_mut(&id).unwrap().set_answer(B1, Some(Nee), T0 + 10).unwrap();
    assert_eq!(answer(&tab1, &id), Some(Nee));
    assert_eq!(answer(&merge(&tab2, &tab1), &id), Some(Nee), "the other tab takes the change");
    assert_eq!(answer(&merge(&tab1, &tab2), &id), Some(Nee), "and this tab keeps it");
}

#[test]
fn an_export_made_while_the_clock_ran_ahead_never_sets_a_later_change_back() {
    let (mut state, id) = with_note_and_link();
    state.get_mut(&id).unwrap().set_answer(B1, Some(Ja), T0 + HOUR).unwrap();
    let file = export_json(&[state.get(&id).unwrap()], T0 + HOUR);
    state.mark_exported(&[&id], T0 + HOUR);
    // The clock is right again; the user changes the answer and the note.
    state.get_mut(&id).unwrap().set_answer(B1, Some(Nee), T0 + 20).unwrap();
    state.get_mut(&id).unwrap().set_note(B1, "Toch niet", T0 + 21).unwrap();
    assert!(state.get(&id).unwrap().has_unexported_changes(), "the change still needs exporting");

    let plan = plan_import(&state, assessment_model(), &file).unwrap();
    state.import_into(&plan, 0, &id).unwrap();
    assert_eq!(answer(&state, &id), Some(Nee));
    assert_eq!(state.get(&id).unwrap().answers[B1].note, "Toch niet");
}

#[test]
fn exporting_clears_the_reminder_even_for_changes_stamped_ahead() {
    let (mut state, id) = with_note_and_link();
    state.get_mut(&id).unwrap().set_answer(B1, Some(Ja), T0 + HOUR).unwrap();
    state.mark_exported(&[&id], T0 + 30);
    assert!(state.unexported().is_empty());
}

#[test]
fn deleting_and_restoring_work_now_whatever_the_stored_clock_says() {
    let (mut state, id) = with_note_and_link();
    state.delete(&id, T0 + HOUR).unwrap();
    state.restore(&id, T0 + 2 * HOUR).unwrap();
    // Back to the right time: a delete now must still delete.
    state.delete(&id, T0 + 40).unwrap();
    assert!(state.get(&id).is_none());
    state.restore(&id, T0 + 41).unwrap();
    assert!(state.get(&id).is_some());
}

#[test]
fn a_v2_record_keeps_its_note_when_merged_with_a_later_answer_without_one() {
    let v2 = r#"{"version":2,"active":"a","assessments":[{"id":"a","name":"A","created":1,"renamed":1,
        "answers":{"eigenaarschap.b1":{"updated":5,"answer":"ja","note":"Staat in het coalitieakkoord"},
                   "eigenaarschap.b2":{"updated":6,"answer":"nee"}}}]}"#;
    let ours = migrate(v2).unwrap();
    let b2 = &ours.get("a").unwrap().answers["eigenaarschap.b2"];
    assert_eq!((b2.updated, b2.note_updated), (6, 0), "an empty note has no time of its own");
    let mut theirs = ours.clone();
    theirs.get_mut("a").unwrap().set_answer(B1, Some(Nee), 10).unwrap();
    theirs.get_mut("a").unwrap().answers.get_mut(B1).unwrap().note.clear();
    theirs.get_mut("a").unwrap().answers.get_mut(B1).unwrap().note_updated = 0;
    let merged = merge(&ours, &theirs);
    assert_eq!(merged.get("a").unwrap().answers[B1].note, "Staat in het coalitieakkoord");
    assert_eq!(migrate(&to_json(&merged)).unwrap(), merged, "v3 round trip");
}

#[test]
fn a_v1_export_file_still_imports() {
    let raw = std::fs::read_to_string("tests/fixtures/storage/export.json").unwrap();
    let plan = plan_import(&State::new(), assessment_model(), &raw).unwrap();
    let record = &plan.assessments[0].assessment.answers["eigenaarschap.b2"];
    assert_eq!(record.note_updated, record.updated);
}

#[test]
fn names_cannot_hide_or_reverse_text() {
    let mut state = State::new();
    let id = state.create("Team \u{202e}CCK\u{202c}", T0, 1).unwrap();
    assert_eq!(state.get(&id).unwrap().name, "Team CCK");
    let stored = to_json(&state).replace("Team CCK", "Team \\u202eCCK");
    assert_eq!(migrate(&stored).unwrap().get(&id).unwrap().name, "Team CCK", "also in stored data");
}

#[test]
fn deleted_for_good_stays_gone_in_every_tab() {
    let (mut tab1, id) = with_note_and_link();
    let keep = tab1.create("Blijft", T0 + 5, 9).unwrap();
    let still_live = tab1.clone();
    tab1.delete(&id, T0 + 10).unwrap();
    let only_deleted = tab1.clone();
    assert_eq!(tab1.purge(&keep).map_err(|_| ()), Err(()), "only a deleted one can be purged");
    tab1.purge(&id).unwrap();
    assert!(tab1.deleted().is_empty());
    assert!(tab1.restore(&id, T0 + 20).is_err());
    for other in [still_live, only_deleted] {
        for merged in [merge(&tab1, &other), merge(&other, &tab1)] {
            assert!(merged.get(&id).is_none() && merged.deleted().is_empty());
            let json = to_json(&merged);
            assert!(!json.contains("Besluit van de raad"), "{json}");
            assert_eq!(migrate(&json).unwrap(), merged);
        }
    }
}

#[test]
fn an_older_tabs_copy_never_replaces_a_newer_note_it_could_not_know() {
    let (mine, id) = with_note_and_link();
    // An older version's tab read the data before the note changed here, then answered:
    // its one time per record dates the stale note too.
    let mut mine = mine;
    let old_tab = mine.clone();
    mine.get_mut(&id).unwrap().set_note(B1, "Nieuwe notitie", T0 + 10).unwrap();
    let mut old_tab = old_tab;
    old_tab.get_mut(&id).unwrap().set_answer(B1, Some(Nee), T0 + 20).unwrap();
    let v2 = to_json(&old_tab).replace("{\"version\":4", "{\"version\":2");
    let v2 = v2.replace(",\"note_updated\":1732000000002", "").replace(",\"evidence_updated\":1732000000003", "");
    let (theirs, version) = digiwijzer::storage::migrate_versioned(&v2, messages::V1_ASSESSMENT_NAME).unwrap();
    assert_eq!(version, 2);
    let merged = digiwijzer::storage::merge_older(&mine, &theirs);
    let record = &merged.get(&id).unwrap().answers[B1];
    assert_eq!(record.answer, Some(Nee), "its later answer arrives");
    assert_eq!(record.note, "Nieuwe notitie", "its stale note does not");
}

#[test]
fn a_name_of_only_invisible_characters_does_not_make_the_data_unreadable() {
    let raw = r#"{"version":2,"active":"a","assessments":[{"id":"a","name":"\u202e\u202c","created":1,"answers":{}}]}"#;
    let state = migrate(raw).unwrap();
    assert_eq!(state.get("a").unwrap().name, messages::V1_ASSESSMENT_NAME);
}

#[test]
fn data_and_files_from_before_the_model_was_rewritten_keep_every_answer_note_and_link() {
    // Stored and exported by the release before the self-assessment's statements were
    // rewritten: all five of its statements are retired now.
    let stored = std::fs::read_to_string("tests/fixtures/storage/stored-before-model-v2.json").unwrap();
    let exported = std::fs::read_to_string("tests/fixtures/storage/export-before-model-v2.json").unwrap();
    let model = assessment_model();
    for id in [B1, "eigenaarschap.b2", "resultaten.o1", "informatieveiligheid.b2", "strategie.o1"] {
        assert!(model.retired(id).is_some() && model.statement(id).is_none(), "{id} is retired");
    }

    let from_storage = migrate(&stored).unwrap();
    let plan = plan_import(&State::new(), model, &exported).unwrap();
    assert!(plan.warnings.is_empty(), "retired statements are not unknown: {:?}", plan.warnings);
    for a in [&from_storage.assessments[0], &plan.assessments[0].assessment] {
        let record = |id: &str| a.answers.get(id).unwrap_or_else(|| panic!("{id} lost"));
        assert_eq!(a.answers.len(), 5);
        assert_eq!(record(B1).answer, Some(AnswerValue::Ja));
        assert_eq!(record(B1).evidence, "https://gemeente.example/besluit-42");
        assert_eq!(
            (record("eigenaarschap.b2").answer, &*record("eigenaarschap.b2").note),
            (Some(Deels), "Alleen in de directie besproken.")
        );
        assert_eq!(record("resultaten.o1").evidence, "https://gemeente.example/dashboard");
        assert_eq!(record("informatieveiligheid.b2").note, "Geregeld door de regio.");
        assert_eq!(
            (record("strategie.o1").answer, &*record("strategie.o1").note),
            (None, "Nog bespreken met de directie.")
        );
        assert_eq!(a.snapshots.len(), 1, "the snapshot is kept as it was taken");
    }
}
