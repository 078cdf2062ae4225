//! Stored state, migrations, two-tab merging, export and import, as a user would notice.

use digiwijzer::assessment::{AnswerValue, InputError};
use digiwijzer::embedded::assessment_model;
use digiwijzer::storage::exchange::csv_cell;

#[path = "support/csv.rs"]
mod csv_reader;
use csv_reader::read_csv;
use digiwijzer::storage::{
    export_json, merge, plan_import, to_json, Assessment, Expected, Foreign, ImportWarning, JsonKind, LoadError,
    MergePreview, OpError, Problem, State, MAX_IMPORT_BYTES,
};
use digiwijzer::strings as messages;

use AnswerValue::{Deels, Ja, Nee, Nvt};

/// Stored data read as the app reads it.
fn migrate(raw: &str) -> Result<State, LoadError> {
    digiwijzer::storage::migrate(raw, messages::V1_ASSESSMENT_NAME)
}

/// The CSV export with the app's column headers.
fn export_csv(model: &digiwijzer::assessment::Model, assessments: &[&Assessment]) -> String {
    digiwijzer::storage::export_csv(model, assessments, &messages::CSV_HEADER, messages::csv_answer)
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/storage/{name}")).unwrap()
}

const T0: u64 = 1_732_000_000_000;

/// A state with one assessment ("Nulmeting") that has a few answers.
fn one_assessment() -> (State, String) {
    let mut state = State::new();
    let id = state.create("Nulmeting", T0, 7).unwrap();
    let a = state.get_mut(&id).unwrap();
    a.set_answer("eigenaarschap.b1", Some(Ja), T0 + 1).unwrap();
    a.set_answer("eigenaarschap.b2", Some(Deels), T0 + 2).unwrap();
    a.set_note("eigenaarschap.b2", "Alleen in de directie, \"nog\" niet in het college.", T0 + 3).unwrap();
    a.set_evidence("eigenaarschap.b1", "https://gemeente.example/besluit?id=1,2", T0 + 4).unwrap();
    (state, id)
}

fn value(state: &State, id: &str, statement: &str) -> Option<AnswerValue> {
    state.assessments.iter().find(|a| a.id == id)?.answers.get(statement)?.answer
}

// ---------------------------------------------------------------------------------------
// Operations

#[test]
fn create_rename_switch_and_names_are_checked() {
    let mut state = State::new();
    assert_eq!(state.create("   ", T0, 1), Err(OpError::Input(InputError::Empty)));
    assert_eq!(state.create(&"x".repeat(81), T0, 1), Err(OpError::Input(InputError::TooLong { max: 80, len: 81 })));
    assert!(state.assessments.is_empty(), "a refused create changes nothing");

    let first = state.create("  Nulmeting   2024 ", T0, 1).unwrap();
    let second = state.create("Team KCC", T0, 2).unwrap();
    assert_ne!(first, second, "same moment, different entropy: different ids");
    assert_eq!(state.get(&first).unwrap().name, "Nulmeting 2024");
    assert_eq!(state.active.as_deref(), Some(second.as_str()), "a new assessment becomes active");

    state.switch(&first).unwrap();
    assert_eq!(state.active().unwrap().name, "Nulmeting 2024");
    state.rename(&first, "Nulmeting voorjaar", T0 + 5).unwrap();
    assert_eq!(
        (state.get(&first).unwrap().name.as_str(), state.get(&first).unwrap().renamed),
        ("Nulmeting voorjaar", T0 + 5)
    );
    assert_eq!(state.switch("bestaat-niet"), Err(OpError::NotFound("bestaat-niet".into())));
    assert_eq!(
        messages::op_error(&OpError::Input(InputError::TooLong { max: 80, len: 81 })),
        "Te lang: 81 tekens, maximaal 80."
    );
}

#[test]
fn ids_never_collide_even_with_the_same_time_and_entropy() {
    let mut state = State::new();
    let a = state.create("A", T0, 5).unwrap();
    let b = state.create("B", T0, 5).unwrap();
    assert_ne!(a, b);
    assert!(b.starts_with(&a) && b.ends_with("-2"), "{a} {b}");
}

#[test]
fn answers_notes_and_evidence_are_checked_and_refusals_change_nothing() {
    let (mut state, id) = one_assessment();
    let before = state.clone();
    let a = state.get_mut(&id).unwrap();
    assert_eq!(
        a.set_note("eigenaarschap.b1", &"é".repeat(501), T0 + 9),
        Err(OpError::Input(InputError::TooLong { max: 500, len: 501 }))
    );
    assert_eq!(
        a.set_evidence("eigenaarschap.b1", "javascript:alert(1)", T0 + 9),
        Err(OpError::Input(InputError::NotAUrl))
    );
    assert_eq!(a.set_answer("Geen Id", Some(Ja), T0 + 9), Err(OpError::Input(InputError::BadId)));
    assert_eq!(state, before);

    let a = state.get_mut(&id).unwrap();
    a.set_note("eigenaarschap.b1", &"é".repeat(500), T0 + 10).unwrap();
    a.set_evidence("eigenaarschap.b1", "  https://x.example/a  ", T0 + 11).unwrap();
    assert_eq!(a.answers["eigenaarschap.b1"].evidence, "https://x.example/a");
    // Clearing keeps the record with its time, so the clear wins a merge too.
    a.set_answer("eigenaarschap.b1", None, T0 + 12).unwrap();
    let record = &a.answers["eigenaarschap.b1"];
    assert_eq!((record.answer, record.updated, record.note.chars().count()), (None, T0 + 12, 500));
}

#[test]
fn duplicate_copies_answers_but_not_history_and_becomes_active() {
    let (mut state, id) = one_assessment();
    state.get_mut(&id).unwrap().take_snapshot(assessment_model(), T0 + 5);
    let copy = state.duplicate(&id, "Wat als", T0 + 6, 9).unwrap();
    let (original, duplicate) = (state.get(&id).unwrap(), state.get(&copy).unwrap());
    assert_eq!(duplicate.answers, original.answers);
    assert!(duplicate.snapshots.is_empty() && original.snapshots.len() == 1);
    assert_eq!((duplicate.name.as_str(), duplicate.created), ("Wat als", T0 + 6));
    assert_eq!(state.active.as_deref(), Some(copy.as_str()));
}

#[test]
fn delete_can_be_undone_with_everything_intact() {
    let (mut state, id) = one_assessment();
    let other = state.create("Team KCC", T0 + 1, 2).unwrap();
    state.switch(&id).unwrap();
    let before = state.get(&id).unwrap().clone();

    state.delete(&id, T0 + 10).unwrap();
    assert!(state.get(&id).is_none());
    assert_eq!(state.active.as_deref(), Some(other.as_str()), "the active one moves on");
    assert_eq!(state.deleted().iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), [id.as_str()]);
    assert_eq!(state.get_mut(&id).err(), Some(OpError::NotFound(id.clone())), "no edits to a deleted one");

    state.restore(&id, T0 + 10).unwrap(); // same millisecond: still counts as after
    let back = state.get(&id).unwrap();
    assert_eq!((&back.answers, &back.name), (&before.answers, &before.name));
    assert_eq!(state.active.as_deref(), Some(id.as_str()));
    assert!(state.deleted().is_empty());

    state.delete(&id, T0 + 20).unwrap();
    state.delete(&other, T0 + 21).unwrap();
    assert_eq!(state.active, None, "nothing live, nothing active");
}

#[test]
fn snapshots_record_the_score_at_that_moment() {
    let mut state = State::new();
    let id = state.create("A", T0, 1).unwrap();
    let a = state.get_mut(&id).unwrap();
    // Every statement of eigenaarschap's first level, so that level is reached.
    let first_level: Vec<&str> =
        assessment_model().dimension("eigenaarschap").unwrap().level(1).map(|st| &*st.id).collect();
    for statement in &first_level {
        a.set_answer(statement, Some(Ja), T0).unwrap();
    }
    let snap = a.take_snapshot(assessment_model(), T0 + 1).clone();
    assert_eq!(snap.taken, T0 + 1);
    assert_eq!(snap.levels["eigenaarschap"], 1);
    assert_eq!(snap.levels["strategie"], 0);
    assert_eq!(snap.levels.len(), assessment_model().dimensions.len());
    let total = assessment_model().statements().count() as f64;
    assert_eq!(snap.overall, (100.0 * first_level.len() as f64 / total).round() as u8);
}

#[test]
fn the_not_saved_reminder_follows_changes_after_the_last_export() {
    let mut state = State::new();
    let id = state.create("A", T0, 1).unwrap();
    assert!(state.unexported().is_empty(), "an empty new assessment has nothing to lose");
    state.get_mut(&id).unwrap().set_answer("strategie.b1", Some(Nee), T0 + 1).unwrap();
    assert_eq!(state.unexported().len(), 1);
    state.mark_exported(&[&id], T0 + 2);
    assert!(state.unexported().is_empty());
    state.get_mut(&id).unwrap().set_note("strategie.b1", "later", T0 + 3).unwrap();
    assert_eq!(state.unexported().len(), 1);
}

// ---------------------------------------------------------------------------------------
// Storage schema and migrations

#[test]
fn schema_v1_becomes_one_assessment_and_keeps_unknown_ids() {
    let state = migrate(&fixture("v1.json")).unwrap();
    assert_eq!(state.assessments.len(), 1);
    let a = &state.assessments[0];
    assert_eq!((a.id.as_str(), a.name.as_str(), a.created), ("v1", messages::V1_ASSESSMENT_NAME, 0));
    assert_eq!(state.active.as_deref(), Some("v1"));
    let answers: Vec<_> = a.answers.iter().map(|(k, v)| (k.as_str(), v.answer, v.updated)).collect();
    assert_eq!(
        answers,
        [
            ("eigenaarschap.b1", Some(Ja), 0),
            ("eigenaarschap.b2", Some(Deels), 0),
            ("strategie.b1", Some(Nvt), 0),
            ("verdwenen.b9", Some(Nee), 0),
        ]
    );
    // Written back as the current version, and read again unchanged.
    let json = to_json(&state);
    assert!(json.starts_with("{\"version\":4,"), "{json}");
    assert_eq!(migrate(&json).unwrap(), state);
}

