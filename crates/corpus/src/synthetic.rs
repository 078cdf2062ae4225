//! A reproducible stand-in corpus of any size, for scale tests and the search benchmark.
//!
//! The real corpus has five documents; search must stay fast at 10,000 tips. This builds
//! tips that look like the real ones to the index (Dutch words with diacritics and
//! typographic apostrophes, compounds, a few hundred quoted people across organisation
//! types, themes, toptips, examples and a "Waarom werkt dit?" section), from a seed,
//! with a tiny built-in PRNG so the same seed always gives the same corpus.

use std::borrow::Cow;

use crate::model::{Attribution, Block, Corpus, Document, Example, Kind, OrgType, Person, Section, SectionRole, Text};
use crate::text::slugify;

/// SplitMix64: tiny, fast, and good enough to spread words around.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// Favours the start of the list, so some words are common and most are rare, as in real text.
    fn pick_skewed<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        items[((u * u * items.len() as f64) as usize).min(items.len() - 1)]
    }
}

const WORDS: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "van",
    "voor",
    "met",
    "dat",
    "is",
    "op",
    "je",
    "we",
    "niet",
    "ook",
    "bij",
    "om",
    "aan",
    "als",
    "in",
    "zijn",
    "wordt",
    "door",
    "naar",
    "maar",
    "meer",
    "dan",
    "die",
    "onze",
    "hun",
    "gemeente",
    "dienstverlening",
    "inwoners",
    "burgers",
    "organisatie",
    "digitale",
    "bestuur",
    "bestuurder",
    "medewerkers",
    "samen",
    "kanaal",
    "website",
    "klant",
    "proces",
    "resultaten",
    "draagvlak",
    "creëren",
    "één",
    "coördinatie",
    "ideeën",
    "financiële",
    "efficiënt",
    "categorieën",
    "privé",
    "geïnteresseerd",
    "reïntegratie",
    "thema’s",
    "z’n",
    "zo’n",
    "café",
    "überhaupt",
    "communicatie",
    "informatie",
    "veiligheid",
    "toegankelijk",
    "eenvoudig",
    "begrijpelijk",
    "snel",
    "betrouwbaar",
    "leidend",
    "verantwoordelijk",
    "eigenaarschap",
    "mandaat",
    "aandacht",
    "ruimte",
    "vertrouwen",
    "ervaring",
    "kennis",
    "vaardigheden",
    "cultuur",
    "verandering",
    "strategie",
    "visie",
    "doelen",
    "aanpak",
    "budget",
    "planning",
    "overzicht",
    "afspraken",
    "gegevens",
    "privacy",
    "formulier",
    "aanvraag",
    "vergunning",
    "paspoort",
    "rijbewijs",
    "verhuizing",
    "belastingen",
    "toeslag",
    "uitkering",
    "wachttijd",
    "balie",
    "telefoon",
    "chat",
    "e-mail",
    "app",
    "portaal",
    "loket",
    "zaak",
    "dossier",
    "status",
    "melding",
    "klacht",
    "feedback",
    "onderzoek",
    "metingen",
    "cijfers",
    "tevredenheid",
    "gebruikers",
    "testen",
    "verbeteren",
    "ontwikkelen",
    "invoeren",
    "organiseren",
    "betrekken",
    "overtuigen",
    "delen",
    "leren",
    "meten",
    "sturen",
    "regelen",
    "ondersteunen",
    "bereiken",
    "begrijpen",
    "uitleggen",
    "verwijzen",
    "bundelen",
    "bestuurlijke",
    "ambtelijke",
    "gemeentelijke",
    "landelijke",
    "regionale",
    "interne",
    "externe",
    "nieuwe",
    "goede",
    "duidelijke",
    "concrete",
    "belangrijke",
    "kleine",
    "grote",
    "eerste",
    "volgende",
    "hele",
    "wethouder",
    "burgemeester",
    "gemeentesecretaris",
    "directie",
    "management",
    "team",
    "afdeling",
    "collega’s",
    "partners",
    "ketenpartners",
    "leveranciers",
    "ministerie",
    "provincie",
    "waterschap",
    "regio",
    "wijk",
    "dorp",
    "stad",
    "land",
    "europa",
    "wet",
    "regelgeving",
    "standaard",
    "architectuur",
    "systemen",
    "software",
    "applicaties",
    "koppelingen",
    "basisregistraties",
    "identificatie",
    "digid",
    "eherkenning",
    "mijnoverheid",
    "berichtenbox",
    "toptaken",
    "zoekmachine",
    "vindbaarheid",
    "taalniveau",
    "b1",
    "laaggeletterdheid",
    "ouderen",
    "jongeren",
    "ondernemers",
    "bedrijven",
    "verenigingen",
    "vrijwilligers",
    "mantelzorgers",
    "zorg",
    "jeugd",
    "werk",
    "inkomen",
    "wonen",
    "omgevingswet",
    "participatie",
    "sociale",
    "domein",
    "transformatie",
    "innovatie",
    "experiment",
    "pilot",
    "project",
    "programma",
    "traject",
    "fase",
    "stap",
    "succes",
    "tegenslag",
    "risico",
    "kans",
    "belang",
    "waarde",
    "kosten",
    "baten",
    "tijd",
    "jaren",
    "maanden",
];

