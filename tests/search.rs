//! Search as a user meets it: what a query finds, in what order, with which snippet,
//! and what the facets offer. Hand-built corpora keep each expectation visible.

use std::borrow::Cow;

use digiwijzer::corpus::synthetic;
use digiwijzer::corpus::{Attribution, Block, Corpus, Document, Example, Kind, OrgType, Person, Section, SectionRole};
use digiwijzer::search::{Index, Query, Results, Segment, Synonyms};

fn doc(kind: Kind, number: Option<u32>, slug: &str, title: &str) -> Document {
    Document {
        slug: Cow::Owned(slug.into()),
        source: Cow::Borrowed("test"),
        kind,
        number,
        title: Cow::Owned(title.into()),
        toptip: false,
        themes: Cow::Owned(vec![]),
        author: None,
        byline: None,
        publication: None,
        date: None,
        intro: Cow::Owned(vec![]),
        examples: Cow::Owned(vec![]),
        sections: Cow::Owned(vec![]),
        cut_off: false,
        name_variants: Cow::Borrowed(&[]),
    }
}

fn intro(mut d: Document, text: &str) -> Document {
    d.intro.to_mut().push(Cow::Owned(text.into()));
    d
}

/// Heading, body text, and who said it (name, role, organisation, org type).
type ExampleSpec<'a> = (&'a str, &'a str, Option<(&'a str, &'a str, &'a str, OrgType)>);