#[test]
fn schema_v2_loads_every_field_and_round_trips() {
    let state = migrate(&fixture("v2.json")).unwrap();
    let ids: Vec<_> = state.assessments.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["nulmeting", "weggegooid", "team-kcc"], "ordered by creation");
    assert_eq!(state.active.as_deref(), Some("team-kcc"));
    assert_eq!(state.live().count(), 2);
    assert_eq!(state.deleted()[0].id, "weggegooid");
    let nulmeting = state.get("nulmeting").unwrap();
    assert!(nulmeting.answers.contains_key("oud.b1"), "answers to unknown ids are kept");
    assert_eq!(nulmeting.answers["eigenaarschap.b1"].evidence, "https://gemeente.example/besluit");
    assert_eq!(nulmeting.snapshots[0].overall, 1);
    assert_eq!(nulmeting.last_exported, Some(1_704_300_000_000));
    assert_eq!(state.get("team-kcc").unwrap().answers["kanaalsturing.b2"].answer, None);
    assert_eq!(migrate(&to_json(&state)).unwrap(), state);
}

#[test]
fn a_stale_active_pointer_is_repaired_not_refused() {
    let raw = fixture("v2.json").replace("\"active\": \"team-kcc\"", "\"active\": \"weggegooid\"");
    assert_eq!(migrate(&raw).unwrap().active.as_deref(), Some("nulmeting"));
}

