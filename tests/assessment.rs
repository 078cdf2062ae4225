//! The self-assessment model, scoring and recommendations, as a user would notice them.

// The model reader is a host-only feature of the assessment crate.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;
use std::path::Path;

use digiwijzer::assessment::load::{load_file, load_str};
use digiwijzer::assessment::{recommend, score, toward_ambitions, Answer, AnswerValue, Answers, Model, LEVEL_IDS};
use digiwijzer::corpus::{Attribution, Block, Corpus, Document, Example, Kind, OrgType, Section, SectionRole};
use digiwijzer::embedded;

use AnswerValue::{Deels, Ja, Nee, Nvt};

/// Just enough corpus for the fixtures: `tip-17` with one example and one section.
fn tiny_corpus() -> Corpus {
    let doc = Document {
        slug: Cow::Borrowed("tip-17"),
        source: Cow::Borrowed("test"),
        kind: Kind::Tip,
        number: Some(17),
        title: Cow::Borrowed("Zorg ervoor dat het bestuur achter je staat"),
        toptip: false,
        themes: Cow::Borrowed(&[]),
        author: None,
        byline: None,
        publication: None,
        date: None,
        intro: Cow::Borrowed(&[Cow::Borrowed("Eerste zin over het bestuur. Tweede zin.")]),
        examples: Cow::Owned(vec![Example {
            slug: Cow::Borrowed("bestuurlijke-dekking"),
            heading: Cow::Borrowed("Bestuurlijke dekking"),
            body: Cow::Borrowed(&[Block::Paragraph(Cow::Borrowed(
                "Belangrijk is dat er bestuurlijke dekking is. Ik zou haast zeggen dat dat voorwaarde nummer één is.",
            ))]),
            attribution: Some(Attribution {
                person: Cow::Borrowed("bernard-minderhoud"),
                name: Cow::Borrowed("Bernard Minderhoud"),
                role: Some(Cow::Borrowed("Wethouder")),
                organisation: Some(Cow::Borrowed("gemeente Pijnacker-Nootdorp")),
                org_type: OrgType::Gemeente,
            }),
        }]),
        sections: Cow::Owned(vec![Section {
            speakers: Cow::Borrowed(&[]),
            slug: Cow::Borrowed("waarom-werkt-dit"),
            heading: Cow::Borrowed("Waarom werkt dit?"),
            role: SectionRole::WhyItWorks,
            body: Cow::Borrowed(&[Block::Paragraph(Cow::Borrowed(
                "Deel successen en cijfers met de hele organisatie.",
            ))]),
        }]),
        cut_off: false,
        name_variants: Cow::Borrowed(&[]),
    };
    Corpus { documents: Cow::Owned(vec![doc]), people: Cow::Borrowed(&[]), variants: Cow::Borrowed(&[]) }
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/assessment/{name}")
}

fn load_fixture(name: &str) -> Result<Model, Vec<String>> {
    load_file(Path::new(&fixture(name)), &tiny_corpus())
}

fn small() -> Model {
    load_fixture("small.toml").unwrap_or_else(|e| panic!("small.toml should load: {e:?}"))
}

fn answers(list: &[(&str, AnswerValue)]) -> Answers {
    list.iter().map(|(id, v)| (id.to_string(), Answer { updated: 1, answer: Some(*v), ..Answer::default() })).collect()
}

// ---------------------------------------------------------------------------------------
// The real model

#[test]
fn every_embedded_dimension_has_four_filled_levels_of_a_few_statements() {
    // Fewer, better statements: a level the corpus cannot fill honestly is not padded.
    let model = embedded::assessment_model();
    assert!(model.dimensions.len() >= 5, "only {} dimensions", model.dimensions.len());
    assert_eq!(model.levels.iter().map(|l| &*l.id).collect::<Vec<_>>(), LEVEL_IDS);
    for d in model.dimensions.iter() {
        for level in 1..=4u8 {
            let n = d.level(level).count();
            assert!((1..=5).contains(&n), "{} level {level} has {n} statements, want 1 to 5", d.id);
        }
    }
}

