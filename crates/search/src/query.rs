//! What the user asked for: the search box and the selected facet values.

use std::borrow::Borrow;

use super::tokenize::{normalize, words};
use digiwijzer_corpus::{Kind, OrgType};

/// The whole search state, as the URL carries it (`#/?q=…&soort=tip&thema=…`).
///
/// Plain data on purpose: the route layer (de)serialises it and the UI compares it.
/// Sets keep the selection order-free, so two URLs that select the same values are equal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Query {
    /// What the user typed, verbatim.
    pub text: String,
    /// Kinds to show (OR); empty shows all.
    pub kinds: SortedSet<Kind>,
    /// Theme tags as the corpus spells them (OR); empty shows all.
    pub themes: SortedSet<String>,
    /// Only toptips.
    pub toptip: bool,
    /// Organisation types of quoted people (OR); empty shows all.
    pub org_types: SortedSet<OrgType>,
    /// Person slugs (OR); empty shows all.
    pub people: SortedSet<String>,
}

impl Query {
    /// A query for this text with no filters.
    pub fn text(text: impl Into<String>) -> Query {
        Query { text: text.into(), ..Query::default() }
    }

    /// True when any facet filter is selected.
    pub fn has_filters(&self) -> bool {
        !self.kinds.is_empty()
            || !self.themes.is_empty()
            || self.toptip
            || !self.org_types.is_empty()
            || !self.people.is_empty()
    }

    pub fn toggle_kind(&mut self, kind: Kind) {
        self.toggle(&Filter::Kind(kind));
    }

    pub fn toggle_theme(&mut self, theme: &str) {
        self.toggle(&Filter::Theme(theme.to_owned()));
    }

    pub fn toggle_org_type(&mut self, org_type: OrgType) {
        self.toggle(&Filter::OrgType(org_type));
    }

    pub fn toggle_person(&mut self, slug: &str) {
        self.toggle(&Filter::Person(slug.to_owned()));
    }
}

/// One facet value the user can select: a checkbox in the panel, or an active filter
/// they can take away again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filter {
    Kind(Kind),
    Theme(String),
    Toptip,
    OrgType(OrgType),
    Person(String),
}

impl Query {
    /// Every selected filter, in the order the facet panel shows them.
    pub fn filters(&self) -> Vec<Filter> {
        let mut out: Vec<Filter> = self.kinds.iter().map(|&k| Filter::Kind(k)).collect();
        out.extend(self.themes.iter().map(|t| Filter::Theme(t.clone())));
        if self.toptip {
            out.push(Filter::Toptip);
        }
        out.extend(self.org_types.iter().map(|&o| Filter::OrgType(o)));
        out.extend(self.people.iter().map(|p| Filter::Person(p.clone())));
        out
    }

    /// Takes one filter away; the rest of the query stays as it is.
    pub fn remove(&mut self, filter: &Filter) {
        self.set(filter, false);
    }

    /// Ticks a filter that is off, unticks one that is on.
    pub fn toggle(&mut self, filter: &Filter) {
        let on = match filter {
            Filter::Kind(k) => self.kinds.contains(k),
            Filter::Theme(t) => self.themes.contains(t.as_str()),
            Filter::Toptip => self.toptip,
            Filter::OrgType(o) => self.org_types.contains(o),
            Filter::Person(p) => self.people.contains(p.as_str()),
        };
        self.set(filter, !on);
    }

    fn set(&mut self, filter: &Filter, on: bool) {
        match filter {
            Filter::Kind(k) => self.kinds.set(*k, on),
            Filter::Theme(t) => self.themes.set(t.clone(), on),
            Filter::Toptip => self.toptip = on,
            Filter::OrgType(o) => self.org_types.set(*o, on),
            Filter::Person(p) => self.people.set(p.clone(), on),
        }
    }
}

/// A set kept as a sorted list. Selections hold a handful of values, and a `BTreeSet`
/// brings several kilobytes of balancing code per element type into the wasm.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    /// Adds `value`; false when it was already there.
    pub fn insert(&mut self, value: T) -> bool {
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Removes `value`; false when it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        match self.0.binary_search_by(|v| v.borrow().cmp(value)) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Adds or removes `value`.
    pub fn set(&mut self, value: T, on: bool) {
        if on {
            self.insert(value);
        } else {
            self.remove(&value);
        }
    }

    pub fn contains<Q: Ord + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|v| v.borrow().cmp(value)).is_ok()
    }
}