#[test]
fn unreadable_storage_gives_a_typed_error_and_a_dutch_message() {
    let v2 = fixture("v2.json");
    let cases: Vec<(&str, String, LoadError, &str)> = vec![
        ("empty", String::new(), LoadError::Empty, "Er staat niets in: de gegevens zijn leeg."),
        (
            "truncated",
            v2[..200].to_string(),
            LoadError::NotJson { line: 10, column: 12, truncated: true },
            "De gegevens zijn onvolledig: ze houden halverwege op (regel 10, kolom 12). Is het bestand helemaal gedownload?",
        ),
        (
            "newer version",
            r#"{"version":5,"whatever":[]}"#.into(),
            LoadError::NewerVersion { found: 5, supported: 4 },
            "Deze gegevens zijn gemaakt met een nieuwere versie van Digiwijzer (formaatversie 5; deze versie kan tot en met 4 lezen). Open ze in de nieuwste versie van Digiwijzer.",
        ),
        (
            "version as text",
            r#"{"version":"2","assessments":[]}"#.into(),
            LoadError::UnknownVersion { found: "\"2\"".into() },
            "Onbekende formaatversie \"2\".",
        ),
        ("version 0", r#"{"version":0}"#.into(), LoadError::UnknownVersion { found: "0".into() }, "Onbekende formaatversie 0."),
        (
            "no version",
            r#"{"answers":{}}"#.into(),
            LoadError::NotOurFormat(Foreign::MissingField("version")),
            "Dit is geen Digiwijzer-zelfevaluatie: het veld \"version\" ontbreekt.",
        ),
        (
            "not an object",
            "[1,2,3]".into(),
            LoadError::NotOurFormat(Foreign::NotAnObject(JsonKind::List)),
            "Dit is geen Digiwijzer-zelfevaluatie: verwacht een JSON-object, maar vond een lijst.",
        ),
        (
            "wrong type",
            r#"{"version":2,"assessments":{}}"#.into(),
            LoadError::Invalid {
                path: "assessments".into(),
                problem: Problem::WrongType { expected: Expected::List, found: JsonKind::Object },
            },
            "Fout in de gegevens bij assessments: verwacht een lijst, maar vond object.",
        ),
        (
            "v1 with a bad answer",
            r#"{"version":1,"answers":{"x.b1":"misschien"}}"#.into(),
            LoadError::Invalid { path: r#"answers["x.b1"]"#.into(), problem: Problem::UnknownAnswer("misschien".into()) },
            r#"Fout in de gegevens bij answers["x.b1"]: onbekend antwoord "misschien" (kies uit nee, deels, ja of nvt)."#,
        ),
    ];
    for (case, raw, error, message) in cases {
        let got = migrate(&raw).unwrap_err();
        assert_eq!(got, error, "{case}");
        assert_eq!(messages::load_error(&got), message, "{case}");
    }
}

// ---------------------------------------------------------------------------------------
// Two tabs

/// Two tabs that both loaded `base`.
fn two_tabs() -> (State, State, String) {
    let (base, id) = one_assessment();
    (base.clone(), base, id)
}

#[test]
fn two_tabs_merge_per_statement_last_write_wins() {
    let (mut tab1, mut tab2, id) = two_tabs();
    tab1.get_mut(&id).unwrap().set_answer("strategie.b1", Some(Ja), T0 + 10).unwrap();
    tab2.get_mut(&id).unwrap().set_answer("strategie.b1", Some(Nee), T0 + 20).unwrap();
    tab2.get_mut(&id).unwrap().set_answer("strategie.b2", Some(Ja), T0 + 15).unwrap();
    tab1.get_mut(&id).unwrap().set_answer("strategie.b2", Some(Deels), T0 + 30).unwrap();
    tab1.get_mut(&id).unwrap().set_note("eigenaarschap.b1", "van tab 1", T0 + 40).unwrap();

    let merged = merge(&tab1, &tab2);
    assert_eq!(value(&merged, &id, "strategie.b1"), Some(Nee), "tab 2 was later");
    assert_eq!(value(&merged, &id, "strategie.b2"), Some(Deels), "tab 1 was later");
    assert_eq!(merged.get(&id).unwrap().answers["eigenaarschap.b1"].note, "van tab 1");
    assert_eq!(merge(&tab2, &tab1).assessments, merged.assessments, "same result from either side");
    assert_eq!(merge(&merged, &merged), merged, "merging twice changes nothing");
}

#[test]
fn equal_times_still_give_both_tabs_the_same_answer() {
    let (mut tab1, mut tab2, id) = two_tabs();
    tab1.get_mut(&id).unwrap().set_answer("strategie.b1", Some(Ja), T0 + 10).unwrap();
    tab2.get_mut(&id).unwrap().set_answer("strategie.b1", Some(Nee), T0 + 10).unwrap();
    assert_eq!(merge(&tab1, &tab2).assessments, merge(&tab2, &tab1).assessments);
}

#[test]
fn a_clear_in_one_tab_wins_over_an_older_answer_in_the_other() {
    let (mut tab1, tab2, id) = two_tabs();
    tab1.get_mut(&id).unwrap().set_answer("eigenaarschap.b1", None, T0 + 10).unwrap();
    assert_eq!(value(&merge(&tab2, &tab1), &id, "eigenaarschap.b1"), None);
}

#[test]
fn renames_and_new_assessments_from_the_other_tab_arrive() {
    let (mut tab1, mut tab2, id) = two_tabs();
    tab1.rename(&id, "Oude naam", T0 + 10).unwrap();
    tab2.rename(&id, "Nieuwe naam", T0 + 20).unwrap();
    let extra = tab2.create("Uit tab 2", T0 + 30, 99).unwrap();
    tab1.switch(&id).unwrap();
    let merged = merge(&tab1, &tab2);
    assert_eq!(merged.get(&id).unwrap().name, "Nieuwe naam");
    assert!(merged.get(&extra).is_some());
    assert_eq!(merged.active.as_deref(), Some(id.as_str()), "each tab keeps its own active assessment");
}

#[test]
fn a_deletion_is_not_undone_by_a_tab_that_had_not_seen_it() {
    let (mut tab1, mut tab2, id) = two_tabs();
    let keep = tab1.create("Blijft", T0 + 1, 3).unwrap();
    tab2 = merge(&tab2, &tab1);
    tab1.delete(&id, T0 + 50).unwrap();
    // Tab 2 still shows the assessment and keeps editing it, even after the deletion time.
    tab2.get_mut(&id).unwrap().set_answer("strategie.b1", Some(Ja), T0 + 60).unwrap();

    for merged in [merge(&tab1, &tab2), merge(&tab2, &tab1)] {
        assert!(merged.get(&id).is_none(), "stays deleted");
        assert_ne!(merged.active.as_deref(), Some(id.as_str()));
        // …but the late edit is not lost: it is in the deleted copy and returns on undo.
        let mut undone = merged.clone();
        undone.restore(&id, T0 + 70).unwrap();
        assert_eq!(value(&undone, &id, "strategie.b1"), Some(Ja));
        assert!(undone.get(&keep).is_some());
    }
}

#[test]
fn an_undo_in_one_tab_restores_it_everywhere_and_a_later_delete_wins_again() {
    let (mut tab1, mut tab2, id) = two_tabs();
    tab1.delete(&id, T0 + 50).unwrap();
    tab2 = merge(&tab2, &tab1);
    assert!(tab2.get(&id).is_none());
    tab2.restore(&id, T0 + 60).unwrap();
    tab1 = merge(&tab1, &tab2);
    assert!(tab1.get(&id).is_some(), "the restore reaches the tab that deleted it");
    tab1.delete(&id, T0 + 70).unwrap();
    assert!(merge(&tab2, &tab1).get(&id).is_none());
}

#[test]
fn snapshots_from_both_tabs_are_kept() {
    let (mut tab1, mut tab2, id) = two_tabs();
    tab1.get_mut(&id).unwrap().take_snapshot(assessment_model(), T0 + 10);
    tab2.get_mut(&id).unwrap().take_snapshot(assessment_model(), T0 + 20);
    let merged = merge(&tab1, &tab2);
    let times: Vec<_> = merged.get(&id).unwrap().snapshots.iter().map(|s| s.taken).collect();
    assert_eq!(times, [T0 + 10, T0 + 20]);
}

// ---------------------------------------------------------------------------------------
// Export and import

#[test]
fn export_then_import_into_an_empty_state_gives_the_identical_state() {
    let (mut state, id) = one_assessment();
    state.rename(&id, "Nulmeting, \"eerste\"", T0 + 5).unwrap();
    state.get_mut(&id).unwrap().set_answer("bestaat.niet", Some(Ja), T0 + 6).unwrap();
    state.get_mut(&id).unwrap().take_snapshot(assessment_model(), T0 + 7);
    let second = state.create("Team KCC", T0 + 8, 2).unwrap();
    state.get_mut(&second).unwrap().set_answer("kanaalsturing.b1", Some(Nvt), T0 + 9).unwrap();
    state.switch(&id).unwrap();

    let exported_at = T0 + 100;
    let live: Vec<_> = state.live().collect();
    let file = export_json(&live, exported_at);
    let ids: Vec<_> = state.live().map(|a| a.id.clone()).collect();
    state.mark_exported(&ids.iter().map(String::as_str).collect::<Vec<_>>(), exported_at);

    let mut imported = State::new();
    let plan = plan_import(&imported, assessment_model(), &file).unwrap();
    assert_eq!(plan.exported, exported_at);
    let new_ids = imported.import_as_new(&plan, T0 + 200, 1);
    assert_eq!(new_ids, ids, "ids are kept when free");
    imported.switch(&id).unwrap();
    assert_eq!(imported, state);
    assert!(imported.unexported().is_empty(), "what came from a file is saved in that file");
}

#[test]
fn the_documented_example_file_imports() {
    let plan = plan_import(&State::new(), assessment_model(), &fixture("export-v3.json")).unwrap();
    assert_eq!(plan.assessments.len(), 1);
    assert!(plan.warnings.is_empty());
    let a = &plan.assessments[0].assessment;
    assert_eq!((a.name.as_str(), a.answers.len(), a.snapshots.len()), ("Nulmeting 2024", 2, 1));
    assert_eq!((a.ambition("eigenaarschap"), a.ambition("strategie")), (Some(3), None));
    assert_eq!(a.ambitions["strategie"].updated, 1_732_262_200_000, "a cleared ambition keeps its time");
    let action = &a.actions["a19350a1f2c0-0000002a"];
    assert_eq!((action.status, action.due.map(|d| d.iso())), (Status::Bezig, Some("2025-03-31".to_string())));
    assert_eq!(action.purpose.tips, ["tip-17"]);
    // The same example is in FORMAT.md, so the README shows a file that really imports.
    let doc = std::fs::read_to_string("crates/assessment/src/storage/FORMAT.md").unwrap();
    let start = doc.find("```json\n").unwrap() + 8;
    let example = &doc[start..start + doc[start..].find("```").unwrap()];
    assert_eq!(plan_import(&State::new(), assessment_model(), example).unwrap(), plan);
    let b1 = &a.answers["eigenaarschap.b1"];
    assert_eq!((b1.updated, b1.evidence_updated, b1.note_updated), (1_732_180_000_000, 1_732_180_100_000, 0));
}

#[test]
fn a_file_from_before_ambitions_still_imports_with_everything_in_it() {
    let plan = plan_import(&State::new(), assessment_model(), &fixture("export-v2.json")).unwrap();
    let a = &plan.assessments[0].assessment;
    assert_eq!((a.answers.len(), a.snapshots.len(), a.ambitions.len()), (2, 1, 0));
    assert_eq!(a.answers["eigenaarschap.b2"].note, "Alleen in de directie, niet in het college.");
    assert_eq!(a.answers["eigenaarschap.b1"].evidence, "https://gemeente.example/raadsbesluit-12");
}

#[test]
fn ambitions_are_checked_stored_exported_and_merged_last_write_wins() {
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    assert_eq!(a.set_ambition("eigenaarschap", Some(5), T0 + 5), Err(OpError::Input(InputError::NoSuchLevel)));
    assert_eq!(a.set_ambition("Eigen schap", Some(2), T0 + 5), Err(OpError::Input(InputError::BadId)));
    assert!(a.ambitions.is_empty(), "a refused ambition changes nothing");
    a.set_ambition("eigenaarschap", Some(3), T0 + 5).unwrap();
    a.set_ambition("strategie", Some(2), T0 + 6).unwrap();
    assert!(state.get(&id).unwrap().has_unexported_changes());

    // Stored and read back, and through a file into a fresh profile.
    let stored = migrate(&to_json(&state)).unwrap();
    assert_eq!(stored, state);
    assert!(to_json(&state).starts_with("{\"version\":4,"));
    let file = export_json(&state.live().collect::<Vec<_>>(), T0 + 10);
    let mut fresh = State::new();
    let plan = plan_import(&fresh, assessment_model(), &file).unwrap();
    fresh.import_as_new(&plan, T0 + 11, 1);
    assert_eq!(fresh.get(&id).unwrap().ambitions, state.get(&id).unwrap().ambitions);

    // Two tabs: the later choice wins, also when it clears; the result is the same both ways.
    let mut other = state.clone();
    other.get_mut(&id).unwrap().set_ambition("eigenaarschap", None, T0 + 20).unwrap();
    state.get_mut(&id).unwrap().set_ambition("strategie", Some(4), T0 + 21).unwrap();
    let (ab, ba) = (merge(&state, &other), merge(&other, &state));
    assert_eq!(ab.assessments, ba.assessments);
    let merged = ab.get(&id).unwrap();
    assert_eq!((merged.ambition("eigenaarschap"), merged.ambition("strategie")), (None, Some(4)));

    // Merging the older file into the newer state changes no ambition, and says so.
    let plan = plan_import(&ab, assessment_model(), &file).unwrap();
    assert_eq!(plan.assessments[0].merge_preview.map(|p| p.ambitions), Some(0));
    let mut target = ab.clone();
    target.import_into(&plan, 0, &id).unwrap();
    assert_eq!(target.get(&id).unwrap().ambitions, merged.ambitions);
    // A newer file does change it, and the preview counts it.
    let mut newer = ab.clone();
    newer.get_mut(&id).unwrap().set_ambition("eigenaarschap", Some(1), T0 + 30).unwrap();
    let newer_file = export_json(&newer.live().collect::<Vec<_>>(), T0 + 31);
    let plan = plan_import(&ab, assessment_model(), &newer_file).unwrap();
    assert_eq!(plan.assessments[0].merge_preview.map(|p| p.ambitions), Some(1));
    let mut target = ab.clone();
    target.import_into(&plan, 0, &id).unwrap();
    assert_eq!(target.get(&id).unwrap().ambition("eigenaarschap"), Some(1));
}

#[test]
fn a_copy_keeps_the_ambitions_and_a_purge_drops_them() {
    let (mut state, id) = one_assessment();
    state.get_mut(&id).unwrap().set_ambition("strategie", Some(2), T0 + 5).unwrap();
    let copy = state.duplicate(&id, "Kopie", T0 + 6, 3).unwrap();
    assert_eq!(state.get(&copy).unwrap().ambition("strategie"), Some(2));
    state.delete(&id, T0 + 7).unwrap();
    state.purge(&id).unwrap();
    let purged = state.assessments.iter().find(|a| a.id == id).unwrap();
    assert!(purged.ambitions.is_empty());
    assert!(purged.actions.is_empty() && purged.rounds.is_empty());
}

#[test]
fn deleting_for_good_also_drops_the_participants_names() {
    let (mut state, id) = one_assessment();
    state.get_mut(&id).unwrap().set_participants("Anna, Bas", T0 + 5).unwrap();
    state.delete(&id, T0 + 6).unwrap();
    state.purge(&id).unwrap();
    let purged = state.assessments.iter().find(|a| a.id == id).unwrap();
    assert_eq!((purged.participants.as_str(), purged.participants_updated), ("", 0));
    assert!(!to_json(&state).contains("Anna"));
}

#[test]
fn a_snapshot_does_not_count_a_level_of_only_nvt_as_reached() {
    let mut state = State::new();
    let id = state.create("A", T0, 1).unwrap();
    let a = state.get_mut(&id).unwrap();
    for statement in assessment_model().dimension("eigenaarschap").unwrap().level(1) {
        a.set_answer(&statement.id, Some(Nvt), T0).unwrap();
    }
    let snap = a.take_snapshot(assessment_model(), T0 + 1).clone();
    assert_eq!(snap.levels["eigenaarschap"], 0, "shown as n.v.t., so not as level 1");
}

#[test]
fn import_as_new_never_overwrites_an_existing_assessment() {
    let (mut state, id) = one_assessment();
    let file = export_json(&[state.get(&id).unwrap()], T0 + 100);
    state.get_mut(&id).unwrap().set_answer("eigenaarschap.b1", Some(Nee), T0 + 200).unwrap();
    let before = state.get(&id).unwrap().clone();

    let plan = plan_import(&state, assessment_model(), &file).unwrap();
    assert_eq!(plan.assessments[0].same_id.as_deref(), Some(id.as_str()));
    let new_ids = state.import_as_new(&plan, T0 + 300, 42);
    assert_ne!(new_ids[0], id, "a colliding id gets a fresh one");
    assert_eq!(state.get(&id).unwrap(), &before, "the existing one is untouched");
    let copy = state.get(&new_ids[0]).unwrap();
    assert_eq!(copy.name, "Nulmeting (2)");
    assert_eq!(copy.answers["eigenaarschap.b1"].answer, Some(Ja));
    assert_eq!(state.active.as_deref(), Some(id.as_str()), "importing does not switch away");
}

#[test]
fn import_into_merges_per_statement_and_previews_what_changes() {
    let (mut state, id) = one_assessment();
    // The file: an older copy with one newer change and one extra answer.
    let mut other = state.clone();
    {
        let a = other.get_mut(&id).unwrap();
        a.set_answer("strategie.b1", Some(Ja), T0 + 50).unwrap(); // only in the file
        a.set_answer("eigenaarschap.b2", Some(Ja), T0 + 60).unwrap(); // file newer
        a.set_answer("eigenaarschap.b1", Some(Nee), T0 + 20).unwrap(); // local will be newer
    }
    let file = export_json(&[other.get(&id).unwrap()], T0 + 100);
    state.get_mut(&id).unwrap().set_answer("eigenaarschap.b1", Some(Deels), T0 + 80).unwrap();

    let plan = plan_import(&state, assessment_model(), &file).unwrap();
    let expected = MergePreview { added: 1, updated: 1, kept_local: 1, unchanged: 0, ..MergePreview::default() };
    assert_eq!(plan.assessments[0].merge_preview, Some(expected));
    assert_eq!(state.import_into(&plan, 0, &id), Ok(expected));
    assert_eq!(value(&state, &id, "strategie.b1"), Some(Ja));
    assert_eq!(value(&state, &id, "eigenaarschap.b2"), Some(Ja));
    assert_eq!(value(&state, &id, "eigenaarschap.b1"), Some(Deels), "a newer local answer is never reverted");
    assert_eq!(state.get(&id).unwrap().name, "Nulmeting");

    let before = state.clone();
    assert_eq!(state.import_into(&plan, 0, "weg"), Err(OpError::NotFound("weg".into())));
    assert_eq!(state.import_into(&plan, 5, &id), Err(OpError::NotFound("#5".into())));
    assert_eq!(state, before);
}

#[test]
fn unknown_statement_ids_are_imported_with_a_warning() {
    let raw = fixture("export.json").replace("\"eigenaarschap.b2\"", "\"verdwenen.b9\"");
    let plan = plan_import(&State::new(), assessment_model(), &raw).unwrap();
    assert_eq!(plan.assessments[0].unknown_statements, ["verdwenen.b9"]);
    assert_eq!(
        plan.warnings,
        [ImportWarning::UnknownStatements { assessment: "Nulmeting 2024".into(), ids: vec!["verdwenen.b9".into()] }]
    );
    assert_eq!(
        messages::import_warning(&plan.warnings[0]),
        "‘Nulmeting 2024’ bevat 1 antwoord(en) op stellingen die deze versie van Digiwijzer niet kent (verdwenen.b9). Ze worden bewaard, maar tellen niet mee in de score."
    );
    let mut state = State::new();
    let ids = state.import_as_new(&plan, T0, 1);
    assert!(state.get(&ids[0]).unwrap().answers.contains_key("verdwenen.b9"));
}

/// Replaces exactly one occurrence, so a case cannot silently test nothing.
fn edit(raw: &str, from: &str, to: &str) -> String {
    assert_eq!(raw.matches(from).count(), 1, "fixture must contain {from:?} once");
    raw.replacen(from, to, 1)
}

#[test]
fn bad_import_files_are_refused_with_a_message_that_names_the_problem() {
    let good = fixture("export.json");
    let huge = format!("{{\"format\":\"digiwijzer-zelfevaluatie\",\"pad\":\"{}\"}}", "x".repeat(MAX_IMPORT_BYTES));
    let a0 = "Fout in de gegevens bij assessments[0]";
    let cases: Vec<(&str, String, String)> = vec![
        ("empty file", String::new(), "Er staat niets in: de gegevens zijn leeg.".into()),
        ("not json", "Naam;Antwoord\nx;ja".into(), "Dit is geen geldige JSON (fout op regel 1, kolom 1).".into()),
        (
            "truncated json",
            good[..300].to_string(),
            "De gegevens zijn onvolledig: ze houden halverwege op (regel 12, kolom 36). Is het bestand helemaal gedownload?".into(),
        ),
        ("huge file", huge, "Het bestand is te groot (2,1 MB); het maximum is 2 MB.".into()),
        (
            "foreign json",
            r#"{"name":"Mijn export","items":[]}"#.into(),
            "Dit is geen Digiwijzer-zelfevaluatie: het veld \"format\" ontbreekt.".into(),
        ),
        (
            "another format",
            edit(&good, "\"digiwijzer-zelfevaluatie\"", "\"iets-anders\""),
            "Dit is geen Digiwijzer-zelfevaluatie: het veld \"format\" is \"iets-anders\" in plaats van \"digiwijzer-zelfevaluatie\".".into(),
        ),
        (
            "a list instead of an object",
            "[]".into(),
            "Dit is geen Digiwijzer-zelfevaluatie: verwacht een JSON-object, maar vond een lijst.".into(),
        ),
        (
            "newer version",
            edit(&good, "\"version\": 1", "\"version\": 4"),
            "Deze gegevens zijn gemaakt met een nieuwere versie van Digiwijzer (formaatversie 4; deze versie kan tot en met 3 lezen). Open ze in de nieuwste versie van Digiwijzer.".into(),
        ),
        (
            "newer version with a new top-level field",
            edit(&good, "\"version\": 1", "\"version\": 4, \"team\": {\"leden\": 4}"),
            "Deze gegevens zijn gemaakt met een nieuwere versie van Digiwijzer (formaatversie 4; deze versie kan tot en met 3 lezen). Open ze in de nieuwste versie van Digiwijzer.".into(),
        ),
        (
            "a huge format value is quoted cut short",
            edit(&good, "\"digiwijzer-zelfevaluatie\"", &format!("\"{}\"", "y".repeat(200_000))),
            format!("Dit is geen Digiwijzer-zelfevaluatie: het veld \"format\" is \"{}… in plaats van \"digiwijzer-zelfevaluatie\".", "y".repeat(59)),
        ),
        (
            "a huge unknown field name is cut short",
            edit(&good, "\"renamed\"", &format!("\"{}\": 1, \"renamed\"", "k".repeat(100_000))),
            format!("{a0}.{}…: onbekend veld.", "k".repeat(59)),
        ),
        (
            "valid json nested too deep",
            format!("{}{}", "[".repeat(200), "]".repeat(200)),
            "De gegevens zijn te diep genest om te lezen (regel 1, kolom 128): zo schrijft Digiwijzer ze nooit.".into(),
        ),
        (
            "valid json with a number too large",
            edit(&good, "\"exported\": 1732262400000", "\"exported\": 1e400"),
            "Er staat een getal in dat te groot is om te lezen (regel 4, kolom 19).".into(),
        ),
        ("unknown version", edit(&good, "\"version\": 1", "\"version\": 0"), "Onbekende formaatversie 0.".into()),
        ("version as text", edit(&good, "\"version\": 1", "\"version\": \"1.0\""), "Onbekende formaatversie \"1.0\".".into()),
        ("missing version", edit(&good, "\"version\": 1,", ""), "Fout in de gegevens bij version: ontbreekt.".into()),
        (
            "wrong type: time as text",
            edit(&good, "\"exported\": 1732262400000", "\"exported\": \"gisteren\""),
            "Fout in de gegevens bij exported: verwacht een geheel getal (0 of meer), maar vond tekst.".into(),
        ),
        (
            "wrong type: negative time",
            edit(&good, "\"created\": 1732176000000", "\"created\": -5"),
            format!("{a0}.created: verwacht een geheel getal (0 of meer), maar vond getal."),
        ),
        (
            "wrong type: assessments not a list",
            edit(&good, "\"assessments\": [", "\"assessments\": {\"a\": [").replace("}\n  ]\n}", "}\n  ]}\n}"),
            "Fout in de gegevens bij assessments: verwacht een lijst, maar vond object.".into(),
        ),
        (
            "no assessments",
            r#"{"format":"digiwijzer-zelfevaluatie","version":1,"exported":1,"assessments":[]}"#.into(),
            "Fout in de gegevens bij assessments: bevat geen zelfevaluaties.".into(),
        ),
        (
            "unknown field",
            edit(&good, "\"renamed\"", "\"kleur\": \"blauw\", \"renamed\""),
            format!("{a0}.kleur: onbekend veld."),
        ),
        ("missing name", edit(&good, "\"name\": \"Nulmeting 2024\",", ""), format!("{a0}.name: ontbreekt.")),
        ("empty name", edit(&good, "\"name\": \"Nulmeting 2024\"", "\"name\": \"  \""), format!("{a0}.name: mag niet leeg zijn.")),
        (
            "bad answer value",
            edit(&good, "\"answer\": \"deels\"", "\"answer\": \"misschien\""),
            format!("{a0}.answers[\"eigenaarschap.b2\"].answer: onbekend antwoord \"misschien\" (kies uit nee, deels, ja of nvt)."),
        ),
        (
            "answer not a text",
            edit(&good, "\"answer\": \"deels\"", "\"answer\": true"),
            format!("{a0}.answers[\"eigenaarschap.b2\"].answer: verwacht een tekst, maar vond true/false."),
        ),
        (
            "answer record without time",
            edit(&good, "\"updated\": 1732180500000, ", ""),
            format!("{a0}.answers[\"eigenaarschap.b2\"].updated: ontbreekt."),
        ),
        (
            "bad evidence url",
            edit(&good, "https://gemeente.example/raadsbesluit-12", "javascript:alert(1)"),
            format!("{a0}.answers[\"eigenaarschap.b1\"].evidence: geen geldig webadres (het moet beginnen met http:// of https://)."),
        ),
        (
            "overlong note",
            edit(&good, "Alleen in de directie, niet in het college.", &"n".repeat(501)),
            format!("{a0}.answers[\"eigenaarschap.b2\"].note: te lang: 501 tekens, maximaal 500."),
        ),
        (
            "bad statement id",
            edit(&good, "\"eigenaarschap.b1\":", "\"Eigenaarschap B1\":"),
            format!("{a0}.answers[\"Eigenaarschap B1\"]: ongeldige id (alleen kleine letters, cijfers, ‘-’, ‘_’ en ‘.’)."),
        ),
        (
            "snapshot level out of range",
            edit(&good, "\"eigenaarschap\": 1", "\"eigenaarschap\": 7"),
            format!("{a0}.snapshots[0].levels[\"eigenaarschap\"]: moet tussen 0 en 4 liggen."),
        ),
        (
            "duplicate assessment id",
            edit(&good, "    }\n  ]\n}", &format!("    }},\n{}\n  ]\n}}", &good[good.find("    {\n      \"id\"").unwrap()..good.rfind("    }\n  ]").unwrap() + 5])),
            "Fout in de gegevens bij assessments[1].id: de id \"z193500b4c00-5f3a9c21\" komt twee keer voor.".into(),
        ),
    ];
    let (state, _) = one_assessment();
    for (case, raw, message) in &cases {
        match plan_import(&state, assessment_model(), raw) {
            Ok(_) => panic!("{case}: accepted"),
            Err(e) => assert_eq!(&messages::load_error(&e), message, "{case}"),
        }
    }
    assert!(plan_import(&state, assessment_model(), &good).is_ok(), "the base file is fine");
}

// ---------------------------------------------------------------------------------------
// CSV

#[test]
fn csv_has_one_row_per_statement_plus_unknown_answers_and_quotes_correctly() {
    let (mut state, id) = one_assessment();
    let model = assessment_model();
    let (dimension, first) = model.statements().next().unwrap();
    state.get_mut(&id).unwrap().set_answer(&first.id, Some(Ja), T0 + 8).unwrap();
    state.get_mut(&id).unwrap().set_answer("verdwenen.b9", Some(Nee), T0 + 9).unwrap();
    let csv = export_csv(model, &[state.get(&id).unwrap()]);
    assert!(
        csv.starts_with("\u{feff}zelfevaluatie;dimensie;niveau;stelling_id;stelling;antwoord;toelichting;bewijs\r\n"),
        "a BOM and semicolons, as Dutch Excel reads a double-clicked file"
    );
    let rows = read_csv(&csv);
    assert!(rows.iter().all(|r| r.len() == 8), "every row has the header's eight cells");
    // Every statement, then the retired eigenaarschap.b1 and b2 (with the text they had) and the unknown id.
    assert_eq!(rows.len(), 1 + model.statements().count() + 3);
    let row = |id: &str| rows.iter().find(|r| r[3] == id).unwrap_or_else(|| panic!("no row for {id}"));
    assert_eq!(row(&first.id), &["Nulmeting", &dimension.name, "Beginnend", &first.id, &first.text, "ja", "", ""]);
    let retired = |id: &str| model.retired(id).unwrap().text.to_string();
    assert_eq!(
        row("eigenaarschap.b2"),
        &[
            "Nulmeting",
            "",
            "",
            "eigenaarschap.b2",
            &retired("eigenaarschap.b2"),
            "deels",
            "Alleen in de directie, \"nog\" niet in het college.",
            ""
        ]
    );
    assert_eq!(
        row("eigenaarschap.b1"),
        &[
            "Nulmeting",
            "",
            "",
            "eigenaarschap.b1",
            &retired("eigenaarschap.b1"),
            "ja",
            "",
            "https://gemeente.example/besluit?id=1,2"
        ]
    );
    assert_eq!(*rows.last().unwrap(), ["Nulmeting", "", "", "verdwenen.b9", "", "nee", "", ""]);
}

#[test]
fn csv_answers_are_in_the_words_the_app_passes_and_the_dutch_export_keeps_the_ids() {
    let (mut state, id) = one_assessment();
    let model = assessment_model();
    let (_, first) = model.statements().next().unwrap();
    let a = state.get_mut(&id).unwrap();
    a.set_answer(&first.id, Some(Nvt), T0 + 8).unwrap();
    a.set_answer("verdwenen.b9", Some(Deels), T0 + 9).unwrap();
    fn english(value: AnswerValue) -> &'static str {
        match value {
            Nee => "No",
            Deels => "Partly",
            Ja => "Yes",
            Nvt => "N/A",
        }
    }
    let answer_of = |csv: &str, statement: &str| {
        read_csv(csv).into_iter().find(|r| r[3] == statement).map(|r| r[5].clone()).unwrap_or_default()
    };
    let assessment = state.get(&id).unwrap();
    let translated = digiwijzer::storage::export_csv(model, &[assessment], &messages::CSV_HEADER, english);
    assert_eq!(answer_of(&translated, &first.id), "N/A");
    assert_eq!(answer_of(&translated, "verdwenen.b9"), "Partly", "an unknown statement's answer too");
    // The Dutch export writes the stored ids, which people's spreadsheets count on.
    let dutch = export_csv(model, &[assessment]);
    assert_eq!(answer_of(&dutch, &first.id), "nvt");
    assert_eq!(answer_of(&dutch, "verdwenen.b9"), "deels");
    assert_eq!(AnswerValue::ALL.map(messages::csv_answer), ["nee", "deels", "ja", "nvt"]);
}

#[test]
fn csv_cells_are_quoted_for_semicolons_and_cannot_become_formulas() {
    let table = [
        ("gewoon", "gewoon"),
        ("", ""),
        ("a;b", "\"a;b\""),
        // Quoted too, so a spreadsheet told to split on commas keeps the cell whole.
        ("a,b", "\"a,b\""),
        ("zei \"ja\"", "\"zei \"\"ja\"\"\""),
        ("regel 1\nregel 2", "\"regel 1\nregel 2\""),
        ("regel 1\r\nregel 2", "\"regel 1\r\nregel 2\""),
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+31 6 1234", "\"'+31 6 1234\""),
        ("-1", "\"'-1\""),
        ("@SUM(A1)", "\"'@SUM(A1)\""),
        ("\t=1", "\"'\t=1\""),
        ("\r=1", "\"'\r=1\""),
        ("\u{ff1d}1+1", "\"'\u{ff1d}1+1\""),
        ("a=b", "a=b"),
        ("1,5", "\"1,5\""),
    ];
    for (input, expected) in table {
        assert_eq!(csv_cell(input), expected, "{input:?}");
    }
    // End to end: a note that would run as a formula stays text, in its own cell.
    let (mut state, id) = one_assessment();
    state.get_mut(&id).unwrap().set_note("strategie.b1", "=1+1;=2+2", T0 + 9).unwrap();
    let rows = read_csv(&export_csv(assessment_model(), &[state.get(&id).unwrap()]));
    let row = rows.iter().find(|r| r[3] == "strategie.b1").unwrap();
    assert_eq!(row[6], "'=1+1;=2+2");
    assert_eq!(row.len(), 8);
}