const COMPOUND_HEADS: &[&str] = &[
    "klant",
    "burger",
    "dienst",
    "zaak",
    "data",
    "proces",
    "kanaal",
    "web",
    "informatie",
    "keten",
    "bestuurs",
    "gemeente",
    "team",
    "project",
    "service",
    "zelf",
    "digitaal",
    "formulier",
    "beleids",
    "ontwikkel",
];

const COMPOUND_TAILS: &[&str] = &[
    "beleid",
    "portaal",
    "team",
    "strategie",
    "aanpak",
    "reis",
    "contact",
    "sturing",
    "gericht",
    "verlening",
    "manager",
    "adviseur",
    "overleg",
    "plan",
    "analyse",
    "dekking",
    "niveau",
    "systeem",
    "model",
    "kracht",
];

const THEMES: &[&str] = &[
    "commitment",
    "klantgericht werken",
    "samenwerking",
    "kanaalsturing",
    "informatieveiligheid",
    "communicatie",
    "organisatie",
    "innovatie",
    "meten en verbeteren",
    "toegankelijkheid",
];

const TITLE_OPENERS: &[&str] =
    &["Zorg dat", "Maak", "Begin met", "Betrek", "Meet", "Investeer in", "Organiseer", "Deel", "Vereenvoudig", "Test"];

const FIRST_NAMES: &[&str] = &[
    "Anna", "Bram", "Carolien", "Daan", "Eva", "Femke", "Gijs", "Hanneke", "Ilse", "Joost", "Karin", "Lars", "Marieke",
    "Niels", "Olga", "Pieter", "Quirine", "Ruud", "Sanne", "Thijs", "Ursula", "Vincent", "Wendy", "Xander", "Yvonne",
    "Zoë", "Chloë", "Noëlle", "Jeroen", "Esther", "Michiel", "Ingrid", "Rob", "Linda", "Arjen", "Monique", "Bas",
    "Ellen", "Hugo", "Petra",
];

const SURNAMES: &[&str] = &[
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "de Bruijn",
    "de Jong",
    "Schouten",
    "van Beek",
    "Willems",
    "van Dijk",
    "Hoekstra",
    "Maas",
    "Verhoeven",
    "Koster",
    "Prins",
    "Blom",
    "Huisman",
    "Peeters",
    "Kuijpers",
    "Postma",
    "Evers",
    "Nicolaï",
    "Müller",
    "Çelik",
];

const PLACES: &[&str] = &[
    "Zeewolde",
    "Almelo",
    "Weert",
    "Helmond",
    "Tilburg",
    "Ede",
    "Goes",
    "Deurne",
    "Heusden",
    "Velsen",
    "Montferland",
    "Boxtel",
    "Utrecht",
    "Den Haag",
    "Zwolle",
    "Leeuwarden",
    "Súdwest-Fryslân",
    "Hoogeveen",
    "Roermond",
    "Middelburg",
    "Oss",
    "Venlo",
    "Assen",
    "Emmen",
    "Delft",
];

const ROLES: &[&str] = &[
    "Beleidsmedewerker dienstverlening",
    "Projectleider",
    "Programmamanager",
    "Wethouder",
    "Teamleider KCC",
    "Afdelingshoofd publiekszaken",
    "Informatiemanager",
    "Adviseur digitale overheid",
    "CIO",
    "Webredacteur",
];

/// Everything about a generated person that an attribution repeats.
struct GeneratedPerson {
    slug: String,
    name: String,
    role: &'static str,
    organisation: String,
    org_type: OrgType,
}

fn org_for(rng: &mut Rng) -> (String, OrgType) {
    let place = rng.pick(PLACES);
    match rng.below(100) {
        0..=59 => (format!("Gemeente {place}"), OrgType::Gemeente),
        60..=69 => (format!("Provincie {place}"), OrgType::Provincie),
        70..=77 => (format!("Waterschap {place}"), OrgType::Waterschap),
        78..=87 => (format!("Ministerie van {}", rng.pick(&["BZK", "EZK", "Financiën", "SZW"])), OrgType::Rijk),
        88..=97 => (format!("{} Digitaal B.V.", rng.pick(COMPOUND_HEADS)), OrgType::Bedrijf),
        _ => (format!("Stichting {place}"), OrgType::Anders),
    }
}

fn make_people(rng: &mut Rng, count: usize) -> Vec<GeneratedPerson> {
    let combinations = FIRST_NAMES.len() * SURNAMES.len();
    // Stepping by a number coprime to the number of combinations visits each name once.
    (0..count.min(combinations))
        .map(|i| {
            let k = i * 7919 % combinations;
            let name = format!("{} {}", FIRST_NAMES[k % FIRST_NAMES.len()], SURNAMES[k / FIRST_NAMES.len()]);
            let (organisation, org_type) = org_for(rng);
            GeneratedPerson { slug: slugify(&name), name, role: rng.pick(ROLES), organisation, org_type }
        })
        .collect()
}

