//! Facet filters and counts: kind, theme, toptip, organisation type, person.
//!
//! Counting is "disjunctive": each facet's counts apply the query and every OTHER facet's
//! filter, so a value's count says how many results selecting it would add or keep.

use std::borrow::Cow;

use super::inverted::WordMap;
use super::query::Query;
use digiwijzer_corpus::{Corpus, Kind, OrgType};

/// One value of a facet and how many results it has under the current search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue<T> {
    pub value: T,
    pub count: usize,
    pub selected: bool,
}

/// A person as a facet value: the slug for the URL, the name for the label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonValue<'c> {
    pub slug: Cow<'c, str>,
    pub name: Cow<'c, str>,
}

/// The facet values worth showing: those with results, plus every selected one (even at
/// zero, so the user can always deselect it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facets<'c> {
    /// In [`Kind::ALL`] order.
    pub kinds: Vec<FacetValue<Kind>>,
    /// Most results first, then alphabetical.
    pub themes: Vec<FacetValue<Cow<'c, str>>>,
    /// The single value "only toptips".
    pub toptip: FacetValue<()>,
    /// In [`OrgType::ALL`] order.
    pub org_types: Vec<FacetValue<OrgType>>,
    /// Most results first, then by name.
    pub people: Vec<FacetValue<PersonValue<'c>>>,
}

/// What a document contributes to each facet, precomputed once.
struct DocFacets {
    kind: Kind,
    toptip: bool,
    /// Bit i set for `OrgType::ALL[i]`.
    org_types: u8,
    themes: (u32, u32),
    people: (u32, u32),
}

/// The facet values of every document, in flat arrays so counting allocates nothing per document.
pub(crate) struct FacetData<'c> {
    themes: Vec<&'c str>,
    /// Slug and display name.
    people: Vec<(&'c str, &'c str)>,
    docs: Vec<DocFacets>,
    doc_themes: Vec<u32>,
    doc_people: Vec<u32>,
}