#[test]
fn every_cut_off_version_of_a_valid_file_is_refused_without_panicking() {
    // A file cut off anywhere (a failed download, a full disk) must give an error, never a crash.
    for name in ["v1.json", "v2.json"] {
        let raw = fixture(name);
        for end in (0..raw.trim_end().len()).filter(|&i| raw.is_char_boundary(i)) {
            assert!(migrate(&raw[..end]).is_err(), "{name} cut at {end} was accepted");
        }
    }
    let raw = fixture("export.json");
    for end in (0..raw.trim_end().len()).filter(|&i| raw.is_char_boundary(i)) {
        assert!(plan_import(&State::new(), assessment_model(), &raw[..end]).is_err(), "export cut at {end}");
    }
}

// ---------------------------------------------------------------------------------------
// The action plan

use digiwijzer::corpus::Date;
use digiwijzer::storage::{NewAction, Purpose, Status};

fn day(text: &str) -> Date {
    Date::from_iso(text).unwrap()
}

fn new_action(what: &str, due: Option<&str>) -> NewAction {
    NewAction { what: what.into(), due: due.map(day), ..NewAction::default() }
}

#[test]
fn actions_are_checked_listed_by_date_and_overdue_until_done() {
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    assert_eq!(a.add_action(new_action("   ", None), T0, 1), Err(OpError::Input(InputError::Empty)));
    let long = NewAction { who: "x".repeat(81), ..new_action("Raadsvoorstel", None) };
    assert!(matches!(a.add_action(long, T0, 1), Err(OpError::Input(InputError::TooLong { max: 80, .. }))));
    let bad_link = NewAction {
        purpose: Purpose { statements: vec!["Niet Goed".into()], ..Purpose::default() },
        ..new_action("x", None)
    };
    assert_eq!(a.add_action(bad_link, T0, 1), Err(OpError::Input(InputError::BadId)));
    assert!(a.actions.is_empty(), "a refused action adds nothing");

    let later = a.add_action(new_action("Later", Some("2027-06-01")), T0 + 1, 1).unwrap();
    let undated = a.add_action(new_action("Zonder datum", None), T0 + 2, 1).unwrap();
    let soon = a.add_action(new_action("  Eerst   dit ", Some("2027-01-15")), T0 + 3, 1).unwrap();
    assert_ne!(later, soon, "same entropy, different times: different ids");
    let order: Vec<&str> = a.plan().iter().map(|(_, x)| x.what.as_str()).collect();
    assert_eq!(order, ["Eerst dit", "Later", "Zonder datum"], "by date, undated last, text tidied");
    assert!(state.get(&id).unwrap().has_unexported_changes());

    let a = state.get_mut(&id).unwrap();
    let today = day("2027-02-01");
    assert!(a.actions[&soon].is_overdue(today));
    assert!(!a.actions[&later].is_overdue(today) && !a.actions[&undated].is_overdue(today));
    a.set_action_status(&soon, Status::Klaar, T0 + 4).unwrap();
    assert!(!a.actions[&soon].is_overdue(today), "done is never overdue");
    a.set_action_due(&undated, Some(day("2027-01-31")), T0 + 5).unwrap();
    assert!(a.actions[&undated].is_overdue(today));
}

