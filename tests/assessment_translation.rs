//! The English texts of the self-assessment model (`corpus/zelfevaluatie.en.toml`): what
//! an English reader is asked, and why a translation that would ask something in Dutch,
//! or translate nothing, stops the build.

// The model reader is a host-only feature of the assessment crate.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;
use std::path::Path;

use digiwijzer::assessment::load::translation::{apply_file, apply_str};
use digiwijzer::assessment::{Dimension, LevelInfo, Model, Retired, Statement, LEVEL_IDS};
use digiwijzer::embedded;

/// A Dutch model just big enough for the translation: four levels, one dimension with
/// two statements, one retired statement. Translation never looks at sources.
fn dutch() -> Model {
    let statement = |id: &'static str, level: u8, text: &'static str| Statement {
        id: Cow::Borrowed(id),
        level,
        text: Cow::Borrowed(text),
        sources: Cow::Borrowed(&[]),
    };
    Model {
        title: Cow::Borrowed("Zelfevaluatie"),
        intro: Cow::Borrowed("Hoe ver bent u?"),
        levels: LEVEL_IDS
            .iter()
            .map(|id| LevelInfo {
                id: Cow::Borrowed(id),
                name: Cow::Owned(format!("Naam {id}")),
                description: Cow::Owned(format!("Omschrijving {id}")),
            })
            .collect(),
        dimensions: Cow::Owned(vec![Dimension {
            id: Cow::Borrowed("a"),
            name: Cow::Borrowed("Bestuurlijk eigenaarschap"),
            short_name: Cow::Borrowed("Eigenaarschap"),
            description: Cow::Borrowed("Waarom het telt."),
            statements: Cow::Owned(vec![
                statement("a.b1", 1, "Eerste stelling."),
                statement("a.o1", 2, "Tweede stelling."),
            ]),
        }]),
        retired: Cow::Owned(vec![Retired { id: Cow::Borrowed("a.o9"), text: Cow::Borrowed("Een oude stelling.") }]),
    }
}

/// The English for [`dutch`]; line numbers below refer to it.
const ENGLISH: &str = r#"title = "Self-assessment"
intro = """
How far along
are you?
"""

[levels.beginnend]
name = "Beginning"
description = "The basics."

[levels.ontwikkelend]
name = "Developing"
description = "An approach."

[levels.gevorderd]
name = "Advanced"
description = "Everywhere."

[levels.koploper]
name = "Front runner"
description = "Ahead."

[dimensions.a]
name = "Ownership at board level"
short = "Ownership"
description = "Why it matters."

[statements]
"a.b1" = "First statement."
"a.o1" = "Second statement."

[retired]
"a.o9" = "An old statement."
"#;

fn refused(text: &str) -> Vec<String> {
    match apply_str(dutch(), "en.toml", text) {
        Ok(_) => panic!("should be refused:\n{text}"),
        Err(errors) => errors,
    }
}

#[test]
fn a_translation_replaces_every_text_and_keeps_ids_levels_and_order() {
    let english = apply_str(dutch(), "en.toml", ENGLISH).unwrap();
    assert_eq!(english.title, "Self-assessment");
    assert_eq!(english.intro, "How far along are you?", "whitespace is squashed as in the Dutch model");
    let levels: Vec<_> = english.levels.iter().map(|l| (&*l.id, &*l.name)).collect();
    assert_eq!(
        levels,
        [
            ("beginnend", "Beginning"),
            ("ontwikkelend", "Developing"),
            ("gevorderd", "Advanced"),
            ("koploper", "Front runner")
        ]
    );
    let a = english.dimension("a").unwrap();
    assert_eq!(
        (&*a.name, &*a.short_name, &*a.description),
        ("Ownership at board level", "Ownership", "Why it matters.")
    );
    let statements: Vec<_> = a.statements.iter().map(|s| (&*s.id, s.level, &*s.text)).collect();
    assert_eq!(statements, [("a.b1", 1, "First statement."), ("a.o1", 2, "Second statement.")]);
    assert_eq!(english.retired("a.o9").unwrap().text, "An old statement.");
}

#[test]
fn without_a_short_name_the_chart_shows_the_name_and_it_must_fit() {
    let text = ENGLISH.replace("short = \"Ownership\"\n", "").replace("Ownership at board level", "Ownership");
    assert_eq!(apply_str(dutch(), "en.toml", &text).unwrap().dimension("a").unwrap().short_name, "Ownership");
    let long = ENGLISH.replace("short = \"Ownership\"\n", "");
    assert_eq!(
        refused(&long),
        ["en.toml:24: dimension `a`: the chart label `Ownership at board level` is longer than 16 characters; give a shorter `short`"]
    );
}

#[test]
fn a_statement_without_english_stops_the_build_with_its_id() {
    let text = ENGLISH.replace("\"a.o1\" = \"Second statement.\"\n", "");
    assert_eq!(
        refused(&text),
        ["en.toml:28: [statements] has no `a.o1`: every statement of the Dutch model needs its English text"]
    );
    let text = ENGLISH.replace("[retired]\n\"a.o9\" = \"An old statement.\"\n", "");
    assert_eq!(
        refused(&text),
        ["en.toml: [retired] has no `a.o9`: every retired statement of the Dutch model needs its English text"]
    );
    let text = ENGLISH.replace("[levels.koploper]\nname = \"Front runner\"\ndescription = \"Ahead.\"\n", "");
    assert_eq!(
        refused(&text),
        ["en.toml: [levels] has no `koploper`: every level of the Dutch model needs its English text"]
    );
}

