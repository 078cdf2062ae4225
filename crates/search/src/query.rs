//! What the user asked for: the search box and the selected facet values.

use super::sorted_set::SortedSet;
use super::stem::dutch_stem;
use super::synonyms::Synonyms;
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

/// Which facet a filter belongs to: the URL writes its filters per facet, and the facet
/// panel shows one group per facet, both in the order of [`FacetKey::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FacetKey {
    Kind,
    Theme,
    Toptip,
    OrgType,
    Person,
}

impl FacetKey {
    pub const ALL: [FacetKey; 5] =
        [FacetKey::Kind, FacetKey::Theme, FacetKey::Toptip, FacetKey::OrgType, FacetKey::Person];
}

impl Filter {
    pub fn key(&self) -> FacetKey {
        match self {
            Filter::Kind(_) => FacetKey::Kind,
            Filter::Theme(_) => FacetKey::Theme,
            Filter::Toptip => FacetKey::Toptip,
            Filter::OrgType(_) => FacetKey::OrgType,
            Filter::Person(_) => FacetKey::Person,
        }
    }
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
    /// The other words of its synonym group, matched as prefixes too but ranked lower.
    pub synonyms: Vec<String>,
}

impl Term {
    pub fn matches(&self, token: &str) -> bool {
        self.prefixes.iter().chain(&self.synonyms).any(|p| token.starts_with(p.as_str()))
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
    pub fn parse(text: &str, synonyms: &Synonyms) -> Terms {
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
            let stem = dutch_stem(&buf);
            let synonyms = synonyms.of(&buf, stem.as_deref());
            let mut prefixes = vec![buf.clone()];
            prefixes.extend(stem);
            terms.push(Term { word: buf.clone(), prefixes, synonyms });
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
    for prefix in terms.iter().flat_map(|t| t.prefixes.iter().chain(&t.synonyms)) {
        match prefix.as_bytes().first() {
            Some(&b) if b.is_ascii() => bits |= 1 << b,
            Some(_) => {}
            None => return u128::MAX,
        }
    }
    bits
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
    fn parsing_normalises_and_deduplicates_words() {
        let terms = Terms::parse("Creëren, creeren thema’s", &Synonyms::default());
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
