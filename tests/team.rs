//! A team's answers side by side: counts, disagreement agenda, median and spread.

use digiwijzer::assessment::team::{agenda, dimensions, tally, Member, Tally};
use digiwijzer::assessment::{Answer, AnswerValue, Answers};
use digiwijzer::embedded::assessment_model;

use AnswerValue::{Deels, Ja, Nee, Nvt};

fn answers(list: &[(&str, AnswerValue)]) -> Answers {
    list.iter().map(|(id, v)| (id.to_string(), Answer { updated: 1, answer: Some(*v), ..Answer::default() })).collect()
}

/// The embedded model's statements, in model order.
fn ids() -> Vec<String> {
    assessment_model().statements().map(|(_, s)| s.id.to_string()).collect()
}

#[test]
fn a_tally_counts_each_answer_and_a_skipped_statement_as_no_answer() {
    let s = ids();
    let (a, b, c) = (answers(&[(&s[0], Ja)]), answers(&[(&s[0], Nvt), (&s[1], Nee)]), Answers::new());
    let mut cleared = answers(&[(&s[0], Deels)]);
    cleared.get_mut(&s[0]).unwrap().answer = None;
    let team = [
        Member { name: "A", answers: &a },
        Member { name: "B", answers: &b },
        Member { name: "C", answers: &c },
        Member { name: "D", answers: &cleared },
    ];
    assert_eq!(tally(&team, &s[0]), Tally { ja: 1, nvt: 1, none: 2, ..Tally::default() });
    assert_eq!(tally(&team, &s[1]).answered(), 1);
}

#[test]
fn the_agenda_puts_the_widest_split_first_and_leaves_out_agreement() {
    let s = ids();
    // s0: ja against nee (2 points apart). s1: two ja, two deels (4 of 6 pairs 1 apart).
    // s2: ja against n.v.t. (1). s3: everyone ja. s4: only one answer.
    let a = answers(&[(&s[0], Ja), (&s[1], Ja), (&s[2], Ja), (&s[3], Ja), (&s[4], Nee)]);
    let b = answers(&[(&s[0], Nee), (&s[1], Ja), (&s[2], Nvt), (&s[3], Ja)]);
    let c = answers(&[(&s[1], Deels), (&s[3], Ja)]);
    let d = answers(&[(&s[1], Deels)]);
    let team = [
        Member { name: "A", answers: &a },
        Member { name: "B", answers: &b },
        Member { name: "C", answers: &c },
        Member { name: "D", answers: &d },
    ];
    let order: Vec<&str> = agenda(assessment_model(), &team).iter().map(|x| x.statement).collect();
    assert_eq!(order, [s[0].as_str(), &s[2], &s[1]]);
    let first = &agenda(assessment_model(), &team)[0];
    assert_eq!((first.total, first.pairs, first.tally.none), (2, 1, 2));
}

#[test]
fn equal_disagreement_goes_to_the_statement_more_answered_then_to_model_order() {
    let s = ids();
    // s5 and s6: ja against nee, by two members: 2 points apart on average, a tie.
    // s9: two ja and two nee among four: 8 points over 6 pairs, less on average.
    let a = answers(&[(&s[5], Ja), (&s[6], Ja), (&s[9], Ja)]);
    let b = answers(&[(&s[5], Nee), (&s[6], Nee), (&s[9], Nee)]);
    let c = answers(&[(&s[9], Ja)]);
    let d = answers(&[(&s[9], Nee)]);
    let team = [
        Member { name: "A", answers: &a },
        Member { name: "B", answers: &b },
        Member { name: "C", answers: &c },
        Member { name: "D", answers: &d },
    ];
    let order: Vec<&str> = agenda(assessment_model(), &team).iter().map(|x| x.statement).collect();
    assert_eq!(
        order,
        [s[5].as_str(), &s[6], &s[9]],
        "equal averages keep model order; the four-way split averages 8/6"
    );
}

#[test]
fn the_median_and_spread_leave_out_a_member_who_answered_nothing_in_that_dimension() {
    let model = assessment_model();
    let first = &model.dimensions[0];
    let level1: Vec<String> = first.level(1).map(|s| s.id.to_string()).collect();
    let all_ja: Vec<(&str, AnswerValue)> = level1.iter().map(|id| (id.as_str(), Ja)).collect();
    let done = answers(&all_ja);
    let one_nee = answers(&[(&level1[0], Nee)]);
    let nothing = Answers::new();
    let team = [
        Member { name: "A", answers: &done },
        Member { name: "B", answers: &one_nee },
        Member { name: "C", answers: &nothing },
    ];
    let spread = &dimensions(model, &team)[0];
    assert_eq!(spread.members[2], None, "C answered nothing here");
    let (a, b) = (spread.members[0].unwrap(), spread.members[1].unwrap());
    assert_eq!((a.0, b.0), (1, 0));
    assert_eq!(spread.median, Some((a.1 + b.1) / 2.0), "the middle of two");
    assert_eq!(spread.spread, a.1 - b.1);
    let odd = [team[0], team[1], Member { name: "D", answers: &done }];
    assert_eq!(dimensions(model, &odd)[0].median, Some(a.1));
    assert_eq!(
        dimensions(model, &[team[2]])[0],
        digiwijzer::assessment::team::DimensionSpread { members: vec![None], median: None, spread: 0.0 }
    );
}