fn examples(mut d: Document, specs: &[ExampleSpec<'_>]) -> Document {
    for &(heading, body, who) in specs {
        let attribution = who.map(|(name, role, organisation, org_type)| Attribution {
            person: Cow::Owned(digiwijzer::text::slugify(name)),
            name: Cow::Owned(name.into()),
            role: Some(Cow::Owned(role.into())),
            organisation: Some(Cow::Owned(organisation.into())),
            org_type,
        });
        d.examples.to_mut().push(Example {
            slug: Cow::Owned(digiwijzer::text::slugify(heading)),
            heading: Cow::Owned(heading.into()),
            body: Cow::Owned(vec![Block::Paragraph(Cow::Owned(body.into()))]),
            attribution,
        });
    }
    d
}

fn section(mut d: Document, heading: &str, body: &str) -> Document {
    d.sections.to_mut().push(Section {
        speakers: Cow::Borrowed(&[]),
        slug: Cow::Owned(digiwijzer::text::slugify(heading)),
        heading: Cow::Owned(heading.into()),
        role: SectionRole::Body,
        body: Cow::Owned(vec![Block::Paragraph(Cow::Owned(body.into()))]),
    });
    d
}

fn corpus(documents: Vec<Document>) -> Corpus {
    let mut people: Vec<Person> = documents
        .iter()
        .flat_map(|d| d.examples.iter().filter_map(|e| e.attribution.clone()))
        .map(|a| Person { slug: a.person, name: a.name })
        .collect();
    people.sort_by(|a, b| a.name.cmp(&b.name));
    people.dedup();
    Corpus { documents: Cow::Owned(documents), people: Cow::Owned(people), variants: Cow::Borrowed(&[]) }
}

/// A small corpus shaped like the real one.
fn sample() -> Corpus {
    let mut tip17 = doc(Kind::Tip, Some(17), "tip-17", "Zorg ervoor dat het bestuur achter je staat");
    tip17.themes = Cow::Owned(vec![Cow::Borrowed("commitment")]);
    let tip17 = intro(tip17, "Dienstverlening loopt door de hele organisatie heen. Houd het bestuur op de hoogte.");
    let tip17 = examples(
        tip17,
        &[
            (
                "Breng het onderwerp constant onder de aandacht",
                "Wij hebben het team Direct Duidelijk. Er is veel aandacht voor bij het management.",
                Some(("Suzan van den Hoogen", "Projectleider Direct Duidelijk", "Gemeente Den Haag", OrgType::Gemeente)),
            ),
            (
                "Bestuurlijk eigenaarschap",
                "Bestuurlijke dekking en een mandaat regel je zelf. Door er steeds weer over te vertellen, kun je overtuigen.",
                Some(("Carolien Nicolai", "Beleidsmedewerker Digitale dienstverlening", "Gemeente Zeewolde", OrgType::Gemeente)),
            ),
            (
                "Creëer draagvlak door delen rapporten",
                "“Ik deel de conclusies volledig, want het creëert draagvlak binnen de organisatie.”",
                Some(("Michael Rave", "Programmamanager Dienstverlening", "Gemeente Montferland", OrgType::Gemeente)),
            ),
        ],
    );

    let mut tip76 = doc(Kind::Tip, Some(76), "tip-76", "Zorg dat je bestuurder eigenaar wordt van digitalisering");
    tip76.toptip = true;
    tip76.themes = Cow::Owned(vec![Cow::Borrowed("commitment")]);
    let tip76 = intro(tip76, "Digitalisering is één van de belangrijkste thema’s. Ben je zelf geen bestuurder, help hen dan in dat eigenaarschap.");
    let tip76 = examples(
        tip76,
        &[(
            "Betrek bestuurder bij hele traject",
            "We hebben samen met de directie contact opgenomen met de portefeuillehouder.",
            Some((
                "Robert Hauwert",
                "Projectleider Informatiemanagement",
                "Hoogheemraadschap Hollands Noorderkwartier",
                OrgType::Waterschap,
            )),
        )],
    );

    let article = intro(
        doc(Kind::Artikel, None, "wat-vraagt-selfservice", "Wat vraagt selfservice van organisaties en medewerkers?"),
        "Wat vraagt selfservice van een gemeentelijke organisatie?",
    );
    let article = section(
        article,
        "Digital first",
        "“Kanaalsturing is prima, maar kanaaldwang niet.” De keuze was door het bestuur en management gemaakt, niet op de werkvloer.",
    );

    let blog = intro(
        doc(Kind::Blog, None, "inwoner-verwacht-maatwerk", "Inwoner verwacht maatwerk bij de digitale gemeente"),
        "Draagvlak creëren voor digitale middelen is het begin. Eigenaar zijn van de thema’s helpt.",
    );
    corpus(vec![tip17, tip76, article, blog])
}

fn slugs<'c>(index: &Index<'c>, results: &Results<'c>) -> Vec<&'c str> {
    results.hits.iter().map(|h| &*index.document(h).slug).collect()
}

fn search<'c>(index: &Index<'c>, text: &str) -> Vec<&'c str> {
    slugs(index, &index.search(&Query::text(text)))
}

fn highlighted<'a>(segments: &[Segment<'a>]) -> Vec<&'a str> {
    segments.iter().filter(|s| s.highlighted).map(|s| s.text).collect()
}

