//! The inverted index: built once from a corpus, queried on every keystroke.
//!
//! Layout is chosen for the keystroke path in wasm: a sorted vocabulary in one string
//! (a prefix is a binary-searched range of terms), and postings in flat arrays grouped by
//! term (a term's documents are one contiguous slice, in corpus order).

use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::facets::{FacetData, Facets};
use super::query::{Query, Terms};
use super::snippet::{self, Snippet};
use super::tokenize::{normalize, words};
use crate::corpus::{Corpus, Document};

/// Where in a document a word occurs, from least to most telling. The order is the
/// ranking: a title match beats tags and people, which beat the lead, which beats an
/// example or section heading, which beats body text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Field {
    Body = 0,
    Heading = 1,
    /// The intro: it states what the whole document is about, unlike a single quote.
    Lead = 2,
    /// Themes, kind, publication, and the people quoted (name, role, organisation) or credited.
    Meta = 3,
    /// The title and the tip number.
    Title = 4,
}

/// Points per word for its best field. Tiers are far enough apart that the bonuses below
/// never lift a match into a higher tier.
const FIELD_POINTS: [u32; 5] = [100, 200, 300, 500, 1000];
/// A whole-word match beats a prefix match in the same field.
const WHOLE_WORD_BONUS: u32 = 50;
/// Per occurrence of the word in the document, up to [`MAX_COUNT`]: more mentions, more relevant.
const OCCURRENCE_POINTS: u32 = 5;

/// A posting packs the fields a term occurs in (5 bits) and its occurrence count,
/// saturating at 7 (3 bits), into one byte.
const FIELD_BITS: u8 = 5;
const MAX_COUNT: u8 = 7;

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

/// The sorted, deduplicated search terms, stored end to end in one string.
struct Vocabulary {
    text: String,
    /// Term i is `text[ends[i - 1]..ends[i]]` (from 0 for the first).
    ends: Vec<u32>,
}

