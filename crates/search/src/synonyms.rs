//! Words that mean the same in this domain (`corpus/synoniemen.toml`): a query word also
//! matches the other words of its group.
//!
//! Readers search with their own word: a policy officer types `wethouder` where a tip
//! says `bestuurder`. Stemming cannot bridge that; a short, edited list can.

use super::tokenize::normalize;

/// Groups of normalised words; a word is in at most one group (the corpus parser checks).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Synonyms {
    groups: Vec<Vec<String>>,
}

impl Synonyms {
    /// The groups as the corpus spells them; each word is normalised like the index's.
    pub fn new<'a, G>(groups: impl IntoIterator<Item = G>) -> Synonyms
    where
        G: IntoIterator<Item = &'a str>,
    {
        let mut buf = String::new();
        let groups = groups
            .into_iter()
            .map(|group| {
                group
                    .into_iter()
                    .map(|word| {
                        normalize(word, &mut buf);
                        buf.clone()
                    })
                    .collect()
            })
            .collect();
        Synonyms { groups }
    }

    /// The other words of the group of a query word, found by the word itself or by its
    /// stem (`wethouders` → `wethouder`). Only a whole word counts: a word still being
    /// typed (`wethou`) has no synonyms yet, so results do not jump while typing.
    pub(crate) fn of(&self, word: &str, stem: Option<&str>) -> Vec<String> {
        let is_it = |w: &String| w == word || Some(w.as_str()) == stem;
        let group = self.groups.iter().find(|g| g.iter().any(is_it));
        group.into_iter().flatten().filter(|w| !is_it(w)).cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_or_its_stem_finds_the_rest_of_its_group() {
        let synonyms = Synonyms::new([vec!["College", "wethouder", "bestuurder"], vec!["burger", "inwoner"]]);
        assert_eq!(synonyms.of("wethouder", None), ["college", "bestuurder"]);
        assert_eq!(synonyms.of("wethouders", Some("wethouder")), ["college", "bestuurder"]);
        assert_eq!(synonyms.of("burger", None), ["inwoner"]);
        assert!(synonyms.of("wethou", None).is_empty(), "a word being typed has none yet");
        assert!(synonyms.of("digitaal", None).is_empty());
    }
}