#[test]
fn every_embedded_statement_is_backed_by_a_quote_and_no_text_is_asked_twice() {
    let model = embedded::assessment_model();
    let mut texts = std::collections::HashSet::new();
    for (_, s) in model.statements() {
        assert!(
            s.sources.iter().all(|source| source.quote.chars().count() >= 20),
            "{}: a quote too short to check",
            s.id
        );
        assert!(texts.insert(&*s.text), "{} repeats another statement", s.id);
    }
}

#[test]
fn the_audit_table_covers_exactly_the_statements_that_ship_and_every_retired_one() {
    // corpus/zelfevaluatie-audit.md says, per statement, why it says no more than its quotes.
    let audit = std::fs::read_to_string("corpus/zelfevaluatie-audit.md").unwrap();
    let cell = |line: &str| line.split('|').nth(1).map(|c| c.trim().to_string());
    let mut rows: Vec<String> =
        audit.lines().filter(|l| l.starts_with("| ") && l.contains(" supported ")).filter_map(cell).collect();
    let mut retired: Vec<String> = audit
        .lines()
        .filter_map(|l| l.strip_prefix("- **").and_then(|rest| rest.split_once("**")).map(|(id, _)| id.to_string()))
        .filter(|id| id.contains('.'))
        .collect();
    let model = embedded::assessment_model();
    let mut shipped: Vec<String> = model.statements().map(|(_, s)| s.id.to_string()).collect();
    let mut gone: Vec<String> = model.retired.iter().map(|r| r.id.to_string()).filter(|id| id.contains('.')).collect();
    for list in [&mut rows, &mut retired, &mut shipped, &mut gone] {
        list.sort();
    }
    assert_eq!(rows, shipped, "one audit row per statement");
    assert_eq!(retired, gone, "one line per retired statement");
}

#[test]
fn embedded_statement_ids_follow_the_dimension_and_level_convention() {
    // `<dimension>.<b|o|g|k><n>`, so an id read in a CSV or a file says where it belongs.
    for (d, s) in embedded::assessment_model().statements() {
        let letter = LEVEL_IDS[usize::from(s.level) - 1].chars().next().unwrap();
        let rest = s.id.strip_prefix(&format!("{}.{letter}", d.id)).unwrap_or_else(|| panic!("{} in {}", s.id, d.id));
        assert!(rest.parse::<u32>().is_ok(), "{}", s.id);
        assert!(s.text.ends_with('.') && s.text.chars().count() >= 40, "{}: say something checkable", s.id);
    }
}

#[test]
fn statement_ids_are_never_removed_or_renamed() {
    // Answers are stored by id: an id that disappears silently orphans users' answers.
    // A statement that is no longer asked is retired ([[vervallen]]), never removed.
    let known = std::fs::read_to_string(fixture("stable_ids.txt")).unwrap();
    let model = embedded::assessment_model();
    for id in known.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let kept = model.statement(id).is_some() || model.dimension(id).is_some() || model.retired(id).is_some();
        assert!(kept, "id `{id}` vanished from the model");
    }
    // And a retired id stays retired: used again, old answers would take on a new meaning.
    let retired = std::fs::read_to_string(fixture("retired_ids.txt")).unwrap();
    for id in retired.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        assert!(model.retired(id).is_some(), "retired id `{id}` is no longer listed under [[vervallen]]");
    }
}

#[test]
fn every_embedded_citation_resolves_and_is_named_as_the_corpus_names_it() {
    use digiwijzer::corpus::Target;
    let corpus = embedded::corpus();
    for (_, s) in embedded::assessment_model().statements() {
        assert!(!s.sources.is_empty(), "{}", s.id);
        for source in s.sources.iter() {
            let target = corpus.resolve(&source.reference);
            let (doc, heading) = match target {
                Some(Target::Document(doc)) => (doc, None),
                Some(Target::Example(doc, example)) => (doc, Some(&*example.heading)),
                Some(Target::Section(doc, section)) => (doc, Some(&*section.heading).filter(|h| !h.is_empty())),
                None => panic!("{} cites {}, which is not in the corpus", s.id, source.reference),
            };
            let named = (source.kind, source.number, &*source.title, source.heading.as_deref());
            assert_eq!(named, (doc.kind, doc.number, &*doc.title, heading), "{} cites {}", s.id, source.reference);
        }
    }
}

