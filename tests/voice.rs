//! One voice: everything Digiwijzer itself says to its user addresses them as "u". The
//! texts quoted from the corpus keep their own "je"; anything the app writes does not.

// The model reader is a host-only feature of the assessment crate.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use digiwijzer::assessment::load::load_file;
use digiwijzer::embedded;

#[path = "support/text.rs"]
mod text;
use text::{string_literals, words_outside_quotes};

/// The informal forms of address, as whole words.
const INFORMAL: [&str; 6] = ["je", "jij", "jou", "jouw", "jullie", "jezelf"];

/// The informal words in `text`, outside quotations, which are the source's words and
/// stay as they were said.
fn informal_words(text: &str) -> Vec<String> {
    words_outside_quotes(text).into_iter().filter(|w| INFORMAL.contains(&w.to_lowercase().as_str())).collect()
}

/// Markdown without its code blocks (JSON examples, commands), which nobody reads as prose.
fn prose(markdown: &str) -> String {
    let mut fenced = false;
    markdown
        .lines()
        .filter(|line| {
            if line.trim_start().starts_with("```") {
                fenced = !fenced;
                return false;
            }
            !fenced
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_checker_finds_an_informal_word_and_leaves_quotes_and_apostrophes_alone() {
    assert_eq!(informal_words("Zoek je iets? Vul jouw naam in."), ["je", "jouw"]);
    assert_eq!(informal_words("Je ziet het."), ["Je"]);
    assert!(informal_words("‘Als je de mens niet betrekt, is de uitvoering mislukt.’ Dat zegt u.").is_empty());
    assert!(informal_words("Doe het met collega’s: u ziet “wat je nodig hebt”.").is_empty());
    assert_eq!(informal_words("Doe het met collega’s en je ziet het."), ["je"]);
    assert_eq!(informal_words("Deel ‘het’ met je team."), ["je"]);
    assert!(informal_words("jeugdzorg, Jeroen, bijeenkomst").is_empty());
    assert_eq!(
        string_literals("// \"je\" in a comment\nconst A: &str = \"Zoek je \\\"x\\\"\"; let c = '\"';"),
        ["Zoek je \"x\""]
    );
}

#[test]
fn every_string_of_the_interface_says_u() {
    // The Dutch tree; the English one (src/strings/en/) says "you".
    let dir = Path::new("src/strings/nl");
    let mut wrong = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(dir).expect("src/strings/nl") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            files += 1;
            for literal in string_literals(&read(&path.to_string_lossy())) {
                if !informal_words(&literal).is_empty() {
                    wrong.push(format!("{}: {literal:?}", path.display()));
                }
            }
        }
    }
    assert!(files >= 4, "src/strings/nl/ should hold the Dutch texts, found {files} files");
    assert!(wrong.is_empty(), "these strings address the user as 'je', not 'u':\n{}", wrong.join("\n"));
}

#[test]
fn the_model_speaks_to_the_user_as_u_outside_its_quotes() {
    let model = load_file(Path::new("corpus/zelfevaluatie.toml"), embedded::corpus()).expect("the model loads");
    let mut texts =
        vec![("titel".to_string(), model.title.to_string()), ("inleiding".to_string(), model.intro.to_string())];
    for level in model.levels.iter() {
        texts.push((format!("niveau {}", level.id), format!("{} {}", level.name, level.description)));
    }
    for d in model.dimensions.iter() {
        texts.push((format!("dimensie {}", d.id), format!("{} {} {}", d.name, d.short_name, d.description)));
        for st in d.statements.iter() {
            texts.push((st.id.to_string(), st.text.to_string()));
        }
    }
    let wrong: Vec<String> = texts
        .iter()
        .filter_map(|(where_, text)| {
            let found = informal_words(text);
            (!found.is_empty()).then(|| format!("{where_}: {found:?} in {text:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "corpus/zelfevaluatie.toml says 'je' to the user:\n{}", wrong.join("\n"));
}

#[test]
fn the_pages_and_the_user_documentation_say_u() {
    let mut wrong = Vec::new();
    for path in ["index.html", "zelfevaluatie.html", "public/manifest.webmanifest"] {
        let found = informal_words(&read(path));
        if !found.is_empty() {
            wrong.push(format!("{path}: {found:?}"));
        }
    }
    for path in ["README.md", "crates/assessment/src/storage/FORMAT.md"] {
        let found = informal_words(&prose(&read(path)));
        if !found.is_empty() {
            wrong.push(format!("{path}: {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "these address the user as 'je', not 'u':\n{}", wrong.join("\n"));
}
