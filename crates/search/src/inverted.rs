//! The inverted index: every term of the corpus and the documents it occurs in.
//!
//! Layout is chosen for the keystroke path in wasm: a sorted vocabulary in one string
//! (a prefix is a binary-searched range of terms), and postings in flat arrays grouped by
//! term (a term's documents are one contiguous slice, in corpus order).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::tokenize::{normalize, words};
use digiwijzer_corpus::{Corpus, Document};

/// Where in a document a word occurs, from least to most telling. The order is the
/// ranking: a title match beats tags and people, which beat the lead, which beats an
/// example or section heading, which beats body text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Body = 0,
    Heading = 1,
    /// The intro: it states what the whole document is about, unlike a single quote.
    Lead = 2,
    /// Themes, kind, publication, and the people quoted (name and its other spellings, role,
    /// organisation) or credited.
    Meta = 3,
    /// The title and the tip number.
    Title = 4,
}

/// A posting packs the fields a term occurs in (5 bits) and its occurrence count,
/// saturating at 7 (3 bits), into one byte.
pub(super) const FIELD_BITS: u8 = 5;
pub(super) const MAX_COUNT: u8 = 7;

/// The sorted, deduplicated search terms, stored end to end in one string.
pub(super) struct Vocabulary {
    text: String,
    /// Term i is `text[ends[i - 1]..ends[i]]` (from 0 for the first).
    ends: Vec<u32>,
}

impl Vocabulary {
    pub(super) fn len(&self) -> usize {
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

    pub(super) fn find(&self, word: &str) -> Option<usize> {
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

/// The inverted index: every term and the documents it occurs in.
pub(super) struct TermIndex {
    pub(super) vocabulary: Vocabulary,
    /// Term t's postings are at `posting_starts[t]..posting_starts[t + 1]`.
    pub(super) posting_starts: Vec<u32>,
    pub(super) posting_docs: Vec<u32>,
    pub(super) posting_meta: Vec<u8>,
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
pub fn for_each_field(doc: &Document, mut visit: impl FnMut(Field, &str)) {
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
    for text in doc.name_variants.iter() {
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
    pub(super) fn new(corpus: &Corpus) -> TermIndex {
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
    pub(super) fn term_ranges(&self, prefixes: &[String]) -> Vec<Range<usize>> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use digiwijzer_corpus::synthetic;

    #[test]
    fn the_vocabulary_finds_prefix_ranges() {
        let corpus = synthetic::generate(20, 9);
        let v = &TermIndex::new(&corpus).vocabulary;
        assert!((1..v.len()).all(|i| v.term(i - 1) < v.term(i)), "sorted and unique");
        let range = v.prefix_range("be");
        assert!(!range.is_empty());
        assert!(range.clone().all(|i| v.term(i).starts_with("be")));
        assert!(range.start == 0 || !v.term(range.start - 1).starts_with("be"));
        assert!(range.end == v.len() || !v.term(range.end).starts_with("be"));
        assert!(v.prefix_range("zzzzzz").is_empty());
    }
}