impl Vocabulary {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn term(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// The first term for which `before` is false (terms are sorted).
    fn first_not(&self, before: impl Fn(&str) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if before(self.term(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// All terms that start with `prefix`.
    fn prefix_range(&self, prefix: &str) -> Range<usize> {
        let start = self.first_not(|t| t < prefix);
        let end = self.first_not(|t| t < prefix || t.starts_with(prefix));
        start..end
    }

    fn find(&self, word: &str) -> Option<usize> {
        let i = self.first_not(|t| t < word);
        (i < self.len() && self.term(i) == word).then_some(i)
    }
}

/// A small, fast string hasher for building the vocabulary and the facet tables; no need
/// for DoS resistance on our own corpus, and the standard SipHash would be more wasm.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

/// The map type for strings while building: one hash-map instantiation in the wasm.
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Full-text and facet index over one corpus.
pub struct Index<'c> {
    corpus: &'c Corpus,
    /// Built on the first search with words in it: the list a page opens with needs only
    /// the facets, so start-up does not wait for the inverted index.
    terms: OnceCell<TermIndex>,
    facets: FacetData<'c>,
}

/// The inverted index: every term and the documents it occurs in.
struct TermIndex {
    vocabulary: Vocabulary,
    /// Term t's postings are at `posting_starts[t]..posting_starts[t + 1]`.
    posting_starts: Vec<u32>,
    posting_docs: Vec<u32>,
    posting_meta: Vec<u8>,
}

/// Collects one document's words as `term << 3 | field` keys while building.
struct Builder {
    term_ids: WordMap<Box<str>, u32>,
    keys: Vec<u32>,
    buf: String,
}

impl Builder {
    fn add(&mut self, field: Field, text: &str) {
        for (start, end) in words(text) {
            normalize(&text[start..end], &mut self.buf);
            let next_id = self.term_ids.len() as u32;
            let id = match self.term_ids.get(self.buf.as_str()) {
                Some(&id) => id,
                None => {
                    self.term_ids.insert(self.buf.as_str().into(), next_id);
                    next_id
                }
            };
            self.keys.push(id << 3 | field as u32);
        }
    }
}

/// Every searchable text of a document with the field it counts as.
pub(crate) fn for_each_field(doc: &Document, mut visit: impl FnMut(Field, &str)) {
    visit(Field::Title, &doc.title);
    if let Some(number) = doc.number {
        // "tip 76" and "76" both find tip 76.
        visit(Field::Title, &format!("{} {number}", doc.kind.id()));
    } else {
        visit(Field::Meta, doc.kind.id());
    }
    for text in doc.themes.iter().chain([&doc.author, &doc.byline, &doc.publication].into_iter().flatten()) {
        visit(Field::Meta, text);
    }
    for paragraph in doc.intro.iter() {
        visit(Field::Lead, paragraph);
    }
    for example in doc.examples.iter() {
        visit(Field::Heading, &example.heading);
        for text in example.body.iter().flat_map(|b| b.texts()) {
            visit(Field::Body, text);
        }
        if let Some(a) = &example.attribution {
            for text in [Some(&a.name), a.role.as_ref(), a.organisation.as_ref()].into_iter().flatten() {
                visit(Field::Meta, text);
            }
        }
    }
    for section in doc.sections.iter() {
        visit(Field::Heading, &section.heading);
        for text in section.body.iter().flat_map(|b| b.texts()) {
            visit(Field::Body, text);
        }
    }
}

impl TermIndex {
    /// Indexes every field of every document.
    fn new(corpus: &Corpus) -> TermIndex {
        let mut builder = Builder { term_ids: HashMap::default(), keys: Vec::new(), buf: String::new() };
        // Per document: (term id, packed meta), then document boundaries.
        let mut doc_terms: Vec<(u32, u8)> = Vec::new();
        let mut doc_ends: Vec<usize> = Vec::with_capacity(corpus.documents.len());
        for doc in corpus.documents.iter() {
            builder.keys.clear();
            for_each_field(doc, |field, text| builder.add(field, text));
            super::sort::sort_u32(&mut builder.keys, &|a, b| a.cmp(&b));
            let doc_start = doc_terms.len();
            for &key in &builder.keys {
                let (term, field_bit) = (key >> 3, 1u8 << (key & 7));
                match doc_terms[doc_start..].last_mut() {
                    Some((t, meta)) if *t == term => {
                        let count = (*meta >> FIELD_BITS).saturating_add(1).min(MAX_COUNT);
                        *meta = (*meta & ((1 << FIELD_BITS) - 1)) | field_bit | count << FIELD_BITS;
                    }
                    _ => doc_terms.push((term, field_bit | 1 << FIELD_BITS)),
                }
            }
            doc_ends.push(doc_terms.len());
        }

        // Sort the vocabulary; `rank[id]` is a term's place in it.
        let mut entries: Vec<(Box<str>, u32)> = builder.term_ids.into_iter().collect();
        super::sort::sort_by(&mut entries, &|a, b| a.0.cmp(&b.0));
        let mut rank = vec![0u32; entries.len()];
        let mut vocabulary = Vocabulary {
            text: String::with_capacity(entries.iter().map(|e| e.0.len()).sum()),
            ends: Vec::with_capacity(entries.len()),
        };
        for (i, (term, id)) in entries.iter().enumerate() {
            rank[*id as usize] = i as u32;
            vocabulary.text.push_str(term);
            vocabulary.ends.push(vocabulary.text.len() as u32);
        }
        drop(entries);

        // Group postings by term; documents stay in corpus order within a term.
        let mut posting_starts = vec![0u32; rank.len() + 1];
        for &(term, _) in &doc_terms {
            posting_starts[rank[term as usize] as usize + 1] += 1;
        }
        for i in 1..posting_starts.len() {
            posting_starts[i] += posting_starts[i - 1];
        }
        let mut cursor = posting_starts.clone();
        let mut posting_docs = vec![0u32; doc_terms.len()];
        let mut posting_meta = vec![0u8; doc_terms.len()];
        let mut doc_start = 0;
        for (doc, &doc_end) in doc_ends.iter().enumerate() {
            for &(term, meta) in &doc_terms[doc_start..doc_end] {
                let slot = &mut cursor[rank[term as usize] as usize];
                posting_docs[*slot as usize] = doc as u32;
                posting_meta[*slot as usize] = meta;
                *slot += 1;
            }
            doc_start = doc_end;
        }

        TermIndex { vocabulary, posting_starts, posting_docs, posting_meta }
    }

    /// The vocabulary ranges of a word's prefixes, merged so no term is counted twice.
    fn term_ranges(&self, prefixes: &[String]) -> Vec<Range<usize>> {
        let mut ranges: Vec<Range<usize>> = prefixes.iter().map(|p| self.vocabulary.prefix_range(p)).collect();
        super::sort::sort_by(&mut ranges, &|a, b| a.start.cmp(&b.start));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

impl<'c> Index<'c> {
    /// The facet tables now; the inverted index when a search first needs it.
    pub fn new(corpus: &'c Corpus) -> Index<'c> {
        Index { corpus, terms: OnceCell::new(), facets: FacetData::new(corpus) }
    }

    fn terms(&self) -> &TermIndex {
        self.terms.get_or_init(|| TermIndex::new(self.corpus))
    }

    /// Builds the inverted index now if it is not built yet: call it when the user is not
    /// waiting (after the first screen is painted), so the first keystroke does not.
    /// It takes milliseconds for the real corpus, about a second at 10,000 synthetic tips.
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
        let terms = Terms::parse(&query.text);
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
            for range in index.term_ranges(&term.prefixes) {
                for t in range {
                    let bonus = if Some(t) == whole_word { WHOLE_WORD_BONUS } else { 0 };
                    let postings = index.posting_starts[t] as usize..index.posting_starts[t + 1] as usize;
                    for (&doc, &meta) in index.posting_docs[postings.clone()].iter().zip(&index.posting_meta[postings]) {
                        let d = doc as usize;
                        best[d] = best[d].max(best_field_points(meta) + bonus);
                        count[d] += occurrences(meta);
                    }
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

        let matched: Vec<u32> = (0..n as u32).filter(|&d| words_matched[d as usize] as usize == terms.list.len()).collect();
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
    use crate::corpus::{synthetic, Kind, OrgType};
    use crate::search::query::Term;

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
        let corpus = synthetic::generate(150, 3);
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
                let cut = word.char_indices().map(|(i, _)| i).chain([word.len()]).nth(1 + next(word.chars().count())).unwrap_or(word.len());
                text.push_str(&word[..cut]);
                text.push(' ');
            }
            let results = index.search(&Query::text(text.as_str()));
            let terms = Terms::parse(&text);
            let expected: Vec<usize> = (0..all_words.len()).filter(|&d| naive_match(&all_words[d], &terms)).collect();
            let mut found: Vec<usize> = results.hits.iter().map(|h| h.doc).collect();
            assert!(results.hits.windows(2).all(|w| (w[0].score, w[1].doc) >= (w[1].score, w[0].doc)), "{text}: not ranked");
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
        let terms = Terms::parse(&query.text);

        let text_matches: Vec<&str> = corpus.documents.iter().filter(|d| naive_match(&doc_words(d), &terms)).map(|d| &*d.slug).collect();
        let org = |d: &Document, t: OrgType| d.examples.iter().filter_map(|e| e.attribution.as_ref()).any(|a| a.org_type == t);
        let passes = |d: &Document, skip: &str| {
            text_matches.contains(&&*d.slug)
                && (skip == "kind" || query.kinds.contains(&d.kind))
                && (skip == "theme" || d.themes.iter().any(|t| query.themes.contains(&**t)))
                && (skip == "org" || query.org_types.iter().any(|&t| org(d, t)))
        };
        let count = |skip: &str, has: &dyn Fn(&Document) -> bool| corpus.documents.iter().filter(|d| passes(d, skip) && has(d)).count();

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
            let quotes = |d: &Document| d.examples.iter().filter_map(|e| e.attribution.as_ref()).any(|a| a.person == v.value.slug);
            assert_eq!(v.count, count("", &quotes), "person {}", v.value.slug);
        }
        let themes_with_results = corpus.documents.iter().flat_map(|d| d.themes.iter()).filter(|t| count("theme", &|d| d.themes.contains(t)) > 0);
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

    #[test]
    fn the_vocabulary_finds_prefix_ranges() {
        let corpus = synthetic::generate(20, 9);
        let index = Index::new(&corpus);
        let v = &index.terms().vocabulary;
        assert!((1..v.len()).all(|i| v.term(i - 1) < v.term(i)), "sorted and unique");
        let range = v.prefix_range("be");
        assert!(!range.is_empty());
        assert!(range.clone().all(|i| v.term(i).starts_with("be")));
        assert!(range.start == 0 || !v.term(range.start - 1).starts_with("be"));
        assert!(range.end == v.len() || !v.term(range.end).starts_with("be"));
        assert!(v.prefix_range("zzzzzz").is_empty());
    }
}