fn joined(segments: &[Segment<'_>]) -> String {
    segments.iter().map(|s| s.text).collect()
}

#[test]
fn an_empty_query_lists_every_document_in_corpus_order() {
    let corpus = sample();
    let index = Index::new(&corpus);
    assert_eq!(search(&index, ""), ["tip-17", "tip-76", "wat-vraagt-selfservice", "inwoner-verwacht-maatwerk"]);
    // Punctuation alone is no query either.
    assert_eq!(search(&index, " ‘…’ ").len(), 4);
}

#[test]
fn diacritics_and_case_do_not_matter() {
    let corpus = sample();
    let index = Index::new(&corpus);
    // Tip 17 says "Creëer"/"creëert", the blog "creëren": a light Dutch stem joins them.
    // The blog says it in its intro, with the very word typed, so it comes first.
    assert_eq!(search(&index, "creeren"), ["inwoner-verwacht-maatwerk", "tip-17"]);
    assert_eq!(search(&index, "CREËREN"), search(&index, "creeren"));
    assert_eq!(search(&index, "een van de belangrijkste"), ["tip-76"]);
}

#[test]
fn typographic_apostrophes_do_not_split_words() {
    let corpus = sample();
    let index = Index::new(&corpus);
    assert_eq!(search(&index, "themas"), ["tip-76", "inwoner-verwacht-maatwerk"]);
    assert_eq!(search(&index, "thema's"), search(&index, "themas"));
    assert_eq!(search(&index, "thema’s"), search(&index, "themas"));
}

#[test]
fn the_word_being_typed_matches_as_a_prefix() {
    let corpus = sample();
    let index = Index::new(&corpus);
    assert_eq!(search(&index, "kanaalst"), ["wat-vraagt-selfservice"]);
    assert_eq!(search(&index, "eigenaarsch"), ["tip-76", "tip-17"]);
    // Earlier words are prefixes too, so Dutch compounds are found: "bestuur" → "bestuurder".
    assert!(search(&index, "bestuur digitalis").contains(&"tip-76"));
}

#[test]
fn every_word_must_match() {
    let corpus = sample();
    let index = Index::new(&corpus);
    assert_eq!(search(&index, "bestuur zeewolde"), ["tip-17"]);
    assert_eq!(search(&index, "kanaalsturing zeewolde"), Vec::<&str>::new());
    assert_eq!(search(&index, "xyzzy"), Vec::<&str>::new());
}

#[test]
fn a_title_match_outranks_a_body_match() {
    let corpus = sample();
    let index = Index::new(&corpus);
    // Tip 76 has "eigenaar" in its title; the blog in its intro, tip 17 in an example heading.
    assert_eq!(search(&index, "eigenaar"), ["tip-76", "inwoner-verwacht-maatwerk", "tip-17"]);
    // "bestuur": both tips by title (the whole word first), then the article's text.
    assert_eq!(search(&index, "bestuur"), ["tip-17", "tip-76", "wat-vraagt-selfservice"]);
}

#[test]
fn tags_and_people_outrank_body_text() {
    let corpus = sample();
    let index = Index::new(&corpus);
    // Tip 76 quotes a "Projectleider Informatiemanagement"; the article mentions management.
    assert_eq!(search(&index, "management")[0], "tip-17");
    let commit = index.search(&Query::text("commitment"));
    assert_eq!(slugs(&index, &commit), ["tip-17", "tip-76"]);
}

#[test]
fn tip_numbers_are_searchable() {
    let corpus = sample();
    let index = Index::new(&corpus);
    assert_eq!(search(&index, "76"), ["tip-76"]);
    assert_eq!(search(&index, "tip 17"), ["tip-17"]);
}

#[test]
fn a_snippet_highlights_the_match_and_links_to_its_example() {
    let corpus = sample();
    let index = Index::new(&corpus);
    let results = index.search(&Query::text("mandaat"));
    let snippet = index.snippet(&results, &results.hits[0]);
    assert_eq!(highlighted(&snippet.text), ["mandaat"]);
    assert!(joined(&snippet.text).starts_with("Bestuurlijke dekking en een mandaat"));
    assert_eq!(snippet.anchor, Some("bestuurlijk-eigenaarschap"));
}

#[test]
fn a_match_on_a_person_links_to_the_example_that_quotes_them() {
    let corpus = sample();
    let index = Index::new(&corpus);
    let results = index.search(&Query::text("zeewolde"));
    assert_eq!(slugs(&index, &results), ["tip-17"]);
    let snippet = index.snippet(&results, &results.hits[0]);
    assert_eq!(snippet.anchor, Some("bestuurlijk-eigenaarschap"));
    assert_eq!(highlighted(&snippet.text), ["Zeewolde"]);
    // The person line is followed by what they said.
    assert!(joined(&snippet.text).contains("Gemeente Zeewolde — Bestuurlijke dekking"), "{}", joined(&snippet.text));
}

#[test]
fn the_title_is_highlighted_word_by_word() {
    let corpus = sample();
    let index = Index::new(&corpus);
    let results = index.search(&Query::text("bestuur digitalis"));
    let tip76 = results.hits.iter().find(|h| index.document(h).slug == "tip-76").expect("tip 76 matches");
    let snippet = index.snippet(&results, tip76);
    assert_eq!(highlighted(&snippet.title), ["bestuurder", "digitalisering"]);
    assert_eq!(joined(&snippet.title), "Zorg dat je bestuurder eigenaar wordt van digitalisering");
}

#[test]
fn a_title_only_match_shows_the_start_of_the_intro() {
    let corpus = sample();
    let index = Index::new(&corpus);
    let results = index.search(&Query::text("selfservice medewerkers"));
    let snippet = index.snippet(&results, &results.hits[0]);
    assert_eq!(snippet.anchor, None);
    assert_eq!(joined(&snippet.text), "Wat vraagt selfservice van een gemeentelijke organisatie?");
    assert_eq!(highlighted(&snippet.text), ["selfservice"]);
}

#[test]
fn long_text_is_cut_around_the_match() {
    let long = "Eerst komt een heel lange aanloop zonder het woord dat we zoeken. ".repeat(6)
        + "Hier staat de kernzin over kanaalsturing in de gemeente. "
        + &"Daarna volgt nog veel meer tekst die niemand leest. ".repeat(6);
    let corpus = corpus(vec![intro(doc(Kind::Artikel, None, "lang", "Lang"), &long)]);
    let index = Index::new(&corpus);
    let results = index.search(&Query::text("kanaalsturing"));
    let snippet = index.snippet(&results, &results.hits[0]);
    let text = joined(&snippet.text);
    assert!(text.starts_with("… Hier staat de kernzin over kanaalsturing"), "{text}");
    assert!(text.ends_with(" …"), "{text}");
    let words = text.split_whitespace().filter(|w| *w != "…").count();
    assert!((20..=30).contains(&words), "{words} words: {text}");
}

#[test]
fn kind_counts_ignore_the_kind_filter_but_respect_the_others() {
    let corpus = sample();
    let index = Index::new(&corpus);
    let mut query = Query::text("bestuur");
    let results = index.search(&query);
    let counts: Vec<_> = results.facets.kinds.iter().map(|v| (v.value, v.count)).collect();
    assert_eq!(counts, [(Kind::Tip, 2), (Kind::Artikel, 1)]);

    query.toggle_kind(Kind::Artikel);
    let results = index.search(&query);
    assert_eq!(slugs(&index, &results), ["wat-vraagt-selfservice"]);
    // Selecting a kind leaves the other kinds' counts visible, so the user can add them.
    let counts: Vec<_> = results.facets.kinds.iter().map(|v| (v.value, v.count, v.selected)).collect();
    assert_eq!(counts, [(Kind::Tip, 2, false), (Kind::Artikel, 1, true)]);
    // But the theme counts follow the kind filter: the article has no theme.
    assert!(results.facets.themes.is_empty());

    query.toggle_kind(Kind::Tip);
    assert_eq!(slugs(&index, &index.search(&query)), ["tip-17", "tip-76", "wat-vraagt-selfservice"]);
}

#[test]
fn filters_are_and_across_facets_and_or_within_one() {
    let corpus = sample();
    let index = Index::new(&corpus);
    let mut query = Query::default();
    query.org_types.insert(OrgType::Waterschap);
    assert_eq!(slugs(&index, &index.search(&query)), ["tip-76"]);
    query.org_types.insert(OrgType::Gemeente);
    assert_eq!(slugs(&index, &index.search(&query)), ["tip-17", "tip-76"]);
    query.toptip = true;
    assert_eq!(slugs(&index, &index.search(&query)), ["tip-76"]);

    let mut query = Query::default();
    query.toggle_person("carolien-nicolai");
    let results = index.search(&query);
    assert_eq!(slugs(&index, &results), ["tip-17"]);
    let people: Vec<_> = results.facets.people.iter().map(|v| (&*v.value.name, v.count, v.selected)).collect();
    assert_eq!(people[0], ("Carolien Nicolai", 1, true));
    // The other people count as if Carolien were not selected: one tip each.
    assert!(people.iter().all(|&(_, count, _)| count == 1));
    assert_eq!(people.len(), 4);
}

#[test]
fn toptip_and_org_type_counts_follow_the_query() {
    let corpus = sample();
    let index = Index::new(&corpus);
    let results = index.search(&Query::text("bestuur"));
    assert_eq!(results.facets.toptip.count, 1);
    let orgs: Vec<_> = results.facets.org_types.iter().map(|v| (v.value, v.count)).collect();
    assert_eq!(orgs, [(OrgType::Gemeente, 1), (OrgType::Waterschap, 1)]);
    let themes: Vec<_> = results.facets.themes.iter().map(|v| (&*v.value, v.count)).collect();
    assert_eq!(themes, [("commitment", 2)]);
}

#[test]
fn a_selected_value_stays_listed_even_without_results() {
    let corpus = sample();
    let index = Index::new(&corpus);
    let mut query = Query::text("kanaalsturing");
    query.toggle_theme("commitment");
    query.toggle_theme("bestaat-niet");
    let results = index.search(&query);
    assert!(results.hits.is_empty());
    let themes: Vec<_> = results.facets.themes.iter().map(|v| (&*v.value, v.count, v.selected)).collect();
    assert_eq!(themes, [("bestaat-niet", 0, true), ("commitment", 0, true)]);
}

#[test]
fn results_can_be_paged() {
    let corpus = synthetic::generate(120, 7);
    let index = Index::new(&corpus);
    let results = index.search(&Query::default());
    assert_eq!(results.hits.len(), 120);
    assert_eq!(results.page(0, 50).len(), 50);
    assert_eq!(results.page(100, 50).len(), 20);
    assert_eq!(results.page(100, 50)[0], results.hits[100]);
    assert!(results.page(500, 50).is_empty());
}

#[test]
fn the_synthetic_corpus_is_reproducible_and_sized_as_asked() {
    let a = synthetic::generate(300, 42);
    assert_eq!(a, synthetic::generate(300, 42));
    assert_ne!(a, synthetic::generate(300, 43));
    assert_eq!(a.documents.len(), 300);
    let numbers: Vec<_> = a.documents.iter().map(|d| d.number).collect();
    assert_eq!(numbers, (1..=300).map(Some).collect::<Vec<_>>());
    // Every quoted person is in the people list, and every example anchor resolves.
    for d in a.documents.iter() {
        for e in d.examples.iter() {
            assert!(a.resolve(&format!("{}#{}", d.slug, e.slug)).is_some());
            if let Some(attr) = &e.attribution {
                assert!(a.person(&attr.person).is_some(), "{}", attr.person);
            }
        }
    }
    assert!(a.people.len() > 50);
    assert!(a.people.windows(2).all(|w| w[0].name <= w[1].name));
}

#[test]
fn search_works_on_a_large_synthetic_corpus() {
    let corpus = synthetic::generate(1_000, 1);
    let index = Index::new(&corpus);
    let everything = index.search(&Query::default());
    assert_eq!(everything.hits.len(), 1_000);
    let toptips = everything.facets.toptip.count;
    assert!(toptips > 0 && toptips < 1_000);

    let results = index.search(&Query::text("creëren dienstverl"));
    assert!(!results.hits.is_empty());
    for hit in results.page(0, 20) {
        let snippet = index.snippet(&results, hit);
        // Each shown hit tells the user why it matched: in its title or its snippet.
        let shown: Vec<String> = highlighted(&snippet.title)
            .into_iter()
            .chain(highlighted(&snippet.text))
            .map(digiwijzer::text::fold)
            .collect();
        assert!(!shown.is_empty(), "{:?}", index.document(hit).slug);
    }
}

// ---- The real corpus: what a user of Digiwijzer gets for typical queries. ----

fn real() -> Index<'static> {
    Index::new(digiwijzer::embedded::corpus())
}