impl<T> SortedSet<T> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// In ascending order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// More words than this in one query only narrow an AND further; the cap keeps a pasted
/// paragraph cheap and lets a word set fit in a `u32` mask for highlighting.
pub(crate) const MAX_WORDS: usize = 32;

/// One query word and the prefixes that count as a match for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Term {
    /// The normalised word; a token equal to it is a whole-word match and ranks higher.
    pub word: String,
    /// `word` itself, and possibly a Dutch stem (see [`dutch_stem`]).
    pub prefixes: Vec<String>,
}

impl Term {
    pub fn matches(&self, token: &str) -> bool {
        self.prefixes.iter().any(|p| token.starts_with(p.as_str()))
    }
}

/// The query text as matchable terms.
///
/// Every word is matched as a prefix, not only the last one. The last one must be (the
/// user is still typing it), and for the earlier ones a prefix is what Dutch needs:
/// compounds and inflections grow at the end (`bestuur` → `bestuurder`, `bestuurlijke`),
/// so a prefix is a cheap, predictable stand-in for stemming. Precision is kept by
/// ranking: a whole-word match scores above a prefix match in the same field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Terms {
    pub list: Vec<Term>,
    /// The ASCII bytes (bit b for byte b) a matching token can start with; see
    /// [`Terms::may_start_with`].
    first_bytes: u128,
}

