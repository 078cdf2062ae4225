//! The synonym list, `corpus/synoniemen.toml`: groups of words that mean the same in
//! this domain, so a search for one also finds the others (see the search crate).
//!
//! It is read and checked at build time like every other corpus file: a mistake stops
//! the build with file, line and what was expected, never a silently ignored group.

use super::error::{from_toml, line_at, quote, CorpusError};
use crate::model::{List, Text};
use crate::text::{fold, is_letter_or_digit};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use toml::Spanned;

/// The synonym list's file name inside the corpus directory.
pub const SYNONYMS_FILE: &str = "synoniemen.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSynonyms {
    #[serde(default)]
    groep: Vec<Spanned<RawGroup>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    woorden: Vec<Spanned<String>>,
}

/// Reads and checks the synonym list: every word one word as the search splits text (a
/// query word is matched against one group word), at least two words per group, and a
/// word in one group only, since a word in two groups would join them unnoticed.
pub fn read_synonyms(file: &str, text: &str) -> Result<List<List<Text>>, Vec<CorpusError>> {
    let raw: RawSynonyms = toml::from_str(text).map_err(|e| vec![from_toml(file, text, &e)])?;
    let mut errors = Vec::new();
    // Folded word → the line it was first declared on.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut groups: Vec<List<Text>> = Vec::new();
    for group in &raw.groep {
        let group_line = line_at(text, group.span().start);
        let mut words: Vec<Text> = Vec::new();
        for word in &group.get_ref().woorden {
            let line = line_at(text, word.span().start);
            let value = word.get_ref().trim();
            if value.is_empty() || !value.chars().all(is_letter_or_digit) {
                errors.push(CorpusError::new(
                    file,
                    line,
                    format!("expected one word of letters or digits in `woorden`, found {}", quote(value)),
                ));
                continue;
            }
            if let Some(first) = seen.get(&fold(value)) {
                errors.push(CorpusError::new(
                    file,
                    line,
                    format!("{} is already in a group on line {first}; a word may be in one group only", quote(value)),
                ));
                continue;
            }
            seen.insert(fold(value), line);
            words.push(Cow::Owned(value.to_string()));
        }
        if group.get_ref().woorden.len() < 2 {
            errors.push(CorpusError::new(file, group_line, "expected at least two words in `woorden`"));
        }
        groups.push(Cow::Owned(words));
    }
    if errors.is_empty() {
        Ok(Cow::Owned(groups))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "corpus/synoniemen.toml";

    fn words(groups: &List<List<Text>>) -> Vec<Vec<&str>> {
        groups.iter().map(|g| g.iter().map(|w| &**w).collect()).collect()
    }

    #[test]
    fn reads_groups_of_words() {
        let text = "# comment\n[[groep]]\nwoorden = [\"college\", \"Wethouder\"]\n\n[[groep]]\nwoorden = [\"burger\", \"inwoner\"]\n";
        let groups = read_synonyms(FILE, text).expect("valid");
        assert_eq!(words(&groups), [vec!["college", "Wethouder"], vec!["burger", "inwoner"]]);
    }

    #[test]
    fn each_mistake_names_its_line_and_what_was_expected() {
        let text = "[[groep]]\nwoorden = [\"college\",\n  \"dagelijks bestuur\"]\n[[groep]]\nwoorden = [\"burger\"]\n[[groep]]\nwoorden = [\"inwoner\", \"Collége\"]\n";
        let errors = read_synonyms(FILE, text).expect_err("invalid");
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "corpus/synoniemen.toml:3: expected one word of letters or digits in `woorden`, found `dagelijks bestuur`",
                "corpus/synoniemen.toml:4: expected at least two words in `woorden`",
                "corpus/synoniemen.toml:7: `Collége` is already in a group on line 2; a word may be in one group only",
            ]
        );
    }

    #[test]
    fn unknown_keys_and_wrong_types_fail_with_their_line() {
        let errors =
            read_synonyms(FILE, "[[groep]]\nwoorden = [\"a\", \"b\"]\nwoord = \"c\"\n").expect_err("unknown key");
        assert_eq!(errors[0].line, 3, "{errors:?}");
        assert!(errors[0].message.contains("woord"), "{errors:?}");
        let errors = read_synonyms(FILE, "[[groep]]\n\nwoorden = \"college\"\n").expect_err("not a list");
        assert_eq!(errors[0].line, 3, "{errors:?}");
    }
}