// ---------------------------------------------------------------------------------------
// Overviews: colleagues' files kept side by side

use digiwijzer::storage::{export_json_by, merge, migrate as migrate_with, plan_import, to_json, State};

const T0: u64 = 1_732_000_000_000;

/// A colleague's export file: one assessment with one answer.
fn colleague_file(who: &str, statement: &str, value: AnswerValue) -> String {
    let mut theirs = State::new();
    let id = theirs.create("Mijn zelfevaluatie", T0, 1).unwrap();
    theirs.get_mut(&id).unwrap().set_answer(statement, Some(value), T0 + 1).unwrap();
    export_json_by(&theirs.live().collect::<Vec<_>>(), who, T0 + 2)
}

fn add(state: &mut State, overview: &str, file: &str, now: u64) -> digiwijzer::storage::team::Added {
    let plan = plan_import(state, assessment_model(), file).unwrap();
    state.add_to_overview(overview, &plan, now).unwrap()
}

#[test]
fn files_become_members_of_an_overview_without_touching_the_leads_assessments() {
    let s = ids();
    let mut lead = State::new();
    let mine = lead.create("Nulmeting", T0, 9).unwrap();
    lead.get_mut(&mine).unwrap().set_answer(&s[0], Some(Nee), T0 + 1).unwrap();
    let before = lead.assessments.clone();
    let team = lead.create_overview("Team KCC 2026", T0 + 5, 1).unwrap();
    let (anna, bas) = (colleague_file("Anna", &s[0], Ja), colleague_file("Bas", &s[0], Nee));
    assert_eq!(add(&mut lead, &team, &anna, T0 + 6).added, ["Anna"]);
    assert_eq!(add(&mut lead, &team, &bas, T0 + 7).added, ["Bas"]);
    let again = add(&mut lead, &team, &anna, T0 + 8);
    assert_eq!(
        (again.added.len(), again.already_there.as_slice()),
        (0, ["Anna".to_string()].as_slice()),
        "reported, not doubled"
    );
    assert_eq!(lead.assessments, before, "no stored assessment changed");
    let overview = &lead.overviews[&team];
    assert_eq!(overview.members().len(), 2);
    assert_eq!(tally(&overview.team(), &s[0]), Tally { ja: 1, nee: 1, ..Tally::default() });
    // Kept: it reads back from storage exactly.
    let read = migrate_with(&to_json(&lead), "x").unwrap();
    assert_eq!(read, lead);
}

#[test]
fn two_tabs_adding_different_colleagues_keep_both_and_a_removal_travels() {
    let s = ids();
    let mut one = State::new();
    let team = one.create_overview("Team", T0, 1).unwrap();
    let mut two = one.clone();
    add(&mut one, &team, &colleague_file("Anna", &s[0], Ja), T0 + 10);
    add(&mut two, &team, &colleague_file("Bas", &s[0], Nee), T0 + 20);
    let merged = merge(&one, &two);
    assert_eq!(merged.overviews, merge(&two, &one).overviews, "the same either way");
    let labels: Vec<&str> = merged.overviews[&team].members().iter().map(|m| m.label()).collect();
    assert_eq!(labels, ["Anna", "Bas"]);

    let mut three = merged.clone();
    let key = three.overviews[&team].members()[0].key();
    three.remove_member(&team, &key, T0 + 30).unwrap();
    let after = merge(&merged, &three);
    assert_eq!(after.overviews[&team].members().iter().map(|m| m.label()).collect::<Vec<_>>(), ["Bas"]);
    // Added again later, Anna is back.
    let mut four = after.clone();
    add(&mut four, &team, &colleague_file("Anna", &s[0], Ja), T0 + 40);
    assert_eq!(four.overviews[&team].members().len(), 2);
    assert_eq!(merge(&after, &four).overviews[&team].members().len(), 2);
}