#[test]
fn the_baked_model_is_exactly_what_the_loader_reads() {
    let loaded = load_file(Path::new("corpus/zelfevaluatie.toml"), embedded::corpus()).unwrap();
    assert_eq!(&loaded, embedded::assessment_model());
}

// ---------------------------------------------------------------------------------------
// Loading and validation

#[test]
fn the_loader_keeps_order_levels_and_sources_and_squashes_whitespace() {
    let model = small();
    let a = model.dimension("a").unwrap();
    let ids: Vec<_> = a.statements.iter().map(|s| (&*s.id, s.level)).collect();
    assert_eq!(ids, [("a.b1", 1), ("a.b2", 1), ("a.o1", 2), ("a.g1", 3), ("a.g2", 3), ("a.k1", 4)]);
    assert_eq!(a.statements[0].text, "Eerste stelling, over twee regels.");
    let cited: Vec<_> = a.statements[5].sources.iter().map(|s| (&*s.reference, s.heading.as_deref())).collect();
    assert_eq!(cited, [("tip-17", None), ("tip-17#waarom-werkt-dit", Some("Waarom werkt dit?"))]);
    assert_eq!(model.level_info(2).unwrap().name, "Ontwikkelend");
    assert_eq!(model.level_info(0), None);
    assert_eq!(model.statement("c.k1").map(|(d, s)| (&*d.id, s.level)), Some(("c", 4)));
}

fn errors(name: &str) -> Vec<String> {
    match load_fixture(name) {
        Ok(_) => panic!("{name} should be refused"),
        Err(e) => e,
    }
}

#[test]
fn each_source_carries_its_quote_word_for_word_and_who_says_it() {
    let model = small();
    let b2 = &model.statement("a.b2").unwrap().1.sources[0];
    assert_eq!(b2.quote, "Belangrijk is dat er bestuurlijke dekking is.");
    let speaker = b2.speaker.as_ref().map(|a| (&*a.name, a.role.as_deref(), a.organisation.as_deref()));
    assert_eq!(speaker, Some(("Bernard Minderhoud", Some("Wethouder"), Some("gemeente Pijnacker-Nootdorp"))));
    // Written over two lines in the file: only whitespace may differ.
    let k1 = &model.statement("a.k1").unwrap().1.sources[1];
    assert_eq!(k1.quote, "Deel successen en cijfers met de hele organisatie.");
    assert_eq!(k1.speaker, None, "a section has no speaker");
}

#[test]
fn a_retired_statement_keeps_its_text_and_its_id_and_counts_in_no_score() {
    let model = small();
    let retired = model.retired("a.o9").expect("a.o9 is retired");
    assert_eq!(retired.text, "Een oude stelling die niet meer wordt gesteld.");
    assert!(model.statement("a.o9").is_none());
    let with_old = answers(&[("a.b1", Ja), ("a.o9", Ja)]);
    assert_eq!(score(&model, &with_old), score(&model, &answers(&[("a.b1", Ja)])));
    // Its id stays taken.
    let text = std::fs::read_to_string(fixture("small.toml")).unwrap().replace("id = \"c.k1\"", "id = \"a.o9\"");
    let errors = load_str("x.toml", &text, &tiny_corpus()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].ends_with(
            "statement id `a.o9` is retired (line 96): a retired id is never used again, give this one a new id"
        ),
        "{}",
        errors[0]
    );
}

#[test]
fn the_way_to_the_next_level_shows_so_one_deels_never_hides_most_of_the_work() {
    let model = small();
    // a: level 1 has b1 and b2; one `deels` keeps the dimension below level 1 ...
    let list = answers(&[("a.b1", Ja), ("a.b2", Deels)]);
    let a = &score(&model, &list).dimensions[0];
    assert_eq!(a.level, 0);
    // ... but the way to it is three quarters done, and the chart draws it there.
    assert_eq!(a.next.map(|p| p.percent()), Some(75));
    assert_eq!(a.reach(), 0.75);
    // Level 1 reached, level 2 (one statement) half done: 1.5.
    let list = answers(&[("a.b1", Ja), ("a.b2", Ja), ("a.o1", Deels)]);
    let a = &score(&model, &list).dimensions[0];
    assert_eq!((a.level, a.next.map(|p| p.percent()), a.reach()), (1, Some(50), 1.5));
    // At the top there is no next level.
    let all: Vec<(&str, AnswerValue)> =
        ["a.b1", "a.b2", "a.o1", "a.g1", "a.g2", "a.k1"].into_iter().map(|id| (id, Ja)).collect();
    let a = &score(&model, &answers(&all)).dimensions[0];
    assert_eq!((a.level, a.next, a.reach()), (4, None, 4.0));
}

