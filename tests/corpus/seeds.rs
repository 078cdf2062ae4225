//! What a reader must find in the real seed documents.

use super::{block_texts, document, flattened, seeds};
use digiwijzer::corpus::{Block, Date, Kind, OrgType, SectionRole};

#[test]
fn tip_17_has_five_examples_and_is_no_toptip() {
    let corpus = seeds();
    let tip = document(&corpus, "tip-17");
    assert_eq!(tip.number, Some(17));
    assert_eq!(tip.title, "Zorg ervoor dat het bestuur achter je staat");
    assert!(!tip.toptip);
    assert_eq!(tip.examples.len(), 5);
    assert_eq!(tip.sections.iter().map(|s| s.role).collect::<Vec<_>>(), [SectionRole::WhyItWorks]);
    assert_eq!(tip.sections[0].slug, "waarom-werkt-dit");
}

#[test]
fn tip_76_is_a_toptip_on_commitment_with_research_and_conclusion() {
    let corpus = seeds();
    let tip = document(&corpus, "tip-76");
    assert!(tip.toptip);
    assert_eq!(tip.themes.iter().map(|t| &**t).collect::<Vec<_>>(), ["commitment"]);
    assert_eq!(tip.examples.len(), 10);
    let research = tip.sections.iter().find(|s| s.role == SectionRole::Research).expect("an Onderzoek section");
    assert_eq!(research.slug, "onderzoek");
    assert!(matches!(research.body.last(), Some(Block::Source(s)) if s.starts_with("Bron:")));
    assert!(research.body.iter().any(|b| matches!(b, Block::List(items) if items.len() == 3)));
    let conclusion = tip.sections.iter().find(|s| s.role == SectionRole::Conclusion).expect("a Conclusie section");
    assert_eq!(
        block_texts(&conclusion.body),
        ["Bestuurders moeten eigenaar zijn van digitalisering. En moeten dus aan de slag."]
    );
}

#[test]
fn carolien_nicolai_is_quoted_twice_in_tip_17_for_zeewolde() {
    let corpus = seeds();
    let quotes: Vec<_> = corpus.quotes_by("carolien-nicolai").collect();
    assert_eq!(quotes.len(), 2);
    for (doc, example) in quotes {
        assert_eq!(doc.slug, "tip-17");
        let a = example.attribution.as_ref().expect("attributed");
        assert_eq!(a.org_type, OrgType::Gemeente);
        assert!(a.organisation.as_deref().is_some_and(|o| o.contains("Zeewolde")), "{a:?}");
        assert_eq!(a.role.as_deref(), Some("Beleidsmedewerker Digitale dienstverlening"));
    }
}

#[test]
fn organisation_types_come_from_the_role_line_or_the_people_sidecar() {
    let corpus = seeds();
    let org_type = |person: &str| {
        let (_, example) = corpus.quotes_by(person).next().unwrap_or_else(|| panic!("{person} is quoted"));
        example.attribution.as_ref().map(|a| a.org_type)
    };
    assert_eq!(org_type("robert-hauwert"), Some(OrgType::Waterschap));
    assert_eq!(org_type("isabella-steinprinz"), Some(OrgType::Provincie));
    assert_eq!(org_type("suzan-van-den-hoogen"), Some(OrgType::Gemeente));
    assert_eq!(org_type("bernard-minderhoud"), Some(OrgType::Gemeente));
    assert_eq!(org_type("marcel-van-de-lustgraaf"), Some(OrgType::Bedrijf));
}

#[test]
fn photo_captions_and_person_links_are_not_shown() {
    let corpus = seeds();
    for doc in corpus.documents.iter() {
        for example in doc.examples.iter() {
            assert!(!example.heading.contains("Meer tips van"));
            assert!(block_texts(&example.body).iter().all(|t| !t.contains("Meer tips van")), "{}", example.heading);
        }
        assert!(!flattened(doc).contains("Michel Rave"), "the other spelling is not shown");
        assert!(!flattened(doc).contains("Annemarie Evers "), "the caption variant is dropped");
    }
    let names: Vec<&str> = corpus.people.iter().map(|p| &*p.name).collect();
    assert!(names.contains(&"Michael Rave") && !names.contains(&"Michel Rave"));
    assert!(names.windows(2).all(|w| w[0] < w[1]), "people sorted by name, no duplicates: {names:?}");
}

