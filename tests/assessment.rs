//! The self-assessment model, scoring and recommendations, as a user would notice them.

// The model reader is a host-only feature of the assessment crate.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;
use std::path::Path;

use digiwijzer::assessment::load::{load_file, load_str};
use digiwijzer::assessment::{recommend, score, Answer, AnswerValue, Answers, Model, LEVEL_IDS};
use digiwijzer::corpus::{Corpus, Document, Example, Kind, Section, SectionRole};
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
        intro: Cow::Borrowed(&[]),
        examples: Cow::Owned(vec![Example {
            slug: Cow::Borrowed("bestuurlijke-dekking"),
            heading: Cow::Borrowed("Bestuurlijke dekking"),
            body: Cow::Borrowed(&[]),
            attribution: None,
        }]),
        sections: Cow::Owned(vec![Section {
            slug: Cow::Borrowed("waarom-werkt-dit"),
            heading: Cow::Borrowed("Waarom werkt dit?"),
            role: SectionRole::WhyItWorks,
            body: Cow::Borrowed(&[]),
        }]),
    };
    Corpus { documents: Cow::Owned(vec![doc]), people: Cow::Borrowed(&[]) }
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
fn the_embedded_model_has_at_least_eight_dimensions_with_four_filled_levels() {
    let model = embedded::assessment_model();
    assert!(model.dimensions.len() >= 8, "only {} dimensions", model.dimensions.len());
    assert_eq!(model.levels.iter().map(|l| &*l.id).collect::<Vec<_>>(), LEVEL_IDS);
    for d in model.dimensions.iter() {
        for level in 1..=4u8 {
            let n = d.level(level).count();
            assert!((2..=4).contains(&n), "{} level {level} has {n} statements, want 2 to 4", d.id);
        }
    }
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
    // Adding statements is fine; to retire one, remove it here too, on purpose.
    let known = std::fs::read_to_string(fixture("stable_ids.txt")).unwrap();
    let model = embedded::assessment_model();
    for id in known.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        assert!(model.statement(id).is_some() || model.dimension(id).is_some(), "id `{id}` vanished from the model");
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
fn a_bad_model_file_stops_the_build_with_file_line_id_and_problem() {
    let f = |name: &str| fixture(name);
    let cases: Vec<(&str, String)> = vec![
        (
            "dangling_citation.toml",
            format!("{}:30: statement `a.b2` cites `tip-17#bestaat-niet`: document `tip-17` has no example or section `bestaat-niet` (it has: bestuurlijke-dekking, waarom-werkt-dit)", f("dangling_citation.toml")),
        ),
        (
            "unknown_document.toml",
            format!("{}:34: statement `a.o1` cites `tip-99`: no document `tip-99` in the corpus (known: tip-17)", f("unknown_document.toml")),
        ),
        ("duplicate_id.toml", format!("{}:57: duplicate id `a.b2` (first defined on line 28)", f("duplicate_id.toml"))),
        ("empty_level.toml", format!("{}:49: dimension `c`: level `ontwikkelend` has no statements", f("empty_level.toml"))),
        (
            "missing_level.toml",
            format!("{}:49: dimension `c` has no level `koploper` (every dimension needs [[dimensie.koploper]] statements for all 4 levels)", f("missing_level.toml")),
        ),
        (
            "no_sources.toml",
            format!("{}:36: statement `a.g1` cites no source (`bronnen` needs at least one `doc-slug` or `doc-slug#anchor`)", f("no_sources.toml")),
        ),
        (
            "bad_id.toml",
            format!("{}:40: statement id `A G2` is not a valid id (use lowercase letters, digits, '-', '_', '.'; at most 64 characters)", f("bad_id.toml")),
        ),
    ];
    for (name, expected) in cases {
        assert_eq!(errors(name), vec![expected], "{name}");
    }
}

#[test]
fn an_unknown_key_is_refused_with_its_line() {
    let errors = errors("unknown_key.toml");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with(&format!("{}:42: unknown field `bron`", fixture("unknown_key.toml"))),
        "{}",
        errors[0]
    );
}

#[test]
fn every_problem_in_a_file_is_reported_at_once() {
    let text = std::fs::read_to_string(fixture("small.toml"))
        .unwrap()
        .replace("id = \"c.o1\"", "id = \"a.b1\"")
        .replace("[\"tip-17#bestuurlijke-dekking\"]", "[\"tip-1\"]");
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
    let recs = recommend(&model, &list, 5);
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
    let recs = recommend(&model, &list, 1);
    assert_eq!(recs.len(), 1);
    assert_eq!(&*recs[0].dimension.id, "a");
    assert_eq!(recs[0].statements.iter().map(|s| &*s.id).collect::<Vec<_>>(), ["a.b2"]);
}

#[test]
fn koplopers_get_no_recommendation() {
    let model = small();
    let list = answers(&[("c.b1", Ja), ("c.o1", Ja), ("c.g1", Ja), ("c.k1", Nvt)]);
    let recs = recommend(&model, &list, 5);
    assert_eq!(recs.iter().map(|r| &*r.dimension.id).collect::<Vec<_>>(), ["a"]);
}
