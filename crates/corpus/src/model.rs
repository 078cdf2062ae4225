//! The typed corpus: what a tip page, article or blog *is* once the scraping noise is gone.
//!
//! Every string is a `Cow<'static, str>` so one set of types serves both sides of the
//! build: the parser fills them with owned text, and the build script bakes them into
//! `static` data that the wasm reads with no start-up parsing at all.

use std::borrow::Cow;

/// Text that is either baked into the binary or owned (parser output, synthetic corpora).
pub type Text = Cow<'static, str>;
/// A list that is either baked into the binary or owned.
pub type List<T> = Cow<'static, [T]>;

/// What kind of source a document is; a search facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Tip,
    Artikel,
    Blog,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Tip, Kind::Artikel, Kind::Blog];

    /// The id used in URLs and sidecar files.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Tip => "tip",
            Kind::Artikel => "artikel",
            Kind::Blog => "blog",
        }
    }

    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// The kind of organisation a quoted person works for; a search facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrgType {
    Gemeente,
    Provincie,
    Waterschap,
    Rijk,
    Bedrijf,
    Anders,
}

impl OrgType {
    pub const ALL: [OrgType; 6] =
        [OrgType::Gemeente, OrgType::Provincie, OrgType::Waterschap, OrgType::Rijk, OrgType::Bedrijf, OrgType::Anders];

    /// The id used in URLs and sidecar files.
    pub fn id(self) -> &'static str {
        match self {
            OrgType::Gemeente => "gemeente",
            OrgType::Provincie => "provincie",
            OrgType::Waterschap => "waterschap",
            OrgType::Rijk => "rijk",
            OrgType::Bedrijf => "bedrijf",
            OrgType::Anders => "anders",
        }
    }

    pub fn from_id(id: &str) -> Option<OrgType> {
        OrgType::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// A calendar date; sources only ever give a day, never a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A real calendar day, or `None` (31 november, 29 februari 2019).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&day).then_some(Date { year, month, day })
    }

    /// Reads `2027-03-31`, the form of an HTML date field and of ISO 8601; `None` for
    /// anything else, or a day that does not exist.
    pub fn from_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse().ok())?
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// `2027-03-31`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The UTC calendar day of a Unix timestamp in milliseconds (for snapshot and
    /// creation times, which the browser gives as `Date.now()`).
    pub fn from_unix_ms(ms: u64) -> Date {
        // Howard Hinnant's days-to-civil algorithm, for the proleptic Gregorian calendar.
        let days = (ms / 86_400_000) as i64 + 719_468;
        let era = days.div_euclid(146_097);
        let doe = days.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

/// The whole embedded corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct Corpus {
    /// Tips first by number, then articles and blogs by date.
    pub documents: List<Document>,
    /// Everyone quoted in an example, sorted by name.
    pub people: List<Person>,
    /// Other spellings the sources print for quoted people's names, by person.
    pub variants: List<Variant>,
}

/// One source document: a tip page, an article or a blog.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// Stable id used in deep links (`tip-17`, `wat-vraagt-selfservice`).
    pub slug: Text,
    /// The corpus file it came from, for provenance and error messages.
    pub source: Text,
    pub kind: Kind,
    /// The Optimaal Digitaal tip number; `None` for articles and blogs.
    pub number: Option<u32>,
    pub title: Text,
    pub toptip: bool,
    /// Theme tags as the source spells them (`commitment`).
    pub themes: List<Text>,
    pub author: Option<Text>,
    /// A credit line taken from the text ("Tekst: …"), shown under the title.
    pub byline: Option<Text>,
    pub publication: Option<Text>,
    pub date: Option<Date>,
    /// The lead: paragraphs before the first example or section.
    pub intro: List<Text>,
    /// "Voorbeelden": quotes by named people. Empty for articles.
    pub examples: List<Example>,
    /// Everything after the intro, in source order (examples excluded).
    pub sections: List<Section>,
    /// The source itself stops halfway through a sentence: the reader is told, so the
    /// cut is not taken for the app's.
    pub cut_off: bool,
    /// The other spellings (see [`Variant`]) of the names of the people it quotes, so
    /// search finds it by those too.
    pub name_variants: List<Text>,
}

/// One "Voorbeeld" on a tip page.
#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    /// Anchor within its document, unique there (also against section slugs).
    pub slug: Text,
    pub heading: Text,
    pub body: List<Block>,
    /// Who said it; some examples quote an interview and have no attribution.
    pub attribution: Option<Attribution>,
}

/// Who is quoted, in the role they had when quoted.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// Slug of an entry in [`Corpus::people`].
    pub person: Text,
    pub name: Text,
    pub role: Option<Text>,
    pub organisation: Option<Text>,
    pub org_type: OrgType,
}

/// A person quoted anywhere in the corpus: the old "Meer tips van …" page.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub slug: Text,
    pub name: Text,
}

/// Another spelling of a quoted person's name (`corpus/people.toml`). It is never shown,
/// but search finds the person's quotes by it, and a link made with its slug
/// (`#/persoon/michel-rave`) opens the person's page.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    /// Slug of an entry in [`Corpus::people`].
    pub person: Text,
    pub name: Text,
    /// The slug of this spelling.
    pub slug: Text,
}