#[test]
fn a_level_of_only_nvt_is_not_shown_as_reached_but_does_not_hold_up_the_ladder() {
    let model = small();
    // a: level 2 is one statement, answered n.v.t.; level 1 is done.
    let list = answers(&[("a.b1", Ja), ("a.b2", Ja), ("a.o1", Nvt)]);
    let a = &score(&model, &list).dimensions[0];
    assert_eq!(a.level, 2, "the ladder goes on past an n.v.t. level");
    assert_eq!(a.shown_level(), 1, "but it shows the level that applies");
    assert_eq!(a.reached_but_not_applicable().collect::<Vec<_>>(), [2]);
    assert_eq!(a.reach(), 1.0, "the chart draws the shown level");
    assert_eq!(a.not_applicable, 1);
    assert!(!a.nothing_applies());
    // Everything n.v.t.: nothing applies.
    let all: Vec<(&str, AnswerValue)> =
        ["a.b1", "a.b2", "a.o1", "a.g1", "a.g2", "a.k1"].into_iter().map(|id| (id, Nvt)).collect();
    let a = &score(&model, &answers(&all)).dimensions[0];
    assert!(a.nothing_applies());
    assert_eq!((a.shown_level(), a.not_applicable), (0, 6));
}

#[test]
fn a_bad_model_file_stops_the_build_with_file_line_id_and_problem() {
    let f = |name: &str| fixture(name);
    let cases: Vec<(&str, String)> = vec![
        (
            "dangling_citation.toml",
            format!("{}:33: statement `a.b2` cites `tip-17#bestaat-niet`: document `tip-17` has no example or section `bestaat-niet` (it has: bestuurlijke-dekking, waarom-werkt-dit)", f("dangling_citation.toml")),
        ),
        (
            "unknown_document.toml",
            format!("{}:39: statement `a.o1` cites `tip-99`: no document `tip-99` in the corpus (known: tip-17)", f("unknown_document.toml")),
        ),
        ("duplicate_id.toml", format!("{}:74: duplicate id `a.b2` (first defined on line 30)", f("duplicate_id.toml"))),
        ("empty_level.toml", format!("{}:64: dimension `c`: level `ontwikkelend` has no statements", f("empty_level.toml"))),
        (
            "missing_level.toml",
            format!("{}:64: dimension `c` has no level `koploper` (every dimension needs [[dimensie.koploper]] statements for all 4 levels)", f("missing_level.toml")),
        ),
        (
            "no_sources.toml",
            format!("{}:42: statement `a.g1` cites no source (it needs at least one [[…bron]] with `ref` (`doc-slug` or `doc-slug#anchor`) and `citaat`)", f("no_sources.toml")),
        ),
        (
            "misquoted.toml",
            format!("{}:34: statement `a.b2`: the `citaat` for `tip-17#bestuurlijke-dekking` “Belangrijk is dat er bestuurlijke dekking is, zegt de wethouder.” is not word for word in that passage (only whitespace may differ; check quotes, apostrophes and accents)", f("misquoted.toml")),
        ),
        (
            "quote_elsewhere.toml",
            format!("{}:40: statement `a.o1`: the `citaat` for `tip-17#waarom-werkt-dit` “Ik zou haast zeggen dat dat voorwaarde nummer één is.” is not in that passage but in `tip-17#bestuurlijke-dekking`", f("quote_elsewhere.toml")),
        ),
        (
            "bad_id.toml",
            format!("{}:48: statement id `A G2` is not a valid id (use lowercase letters, digits, '-', '_', '.'; at most 64 characters)", f("bad_id.toml")),
        ),
    ];
    for (name, expected) in cases {
        assert_eq!(errors(name), vec![expected], "{name}");
    }
}