#[test]
fn a_name_spelled_two_ways_is_shown_as_the_text_mostly_spells_it_and_keeps_the_other() {
    // Tip 17 prints "Michel Rave", the caption "Michael Rave" and "Meer tips van Michael".
    let corpus = seeds();
    let quotes: Vec<_> = corpus.quotes_by("michael-rave").collect();
    assert_eq!(quotes.len(), 1);
    let (doc, example) = quotes[0];
    assert_eq!((&*doc.slug, &*example.heading), ("tip-17", "Creëer draagvlak door delen rapporten Massaal Digitaal"));
    let a = example.attribution.as_ref().expect("attributed");
    assert_eq!((&*a.name, &*a.person), ("Michael Rave", "michael-rave"));
    assert_eq!(a.organisation.as_deref(), Some("Gemeente Montferland"));
    let variants: Vec<_> = corpus.variants.iter().map(|v| (&*v.person, &*v.name, &*v.slug)).collect();
    assert_eq!(variants, [("michael-rave", "Michel Rave", "michel-rave")]);
    // Search finds the tip by it.
    assert_eq!(doc.name_variants.iter().map(|v| &**v).collect::<Vec<_>>(), ["Michel Rave"]);
    assert!(corpus.documents.iter().filter(|d| d.slug != "tip-17").all(|d| d.name_variants.is_empty()));
    // The old link, made with the other spelling, opens the same person.
    let person = corpus.person("michel-rave").expect("the old slug still finds the person");
    assert_eq!((&*person.slug, &*person.name), ("michael-rave", "Michael Rave"));
    assert_eq!(corpus.person("michael-rave"), Some(person));
    assert_eq!(corpus.quotes_by("michel-rave").count(), 0, "quotes are filed under the shown spelling only");
}

#[test]
fn an_interview_example_is_attributed_by_its_sidecar_and_keeps_its_last_paragraph() {
    let corpus = seeds();
    let tip = document(&corpus, "tip-76");
    let example = tip.examples.iter().find(|e| e.heading == "Informatieveiligheid begint bij jezelf").expect("example");
    // The text names him in a paragraph, not in a caption: the tip's sidecar says who he is.
    let who =
        example.attribution.as_ref().map(|a| (&*a.person, a.role.as_deref(), a.organisation.as_deref(), a.org_type));
    assert_eq!(who, Some(("ruud-de-vries", Some("oud-wethouder"), Some("gemeente Vlaardingen"), OrgType::Gemeente)));
    assert_eq!(block_texts(&example.body).last(), Some(&"Lees het hele interview met Ruud de Vries op iBestuur.nl."));
}

#[test]
fn everyone_an_article_quotes_in_its_text_is_a_person_with_a_page() {
    let corpus = seeds();
    let article = document(&corpus, "wat-vraagt-selfservice");
    let quoted: Vec<&str> = article.attributions().map(|a| &*a.name).collect();
    for name in [
        "Sanne Schwarte",
        "Inge Sauvé",
        "Evelien van Rijswijk",
        "Marjon van der Maat",
        "Rutger den Toom",
        "Claudia Vermeulen",
        "Henk van den Boom",
        "Patrick Nelen",
    ] {
        assert!(quoted.contains(&name), "{name} is quoted in the article");
        assert!(corpus.people.iter().any(|p| p.name == name), "{name} has a person page");
    }
    // Quoted in two sections, listed in both.
    assert_eq!(corpus.sections_quoting("inge-sauve").count(), 2);
    assert!(corpus.people.iter().any(|p| p.name == "Jan Fraanje"));
}