/// What a section is for, so the UI and the assessment can find "Conclusie" etc.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionRole {
    /// Ordinary body text of an article or blog.
    Body,
    /// "Waarom werkt dit?" on a tip page.
    WhyItWorks,
    /// "Onderzoek" on a tip page, usually ending in a source line.
    Research,
    /// "Conclusie": a closing paragraph or list.
    Conclusion,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Anchor within its document, unique there.
    pub slug: Text,
    /// Empty only for an article's untitled text between its intro and first heading
    /// (anchor `tekst`), which starts where a list breaks off the intro.
    pub heading: Text,
    pub role: SectionRole,
    pub body: List<Block>,
    /// Who is quoted in its text, in the order the sidecar names them: the people an
    /// article quotes in running text rather than in a caption.
    pub speakers: List<Attribution>,
}

/// A block of body text. Never HTML: the UI renders these as text nodes.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Text),
    /// A bulleted list ("- …" or "• …" in the source).
    List(List<Text>),
    /// A "Bron: …" line that cites the research.
    Source(Text),
}

impl Block {
    /// All text in the block, in order: for search and snippets.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let (one, many): (Option<&str>, &[Text]) = match self {
            Block::Paragraph(t) | Block::Source(t) => (Some(t), &[]),
            Block::List(items) => (None, items),
        };
        one.into_iter().chain(many.iter().map(|t| &**t))
    }

    /// A body's text as one string, blocks joined by a space: what quotes and the names
    /// of quoted people are checked against.
    pub fn joined(body: &[Block]) -> String {
        body.iter().flat_map(Block::texts).collect::<Vec<_>>().join(" ")
    }
}

/// Where a link into the corpus points: a document, or an anchor inside it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target<'a> {
    Document(&'a Document),
    Example(&'a Document, &'a Example),
    Section(&'a Document, &'a Section),
}

impl<'a> Target<'a> {
    /// The heading of the example or section it points at; `None` for a whole document
    /// or a section without a heading.
    pub fn heading(&self) -> Option<&'a str> {
        match self {
            Target::Document(_) => None,
            Target::Example(_, example) => Some(&example.heading),
            Target::Section(_, section) => Some(&section.heading).filter(|h| !h.is_empty()).map(|h| &**h),
        }
    }
}

impl Corpus {
    pub fn document(&self, slug: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.slug == slug)
    }

    /// The person with this slug, or whose name has another spelling with this slug.
    pub fn person(&self, slug: &str) -> Option<&Person> {
        let slug = self.variants.iter().find(|v| v.slug == slug).map_or(slug, |v| &*v.person);
        self.people.iter().find(|p| p.slug == slug)
    }

    /// Resolves `doc` or `doc#anchor`, as used in deep links and assessment citations.
    pub fn resolve(&self, reference: &str) -> Option<Target<'_>> {
        let (doc_slug, anchor) = match reference.split_once('#') {
            Some((d, a)) => (d, Some(a)),
            None => (reference, None),
        };
        let doc = self.document(doc_slug)?;
        match anchor {
            None => Some(Target::Document(doc)),
            Some(a) => doc.anchor(a),
        }
    }

    /// Every section that quotes this person in its text, with its document.
    pub fn sections_quoting<'a>(&'a self, person: &'a str) -> impl Iterator<Item = (&'a Document, &'a Section)> + 'a {
        self.documents.iter().flat_map(move |d| {
            d.sections.iter().filter(move |s| s.speakers.iter().any(|a| a.person == person)).map(move |s| (d, s))
        })
    }

    /// Every example that quotes this person, with its document, in corpus order.
    pub fn quotes_by<'a>(&'a self, person: &'a str) -> impl Iterator<Item = (&'a Document, &'a Example)> + 'a {
        self.documents.iter().flat_map(move |d| {
            d.examples
                .iter()
                .filter(move |e| e.attribution.as_ref().is_some_and(|a| a.person == person))
                .map(move |e| (d, e))
        })
    }
}

impl Document {
    /// Everyone this document quotes: example captions, then speakers in sections.
    pub fn attributions(&self) -> impl Iterator<Item = &Attribution> {
        let captions = self.examples.iter().filter_map(|e| e.attribution.as_ref());
        captions.chain(self.sections.iter().flat_map(|s| s.speakers.iter()))
    }

    pub fn anchor(&self, anchor: &str) -> Option<Target<'_>> {
        if let Some(e) = self.examples.iter().find(|e| e.slug == anchor) {
            return Some(Target::Example(self, e));
        }
        self.sections.iter().find(|s| s.slug == anchor).map(|s| Target::Section(self, s))
    }

    /// The first sentence of the intro: the one-line summary on a card.
    pub fn summary(&self) -> &str {
        let first = self.intro.first().map(|t| &**t).unwrap_or("");
        match first.find(". ") {
            Some(end) => &first[..=end],
            None => first,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn unix_milliseconds_become_calendar_days() {
        assert_eq!(Date::from_unix_ms(0), Date { year: 1970, month: 1, day: 1 });
        // 2019-11-25 00:00 UTC and 2024-02-29 23:59:59 UTC (a leap day).
        assert_eq!(Date::from_unix_ms(1_574_640_000_000), Date { year: 2019, month: 11, day: 25 });
        assert_eq!(Date::from_unix_ms(1_709_251_199_000), Date { year: 2024, month: 2, day: 29 });
    }
}