/// A reader's word finds the tip that uses another word for the same thing, below the
/// tips that use the reader's own word.
#[test]
fn a_word_finds_its_synonyms_ranked_below_itself() {
    let tip = |n: u32, title: &str, text: &str| intro(doc(Kind::Tip, Some(n), &format!("tip-{n}"), title), text);
    let corpus = corpus(vec![
        tip(1, "Betrek de bestuurders", "Een bestuurder beslist."),
        tip(2, "Over de wethouder", "Elke wethouder is anders."),
        tip(3, "Niets hiervan", "Over inwoners."),
        tip(4, "Het college", "Een portefeuillehouder in het college."),
    ]);
    assert_eq!(search(&Index::new(&corpus), "wethouder"), ["tip-2"]);
    let index = Index::new(&corpus).with_synonyms(Synonyms::new([["college", "wethouder", "bestuurder"]]));
    assert_eq!(search(&index, "wethouder"), ["tip-2", "tip-1", "tip-4"], "the word itself first, then its synonyms");
    assert_eq!(search(&index, "wethouders"), ["tip-2", "tip-1", "tip-4"], "an inflected word, through its stem");
    assert_eq!(search(&index, "college"), ["tip-4", "tip-1", "tip-2"]);
    assert_eq!(search(&index, "wethou"), ["tip-2"], "a word still being typed has no synonyms");
    assert_eq!(search(&index, "wethouder beslist"), ["tip-1"], "every word must still match");
    // The synonym is highlighted, where the reader sees why the tip was found.
    let results = index.search(&Query::text("wethouder"));
    let title = index.snippet(&results, &results.hits[1]).title;
    assert_eq!(highlighted(&title), ["bestuurders"]);
}

