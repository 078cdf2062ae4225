//! The English interface says nothing in Dutch of its own: every string of
//! `src/strings/en/`, every text of the English model and the English pages' own words
//! are English. Dutch in the English interface is the corpus's and its quotes', which
//! the components mark `lang="nl"`; this test reads what the app writes, in every state,
//! where the browser walk can only see the states it reaches.

// The model reader is a host-only feature of the assessment crate.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use digiwijzer::assessment::load::translation::apply_file;
use digiwijzer::embedded;

#[path = "support/text.rs"]
mod text;
use text::{string_literals, words_outside_quotes};

/// Frequent Dutch words that English never uses: one of them in an English text is a
/// sign of a Dutch string. ("die", "is", "in" and "of" are English too.)
const DUTCH: [&str; 30] = [
    "de", "het", "een", "van", "niet", "voor", "uw", "u", "wordt", "worden", "naar", "zijn", "deze", "welke", "ook",
    "maar", "bij", "met", "heeft", "hebt", "kunt", "moet", "geen", "nog", "dat", "wat", "hier", "waar", "alle", "op",
];

/// Dutch names the English texts use as names, with an English gloss beside them
/// (WCAG 3.1.2 leaves proper names alone).
const PROPER_NAMES: [&str; 2] = ["De MogelijkMakers", "De Graag Gedaan Brigade"];

/// The Dutch words of `text`, outside quotations and proper names.
fn dutch_words(text: &str) -> Vec<String> {
    let text = PROPER_NAMES.iter().fold(text.to_string(), |t, name| t.replace(name, ""));
    words_outside_quotes(&text).into_iter().filter(|w| DUTCH.contains(&w.to_lowercase().as_str())).collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `where: text (words)` for each text in `texts` that holds a Dutch word.
fn findings<'a>(texts: impl IntoIterator<Item = (String, &'a str)>) -> Vec<String> {
    texts
        .into_iter()
        .filter_map(|(place, text)| {
            let found = dutch_words(text);
            (!found.is_empty()).then(|| format!("{place}: {text:?} ({})", found.join(", ")))
        })
        .collect()
}

#[test]
fn the_checker_finds_a_dutch_word_and_leaves_quotes_and_names_alone() {
    assert_eq!(dutch_words("Download de answers"), ["de"]);
    assert_eq!(dutch_words("Het is done. Kunt you?"), ["Het", "Kunt"]);
    assert!(dutch_words("Fill in the self-assessment, or open the results.").is_empty());
    assert!(dutch_words("The source says ‘de inwoner staat centraal’ in Dutch.").is_empty());
    assert!(dutch_words("Ask De MogelijkMakers (the Enablers).").is_empty());
    assert_eq!(dutch_words("Saved. Schrijf waarom"), Vec::<String>::new(), "only frequent words count");
    assert_eq!(dutch_words("Saved. Schrijf op waarom het niet geldt"), ["op", "het", "niet"]);
}

#[test]
fn every_string_of_the_english_interface_is_english() {
    let dir = Path::new("src/strings/en");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).expect("src/strings/en") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            texts
                .extend(string_literals(&read(&path)).into_iter().map(|literal| (path.display().to_string(), literal)));
        }
    }
    assert!(texts.len() > 300, "src/strings/en/ should hold the English texts, found {} strings", texts.len());
    let wrong = findings(texts.iter().map(|(place, text)| (place.clone(), text.as_str())));
    assert!(wrong.is_empty(), "these English strings hold Dutch words:\n{}", wrong.join("\n"));
}

#[test]
fn the_english_model_asks_everything_in_english_outside_its_quotes() {
    let model = apply_file(embedded::assessment_model().clone(), Path::new("corpus/zelfevaluatie.en.toml"))
        .unwrap_or_else(|errors| panic!("the translation should apply:\n{}", errors.join("\n")));
    let mut texts =
        vec![("title".to_string(), model.title.to_string()), ("intro".to_string(), model.intro.to_string())];
    for level in model.levels.iter() {
        texts.push((format!("level {}", level.id), format!("{} {}", level.name, level.description)));
    }
    for d in model.dimensions.iter() {
        texts.push((format!("dimension {}", d.id), format!("{} {} {}", d.name, d.short_name, d.description)));
        texts.extend(d.statements.iter().map(|st| (st.id.to_string(), st.text.to_string())));
    }
    texts.extend(model.retired.iter().map(|r| (format!("retired {}", r.id), r.text.to_string())));
    let wrong = findings(texts.iter().map(|(place, text)| (place.clone(), text.as_str())));
    assert!(wrong.is_empty(), "corpus/zelfevaluatie.en.toml says this in Dutch:\n{}", wrong.join("\n"));
}

#[test]
fn the_english_pages_say_their_own_words_in_english() {
    let mut wrong = Vec::new();
    for path in ["english.html", "self-assessment.html"] {
        let page = read(Path::new(path));
        // The words a visitor can meet before the app runs: the title, the description
        // and the text for a browser without script.
        let texts: Vec<(String, &str)> = page
            .split(['<', '>'])
            .enumerate()
            .filter(|(i, part)| i % 2 == 0 && !part.trim().is_empty())
            .map(|(_, part)| (path.to_string(), part))
            .chain(
                page.split("content=\"")
                    .skip(1)
                    .filter_map(|rest| rest.split('"').next())
                    .map(|c| (path.to_string(), c)),
            )
            .collect();
        wrong.extend(findings(texts));
    }
    assert!(wrong.is_empty(), "the English pages say this in Dutch:\n{}", wrong.join("\n"));
}