fn kind_bit(kind: Kind) -> u8 {
    1 << Kind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

fn org_bit(org_type: OrgType) -> u8 {
    1 << OrgType::ALL.iter().position(|&t| t == org_type).unwrap_or(0)
}

impl<'c> FacetData<'c> {
    pub fn new(corpus: &'c Corpus) -> FacetData<'c> {
        let mut people: Vec<(&'c str, &'c str)> = corpus.people.iter().map(|p| (&*p.slug, &*p.name)).collect();
        let mut person_ids: WordMap<&'c str, u32> =
            people.iter().enumerate().map(|(i, &(slug, _))| (slug, i as u32)).collect();
        let mut themes: Vec<&'c str> = Vec::new();
        let mut theme_ids: WordMap<&'c str, u32> = WordMap::default();
        let mut data = FacetData {
            themes: Vec::new(),
            people: Vec::new(),
            docs: Vec::with_capacity(corpus.documents.len()),
            doc_themes: Vec::new(),
            doc_people: Vec::new(),
        };
        for doc in corpus.documents.iter() {
            let theme_start = data.doc_themes.len() as u32;
            for theme in doc.themes.iter() {
                let id = *theme_ids.entry(theme).or_insert_with(|| {
                    themes.push(theme);
                    themes.len() as u32 - 1
                });
                push_unique(&mut data.doc_themes, theme_start, id);
            }
            let people_start = data.doc_people.len() as u32;
            let mut org_types = 0;
            for attribution in doc.attributions() {
                org_types |= org_bit(attribution.org_type);
                // An attribution whose person is missing from the people list still counts.
                let id = *person_ids.entry(&attribution.person).or_insert_with(|| {
                    people.push((&attribution.person, &attribution.name));
                    people.len() as u32 - 1
                });
                push_unique(&mut data.doc_people, people_start, id);
            }
            data.docs.push(DocFacets {
                kind: doc.kind,
                toptip: doc.toptip,
                org_types,
                themes: (theme_start, data.doc_themes.len() as u32),
                people: (people_start, data.doc_people.len() as u32),
            });
        }
        data.themes = themes;
        data.people = people;
        data
    }

    /// Applies the query's filters to the candidate documents (in rank order), returns
    /// the ones that pass every filter, and counts every facet value.
    pub fn filter_and_count(&self, query: &Query, candidates: impl Iterator<Item = u32>) -> (Vec<u32>, Facets<'c>) {
        let selection = Selection::new(self, query);
        let mut kind_counts = [0usize; Kind::ALL.len()];
        let mut org_counts = [0usize; OrgType::ALL.len()];
        let mut theme_counts = vec![0usize; self.themes.len()];
        let mut person_counts = vec![0usize; self.people.len()];
        let mut toptip_count = 0;
        let mut passing = Vec::new();

        for doc in candidates {
            let d = &self.docs[doc as usize];
            let themes = &self.doc_themes[d.themes.0 as usize..d.themes.1 as usize];
            let people = &self.doc_people[d.people.0 as usize..d.people.1 as usize];
            let kind = selection.kinds == 0 || selection.kinds & kind_bit(d.kind) != 0;
            let theme = selection.themes.as_ref().is_none_or(|s| themes.iter().any(|&t| s[t as usize]));
            let toptip = !query.toptip || d.toptip;
            let org = selection.org_types == 0 || selection.org_types & d.org_types != 0;
            let person = selection.people.as_ref().is_none_or(|s| people.iter().any(|&p| s[p as usize]));

            if kind && theme && toptip && org && person {
                passing.push(doc);
            }
            if theme && toptip && org && person {
                kind_counts[Kind::ALL.iter().position(|&k| k == d.kind).unwrap_or(0)] += 1;
            }
            if kind && toptip && org && person {
                themes.iter().for_each(|&t| theme_counts[t as usize] += 1);
            }
            if kind && theme && org && person && d.toptip {
                toptip_count += 1;
            }
            if kind && theme && toptip && person {
                for (i, count) in org_counts.iter_mut().enumerate() {
                    *count += usize::from(d.org_types & (1 << i) != 0);
                }
            }
            if kind && theme && toptip && org {
                people.iter().for_each(|&p| person_counts[p as usize] += 1);
            }
        }

        let facets = Facets {
            kinds: enum_values(&Kind::ALL, &kind_counts, |k| query.kinds.contains(k)),
            themes: self.theme_values(query, &theme_counts),
            toptip: FacetValue { value: (), count: toptip_count, selected: query.toptip },
            org_types: enum_values(&OrgType::ALL, &org_counts, |t| query.org_types.contains(t)),
            people: self.person_values(query, &person_counts),
        };
        (passing, facets)
    }

    fn theme_values(&self, query: &Query, counts: &[usize]) -> Vec<FacetValue<Cow<'c, str>>> {
        let mut values: Vec<_> = self
            .themes
            .iter()
            .zip(counts)
            .map(|(&theme, &count)| FacetValue {
                value: Cow::Borrowed(theme),
                count,
                selected: query.themes.contains(theme),
            })
            .filter(|v| v.count > 0 || v.selected)
            .collect();
        // A theme from an old or hand-edited URL that the corpus does not have.
        for theme in &query.themes {
            if !self.themes.contains(&theme.as_str()) {
                values.push(FacetValue { value: Cow::Owned(theme.clone()), count: 0, selected: true });
            }
        }
        super::sort::sort_by(&mut values, &|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        values
    }

    fn person_values(&self, query: &Query, counts: &[usize]) -> Vec<FacetValue<PersonValue<'c>>> {
        let mut values: Vec<_> = self
            .people
            .iter()
            .zip(counts)
            .filter(|&(&(slug, _), &count)| count > 0 || query.people.contains(slug))
            .map(|(&(slug, name), &count)| FacetValue {
                value: PersonValue { slug: Cow::Borrowed(slug), name: Cow::Borrowed(name) },
                count,
                selected: query.people.contains(slug),
            })
            .collect();
        for slug in &query.people {
            if !self.people.iter().any(|&(s, _)| s == slug) {
                let value = PersonValue { slug: Cow::Owned(slug.clone()), name: Cow::Owned(slug.clone()) };
                values.push(FacetValue { value, count: 0, selected: true });
            }
        }
        super::sort::sort_by(&mut values, &|a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| a.value.name.cmp(&b.value.name))
                .then_with(|| a.value.slug.cmp(&b.value.slug))
        });
        values
    }
}

fn push_unique(list: &mut Vec<u32>, start: u32, id: u32) {
    if !list[start as usize..].contains(&id) {
        list.push(id);
    }
}

fn enum_values<T: Copy>(all: &[T], counts: &[usize], selected: impl Fn(&T) -> bool) -> Vec<FacetValue<T>> {
    all.iter()
        .zip(counts)
        .map(|(value, &count)| FacetValue { value: *value, count, selected: selected(value) })
        .filter(|v| v.count > 0 || v.selected)
        .collect()
}

/// The query's filters resolved to the facet ids; `None`/`0` means "no filter".
struct Selection {
    kinds: u8,
    themes: Option<Vec<bool>>,
    org_types: u8,
    people: Option<Vec<bool>>,
}

impl Selection {
    fn new(data: &FacetData<'_>, query: &Query) -> Selection {
        Selection {
            kinds: query.kinds.iter().fold(0, |bits, &k| bits | kind_bit(k)),
            themes: (!query.themes.is_empty()).then(|| data.themes.iter().map(|t| query.themes.contains(*t)).collect()),
            org_types: query.org_types.iter().fold(0, |bits, &t| bits | org_bit(t)),
            people: (!query.people.is_empty())
                .then(|| data.people.iter().map(|(slug, _)| query.people.contains(*slug)).collect()),
        }
    }
}