#[test]
fn a_source_cut_off_mid_sentence_says_so_and_a_partner_page_keeps_its_provenance() {
    let corpus = seeds();
    let dna = document(&corpus, "het-dna-van-dienstverlening");
    assert!(dna.cut_off, "the scrape stops at “…zijn de handen steeds vaster in”");
    assert!(flattened(dna).ends_with("zijn de handen steeds vaster in"));
    assert!(corpus.documents.iter().filter(|d| d.slug != dna.slug).all(|d| !d.cut_off));
    let selfservice = document(&corpus, "wat-vraagt-selfservice");
    assert_eq!(selfservice.byline.as_deref(), Some("Partnerpagina PinkRoccade Local Government"));
}

#[test]
fn the_pdf_article_is_repaired_and_has_its_three_sections() {
    let corpus = seeds();
    let doc = document(&corpus, "het-dna-van-dienstverlening");
    assert_eq!(doc.kind, Kind::Artikel);
    assert_eq!(doc.title, "Het DNA van dienstverlening: breng de basis in beweging!");
    assert_eq!(doc.author.as_deref(), Some("Philip Bosman"));
    assert!(doc
        .byline
        .as_deref()
        .is_some_and(|b| b.starts_with("Tekst: Philip Bosman") && b.ends_with("Huis van Verbeelding")));
    assert!(doc.intro[0].starts_with("Op 7 februari") && doc.intro[0].ends_with("gedrag."));
    let headings: Vec<&str> = doc.sections.iter().map(|s| &*s.heading).collect();
    assert_eq!(headings, ["De mogelijkmakers", "Dienstverlening is van ons allemaal", "De handen ineen"]);
    let text = flattened(doc);
    assert!(text.contains("Wat betreft dienstverlening") && !text.contains("W at betreft"));
    assert!(text.ends_with("zijn de handen steeds vaster in"), "the glued page number is gone");
    assert_eq!((doc.date, doc.publication.as_deref()), (None, None), "the scrape does not say");
}

#[test]
fn the_blog_has_its_author_date_and_lists() {
    let corpus = seeds();
    let doc = document(&corpus, "inwoner-verwacht-maatwerk");
    assert_eq!(doc.kind, Kind::Blog);
    assert_eq!(doc.title, "Inwoner verwacht maatwerk bij de digitale gemeente");
    assert_eq!(doc.author.as_deref(), Some("Rob Boeyink"));
    assert_eq!(doc.date, Some(Date { year: 2019, month: 11, day: 25 }));
    let lists: Vec<usize> = doc
        .sections
        .iter()
        .flat_map(|s| s.body.iter())
        .filter_map(|b| match b {
            Block::List(items) => Some(items.len()),
            _ => None,
        })
        .collect();
    assert_eq!(lists, [5, 5]);
    let heading = &doc.sections.last().expect("sections").heading;
    assert_eq!(heading, "Waar te beginnen? ‘Think Big, Act Small!’");
}

#[test]
fn the_ibestuur_article_has_its_date_and_a_three_item_conclusion() {
    let corpus = seeds();
    let doc = document(&corpus, "wat-vraagt-selfservice");
    assert_eq!(doc.date, Some(Date { year: 2017, month: 11, day: 21 }));
    assert_eq!(doc.publication.as_deref(), Some("iBestuur"));
    let headings: Vec<&str> = doc.sections.iter().map(|s| &*s.heading).collect();
    assert_eq!(
        headings,
        ["Management en directie - #GPSC17", "Digital first", "‘Je nek durven uitsteken’", "Conclusie"]
    );
    let conclusion = doc.sections.last().expect("sections");
    assert_eq!(conclusion.role, SectionRole::Conclusion);
    assert!(matches!(&conclusion.body[..], [Block::List(items)] if items.len() == 3));
}

#[test]
fn documents_are_ordered_tips_first_then_by_date() {
    let corpus = seeds();
    let slugs: Vec<&str> = corpus.documents.iter().map(|d| &*d.slug).collect();
    assert_eq!(
        slugs,
        ["tip-17", "tip-76", "wat-vraagt-selfservice", "inwoner-verwacht-maatwerk", "het-dna-van-dienstverlening"]
    );
}

#[test]
fn the_baked_corpus_is_exactly_what_the_parser_reads() {
    assert_eq!(*digiwijzer::embedded::corpus(), seeds());
}