#[test]
fn two_tabs_changing_different_fields_of_one_action_both_keep_their_change() {
    let (mut state, id) = one_assessment();
    let action =
        state.get_mut(&id).unwrap().add_action(new_action("Raadsvoorstel schrijven", None), T0 + 5, 1).unwrap();
    let (mut one, mut two) = (state.clone(), state.clone());
    one.get_mut(&id).unwrap().set_action_status(&action, Status::Bezig, T0 + 10).unwrap();
    two.get_mut(&id).unwrap().set_action_who(&action, "Team KCC", T0 + 11).unwrap();
    two.get_mut(&id).unwrap().set_action_note(&action, "Eerst met de griffie praten.", T0 + 12).unwrap();
    let (ab, ba) = (merge(&one, &two), merge(&two, &one));
    assert_eq!(ab.assessments, ba.assessments);
    let merged = &ab.get(&id).unwrap().actions[&action];
    assert_eq!((merged.status, merged.who.as_str()), (Status::Bezig, "Team KCC"));
    assert_eq!(merged.note, "Eerst met de griffie praten.");

    // A change made now wins over a value stamped ahead by a fast clock elsewhere.
    let mut fast = ab.clone();
    fast.get_mut(&id).unwrap().set_action_what(&action, "Voorstel (klok voor)", T0 + 1_000_000).unwrap();
    let mut here = merge(&ab, &fast);
    here.get_mut(&id).unwrap().set_action_what(&action, "Voorstel nu", T0 + 20).unwrap();
    assert_eq!(merge(&here, &fast).get(&id).unwrap().actions[&action].what, "Voorstel nu");
}