#[test]
fn a_quote_must_be_whole_words_and_a_whole_document_is_quoted_only_from_its_introduction() {
    let small = std::fs::read_to_string(fixture("small.toml")).unwrap();
    // Cut off at the start: "angrijk" is half a word.
    let half_word = small.replacen("citaat = \"Belangrijk is dat", "citaat = \"angrijk is dat", 1);
    let errors = load_str("x.toml", &half_word, &tiny_corpus()).unwrap_err();
    assert!(errors.len() == 1 && errors[0].contains("is not word for word in that passage"), "{errors:#?}");
    // A bare document quoting one of its examples: name the example, so the speaker shows.
    let whole_doc = small.replacen(
        "ref = \"tip-17\"\ncitaat = \"Eerste zin over het bestuur.\"",
        "ref = \"tip-17\"\ncitaat = \"Belangrijk is dat er bestuurlijke dekking is.\"",
        1,
    );
    let errors = load_str("x.toml", &whole_doc, &tiny_corpus()).unwrap_err();
    assert!(
        errors.len() == 1 && errors[0].ends_with("is not in that passage but in `tip-17#bestuurlijke-dekking`"),
        "{errors:#?}"
    );
}

#[test]
fn an_unknown_key_is_refused_with_its_line() {
    let errors = errors("unknown_key.toml");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with(&format!("{}:50: unknown field `bronnen`", fixture("unknown_key.toml"))),
        "{}",
        errors[0]
    );
}