/// The self-assessment asks about the college and a wethouder; the tips speak of the
/// bestuurder. The synonym list (corpus/synoniemen.toml) joins them.
#[test]
fn real_wethouder_and_college_find_the_tips_about_bestuurders() {
    let index = Index::new(digiwijzer::embedded::corpus()).with_synonyms(digiwijzer::embedded::synonyms());
    assert_eq!(search(&real(), "wethouder"), ["tip-76", "tip-17"], "without synonyms");
    // The two tips that say "wethouder" first, then the article that only says "bestuurders".
    assert_eq!(search(&index, "wethouder"), ["tip-76", "tip-17", "wat-vraagt-selfservice"]);
    assert!(search(&real(), "college").is_empty(), "no document says college");
    let college = search(&index, "college");
    for slug in ["tip-17", "tip-76", "wat-vraagt-selfservice"] {
        assert!(college.contains(&slug), "{slug} missing from {college:?}");
    }
    assert!(search(&index, "inwoner").contains(&"wat-vraagt-selfservice"), "which speaks of burgers");
}

#[test]
fn real_creeren_finds_every_form_of_the_verb() {
    let index = real();
    let found = search(&index, "creeren");
    // Tip 17 says "Creëer draagvlak" and "het creëert", the blog "Draagvlak creëren",
    // the DNA article "creëer je".
    for slug in ["tip-17", "inwoner-verwacht-maatwerk", "het-dna-van-dienstverlening"] {
        assert!(found.contains(&slug), "{slug} missing from {found:?}");
    }
    let results = index.search(&Query::text("creeren"));
    let tip17 = results.hits.iter().find(|h| index.document(h).slug == "tip-17").expect("tip 17");
    let snippet = index.snippet(&results, tip17);
    assert_eq!(snippet.anchor, Some("creeer-draagvlak-door-delen-rapporten-massaal-digitaal"));
    assert_eq!(highlighted(&snippet.text), ["Creëer", "creëert"]);
}