#[test]
fn a_deleted_action_can_be_restored_and_a_later_edit_elsewhere_keeps_it() {
    let (mut state, id) = one_assessment();
    let action = state.get_mut(&id).unwrap().add_action(new_action("Pilot starten", None), T0 + 5, 1).unwrap();
    let other = state.clone();
    let a = state.get_mut(&id).unwrap();
    a.delete_action(&action, T0 + 10).unwrap();
    assert!(a.plan().is_empty());
    assert_eq!(a.set_action_who(&action, "x", T0 + 11), Err(OpError::NoSuchAction(action.clone())));
    // The other tab had not seen the deletion and changes nothing: it stays deleted.
    assert!(merge(&state, &other).get(&id).unwrap().plan().is_empty());
    // It edits the action after the deletion: that newer work brings it back.
    let mut edited = other.clone();
    edited.get_mut(&id).unwrap().set_action_who(&action, "Wethouder", T0 + 20).unwrap();
    assert_eq!(merge(&state, &edited).get(&id).unwrap().plan().len(), 1);
    // Undo here restores it with everything it had.
    let a = state.get_mut(&id).unwrap();
    a.restore_action(&action, T0 + 30).unwrap();
    assert_eq!(a.plan()[0].1.what, "Pilot starten");
}

#[test]
fn actions_survive_storage_export_and_import_and_a_file_never_replaces_a_note_here() {
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    let purpose = Purpose {
        statements: vec!["eigenaarschap.b5".into(), "eigenaarschap.b3".into(), "eigenaarschap.b5".into()],
        dimension: Some("eigenaarschap".into()),
        tips: vec!["tip-17".into()],
    };
    let new = NewAction {
        what: "Bestuurder laten voorstellen".into(),
        who: "Directie".into(),
        due: Some(day("2027-03-31")),
        note: "Na de zomer".into(),
        purpose,
    };
    let action = a.add_action(new, T0 + 5, 9).unwrap();
    assert_eq!(a.actions[&action].purpose.statements, ["eigenaarschap.b3", "eigenaarschap.b5"], "sorted, once each");
    a.add_action(new_action("Weg", None), T0 + 6, 9).unwrap();
    let gone = a.plan()[1].0.to_string();
    a.delete_action(&gone, T0 + 7).unwrap();
    assert_eq!(migrate(&to_json(&state)).unwrap(), state);

    let file = export_json(&state.live().collect::<Vec<_>>(), T0 + 10);
    assert!(file.contains("\"due\": \"2027-03-31\""), "a day, not a time");
    let mut fresh = State::new();
    let plan = plan_import(&fresh, assessment_model(), &file).unwrap();
    fresh.import_as_new(&plan, T0 + 11, 1);
    assert_eq!(
        fresh.get(&id).unwrap().actions,
        state.get(&id).unwrap().actions,
        "the deleted one too, so it stays deleted"
    );

    // Here the note changed after the export; merging the older file keeps it, and the
    // file's newer status wins.
    let mut newer = state.clone();
    newer.get_mut(&id).unwrap().set_action_status(&action, Status::Klaar, T0 + 20).unwrap();
    let newer_file = export_json(&newer.live().collect::<Vec<_>>(), T0 + 21);
    state.get_mut(&id).unwrap().set_action_note(&action, "Besproken in het MT", T0 + 15).unwrap();
    let plan = plan_import(&state, assessment_model(), &newer_file).unwrap();
    let preview = plan.assessments[0].merge_preview.unwrap();
    assert_eq!((preview.actions_added, preview.actions_updated), (0, 1));
    state.import_into(&plan, 0, &id).unwrap();
    let merged = &state.get(&id).unwrap().actions[&action];
    assert_eq!((merged.status, merged.note.as_str()), (Status::Klaar, "Besproken in het MT"));
}

