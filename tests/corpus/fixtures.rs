//! Fixture corpora: a sixth document of each kind needs no code change, and malformed
//! input fails with file, line and what was expected.

use super::{block_texts, fixture_dir};
use digiwijzer::corpus::parse::{load_dir, load_synonyms, parse_document, read_people, People, SourceFile};
use digiwijzer::corpus::{Block, Date, Kind, OrgType, SectionRole};

#[test]
fn a_new_tip_page_and_article_need_no_code_changes() {
    let corpus = load_dir(&fixture_dir("sixth"))
        .unwrap_or_else(|e| panic!("{}", e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")));
    let slugs: Vec<&str> = corpus.documents.iter().map(|d| &*d.slug).collect();
    assert_eq!(slugs, ["tip-99", "digitaal-loket"]);

    let tip = &corpus.documents[0];
    assert!(tip.toptip);
    assert_eq!(tip.themes.iter().map(|t| &**t).collect::<Vec<_>>(), ["klantgerichtheid", "taal"]);
    assert_eq!(tip.examples.len(), 2);
    let fatima = tip.examples[0].attribution.as_ref().expect("linked attribution");
    assert_eq!(
        (&*fatima.name, fatima.organisation.as_deref(), fatima.org_type),
        ("Fatima el Amrani", Some("gemeente Voorbeeldstad"), OrgType::Gemeente)
    );
    let second = &tip.examples[1];
    assert_eq!(second.slug, "test-met-inwoners");
    assert!(matches!(&second.body[..], [Block::List(items), Block::Paragraph(_)] if items.len() == 2));
    let joost = second.attribution.as_ref().expect("attribution without a person link");
    assert_eq!(
        (joost.role.as_deref(), joost.organisation.as_deref(), joost.org_type),
        (Some("Directeur"), Some("Stichting Klare Taal"), OrgType::Anders)
    );
    assert_eq!(
        tip.sections.iter().map(|s| s.role).collect::<Vec<_>>(),
        [SectionRole::WhyItWorks, SectionRole::Conclusion]
    );
    let people: Vec<&str> = corpus.people.iter().map(|p| &*p.slug).collect();
    assert_eq!(people, ["fatima-el-amrani", "joost-de-wit"]);

    let article = &corpus.documents[1];
    assert_eq!((article.kind, &*article.title), (Kind::Artikel, "Gemeente opent digitaal loket"));
    assert_eq!(article.date, Some(Date { year: 2020, month: 1, day: 3 }));
    assert_eq!(article.publication.as_deref(), Some("Gemeenteblad"));
    assert_eq!(article.intro.len(), 2);
    assert!(article.intro[1].contains("Inspiratie was de gemeente Deelstad"));
    let headings: Vec<&str> = article.sections.iter().map(|s| &*s.heading).collect();
    assert_eq!(headings, ["Wat er beter kan", "Lessen"]);
    assert!(
        matches!(&article.sections[1].body[..], [Block::List(_), Block::Source(s)] if s == "Bron: jaarverslag 2019.")
    );
    let all: Vec<&str> = article.sections.iter().flat_map(|s| block_texts(&s.body)).collect();
    assert!(all.iter().all(|t| !t.contains("nieuwsberichten") && !t.contains("e-mailadres")));
}

#[test]
fn one_document_parses_from_a_string() {
    let text = "Tip 1\n\nEen titel\n\nthema\n\nDe intro.\n\nVoorbeelden\n\nEen kop\n\nDe tekst.\n";
    let doc = parse_document(SourceFile { path: "mem/tip.txt", text }, None, &People::default()).expect("parses");
    assert_eq!((&*doc.slug, doc.examples.len(), doc.examples[0].attribution.is_none()), ("tip-1", 1, true));
    let sidecar = SourceFile { path: "mem/a.toml", text: "kind = \"blog\"\nslug = \"a\"\n" };
    let blog = parse_document(
        SourceFile { path: "mem/a.txt", text: "Blog Jan Jansen: Titel\n\nTekst.\n" },
        Some(sidecar),
        &People::default(),
    )
    .expect("parses");
    assert_eq!((&*blog.title, blog.author.as_deref()), ("Titel", Some("Jan Jansen")));
}

/// Loads a malformed fixture and returns its first error, as the build would print it.
fn first_error(fixture: &str) -> String {
    let errors = load_dir(&fixture_dir(fixture)).expect_err("the fixture is malformed");
    let shown = errors[0].to_string();
    shown.split_once(&format!("{fixture}/")).map(|(_, rest)| rest.to_string()).unwrap_or(shown)
}

#[test]
fn a_tip_page_without_a_title() {
    let error = first_error("no_title");
    assert!(error.starts_with("050_tip.txt:3: expected the tip's title"), "{error}");
    assert!(error.contains("found `commitment`"), "{error}");
}

#[test]
fn an_attribution_under_an_example_without_heading() {
    let error = first_error("attribution_without_heading");
    assert!(error.starts_with("051_tip.txt:11: expected an example heading"), "{error}");
    let error = first_error("attribution_first");
    assert!(
        error.starts_with(
            "052_tip.txt:11: expected an example heading and its text before the attribution of `Jan Jansen`"
        ),
        "{error}"
    );
}

#[test]
fn an_article_without_a_sidecar() {
    let error = first_error("article_without_sidecar");
    assert!(error.starts_with("053_artikel.txt:1: expected `Tip <number>`"), "{error}");
    assert!(error.contains("needs a sidecar") && error.contains("053_artikel.toml"), "{error}");
}

#[test]
fn sidecars_with_unknown_keys_bad_kinds_or_bad_dates() {
    let error = first_error("sidecar_unknown_key");
    assert!(error.starts_with("054_artikel.toml:3: unknown field `auteur`"), "{error}");
    let error = first_error("sidecar_bad_kind");
    assert!(
        error.starts_with("055_artikel.toml:2: expected kind `artikel`, `blog` or `tip`, found `column`"),
        "{error}"
    );
    let error = first_error("sidecar_bad_date");
    assert!(error.starts_with("056_artikel.toml:3: expected a date"), "{error}");
}

#[test]
fn a_declared_excerpt_missing_from_the_text() {
    let error = first_error("stale_excerpt");
    assert!(
        error.starts_with("057_artikel.toml:3: `drop` excerpt `Deze regel staat niet in de tekst` is not in"),
        "{error}"
    );
}

#[test]
fn two_documents_with_one_slug() {
    let error = first_error("duplicate_slug");
    assert!(error.starts_with("058_b.txt:2: slug `tip-58` is already used by"), "{error}");
    assert!(error.contains("058_a.txt:1"), "{error}");
}

#[test]
fn a_tip_page_sidecar_may_only_drop_and_repair() {
    let text = "Tip 2\n\nEen titel\n\nthema\n\nDe intro is kapot ge schreven.\n\nAdvertentie\n";
    let sidecar = "kind = \"tip\"\ndrop = [\"Advertentie\"]\n[repair]\n\"kapot ge schreven\" = \"kapotgeschreven\"\n";
    let parse = |sidecar: &str| {
        parse_document(
            SourceFile { path: "t.txt", text },
            Some(SourceFile { path: "t.toml", text: sidecar }),
            &People::default(),
        )
    };
    let doc = parse(sidecar).expect("parses");
    assert_eq!(doc.intro.iter().map(|t| &**t).collect::<Vec<_>>(), ["De intro is kapotgeschreven."]);
    let errors = parse("kind = \"tip\"\nslug = \"mijn-tip\"\n").expect_err("a tip's slug comes from its number");
    assert_eq!(errors[0].to_string(), "t.toml:2: `slug` does not apply to a tip page: a tip takes it from its text");
}

#[test]
fn a_person_quoted_in_running_text_is_declared_in_the_sidecar_and_checked_against_it() {
    let text = "Tip 3\n\nEen titel\n\nthema\n\nDe intro.\n\nVoorbeelden\n\nEen kop\n\nAldus Ria Smit, adviseur bij de gemeente Oost.\n";
    let parse = |sidecar: &str| {
        parse_document(
            SourceFile { path: "t.txt", text },
            Some(SourceFile { path: "t.toml", text: sidecar }),
            &People::default(),
        )
    };
    let declared = |name: &str, organisation: &str, at: &str| {
        format!("kind = \"tip\"\n[[spreker]]\nnaam = \"{name}\"\nrol = \"adviseur\"\norganisatie = \"{organisation}\"\nsoort = \"gemeente\"\nwaar = [\"{at}\"]\n")
    };
    let doc = parse(&declared("Ria Smit", "gemeente Oost", "een-kop")).expect("parses");
    let who = doc.examples[0].attribution.as_ref().map(|a| (&*a.person, a.organisation.as_deref(), a.org_type));
    assert_eq!(who, Some(("ria-smit", Some("gemeente Oost"), OrgType::Gemeente)));
    // A name, organisation or place the text does not give stops the build at its line.
    let wrong_name = parse(&declared("Ria Smid", "gemeente Oost", "een-kop")).expect_err("not in the text");
    assert_eq!(wrong_name[0].to_string(), "t.toml:3: `Ria Smid` is not named in example `een-kop`");
    let wrong_org = parse(&declared("Ria Smit", "gemeente West", "een-kop")).expect_err("not in the text");
    assert_eq!(
        wrong_org[0].to_string(),
        "t.toml:3: `organisatie` `gemeente West` of `Ria Smit` is not in the document's text: copy it exactly"
    );
    let wrong_place = parse(&declared("Ria Smit", "gemeente Oost", "elders")).expect_err("no such anchor");
    assert_eq!(
        wrong_place[0].to_string(),
        "t.toml:3: no example or section `elders` in this document (it has: een-kop)"
    );
}

#[test]
fn a_text_declared_cut_off_must_end_halfway_through_a_sentence() {
    let sidecar = |text: &'static str| SourceFile { path: "a.toml", text };
    let article = |text: &'static str, cut: &'static str| {
        parse_document(SourceFile { path: "a.txt", text }, Some(sidecar(cut)), &People::default())
    };
    let cut = "kind = \"artikel\"\nslug = \"a\"\nheadings = [\"Kop\"]\nafgebroken = true\n";
    let doc = article("Een titel\n\nDe intro.\n\nKop\n\nDe tekst gaat een hele tijd door, over van alles en nog wat, over gemeenten en hun inwoners en over digitale diensten, en houdt dan opeens op in\n", cut).expect("parses");
    assert!(doc.cut_off);
    let errors = article("Een titel\n\nDe intro.\n\nKop\n\nDe tekst is af.\n", cut).expect_err("ends with a sentence");
    assert!(errors[0].to_string().starts_with("a.toml:4: `afgebroken` says the text stops halfway"), "{}", errors[0]);
}

#[test]
fn a_name_in_a_variant_spelling_is_shown_as_its_entry_spells_it() {
    let text = "Tip 4\n\nEen titel\n\nthema\n\nDe intro.\n\nVoorbeelden\n\nEen kop\n\nDe tekst.\n\nJan Jansen\n\nJan Janssen\n\nAdviseur, gemeente Utrecht Meer tips van Jan\n\nTwee kop\n\nAldus Ria Smid, adviseur bij de gemeente Oost.\n";
    let people = read_people(
        "p.toml",
        "[\"Jan Janssen\"]\nvariants = [\"Jan Jansen\"]\n[\"Ria Smit\"]\nvariants = [\"Ria Smid\"]\n",
    )
    .expect("valid");
    let sidecar = "kind = \"tip\"\n[[spreker]]\nnaam = \"Ria Smid\"\nsoort = \"gemeente\"\nwaar = [\"twee-kop\"]\n";
    let doc =
        parse_document(SourceFile { path: "t.txt", text }, Some(SourceFile { path: "t.toml", text: sidecar }), &people)
            .expect("parses");
    let who: Vec<_> =
        doc.examples.iter().filter_map(|e| e.attribution.as_ref()).map(|a| (&*a.person, &*a.name)).collect();
    // A caption and a speaker in running text alike.
    assert_eq!(who, [("jan-janssen", "Jan Janssen"), ("ria-smit", "Ria Smit")]);
    assert_eq!(people.variants("Ria Smit").collect::<Vec<_>>(), ["Ria Smid"]);
}

#[test]
fn a_spelling_variant_no_document_prints_fails_the_build() {
    let errors: Vec<String> = load_dir(&fixture_dir("variant_not_printed"))
        .expect_err("the fixture declares spellings the text does not give")
        .iter()
        .map(|e| e.to_string().split_once("variant_not_printed/").map_or(e.to_string(), |(_, rest)| rest.to_string()))
        .collect();
    assert_eq!(
        errors,
        [
            "people.toml:4: variant `Jan Jansen` of `Jan Janssen` is printed in no document that quotes them: copy it exactly from the text, or remove it",
            "people.toml:6: `Piet Baker` has `variants`, but no document that quotes them prints this spelling: copy the name exactly from the text",
            "people.toml:9: `Kees Kok` is quoted in no document (check the spelling)",
            "people.toml:10: variant `K. Kok` of `Kees Kok` is printed in no document that quotes them: copy it exactly from the text, or remove it",
        ]
    );
}

#[test]
fn the_synonym_list_is_read_and_a_malformed_one_names_its_file_and_line() {
    let groups = load_synonyms(&super::corpus_dir()).expect("the real synonym list is valid");
    assert!(groups.iter().any(|g| g.iter().any(|w| w == "wethouder")), "{groups:?}");
    assert!(load_synonyms(&fixture_dir("sixth")).expect("no list, no synonyms").is_empty());
    let errors = load_synonyms(&fixture_dir("synonyms_bad")).expect_err("a phrase is not one word");
    let shown = errors[0].to_string();
    assert!(shown.ends_with("synonyms_bad/synoniemen.toml:3: expected one word of letters or digits in `woorden`, found `dagelijks bestuur`"), "{shown}");
}