#[test]
fn real_eigenaarschap_puts_the_ownership_tip_first() {
    let index = real();
    // Tip 76 ("… eigenaar wordt van digitalisering") uses the word in its intro; tip 17
    // only in the heading of one example, which ranks lower than a document's own lead.
    assert_eq!(search(&index, "eigenaarschap"), ["tip-76", "tip-17"]);
}

#[test]
fn real_bestuur_ranks_the_commitment_tips_above_the_articles() {
    let index = real();
    let results = index.search(&Query::text("bestuur"));
    let found = slugs(&index, &results);
    assert_eq!(found[..2], ["tip-17", "tip-76"]);
    assert_eq!(found.len(), 5);
    let kinds: Vec<_> = results.facets.kinds.iter().map(|v| (v.value, v.count)).collect();
    assert_eq!(kinds, [(Kind::Tip, 2), (Kind::Artikel, 2), (Kind::Blog, 1)]);
    let snippet = index.snippet(&results, &results.hits[0]);
    assert_eq!(highlighted(&snippet.title), ["bestuur"]);
}

#[test]
fn real_zeewolde_finds_carolien_and_links_to_her_example() {
    let index = real();
    let results = index.search(&Query::text("Zeewolde"));
    assert_eq!(slugs(&index, &results), ["tip-17"]);
    let snippet = index.snippet(&results, &results.hits[0]);
    assert_eq!(snippet.anchor, Some("bestuurlijk-eigenaarschap"));
    assert!(joined(&snippet.text).starts_with("Carolien Nicolai"), "{}", joined(&snippet.text));
}