#[test]
fn a_bad_action_in_a_file_is_named_by_its_place() {
    let good = fixture("export-v3.json");
    let with = |action: &str| {
        let mut file: serde_json::Value = serde_json::from_str(&good).unwrap();
        file["assessments"][0]["actions"] =
            serde_json::json!({ "a1": serde_json::from_str::<serde_json::Value>(action).unwrap() });
        file.to_string()
    };
    let ok =
        with(r#"{ "created": 1, "what": "Iets doen", "what_updated": 1, "status": "bezig", "due": "2028-02-29" }"#);
    let plan = plan_import(&State::new(), assessment_model(), &ok).unwrap();
    assert_eq!(plan.assessments[0].assessment.actions["a1"].due, Some(day("2028-02-29")));
    let cases = [
        (
            r#"{ "created": 1, "what": "x", "what_updated": 1, "status": "misschien" }"#,
            "assessments[0].actions[\"a1\"].status: onbekende status \"misschien\"",
        ),
        (
            r#"{ "created": 1, "what": "x", "what_updated": 1, "status": "klaar", "due": "2027-02-29" }"#,
            "assessments[0].actions[\"a1\"].due: \"2027-02-29\" is geen bestaande datum",
        ),
        (
            r#"{ "created": 1, "what": "", "what_updated": 1, "status": "klaar" }"#,
            "assessments[0].actions[\"a1\"].what: mag niet leeg zijn",
        ),
        (
            r#"{ "created": 1, "what": "x", "what_updated": 1, "status": "klaar", "for": { "tips": ["<script>"] } }"#,
            "assessments[0].actions[\"a1\"].for.tips[0]: ongeldige id",
        ),
    ];
    for (action, message) in cases {
        let error = plan_import(&State::new(), assessment_model(), &with(action)).unwrap_err();
        let text = messages::load_error(&error);
        assert!(text.contains(message), "{text}");
    }
}

#[test]
fn an_action_counts_for_the_dimension_it_names_and_those_of_its_statements() {
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    let purpose = Purpose {
        statements: vec!["eigenaarschap.b5".into()],
        dimension: Some("cultuur".into()),
        ..Purpose::default()
    };
    let action = a.add_action(NewAction { purpose, ..new_action("x", None) }, T0, 1).unwrap();
    let dims = digiwijzer::storage::plan::dimensions_of(assessment_model(), &a.actions[&action]);
    assert_eq!(dims, ["eigenaarschap", "cultuur"]);
}

#[test]
fn a_new_action_from_a_statement_or_a_tip_is_for_what_it_came_from() {
    use digiwijzer::storage::plan::{for_statement, for_tip, tip_title};
    let model = assessment_model();
    let from_statement = for_statement(model, "eigenaarschap.b5").unwrap();
    assert_eq!(from_statement.what, &*model.statement("eigenaarschap.b5").unwrap().1.text);
    assert_eq!(from_statement.purpose.dimension.as_deref(), Some("eigenaarschap"));
    assert!(for_statement(model, "bestaat.niet").is_none());

    let from_tip = for_tip(model, "tip-17").unwrap();
    assert_eq!(from_tip.what, "Zorg ervoor dat het bestuur achter je staat");
    assert_eq!(from_tip.purpose.tips, ["tip-17"]);
    let citing: Vec<String> = model
        .citations()
        .iter()
        .filter(|c| c.reference.starts_with("tip-17"))
        .map(|c| c.statement.to_string())
        .collect();
    assert!(!from_tip.purpose.statements.is_empty());
    assert!(from_tip.purpose.statements.iter().all(|s| citing.contains(s)), "only statements that cite it");
    assert!(for_tip(model, "tip-1").is_none() && for_tip(model, "tip-17x").is_none());
    assert_eq!(tip_title(model, "tip-17"), Some("Zorg ervoor dat het bestuur achter je staat"));
}

// ---------------------------------------------------------------------------------------
// The Optimaal Digitaal game

use digiwijzer::storage::game::{deal, Pile};

fn deck_slugs() -> Vec<String> {
    digiwijzer::embedded::deck().iter().map(|c| c.slug.to_string()).collect()
}

#[test]
fn the_deck_holds_every_document_once_and_can_start_with_what_the_assessment_recommends() {
    let model = assessment_model();
    let cards = digiwijzer::embedded::deck();
    assert_eq!(
        deck_slugs(),
        digiwijzer::embedded::corpus().documents.iter().map(|d| d.slug.to_string()).collect::<Vec<_>>()
    );
    assert!(cards.iter().all(|c| !c.title.is_empty() && !c.intro.is_empty()));
    assert_eq!(deal(model, cards, &Default::default(), |_| None, false), deck_slugs());

    // Pick the dimension whose first source is not the deck's first card, and make it the
    // weakest by answering everything else ja: its documents must come first.
    let first_doc = |d: &digiwijzer::assessment::Dimension| {
        d.statements
            .iter()
            .flat_map(|s| s.sources.iter())
            .map(|src| src.reference.split('#').next().unwrap().to_string())
            .next()
    };
    let in_order = deck_slugs();
    let weakest = model
        .dimensions
        .iter()
        .find(|d| first_doc(d).as_deref() != Some(in_order[0].as_str()))
        .expect("one such dimension");
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    for (d, st) in model.statements() {
        if d.id != weakest.id {
            a.set_answer(&st.id, Some(Ja), T0).unwrap();
        }
    }
    let first = deal(model, cards, &a.answers, |_| None, true);
    let mut sorted = first.clone();
    sorted.sort();
    let mut all = in_order.clone();
    all.sort();
    assert_eq!(sorted, all, "every card once");
    assert_eq!(first[0], first_doc(weakest).unwrap(), "{first:?}");
    assert_ne!(first, in_order, "the recommended cards first, not the corpus order");
}

#[test]
fn a_round_is_sorted_card_by_card_with_undo_and_its_picks_become_actions() {
    let model = assessment_model();
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    assert_eq!(a.start_round("  ", deck_slugs(), T0, 1), Err(OpError::Input(InputError::Empty)));
    let round = a.start_round("Meer inwoners  online helpen", deck_slugs(), T0, 1).unwrap();
    assert_eq!(a.open_round_id(), Some(round.as_str()));
    let n = deck_slugs().len();
    assert!(n >= 3, "{n} cards");
    // First card to "meer", then undo, then every card to "meer" except the last.
    a.sort_card(&round, Pile::Meer, T0 + 1).unwrap();
    let first = deck_slugs()[0].clone();
    a.pick(&round, &first, true, T0 + 2).unwrap();
    a.undo_sort(&round, T0 + 3).unwrap();
    assert!(a.rounds[&round].picks.is_empty(), "a card taken back is no longer picked");
    assert_eq!(a.rounds[&round].current(), Some(first.as_str()), "the same card again");
    for i in 0..n {
        let pile = if i + 1 == n { Pile::Weg } else { Pile::Meer };
        a.sort_card(&round, pile, T0 + 10 + i as u64).unwrap();
    }
    assert_eq!(a.sort_card(&round, Pile::Meer, T0 + 50), Err(OpError::RoundSorted));
    let last = deck_slugs()[n - 1].clone();
    assert_eq!(a.pick(&round, &last, true, T0 + 51), Err(OpError::Input(InputError::BadId)), "only from meer doen");
    let more = a.rounds[&round].pile(Pile::Meer).into_iter().map(str::to_string).collect::<Vec<_>>();
    for card in more.iter().take(3) {
        a.pick(&round, card, true, T0 + 52).unwrap();
    }
    assert_eq!(more.len(), n - 1, "all but the last card on meer doen");
    assert_eq!(a.pick(&round, &more[3], true, T0 + 53), Err(OpError::TooManyPicks { max: 3 }));
    // It survives storage and a file, mid-round.
    assert_eq!(migrate(&to_json(&state)).unwrap(), state);
    let file = export_json(&state.live().collect::<Vec<_>>(), T0 + 60);
    let plan = plan_import(&State::new(), assessment_model(), &file).unwrap();
    assert_eq!(plan.assessments[0].assessment.rounds, state.get(&id).unwrap().rounds);

    let a = state.get_mut(&id).unwrap();
    let picks = a.rounds[&round].picks.clone();
    let title = |c: &str| Some(format!("Titel van {c}"));
    let ids = a.finish_round(&round, model, title, |goal| format!("Doel: {goal}"), T0 + 70, 5).unwrap();
    assert_eq!(ids.len(), picks.len());
    for (action_id, card) in ids.iter().zip(&picks) {
        let action = &a.actions[action_id];
        assert_eq!(action.what, format!("Titel van {card}"));
        assert_eq!(action.purpose.tips, std::slice::from_ref(card));
        assert_eq!(action.note, "Doel: Meer inwoners online helpen");
        let citing: Vec<String> = model
            .citations()
            .iter()
            .filter(|c| c.reference.split('#').next() == Some(card))
            .map(|c| c.statement.to_string())
            .collect();
        for statement in &action.purpose.statements {
            assert!(citing.contains(statement), "{statement} cites {card}");
        }
    }
    assert_eq!(a.open_round_id(), None);
    assert_eq!(a.sort_card(&round, Pile::Meer, T0 + 80), Err(OpError::NoSuchRound(round.clone())));
}

#[test]
fn a_round_in_a_file_is_checked_and_two_tabs_keep_the_round_changed_last() {
    let (mut state, id) = one_assessment();
    let round = state.get_mut(&id).unwrap().start_round("Doel", deck_slugs(), T0, 1).unwrap();
    let mut other = state.clone();
    other.get_mut(&id).unwrap().sort_card(&round, Pile::Blijven, T0 + 5).unwrap();
    let merged = merge(&state, &other);
    assert_eq!(merged.assessments, merge(&other, &state).assessments);
    assert_eq!(merged.get(&id).unwrap().rounds[&round].sorted, [Pile::Blijven]);

    let file = export_json(&other.live().collect::<Vec<_>>(), T0 + 6);
    let bad_pile = file.replace("\"blijven\"", "\"later\"");
    let text = messages::load_error(&plan_import(&State::new(), assessment_model(), &bad_pile).unwrap_err());
    assert!(text.contains(&format!("rounds[\"{round}\"].sorted[0]: onbekende stapel \"later\"")), "{text}");
    let mut value: serde_json::Value = serde_json::from_str(&file).unwrap();
    value["assessments"][0]["rounds"][&round]["picks"] = serde_json::json!([deck_slugs()[0]]);
    let text = messages::load_error(&plan_import(&State::new(), assessment_model(), &value.to_string()).unwrap_err());
    assert!(text.contains("picks[0]") && text.contains("ligt niet op ‘meer doen’"), "{text}");
}

#[test]
fn participants_are_kept_like_a_note_the_later_wins_between_tabs_and_a_file_only_fills_in() {
    let (mut state, id) = one_assessment();
    assert!(matches!(
        state.get_mut(&id).unwrap().set_participants(&"x".repeat(301), T0),
        Err(OpError::Input(InputError::TooLong { max: 300, .. }))
    ));
    state.get_mut(&id).unwrap().set_participants("  Anna,   Bas ", T0 + 5).unwrap();
    assert_eq!(state.get(&id).unwrap().participants, "Anna, Bas");
    assert_eq!(migrate(&to_json(&state)).unwrap(), state);
    let mut other = state.clone();
    other.get_mut(&id).unwrap().set_participants("Anna, Bas, Cem", T0 + 9).unwrap();
    assert_eq!(merge(&state, &other).get(&id).unwrap().participants, "Anna, Bas, Cem");
    assert_eq!(merge(&other, &state).get(&id).unwrap().participants, "Anna, Bas, Cem");

    // A colleague's file with other participants never replaces these; into an empty field it fills in.
    let file = export_json(&other.live().collect::<Vec<_>>(), T0 + 10);
    let plan = plan_import(&state, assessment_model(), &file).unwrap();
    state.import_into(&plan, 0, &id).unwrap();
    assert_eq!(state.get(&id).unwrap().participants, "Anna, Bas");
    state.get_mut(&id).unwrap().set_participants("", T0 + 11).unwrap();
    state.import_into(&plan, 0, &id).unwrap();
    assert_eq!(state.get(&id).unwrap().participants, "Anna, Bas, Cem");
}

#[test]
fn undoing_a_delete_does_not_undo_a_colleagues_status_change() {
    let (mut state, id) = one_assessment();
    let action = state.get_mut(&id).unwrap().add_action(new_action("Pilot", None), T0 + 5, 1).unwrap();
    let mut other = state.clone();
    other.get_mut(&id).unwrap().set_action_status(&action, Status::Klaar, T0 + 100).unwrap();
    let a = state.get_mut(&id).unwrap();
    a.delete_action(&action, T0 + 101).unwrap();
    a.restore_action(&action, T0 + 102).unwrap();
    let merged = merge(&state, &other);
    let x = &merged.get(&id).unwrap().actions[&action];
    assert!(!x.is_deleted());
    assert_eq!(x.status, Status::Klaar, "the restore changed no field");
}

#[test]
fn a_file_never_deletes_an_action_that_is_here() {
    let (mut state, id) = one_assessment();
    let action = state.get_mut(&id).unwrap().add_action(new_action("Pilot", None), T0 + 5, 1).unwrap();
    state.get_mut(&id).unwrap().set_action_note(&action, "Mijn aantekening", T0 + 6).unwrap();
    let mut colleague = state.clone();
    colleague.get_mut(&id).unwrap().delete_action(&action, T0 + 50).unwrap();
    let file = export_json(&colleague.live().collect::<Vec<_>>(), T0 + 51);
    let plan = plan_import(&state, assessment_model(), &file).unwrap();
    state.import_into(&plan, 0, &id).unwrap();
    let kept = &state.get(&id).unwrap().actions[&action];
    assert!(!kept.is_deleted() && kept.note == "Mijn aantekening");
    // Between two tabs of the user's own, the deletion does travel.
    assert!(merge(&state, &colleague).get(&id).unwrap().plan().is_empty());
}

#[test]
fn the_plan_limit_counts_live_actions_so_deleting_makes_room() {
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    let mut last = String::new();
    for i in 0..digiwijzer::storage::plan::MAX_ACTIONS {
        last = a.add_action(new_action(&format!("Actie {i}"), None), T0 + i as u64, 1).unwrap();
    }
    assert_eq!(a.add_action(new_action("Een te veel", None), T0 + 600, 1), Err(OpError::PlanFull { max: 500 }));
    a.delete_action(&last, T0 + 601).unwrap();
    assert!(a.add_action(new_action("Nu wel", None), T0 + 602, 1).is_ok());
    // Stored data over a file's limit still loads: refusing it would set everything aside.
    let stored = migrate(&to_json(&state)).unwrap();
    assert_eq!(stored.get(&id).unwrap().actions.len(), 501);
}

#[test]
fn a_finished_round_stays_finished_when_merged_with_a_later_unfinished_copy() {
    let model = assessment_model();
    let (mut state, id) = one_assessment();
    let deck = deck_slugs();
    let round = state.get_mut(&id).unwrap().start_round("Doel", deck.clone(), T0, 1).unwrap();
    for _ in &deck {
        state.get_mut(&id).unwrap().sort_card(&round, Pile::Meer, T0 + 1).unwrap();
    }
    let mut other = state.clone();
    state.get_mut(&id).unwrap().pick(&round, &deck[0], true, T0 + 2).unwrap();
    state.get_mut(&id).unwrap().finish_round(&round, model, |_| None, |g| g.to_string(), T0 + 3, 1).unwrap();
    // The other tab toggles a pick later, on its unfinished copy.
    other.get_mut(&id).unwrap().pick(&round, &deck[1], true, T0 + 10).unwrap();
    for merged in [merge(&state, &other), merge(&other, &state)] {
        let r = &merged.get(&id).unwrap().rounds[&round];
        assert!(r.finished.is_some(), "finished stays finished: its picks are already actions");
        assert_eq!(merged.get(&id).unwrap().open_round_id(), None);
    }
}

#[test]
fn a_pick_no_statement_cites_and_no_deck_names_still_becomes_an_action() {
    let model = assessment_model();
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    let round = a.start_round("Doel", vec!["onbekend-stuk".into()], T0, 1).unwrap();
    a.sort_card(&round, Pile::Meer, T0 + 1).unwrap();
    a.pick(&round, "onbekend-stuk", true, T0 + 2).unwrap();
    let ids = a.finish_round(&round, model, |_| None, |g| g.to_string(), T0 + 3, 1).unwrap();
    assert_eq!(a.actions[&ids[0]].what, "onbekend-stuk");
}

#[test]
fn the_merge_preview_names_the_ambitions_and_actions_a_file_changes() {
    let (mut state, id) = one_assessment();
    let mut colleague = state.clone();
    let c = colleague.get_mut(&id).unwrap();
    c.set_ambition("strategie", Some(2), T0 + 10).unwrap();
    c.add_action(new_action("Pilot", None), T0 + 11, 1).unwrap();
    c.add_action(new_action("Nog een", None), T0 + 12, 2).unwrap();
    let file = export_json(&colleague.live().collect::<Vec<_>>(), T0 + 13);
    let plan = plan_import(&state, assessment_model(), &file).unwrap();
    let text = messages::merge_preview(&plan.assessments[0].merge_preview.unwrap());
    assert!(text.ends_with(" 1 ambitie anders. Actieplan: 2 acties erbij."), "{text}");
    let merged = state.import_into(&plan, 0, &id).unwrap();
    assert!(messages::merged("Collega", "Nulmeting", &merged).contains("Actieplan: 2 acties erbij."));
}

#[test]
fn a_file_says_who_it_is_from_and_an_overlong_name_is_refused_by_its_place() {
    let (state, _) = one_assessment();
    let file = digiwijzer::storage::export_json_by(&state.live().collect::<Vec<_>>(), "  Anna   de Vries ", T0 + 5);
    let plan = plan_import(&State::new(), assessment_model(), &file).unwrap();
    assert_eq!(plan.participant, "Anna de Vries");
    let nobody =
        plan_import(&State::new(), assessment_model(), &export_json(&state.live().collect::<Vec<_>>(), T0)).unwrap();
    assert_eq!(nobody.participant, "");
    let mut value: serde_json::Value = serde_json::from_str(&file).unwrap();
    value["participant"] = serde_json::json!("x".repeat(81));
    let text = messages::load_error(&plan_import(&State::new(), assessment_model(), &value.to_string()).unwrap_err());
    assert!(text.contains("bij participant: te lang"), "{text}");
}

#[test]
fn the_plan_filters_by_status_overdue_and_dimension_in_plan_order() {
    use digiwijzer::storage::plan::{PlanFilter, StatusFilter};
    let model = assessment_model();
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    let late = a.add_action(new_action("Te laat", Some("2027-01-10")), T0, 1).unwrap();
    let purpose = Purpose { statements: vec!["strategie.b4".into()], ..Purpose::default() };
    let strategy =
        a.add_action(NewAction { purpose, ..new_action("Strategie", Some("2027-05-01")) }, T0 + 1, 1).unwrap();
    let done = a.add_action(new_action("Klaar", Some("2027-01-01")), T0 + 2, 1).unwrap();
    a.set_action_status(&done, Status::Klaar, T0 + 3).unwrap();
    let today = day("2027-02-01");
    let shown = |status, dimension| {
        let filter = PlanFilter { status, dimension, today };
        a.plan_filtered(model, &filter).into_iter().map(|(id, _)| id.to_string()).collect::<Vec<_>>()
    };
    assert_eq!(shown(StatusFilter::All, None), [done.as_str(), &late, &strategy], "by date");
    assert_eq!(shown(StatusFilter::Overdue, None), [late.as_str()], "done is never overdue");
    assert_eq!(shown(StatusFilter::Is(Status::Klaar), None), [done.as_str()]);
    assert_eq!(shown(StatusFilter::All, Some("strategie")), [strategy.as_str()], "through its statement");
    assert!(shown(StatusFilter::Overdue, Some("strategie")).is_empty());
}

// ---------------------------------------------------------------------------------------
// Snapshots: only the ones worth comparing with

const HOUR: u64 = 3_600_000;

#[test]
fn no_snapshot_of_nothing_answered_nor_a_second_one_today_with_the_same_score() {
    use digiwijzer::storage::SnapshotRefusal::{NothingAnswered, SameAsToday};
    let model = assessment_model();
    // Only retired statements answered: nothing counts, so the score is 0 % everywhere.
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    assert_eq!(a.snapshot_refusal(model, T0 + 10), Some(NothingAnswered));
    assert_eq!(a.take_useful_snapshot(model, T0 + 10).unwrap_err(), OpError::SnapshotRefused(NothingAnswered));
    assert!(a.snapshots.is_empty(), "refused means nothing recorded");
    // An n.v.t. is an answer too: the user has started.
    a.set_answer("eigenaarschap.b5", Some(Nvt), T0 + 11).unwrap();
    assert_eq!(a.snapshot_refusal(model, T0 + 12), None);
    a.set_answer("eigenaarschap.b5", Some(Ja), T0 + 13).unwrap();
    let first = a.take_useful_snapshot(model, T0 + 14).unwrap().clone();
    assert!(first.overall > 0);

    // Later the same day, nothing changed: pointless.
    assert_eq!(a.take_useful_snapshot(model, T0 + 2 * HOUR).unwrap_err(), OpError::SnapshotRefused(SameAsToday));
    assert_eq!(a.snapshots.len(), 1);
    // The score moved: worth a snapshot, even on the same day.
    a.set_answer("eigenaarschap.b3", Some(Ja), T0 + 2 * HOUR + 1).unwrap();
    a.take_useful_snapshot(model, T0 + 2 * HOUR + 2).unwrap();
    // Back to the first score: compared with today's latest, which differs, so it is kept.
    a.set_answer("eigenaarschap.b3", None, T0 + 2 * HOUR + 3).unwrap();
    a.take_useful_snapshot(model, T0 + 2 * HOUR + 4).unwrap();
    assert_eq!(a.snapshot_refusal(model, T0 + 3 * HOUR), Some(SameAsToday));
    // The next day the same score is recorded: that nothing moved is worth knowing.
    assert_eq!(a.snapshot_refusal(model, T0 + 24 * HOUR), None);
    a.take_useful_snapshot(model, T0 + 24 * HOUR).unwrap();
    assert_eq!(a.snapshots.len(), 4);
    // Clearing every answer brings back the first refusal, also with snapshots taken.
    a.set_answer("eigenaarschap.b5", None, T0 + 25 * HOUR).unwrap();
    assert_eq!(a.snapshot_refusal(model, T0 + 26 * HOUR), Some(NothingAnswered));
}

#[test]
fn a_snapshot_from_a_file_counts_for_today_like_one_taken_here() {
    // A snapshot merged in from a colleague's file of today, with this score, makes a
    // new one here as pointless as one taken here.
    let model = assessment_model();
    let (mut state, id) = one_assessment();
    let a = state.get_mut(&id).unwrap();
    a.set_answer("strategie.b4", Some(Ja), T0 + 10).unwrap();
    let mut theirs = a.clone();
    theirs.take_snapshot(model, T0 + 20);
    digiwijzer::storage::merge::merge_snapshots(&mut a.snapshots, &theirs.snapshots);
    assert_eq!(a.snapshot_refusal(model, T0 + 30), Some(digiwijzer::storage::SnapshotRefusal::SameAsToday));
}