#[test]
fn an_id_the_dutch_model_does_not_have_stops_the_build_with_its_line() {
    let text = ENGLISH.replace("\"a.o1\" = ", "\"a.o2\" = ");
    assert_eq!(
        refused(&text),
        [
            "en.toml:28: [statements] has no `a.o1`: every statement of the Dutch model needs its English text",
            "en.toml:30: [statements] `a.o2` is not a statement id of the Dutch model (check the spelling, or remove it)",
        ]
    );
    let text = ENGLISH.replace("\"a.o9\" = ", "\"a.b1\" = ");
    assert_eq!(
        refused(&text),
        [
            "en.toml:32: [retired] has no `a.o9`: every retired statement of the Dutch model needs its English text",
            "en.toml:33: [retired] `a.b1` is not a retired statement id of the Dutch model (check the spelling, or remove it)",
        ]
    );
    let text = format!("{ENGLISH}\n[dimensions.b]\nname = \"B\"\ndescription = \"B.\"\n");
    assert_eq!(
        refused(&text),
        ["en.toml:35: [dimensions] `b` is not a dimension id of the Dutch model (check the spelling, or remove it)"]
    );
}

#[test]
fn a_chart_label_longer_than_the_dutch_limit_stops_the_build() {
    let text = ENGLISH.replace("short = \"Ownership\"", "short = \"Ownership by board\"");
    assert_eq!(
        refused(&text),
        ["en.toml:25: dimension `a`: the chart label `Ownership by board` is longer than 16 characters; give a shorter `short`"]
    );
}

#[test]
fn an_empty_text_stops_the_build_with_its_key() {
    let cases = [
        (
            "\"a.b1\" = \"First statement.\"",
            "\"a.b1\" = \"  \"",
            "en.toml:29: `statements.\"a.b1\"` is empty (give the English text)",
        ),
        (
            "\"a.o9\" = \"An old statement.\"",
            "\"a.o9\" = \"\"",
            "en.toml:33: `retired.\"a.o9\"` is empty (give the English text)",
        ),
        (
            "description = \"Why it matters.\"",
            "description = \"\"",
            "en.toml:26: `dimensions.a.description` is empty (give the English text)",
        ),
        ("name = \"Advanced\"", "name = \"\"", "en.toml:16: `levels.gevorderd.name` is empty (give the English text)"),
        ("title = \"Self-assessment\"", "title = \"\"", "en.toml:1: `title` is empty (give the English text)"),
    ];
    for (from, to, expected) in cases {
        assert_eq!(refused(&ENGLISH.replace(from, to)), [expected], "{to}");
    }
}

#[test]
fn an_unknown_key_stops_the_build_with_its_line() {
    let text = ENGLISH.replace("short = \"Ownership\"", "kort = \"Ownership\"");
    let errors = refused(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with("en.toml:25: unknown field `kort`"), "{}", errors[0]);
    let errors = refused(&format!("titel = \"Zelfevaluatie\"\n{ENGLISH}"));
    assert!(errors.len() == 1 && errors[0].starts_with("en.toml:1: unknown field `titel`"), "{errors:#?}");
}

#[test]
fn every_problem_in_a_file_is_reported_at_once() {
    let text = ENGLISH
        .replace("\"a.o1\" = \"Second statement.\"\n", "")
        .replace("title = \"Self-assessment\"", "title = \"\"");
    assert_eq!(refused(&text).len(), 2);
}

// ---------------------------------------------------------------------------------------
// The real translation

#[test]
fn the_english_model_asks_every_statement_in_english_and_keeps_everything_else() {
    let dutch = embedded::assessment_model();
    let english = apply_file(dutch.clone(), Path::new("corpus/zelfevaluatie.en.toml"))
        .unwrap_or_else(|errors| panic!("the translation should apply:\n{}", errors.join("\n")));

    assert_ne!(english.title, dutch.title);
    assert_ne!(english.intro, dutch.intro);
    assert_eq!(english.levels.len(), dutch.levels.len());
    for (en, nl) in english.levels.iter().zip(dutch.levels.iter()) {
        assert_eq!(en.id, nl.id);
        assert!(en.name != nl.name && en.description != nl.description, "level `{}` is not translated", nl.id);
    }
    assert_eq!(english.dimensions.len(), dutch.dimensions.len());
    for (en, nl) in english.dimensions.iter().zip(dutch.dimensions.iter()) {
        assert_eq!(en.id, nl.id);
        assert!(en.name != nl.name && en.description != nl.description, "dimension `{}` is not translated", nl.id);
        assert_eq!(en.statements.len(), nl.statements.len());
        for (s_en, s_nl) in en.statements.iter().zip(nl.statements.iter()) {
            assert_eq!((&s_en.id, s_en.level, &s_en.sources), (&s_nl.id, s_nl.level, &s_nl.sources));
            assert_ne!(s_en.text, s_nl.text, "statement `{}` is still in Dutch", s_nl.id);
        }
    }
    assert_eq!(english.retired.len(), dutch.retired.len());
    for (en, nl) in english.retired.iter().zip(dutch.retired.iter()) {
        assert_eq!(en.id, nl.id);
        assert_ne!(en.text, nl.text, "retired `{}` is still in Dutch", nl.id);
    }
    // The tips page links to statements by id and quote; only the statement's words change.
    let cited = |m: &Model| m.citations().into_iter().map(|c| (c.reference, c.statement)).collect::<Vec<_>>();
    assert_eq!(cited(&english), cited(dutch));
}
