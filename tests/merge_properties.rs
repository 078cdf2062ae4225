//! The merge rules as properties over any two histories of edits, with clocks that jump
//! forward and back: no note or link either side had is lost unless the other side
//! edited that same field later, and an edit made now is never undone by an older
//! stamp, however far ahead that stamp is.

// proptest is a host-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use digiwijzer::assessment::AnswerValue;
use digiwijzer::storage::{merge, Assessment, State};
use proptest::prelude::*;

const ID: &str = "team";
const STATEMENTS: [&str; 3] = ["eigenaarschap.b1", "eigenaarschap.b2", "strategie.b1"];
const T0: u64 = 1_732_000_000_000;

#[derive(Clone, Debug)]
enum Field {
    Answer(Option<AnswerValue>),
    Note(String),
    Link(String),
}

#[derive(Clone, Debug)]
struct Edit {
    statement: usize,
    field: Field,
    /// The tab's clock, anywhere from two hours back to two hours ahead.
    at: u64,
}

fn field() -> impl Strategy<Value = Field> {
    let answer = prop_oneof![
        Just(None),
        Just(Some(AnswerValue::Nee)),
        Just(Some(AnswerValue::Deels)),
        Just(Some(AnswerValue::Ja)),
        Just(Some(AnswerValue::Nvt)),
    ];
    prop_oneof![
        answer.prop_map(Field::Answer),
        prop_oneof![Just(String::new()), "[a-z]{1,6}"].prop_map(Field::Note),
        prop_oneof![Just(String::new()), "[a-z]{1,6}".prop_map(|p| format!("https://gemeente.example/{p}"))]
            .prop_map(Field::Link),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    (0..STATEMENTS.len(), field(), 0u64..4 * 3_600_000).prop_map(|(statement, field, at)| Edit {
        statement,
        field,
        at: T0 - 2 * 3_600_000 + at,
    })
}

fn apply(state: &mut State, edit: &Edit) {
    let a = state.get_mut(ID).unwrap();
    let statement = STATEMENTS[edit.statement];
    match &edit.field {
        Field::Answer(v) => a.set_answer(statement, *v, edit.at).unwrap(),
        Field::Note(n) => a.set_note(statement, n, edit.at).unwrap(),
        Field::Link(l) => a.set_evidence(statement, l, edit.at).unwrap(),
    }
}

fn base() -> State {
    let mut state = State::new();
    state.assessments.push(Assessment::new(ID.into(), "Team".into(), T0));
    state
}

fn assessment(state: &State) -> &Assessment {
    state.assessments.iter().find(|a| a.id == ID).unwrap()
}

/// (time, text) of a note or link, as the merge compares them.
fn texts(state: &State, statement: &str) -> [(u64, String); 2] {
    let r = assessment(state).answers.get(statement).cloned().unwrap_or_default();
    [(r.note_updated, r.note), (r.evidence_updated, r.evidence)]
}

proptest! {
    #[test]
    fn no_note_or_link_is_lost_unless_the_other_side_edited_it_later(
        ours_edits in prop::collection::vec(edit(), 0..12),
        theirs_edits in prop::collection::vec(edit(), 0..12),
    ) {
        let (mut ours, mut theirs) = (base(), base());
        ours_edits.iter().for_each(|e| apply(&mut ours, e));
        theirs_edits.iter().for_each(|e| apply(&mut theirs, e));
        let merged = merge(&ours, &theirs);
        prop_assert_eq!(&merged.assessments, &merge(&theirs, &ours).assessments, "either side gives the same result");
        for statement in STATEMENTS {
            let after = texts(&merged, statement);
            for side in [&ours, &theirs] {
                let other = if std::ptr::eq(side, &ours) { &theirs } else { &ours };
                for (i, (stamp, text)) in texts(side, statement).into_iter().enumerate() {
                    if text.is_empty() || after[i].1 == text {
                        continue;
                    }
                    // Only a later edit of the same field on the other side may replace it.
                    let (other_stamp, _) = &texts(other, statement)[i];
                    prop_assert!(*other_stamp >= stamp, "{statement}: {text:?} lost to an older edit");
                    prop_assert_eq!(&after[i], &texts(other, statement)[i]);
                }
            }
        }
    }

    #[test]
    fn an_edit_made_now_is_never_undone_by_an_older_stamp(
        shared in prop::collection::vec(edit(), 0..12),
        theirs_later in prop::collection::vec(edit(), 0..6),
        now_edit in edit(),
    ) {
        // Both tabs saw the same history (stamps possibly hours ahead), then this tab
        // makes one more edit at whatever its clock says now.
        let mut ours = base();
        shared.iter().for_each(|e| apply(&mut ours, e));
        let mut theirs = ours.clone();
        // The other tab goes on, but not with the field edited here.
        for e in theirs_later.iter().filter(|e| e.statement != now_edit.statement) {
            apply(&mut theirs, e);
        }
        apply(&mut ours, &now_edit);
        let wanted = assessment(&ours).answers[STATEMENTS[now_edit.statement]].clone();
        for merged in [merge(&ours, &theirs), merge(&theirs, &ours)] {
            let got = &assessment(&merged).answers[STATEMENTS[now_edit.statement]];
            match &now_edit.field {
                Field::Answer(_) => prop_assert_eq!(got.answer, wanted.answer),
                Field::Note(_) => prop_assert_eq!(&got.note, &wanted.note),
                Field::Link(_) => prop_assert_eq!(&got.evidence, &wanted.evidence),
            }
        }
    }
}