#[test]
fn real_michel_finds_michael_rave_by_the_other_spelling_tip_17_prints() {
    let index = real();
    for query in ["michel", "Michel Rave", "michael", "michael rave"] {
        assert_eq!(search(&index, query), ["tip-17"], "{query}");
    }
    // The facet shows the one spelling, and the variant ranks like the name: as a person.
    let results = index.search(&Query::text("michel"));
    let people: Vec<&str> = results.facets.people.iter().map(|v| &*v.value.name).collect();
    assert!(people.contains(&"Michael Rave") && !people.contains(&"Michel Rave"), "{people:?}");
    assert_eq!(results.hits[0].score, index.search(&Query::text("michael")).hits[0].score);
}

#[test]
fn real_kanaalsturing_finds_the_selfservice_article() {
    let index = real();
    let results = index.search(&Query::text("kanaalsturing"));
    assert_eq!(slugs(&index, &results), ["wat-vraagt-selfservice"]);
    let snippet = index.snippet(&results, &results.hits[0]);
    assert_eq!(highlighted(&snippet.text), ["Kanaalsturing"]);
    assert_eq!(snippet.anchor, Some("digital-first"));
}

#[test]
fn real_queries_without_matches_return_nothing() {
    let index = real();
    let results = index.search(&Query::text("bestuur xyzzy"));
    assert!(results.hits.is_empty());
    assert!(results.facets.kinds.is_empty() && results.facets.people.is_empty());
}

#[test]
fn real_prefixes_find_words_as_they_are_typed() {
    let index = real();
    // "besc…": "beschikbaar" in the blog, "beschouwt" in the DNA article.
    assert_eq!(search(&index, "besc"), ["inwoner-verwacht-maatwerk", "het-dna-van-dienstverlening"]);
    assert_eq!(search(&index, "kanaalst"), ["wat-vraagt-selfservice"]);
}

#[test]
fn real_filters_by_org_type_and_person() {
    let index = real();
    let mut query = Query::default();
    query.toggle_org_type(OrgType::Waterschap);
    assert_eq!(slugs(&index, &index.search(&query)), ["tip-76"]);

    let mut query = Query::default();
    query.toggle_person("carolien-nicolai");
    let results = index.search(&query);
    assert_eq!(slugs(&index, &results), ["tip-17"]);
    let carolien = results.facets.people.iter().find(|v| v.selected).expect("selected person listed");
    assert_eq!((&*carolien.value.name, carolien.count), ("Carolien Nicolai", 1));
}