#[test]
fn every_problem_in_a_file_is_reported_at_once() {
    let text = std::fs::read_to_string(fixture("small.toml"))
        .unwrap()
        .replace("id = \"c.o1\"", "id = \"a.b1\"")
        .replace("ref = \"tip-17#bestuurlijke-dekking\"", "ref = \"tip-1\"");
    let errors = load_str("x.toml", &text, &tiny_corpus()).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn a_model_without_dimensions_is_refused() {
    let text = std::fs::read_to_string(fixture("small.toml")).unwrap();
    let head = &text[..text.find("[[dimensie]]").unwrap()];
    assert_eq!(load_str("x.toml", head, &tiny_corpus()).unwrap_err(), ["x.toml: the model has no [[dimensie]]"]);
}

// ---------------------------------------------------------------------------------------
// Scoring

#[test]
fn levels_are_cumulative_and_nvt_does_not_count() {
    let model = small();
    let a = |list: &[(&str, AnswerValue)]| {
        let s = score(&model, &answers(list));
        let d = s.dimensions.iter().find(|d| d.dimension.id == "a").unwrap();
        (d.level, d.progress.percent())
    };
    let all_ja = [("a.b1", Ja), ("a.b2", Ja), ("a.o1", Ja), ("a.g1", Ja), ("a.g2", Ja), ("a.k1", Ja)];
    type Case<'a> = (&'a str, Vec<(&'a str, AnswerValue)>, (u8, u8));
    let table: Vec<Case> = vec![
        ("nothing answered", vec![], (0, 0)),
        ("half of beginnend", vec![("a.b1", Ja)], (0, 17)),
        ("beginnend done", vec![("a.b1", Ja), ("a.b2", Ja)], (1, 33)),
        ("deels is not ja", vec![("a.b1", Ja), ("a.b2", Deels)], (0, 25)),
        ("nee is not ja", vec![("a.b1", Ja), ("a.b2", Nee)], (0, 17)),
        ("nvt is skipped", vec![("a.b1", Ja), ("a.b2", Nvt)], (1, 20)),
        ("a level of only nvt counts as met", vec![("a.b1", Nvt), ("a.b2", Nvt)], (1, 0)),
        (
            "a gap stops the climb",
            vec![("a.b1", Ja), ("a.b2", Ja), ("a.o1", Nee), ("a.g1", Ja), ("a.g2", Ja), ("a.k1", Ja)],
            (1, 83),
        ),
        (
            "gevorderd needs all of its statements",
            vec![("a.b1", Ja), ("a.b2", Ja), ("a.o1", Ja), ("a.g1", Ja), ("a.g2", Deels)],
            (2, 75),
        ),
        ("gevorderd with nvt", vec![("a.b1", Ja), ("a.b2", Ja), ("a.o1", Ja), ("a.g1", Ja), ("a.g2", Nvt)], (3, 80)),
        ("everything ja is koploper", all_ja.to_vec(), (4, 100)),
        ("everything nvt is complete", all_ja.iter().map(|(id, _)| (*id, Nvt)).collect(), (4, 100)),
        ("answers to unknown statements are ignored", vec![("a.x9", Ja), ("zz.b1", Ja)], (0, 0)),
    ];
    for (case, list, expected) in table {
        assert_eq!(a(&list), expected, "{case}");
    }
}

#[test]
fn progress_counts_statements_and_halves_and_rounds_half_up() {
    let model = small();
    let s = score(&model, &answers(&[("a.b1", Deels), ("c.b1", Nvt), ("c.o1", Ja)]));
    // 10 statements, 1 nvt → 9 applicable = 18 half points; earned 1 + 2 = 3.
    assert_eq!(
        (s.overall.earned_halves, s.overall.possible_halves, s.overall.answered, s.overall.total),
        (3, 18, 3, 10)
    );
    assert_eq!(s.overall.percent(), 17); // 16.67 %
    assert!((s.overall.fraction() - 3.0 / 18.0).abs() < 1e-12);
    let c = &s.dimensions[1];
    // c.b1 n.v.t. and c.o1 ja: beginnend (all n.v.t.) and ontwikkelend are met.
    assert_eq!((c.level, c.progress.earned_halves, c.progress.possible_halves), (2, 2, 6));
    // 1 of 8 halves is 12.5 %: rounds to 13.
    let c_only = score(&model, &answers(&[("c.b1", Deels)]));
    assert_eq!(c_only.dimensions[1].progress.percent(), 13);
}

#[test]
fn a_cleared_answer_counts_as_unanswered() {
    let model = small();
    let mut list = answers(&[("c.b1", Ja)]);
    list.get_mut("c.b1").unwrap().answer = None;
    let s = score(&model, &list);
    assert_eq!((s.dimensions[1].level, s.overall.answered), (0, 0));
}

// ---------------------------------------------------------------------------------------
// Recommendations

#[test]
fn recommendations_start_with_the_weakest_dimension_and_list_the_next_unmet_statements() {
    let model = small();
    // a: level 1 (b done, o1 nee). c: level 0 but c.b1 deels.
    let list = answers(&[("a.b1", Ja), ("a.b2", Ja), ("a.o1", Nee), ("c.b1", Deels)]);
    let recs = recommend(&model, &list, 5, |_| None);
    let summary: Vec<_> = recs
        .iter()
        .map(|r| (&*r.dimension.id, r.level, r.next_level, r.statements.iter().map(|s| &*s.id).collect::<Vec<_>>()))
        .collect();
    assert_eq!(summary, [("c", 0, 1, vec!["c.b1"]), ("a", 1, 2, vec!["a.o1"])]);
    let cited: Vec<_> = recs[1].statements[0].sources.iter().map(|s| &*s.reference).collect();
    assert_eq!(cited, ["tip-17#waarom-werkt-dit"]);
}

#[test]
fn ties_in_level_go_to_the_dimension_with_less_progress_and_nvt_is_never_recommended() {
    let model = small();
    // Both at level 0; c has more progress (c.o1 ja), so a comes first.
    let list = answers(&[("a.b1", Nvt), ("c.o1", Ja), ("c.g1", Ja)]);
    let recs = recommend(&model, &list, 1, |_| None);
    assert_eq!(recs.len(), 1);
    assert_eq!(&*recs[0].dimension.id, "a");
    assert_eq!(recs[0].statements.iter().map(|s| &*s.id).collect::<Vec<_>>(), ["a.b2"]);
}

#[test]
fn koplopers_get_no_recommendation() {
    let model = small();
    let list = answers(&[("c.b1", Ja), ("c.o1", Ja), ("c.g1", Ja), ("c.k1", Nvt)]);
    let recs = recommend(&model, &list, 5, |_| None);
    assert_eq!(recs.iter().map(|r| &*r.dimension.id).collect::<Vec<_>>(), ["a"]);
}

#[test]
fn a_dimension_below_its_ambition_is_recommended_before_a_weaker_one_without() {
    let model = small();
    // a is at level 1 and wants 3; c is weaker (level 0) but has no ambition.
    let list = answers(&[("a.b1", Ja), ("a.b2", Ja)]);
    let ambition = |id: &str| (id == "a").then_some(3);
    let recs = recommend(&model, &list, 5, ambition);
    let order: Vec<_> = recs.iter().map(|r| (&*r.dimension.id, r.ambition)).collect();
    assert_eq!(order, [("a", Some(3)), ("c", None)]);
    // Reached ambitions come after dimensions without one.
    let reached = |id: &str| (id == "c").then_some(0);
    let recs = recommend(&model, &list, 5, reached);
    assert_eq!(recs.iter().map(|r| &*r.dimension.id).collect::<Vec<_>>(), ["a", "c"]);
    assert_eq!(recommend(&model, &list, 1, reached)[0].dimension.id, "a");
}

// ---------------------------------------------------------------------------------------
// Ambition

#[test]
fn the_way_to_an_ambition_counts_only_the_levels_up_to_it() {
    let model = small();
    // a: both beginnend ja, o1 deels; the ambition is ontwikkelend (2): 5 of 6 halves.
    let list = answers(&[("a.b1", Ja), ("a.b2", Ja), ("a.o1", Deels), ("a.g1", Ja)]);
    let s = toward_ambitions(&model, &list, |id| (id == "a").then_some(2));
    let a = s.dimensions[0].expect("a has an ambition");
    assert_eq!((a.earned_halves, a.possible_halves), (5, 6), "a.g1 is above the ambition and does not count");
    assert_eq!(s.dimensions[1], None, "c has no ambition");
    assert_eq!(s.overall.map(|p| p.percent()), Some(83));

    // Reaching the level is reaching the ambition.
    let done = answers(&[("a.b1", Ja), ("a.b2", Nvt), ("a.o1", Ja)]);
    let s = toward_ambitions(&model, &done, |id| (id == "a").then_some(2));
    assert_eq!(s.overall.map(|p| p.percent()), Some(100));
    assert_eq!(score(&model, &done).dimensions[0].level, 2);

    // Ambition 0 is reached by definition; no ambition at all gives no overall figure.
    let s = toward_ambitions(&model, &Answers::new(), |id| (id == "c").then_some(0));
    assert_eq!(s.overall.map(|p| p.percent()), Some(100));
    assert_eq!(toward_ambitions(&model, &Answers::new(), |_| None).overall, None);
}

#[test]
fn a_chart_label_that_cannot_fit_stops_the_build_and_a_short_name_fixes_it() {
    let text = std::fs::read_to_string(fixture("small.toml")).unwrap();
    let long = text.replace("naam = \"Dimensie A\"", "naam = \"Kanaalsturing en online diensten vermarkten\"");
    let errors = load_str("small.toml", &long, &tiny_corpus()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("small.toml:19: dimension `a`: the chart label"), "{errors:?}");
    let fixed = long.replace("naam = \"Kanaalsturing", "kort = \"Kanaalsturing\"\nnaam = \"Kanaalsturing");
    let model = load_str("small.toml", &fixed, &tiny_corpus()).unwrap();
    assert_eq!(&*model.dimensions[0].short_name, "Kanaalsturing");
    assert_eq!(&*small().dimensions[0].short_name, "Dimensie A", "without `kort`, the chart shows the name");
    let embedded = embedded::assessment_model();
    assert!(embedded.dimensions.iter().all(|d| d.short_name.chars().count() <= 16));
}

#[test]
fn a_percentage_says_100_only_when_everything_is_done() {
    use digiwijzer::assessment::Progress;
    let almost = Progress { earned_halves: 279, possible_halves: 280, answered: 140, total: 140 };
    assert_eq!((almost.percent(), almost.is_complete()), (99, false), "one deels among 140 is not 100%");
    let done = Progress { earned_halves: 280, possible_halves: 280, answered: 140, total: 140 };
    assert_eq!((done.percent(), done.is_complete()), (100, true));
    let half = Progress { earned_halves: 1, possible_halves: 8, answered: 1, total: 4 };
    assert_eq!(half.percent(), 13, "other values still round half up");
}