impl Terms {
    pub fn parse(text: &str) -> Terms {
        let mut terms: Vec<Term> = Vec::new();
        let mut buf = String::new();
        for (start, end) in words(text) {
            normalize(&text[start..end], &mut buf);
            if buf.is_empty() || terms.iter().any(|t| t.word == buf) {
                continue;
            }
            if terms.len() == MAX_WORDS {
                break;
            }
            let mut prefixes = vec![buf.clone()];
            prefixes.extend(dutch_stem(&buf));
            terms.push(Term { word: buf.clone(), prefixes });
        }
        let first_bytes = first_bytes(&terms);
        Terms { list: terms, first_bytes }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// False when a raw word starting with the ASCII letter or digit `first` cannot match
    /// any term (normalising only lowercases it), so callers skip normalising it: most
    /// words of a snippet's text never get that far.
    pub fn may_start_with(&self, first: u8) -> bool {
        !first.is_ascii_alphanumeric() || self.first_bytes & 1 << first.to_ascii_lowercase() != 0
    }

    /// Which terms (bit i for term i) a normalised token matches.
    pub fn match_mask(&self, token: &str) -> u32 {
        self.list.iter().enumerate().filter(|(_, t)| t.matches(token)).fold(0, |mask, (i, _)| mask | 1 << i)
    }
}

fn first_bytes(terms: &[Term]) -> u128 {
    let mut bits = 0u128;
    for prefix in terms.iter().flat_map(|t| t.prefixes.iter()) {
        match prefix.as_bytes().first() {
            Some(&b) if b.is_ascii() => bits |= 1 << b,
            Some(_) => {}
            None => return u128::MAX,
        }
    }
    bits
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// A light Dutch stem for an inflected word, matched as an extra prefix.
///
/// Only the endings a query commonly carries and the index may hold in another form:
/// `-en`/`-e` (infinitives, plurals, adjectives) and `-s` (plurals). Dutch spelling then
/// changes the stem: a long vowel that stood in an open syllable is doubled
/// (`organiseren` → `organiseer`, `digitale` → `digitaal`), a doubled consonant is
/// undoubled (`processen` → `proces`), and v/z harden (`bedrijven` → `bedrijf`).
/// So `creeren` also finds `creëer` and `creëert`. Stems shorter than four letters are
/// dropped: they would match far too much.
pub(crate) fn dutch_stem(word: &str) -> Option<String> {
    let w = word.as_bytes();
    if !word.is_ascii() || w.len() < 5 {
        return None;
    }
    if let Some(base) = word.strip_suffix("heden") {
        return Some(format!("{base}heid"));
    }
    // `-en` and `-e` end an open syllable, so the stem may double its vowel; `-s` does not.
    let (base, opened) = if let Some(b) = word.strip_suffix("en") {
        (b, true)
    } else if let Some(b) = word.strip_suffix('e') {
        (b, true)
    } else if w[w.len() - 2] != b's' && w[w.len() - 2] != b'j' && !is_vowel(w[w.len() - 2]) {
        (word.strip_suffix('s')?, false)
    } else {
        return None;
    };
    let b = base.as_bytes();
    let n = b.len();
    if n < 3 || !b[n - 1].is_ascii_alphabetic() || is_vowel(b[n - 1]) {
        return None;
    }
    let mut stem = base.to_owned();
    if b[n - 1] == b[n - 2] {
        stem.pop();
    } else if opened && is_vowel(b[n - 2]) && b[n - 2] != b'i' && !is_vowel(b[n - 3]) {
        stem.insert(n - 2, b[n - 2] as char);
    }
    if stem.ends_with('v') || stem.ends_with('z') {
        let hard = if stem.ends_with('v') { 'f' } else { 's' };
        stem.pop();
        stem.push(hard);
    }
    (stem.len() >= 4 && stem != word).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_active_filter_can_be_taken_away_on_its_own() {
        let mut q = Query::text("bestuur");
        q.toggle_kind(Kind::Tip);
        q.toggle_theme("commitment");
        q.toptip = true;
        q.toggle_person("bernard-minderhoud");
        let filters = q.filters();
        assert_eq!(filters.len(), 4);
        for filter in &filters {
            let mut fewer = q.clone();
            fewer.remove(filter);
            assert_eq!(fewer.filters().len(), 3, "removing {filter:?}");
            assert!(!fewer.filters().contains(filter));
            assert_eq!(fewer.text, "bestuur", "the search text stays");
        }
    }

    #[test]
    fn a_selection_is_a_set_whatever_the_order_of_clicks() {
        let mut a = Query::default();
        a.toggle_theme("innovatie");
        a.toggle_theme("commitment");
        a.toggle_theme("innovatie");
        a.toggle_theme("sturing");
        let mut b = Query::default();
        b.toggle_theme("sturing");
        b.toggle_theme("commitment");
        assert_eq!(a, b, "same selection, same query (and so the same URL)");
        assert!(a.themes.contains("commitment") && !a.themes.contains("innovatie"));
        assert_eq!(a.themes.iter().map(String::as_str).collect::<Vec<_>>(), ["commitment", "sturing"]);
        assert!(!a.themes.insert("sturing".into()), "no duplicates");
        assert_eq!(a.themes.len(), 2);
    }

    #[test]
    fn stems_follow_dutch_spelling() {
        let cases = [
            ("creeren", Some("creer")),
            ("organiseren", Some("organiseer")),
            ("digitale", Some("digitaal")),
            ("processen", Some("proces")),
            ("bedrijven", Some("bedrijf")),
            ("bestuurders", Some("bestuurder")),
            ("mogelijkheden", Some("mogelijkheid")),
            ("gemeenten", Some("gemeent")),
            ("bestuurlijke", Some("bestuurlijk")),
            // Nothing to strip, too short, or a vowel before the -s.
            ("bestuur", None),
            ("eigen", None),
            ("proces", None),
            ("themas", None),
        ];
        for (word, stem) in cases {
            assert_eq!(dutch_stem(word).as_deref(), stem, "{word}");
        }
    }

    #[test]
    fn parsing_normalises_and_deduplicates_words() {
        let terms = Terms::parse("Creëren, creeren thema’s");
        let words: Vec<_> = terms.list.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, ["creeren", "themas"]);
        assert!(terms.list[0].matches("creert"));
        assert!(!terms.list[0].matches("cre"));
    }

    #[test]
    fn toggling_selects_and_deselects() {
        let mut q = Query::default();
        q.toggle_theme("commitment");
        q.toggle_kind(Kind::Tip);
        assert!(q.has_filters());
        q.toggle_theme("commitment");
        q.toggle_kind(Kind::Tip);
        assert_eq!(q, Query::default());
    }
}