fn word(rng: &mut Rng) -> String {
    if rng.chance(15) {
        format!("{}{}", rng.pick(COMPOUND_HEADS), rng.pick(COMPOUND_TAILS))
    } else {
        rng.pick_skewed(WORDS).to_owned()
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn words(rng: &mut Rng, count: usize) -> String {
    let mut out = String::new();
    for i in 0..count {
        if i > 0 {
            out.push_str(if rng.chance(8) { ", " } else { " " });
        }
        let w = word(rng);
        if rng.chance(3) {
            out.push_str(&format!("‘{w}’"));
        } else {
            out.push_str(&w);
        }
    }
    out
}

fn sentence(rng: &mut Rng) -> String {
    let n = rng.range(7, 16);
    format!("{}.", capitalised(&words(rng, n)))
}

fn paragraph(rng: &mut Rng, sentences: usize) -> Text {
    let text: Vec<String> = (0..sentences).map(|_| sentence(rng)).collect();
    Cow::Owned(text.join(" "))
}

/// A slug unique within its document: repeats get `-2`, `-3`, as in the real corpus.
fn unique_slug(taken: &mut Vec<String>, heading: &str) -> String {
    let base = slugify(heading);
    let mut slug = base.clone();
    let mut n = 1;
    while taken.contains(&slug) {
        n += 1;
        slug = format!("{base}-{n}");
    }
    taken.push(slug.clone());
    slug
}

fn tip(rng: &mut Rng, number: u32, people: &[GeneratedPerson], quoted: &mut [bool]) -> Document {
    let title_words = rng.range(3, 6);
    let title = format!("{} {}", rng.pick(TITLE_OPENERS), words(rng, title_words).replace(['‘', '’'], ""));
    let mut themes = vec![Cow::Borrowed(rng.pick(THEMES))];
    if rng.chance(30) {
        let second = rng.pick(THEMES);
        if themes[0] != second {
            themes.push(Cow::Borrowed(second));
        }
    }
    let mut taken = vec!["waarom-werkt-dit".to_owned()];
    let examples = (0..rng.range(2, 4))
        .map(|_| {
            let heading_words = rng.range(3, 6);
            let heading = capitalised(&words(rng, heading_words).replace(['‘', '’'], ""));
            let paragraphs = rng.range(1, 2);
            let body = (0..paragraphs)
                .map(|_| {
                    let sentences = rng.range(2, 4);
                    Block::Paragraph(paragraph(rng, sentences))
                })
                .collect::<Vec<_>>();
            let attribution = rng.chance(90).then(|| {
                let i = rng.below(people.len());
                quoted[i] = true;
                let p = &people[i];
                Attribution {
                    person: Cow::Owned(p.slug.clone()),
                    name: Cow::Owned(p.name.clone()),
                    role: Some(Cow::Borrowed(p.role)),
                    organisation: Some(Cow::Owned(p.organisation.clone())),
                    org_type: p.org_type,
                }
            });
            Example {
                slug: Cow::Owned(unique_slug(&mut taken, &heading)),
                heading: Cow::Owned(heading),
                body: Cow::Owned(body),
                attribution,
            }
        })
        .collect::<Vec<_>>();
    let why = paragraph(rng, 3);
    Document {
        slug: Cow::Owned(format!("tip-{number}")),
        source: Cow::Borrowed("synthetic"),
        kind: Kind::Tip,
        number: Some(number),
        title: Cow::Owned(title),
        toptip: rng.chance(10),
        themes: Cow::Owned(themes),
        author: None,
        byline: None,
        publication: None,
        date: None,
        intro: Cow::Owned(vec![paragraph(rng, 2), paragraph(rng, 2)]),
        examples: Cow::Owned(examples),
        sections: Cow::Owned(vec![Section {
            speakers: Cow::Borrowed(&[]),
            slug: Cow::Borrowed("waarom-werkt-dit"),
            heading: Cow::Borrowed("Waarom werkt dit?"),
            role: SectionRole::WhyItWorks,
            body: Cow::Owned(vec![Block::Paragraph(why)]),
        }]),
        cut_off: false,
        name_variants: Cow::Borrowed(&[]),
    }
}

/// `n_tips` tips numbered 1..=n (in that order) and the people they quote, from `seed`.
/// The same arguments always give the same corpus.
pub fn generate(n_tips: usize, seed: u64) -> Corpus {
    let mut rng = Rng(seed);
    let generated = make_people(&mut rng, (n_tips * 3 / 10).clamp(20, 400));
    let mut quoted = vec![false; generated.len()];
    let documents: Vec<Document> = (1..=n_tips as u32).map(|n| tip(&mut rng, n, &generated, &mut quoted)).collect();
    // Like the real corpus: only people who are quoted, sorted by name.
    let mut people: Vec<Person> = generated
        .into_iter()
        .zip(quoted)
        .filter(|(_, q)| *q)
        .map(|(p, _)| Person { slug: Cow::Owned(p.slug), name: Cow::Owned(p.name) })
        .collect();
    people.sort_by(|a, b| a.name.cmp(&b.name));
    Corpus { documents: Cow::Owned(documents), people: Cow::Owned(people), variants: Cow::Borrowed(&[]) }
}