#[test]
fn an_overview_can_be_anonymous_and_removed_and_its_members_are_only_copies() {
    let s = ids();
    let mut lead = State::new();
    let team = lead.create_overview("Team", T0, 1).unwrap();
    add(&mut lead, &team, &colleague_file("Anna", &s[0], Ja), T0 + 1);
    lead.set_anonymous(&team, true, T0 + 2).unwrap();
    assert!(lead.overviews[&team].anonymous);
    lead.delete_overview(&team, T0 + 3).unwrap();
    assert!(lead.live_overviews().is_empty());
    assert!(lead.assessments.is_empty(), "nobody's answers were ever stored as an assessment");
    assert!(lead.set_anonymous(&team, false, T0 + 4).is_err(), "a removed overview is not changed");
}

#[test]
fn the_teams_agreed_answers_become_a_new_assessment_with_the_spread_in_each_note() {
    let s = ids();
    let mut lead = State::new();
    let mine = lead.create("Nulmeting", T0, 9).unwrap();
    let team = lead.create_overview("Team KCC", T0 + 1, 1).unwrap();
    add(&mut lead, &team, &colleague_file("Anna", &s[0], Ja), T0 + 2);
    add(&mut lead, &team, &colleague_file("Bas", &s[0], Nee), T0 + 3);
    lead.set_agreed(&team, &s[0], Some(Deels), T0 + 4).unwrap();
    lead.set_agreed(&team, &s[1], Some(Ja), T0 + 5).unwrap();
    lead.set_agreed(&team, &s[1], None, T0 + 6).unwrap();
    let before = lead.overviews[&team].clone();
    let note = |t: &Tally| format!("ja {} nee {} geen {}", t.ja, t.nee, t.none);
    let made = lead.consensus(&team, "Team KCC, 1 december 2026", note, T0 + 10, 2).unwrap();
    let a = lead.get(&made).unwrap();
    assert_eq!(a.name, "Team KCC, 1 december 2026");
    assert_eq!(lead.active.as_deref(), Some(made.as_str()), "it opens, to work on like any other");
    assert_eq!(a.answers.len(), 1, "a cleared agreement is not an answer");
    assert_eq!((a.answers[&s[0]].answer, a.answers[&s[0]].note.as_str()), (Some(Deels), "ja 1 nee 1 geen 0"));
    assert_eq!(lead.overviews[&team], before, "the overview stays as it was");
    assert!(lead.get(&mine).unwrap().answers.is_empty(), "the lead's own assessment is untouched");
    // Kept over storage, and two tabs' agreements merge per statement.
    assert_eq!(migrate_with(&to_json(&lead), "x").unwrap(), lead);
    let mut other = lead.clone();
    other.set_agreed(&team, &s[2], Some(Nee), T0 + 20).unwrap();
    lead.set_agreed(&team, &s[0], Some(Ja), T0 + 21).unwrap();
    let merged = merge(&lead, &other);
    let agreed = &merged.overviews[&team].agreed;
    assert_eq!((agreed[&s[0]].answer, agreed[&s[2]].answer), (Some(Ja), Some(Nee)));
}

#[test]
fn files_of_older_formats_join_an_overview_with_their_answers_and_notes() {
    let mut lead = State::new();
    let team = lead.create_overview("Team", T0, 1).unwrap();
    for fixture in ["export.json", "export-v2.json"] {
        let file = std::fs::read_to_string(format!("tests/fixtures/storage/{fixture}")).unwrap();
        let added = add(&mut lead, &team, &file, T0 + 1);
        assert!(!added.added.is_empty() || !added.already_there.is_empty(), "{fixture}");
    }
    // Both fixtures hold the same assessment without a participant: one member, not two.
    let overview = &lead.overviews[&team];
    assert_eq!(overview.members().len(), 1);
    let member = overview.members()[0];
    assert_eq!(member.label(), "Nulmeting 2024", "without a participant, the assessment's name");
    assert_eq!(member.answers["eigenaarschap.b2"].note, "Alleen in de directie, niet in het college.");
    assert_eq!(tally(&overview.team(), "eigenaarschap.b2"), Tally { deels: 1, ..Tally::default() });
}

#[test]
fn a_consensus_for_an_overview_with_a_long_name_still_gets_a_name_that_fits() {
    let s = ids();
    let mut lead = State::new();
    let team = lead.create_overview(&"Lange naam ".repeat(7), T0, 1).unwrap();
    add(&mut lead, &team, &colleague_file("Anna", &s[0], Ja), T0 + 1);
    lead.set_agreed(&team, &s[0], Some(Ja), T0 + 2).unwrap();
    let name = format!("Team {}, 1 december 2026", lead.overviews[&team].name);
    let made = lead.consensus(&team, &name, |_| String::new(), T0 + 3, 1).unwrap();
    assert_eq!(lead.get(&made).unwrap().name.chars().count(), 80);
}
