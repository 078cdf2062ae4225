//! The search: a query in, every matching document ranked and the facet counts out.
//!
//! [`Index`] joins the inverted index ([`super::inverted`]), built on the first text search,
//! and the facet tables; scoring and ranking live here.

use std::cell::OnceCell;

use super::facets::{FacetData, Facets};
use super::inverted::{TermIndex, FIELD_BITS, MAX_COUNT};
use super::query::{Query, Terms};
use super::snippet::{self, Snippet};
use super::synonyms::Synonyms;
use digiwijzer_corpus::{Corpus, Document};

/// Points per word for its best field. Tiers are far enough apart that the bonuses below
/// never lift a match into a higher tier.
const FIELD_POINTS: [u32; 5] = [100, 200, 300, 500, 1000];
/// A whole-word match beats a prefix match in the same field.
const WHOLE_WORD_BONUS: u32 = 50;
/// Per occurrence of the word in the document, up to [`MAX_COUNT`]: more mentions, more relevant.
const OCCURRENCE_POINTS: u32 = 5;
/// Taken off a match through a synonym: more than all the occurrence points a word can
/// earn, so the word itself ranks above a synonym in the same field; less than a tier's
/// step minus the whole-word bonus, so a synonym still ranks above the word itself in
/// the field below (a synonym in the title above the word in a quote).
const SYNONYM_PENALTY: u32 = 40;
const _: () = assert!(
    SYNONYM_PENALTY > MAX_COUNT as u32 * OCCURRENCE_POINTS
        && SYNONYM_PENALTY < FIELD_POINTS[1] - FIELD_POINTS[0] - WHOLE_WORD_BONUS
);

fn best_field_points(meta: u8) -> u32 {
    let fields = meta & ((1 << FIELD_BITS) - 1);
    FIELD_POINTS[(7 - fields.leading_zeros()) as usize]
}

fn occurrences(meta: u8) -> u32 {
    u32::from(meta >> FIELD_BITS)
}

/// One search result: a document and its score. Cheap to copy and compare; ask the
/// [`Index`] for the document and, only for hits actually shown, a [`Snippet`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Hit {
    /// Position in `corpus.documents`.
    pub doc: usize,
    pub score: u32,
}

/// What a search returns: every matching document ranked, and the facet counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Results<'c> {
    /// Best first; ties in corpus order (tips by number, then articles).
    /// An empty query ranks nothing: all documents in corpus order.
    pub hits: Vec<Hit>,
    pub facets: Facets<'c>,
    terms: Terms,
}

impl<'c> Results<'c> {
    /// The hits `start..start + len`, clamped: a page for "toon meer".
    pub fn page(&self, start: usize, len: usize) -> &[Hit] {
        let start = start.min(self.hits.len());
        &self.hits[start..(start + len).min(self.hits.len())]
    }

    /// Splits any text into plain and highlighted segments for the query words
    /// (e.g. a document's title or a paragraph in the reader).
    pub fn highlight<'t>(&self, text: &'t str) -> Vec<snippet::Segment<'t>> {
        snippet::highlight(&self.terms, text)
    }
}

/// Full-text and facet index over one corpus.
pub struct Index<'c> {
    corpus: &'c Corpus,
    /// Built on the first search with words in it: the list a page opens with needs only
    /// the facets, so start-up does not wait for the inverted index.
    terms: OnceCell<TermIndex>,
    facets: FacetData<'c>,
    synonyms: Synonyms,
}

impl<'c> Index<'c> {
    /// The facet tables now; the inverted index when a search first needs it.
    pub fn new(corpus: &'c Corpus) -> Index<'c> {
        Index { corpus, terms: OnceCell::new(), facets: FacetData::new(corpus), synonyms: Synonyms::default() }
    }

    /// The same index, where a query word also finds the other words of its group.
    pub fn with_synonyms(self, synonyms: Synonyms) -> Index<'c> {
        Index { synonyms, ..self }
    }

    fn terms(&self) -> &TermIndex {
        self.terms.get_or_init(|| TermIndex::new(self.corpus))
    }

    /// Builds the inverted index now if it is not built yet: call it when the user is not
    /// waiting (after the first screen is painted), so the first keystroke does not.
    /// It takes milliseconds for the real corpus, about 0.7 s (natively) at 10,000 synthetic tips.
    pub fn prepare_text_search(&self) {
        self.terms();
    }

    pub fn corpus(&self) -> &'c Corpus {
        self.corpus
    }

    /// The document a hit from this index's results refers to.
    pub fn document(&self, hit: &Hit) -> &'c Document {
        &self.corpus.documents[hit.doc]
    }

    /// Ranks the documents that match every query word and pass every filter, and
    /// counts the facets. Snippets are left for [`Index::snippet`], for shown hits only.
    pub fn search(&self, query: &Query) -> Results<'c> {
        let terms = Terms::parse(&query.text, &self.synonyms);
        let n = self.corpus.documents.len();
        if terms.is_empty() {
            let (docs, facets) = self.facets.filter_and_count(query, 0..n as u32);
            let hits = docs.into_iter().map(|doc| Hit { doc: doc as usize, score: 0 }).collect();
            return Results { hits, facets, terms };
        }

        let index = self.terms();
        let mut score = vec![0u32; n];
        // How many query words each document has matched so far; AND = all of them.
        let mut words_matched = vec![0u8; n];
        let mut best = vec![0u32; n];
        let mut count = vec![0u32; n];
        for (i, term) in terms.list.iter().enumerate() {
            best.fill(0);
            count.fill(0);
            let whole_word = index.vocabulary.find(&term.word);
            let own = index.term_ranges(&term.prefixes);
            // A term that the word's own prefixes reach as well counts once, as the word.
            let synonyms = index.term_ranges(&term.synonyms);
            let through_synonym = synonyms.into_iter().flatten().filter(|t| !own.iter().any(|r| r.contains(t)));
            for (t, synonym) in
                own.iter().cloned().flatten().map(|t| (t, false)).chain(through_synonym.map(|t| (t, true)))
            {
                let postings = index.posting_starts[t] as usize..index.posting_starts[t + 1] as usize;
                for (&doc, &meta) in index.posting_docs[postings.clone()].iter().zip(&index.posting_meta[postings]) {
                    let field = best_field_points(meta);
                    let points = if synonym {
                        field - SYNONYM_PENALTY
                    } else if Some(t) == whole_word {
                        field + WHOLE_WORD_BONUS
                    } else {
                        field
                    };
                    let d = doc as usize;
                    best[d] = best[d].max(points);
                    count[d] += occurrences(meta);
                }
            }
            let mut any = false;
            for d in 0..n {
                if best[d] > 0 && words_matched[d] as usize == i {
                    words_matched[d] += 1;
                    score[d] += best[d] + count[d].min(u32::from(MAX_COUNT)) * OCCURRENCE_POINTS;
                    any = true;
                }
            }
            if !any {
                break;
            }
        }

        let matched: Vec<u32> =
            (0..n as u32).filter(|&d| words_matched[d as usize] as usize == terms.list.len()).collect();
        let ranked = super::sort::rank_by_score(&matched, &score);
        let (docs, facets) = self.facets.filter_and_count(query, ranked.into_iter());
        let hits = docs.into_iter().map(|doc| Hit { doc: doc as usize, score: score[doc as usize] }).collect();
        Results { hits, facets, terms }
    }

    /// Title highlights, a snippet around the best body match, and the anchor of the
    /// example or section it is in. Call it only for the hits on screen.
    pub fn snippet(&self, results: &Results<'_>, hit: &Hit) -> Snippet<'c> {
        snippet::snippet(&results.terms, self.document(hit))
    }

    /// How many distinct search terms the index holds (for diagnostics and benchmarks).
    pub fn vocabulary_len(&self) -> usize {
        self.terms().vocabulary.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inverted::for_each_field;
    use crate::query::Term;
    use crate::tokenize::{normalize, words};
    use digiwijzer_corpus::{synthetic, Kind, OrgType};

    /// Every normalised word of a document, found by scanning its text.
    fn doc_words(doc: &Document) -> Vec<String> {
        let mut out = Vec::new();
        let mut buf = String::new();
        for_each_field(doc, |_, text| {
            for (s, e) in words(text) {
                normalize(&text[s..e], &mut buf);
                out.push(buf.clone());
            }
        });
        out
    }

    fn naive_match(words: &[String], terms: &Terms) -> bool {
        terms.list.iter().all(|t: &Term| words.iter().any(|w| t.matches(w)))
    }

    /// The index must find exactly what a scan of every document finds, for queries
    /// made of real words cut at random lengths (as while typing).
    #[test]
    fn index_agrees_with_a_full_scan() {
        let mut corpus = synthetic::generate(150, 3);
        // Other spellings of quoted names are searched like the rest of the document.
        for doc in corpus.documents.to_mut().iter_mut().step_by(7) {
            doc.name_variants = vec!["Xanthe Spelling".into(), "Ypsilon".into()].into();
        }
        let index = Index::new(&corpus);
        let all_words: Vec<Vec<String>> = corpus.documents.iter().map(doc_words).collect();
        let mut seed = 11u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..300 {
            let n_words = 1 + next(3);
            let mut text = String::new();
            for _ in 0..n_words {
                let doc = &all_words[next(all_words.len())];
                let word = &doc[next(doc.len())];
                let cut = word
                    .char_indices()
                    .map(|(i, _)| i)
                    .chain([word.len()])
                    .nth(1 + next(word.chars().count()))
                    .unwrap_or(word.len());
                text.push_str(&word[..cut]);
                text.push(' ');
            }
            let results = index.search(&Query::text(text.as_str()));
            let terms = Terms::parse(&text, &Synonyms::default());
            let expected: Vec<usize> = (0..all_words.len()).filter(|&d| naive_match(&all_words[d], &terms)).collect();
            let mut found: Vec<usize> = results.hits.iter().map(|h| h.doc).collect();
            assert!(
                results.hits.windows(2).all(|w| (w[0].score, w[1].doc) >= (w[1].score, w[0].doc)),
                "{text}: not ranked"
            );
            found.sort_unstable();
            assert_eq!(found, expected, "query {text:?}");
        }
    }

    /// Facet counts must equal a direct count: documents matching the text and every
    /// filter except the facet's own.
    #[test]
    fn facet_counts_agree_with_a_direct_count() {
        let corpus = synthetic::generate(200, 5);
        let index = Index::new(&corpus);
        let mut query = Query::text("de");
        query.kinds.insert(Kind::Tip);
        query.org_types.insert(OrgType::Provincie);
        query.org_types.insert(OrgType::Rijk);
        query.themes.insert("commitment".into());
        query.themes.insert("innovatie".into());
        let results = index.search(&query);
        let terms = Terms::parse(&query.text, &Synonyms::default());

        let text_matches: Vec<&str> =
            corpus.documents.iter().filter(|d| naive_match(&doc_words(d), &terms)).map(|d| &*d.slug).collect();
        let org = |d: &Document, t: OrgType| {
            d.examples.iter().filter_map(|e| e.attribution.as_ref()).any(|a| a.org_type == t)
        };
        let passes = |d: &Document, skip: &str| {
            text_matches.contains(&&*d.slug)
                && (skip == "kind" || query.kinds.contains(&d.kind))
                && (skip == "theme" || d.themes.iter().any(|t| query.themes.contains(&**t)))
                && (skip == "org" || query.org_types.iter().any(|&t| org(d, t)))
        };
        let count = |skip: &str, has: &dyn Fn(&Document) -> bool| {
            corpus.documents.iter().filter(|d| passes(d, skip) && has(d)).count()
        };

        assert_eq!(results.hits.len(), count("", &|_| true));
        assert!(!results.hits.is_empty());
        for v in &results.facets.themes {
            assert_eq!(v.count, count("theme", &|d| d.themes.contains(&v.value)), "theme {}", v.value);
        }
        for v in &results.facets.org_types {
            assert_eq!(v.count, count("org", &|d| org(d, v.value)), "org type {:?}", v.value);
        }
        assert_eq!(results.facets.toptip.count, count("", &|d| d.toptip));
        for v in &results.facets.people {
            let quotes = |d: &Document| {
                d.examples.iter().filter_map(|e| e.attribution.as_ref()).any(|a| a.person == v.value.slug)
            };
            assert_eq!(v.count, count("", &quotes), "person {}", v.value.slug);
        }
        let themes_with_results = corpus
            .documents
            .iter()
            .flat_map(|d| d.themes.iter())
            .filter(|t| count("theme", &|d| d.themes.contains(t)) > 0);
        let mut expected: Vec<&str> = themes_with_results.map(|t| &**t).collect();
        expected.sort();
        expected.dedup();
        assert_eq!(results.facets.themes.len(), expected.len());
    }

    /// Start-up shows the unfiltered list: that must not wait for the inverted index.
    #[test]
    fn the_inverted_index_is_built_by_the_first_text_search() {
        let corpus = synthetic::generate(30, 4);
        let index = Index::new(&corpus);
        let mut query = Query::default();
        query.kinds.insert(Kind::Tip);
        assert_eq!(index.search(&query).hits.len(), corpus.documents.iter().filter(|d| d.kind == Kind::Tip).count());
        assert!(index.terms.get().is_none(), "facets alone must not build it");
        assert!(!index.search(&Query::text("de")).hits.is_empty());
        assert!(index.terms.get().is_some());
    }
}
