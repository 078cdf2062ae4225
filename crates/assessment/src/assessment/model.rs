//! The maturity model: dimensions, four cumulative levels, checkable statements.
//!
//! Like the corpus, every string is a `Cow` so the loader fills it owned at build time
//! and the build script bakes it into a `static MODEL` the wasm reads without parsing.
//! Ids are written in the TOML by hand and never change: answers are stored by
//! statement id, so progress survives rewording, reordering and moving statements.

use digiwijzer_corpus::model::{Attribution, Kind, List, Text};

/// How many levels every dimension has.
pub const LEVEL_COUNT: u8 = 4;

/// The level ids in order, as the TOML spells them. Level `n` (1-based) is `LEVEL_IDS[n - 1]`.
pub const LEVEL_IDS: [&str; LEVEL_COUNT as usize] = ["beginnend", "ontwikkelend", "gevorderd", "koploper"];

/// The whole self-assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub title: Text,
    /// Shown above the questions: what the assessment is for and how to answer.
    pub intro: Text,
    /// The four levels in order (beginnend … koploper).
    pub levels: List<LevelInfo>,
    pub dimensions: List<Dimension>,
    /// Statements taken out of the model. Their ids are never used again, and answers
    /// to them are kept and shown, but count in no score.
    pub retired: List<Retired>,
}

/// A statement, seen from a passage it rests on: what the tips page shows under a
/// document, so a reader can go from a tip to the statements it backs. Baked for the
/// tips page on its own, which then needs no model.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    /// `tip-17` or `tip-17#bestuurlijke-dekking`, as the statement cites it.
    pub reference: Text,
    pub statement: Text,
    pub text: Text,
}

impl Model {
    /// Every citation of every statement, in model order.
    pub fn citations(&self) -> Vec<Citation> {
        self.statements()
            .flat_map(|(_, st)| {
                st.sources.iter().map(|source| Citation {
                    reference: source.reference.clone(),
                    statement: st.id.clone(),
                    text: st.text.clone(),
                })
            })
            .collect()
    }
}

/// A statement that is no longer asked, with the text it had, so that an answer given
/// to it can still be read for what it meant.
#[derive(Clone, Debug, PartialEq)]
pub struct Retired {
    pub id: Text,
    pub text: Text,
}

/// What a level means, the same for every dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelInfo {
    /// `beginnend`, `ontwikkelend`, `gevorderd` or `koploper`.
    pub id: Text,
    /// Display name ("Beginnend").
    pub name: Text,
    pub description: Text,
}

/// One aspect of maturity, e.g. bestuurlijk eigenaarschap.
#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    /// Stable id (`eigenaarschap`); snapshots store levels under it.
    pub id: Text,
    pub name: Text,
    /// The name on the chart's axis, where the full name does not fit.
    pub short_name: Text,
    /// Why this dimension matters, in one or two sentences.
    pub description: Text,
    /// All statements of all levels, ordered by level, then as written.
    pub statements: List<Statement>,
}

/// A concrete, checkable statement a team answers with nee / deels / ja / n.v.t.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// Stable id (`eigenaarschap.b1`); answers are keyed by it.
    pub id: Text,
    /// 1 = beginnend … 4 = koploper.
    pub level: u8,
    pub text: Text,
    /// The tips, examples and sections that motivate the statement; checked against the
    /// corpus at build time, so each one resolves.
    pub sources: List<Source>,
}

/// A tip, example or section a statement is drawn from, named as the corpus names it.
/// The loader copies the names in at build time, so the self-assessment page can link
/// to its sources without carrying the whole corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// `tip-17` or `tip-17#bestuurlijke-dekking`: where the link goes.
    pub reference: Text,
    pub kind: Kind,
    /// The tip number; `None` for articles and blogs.
    pub number: Option<u32>,
    /// The document's title.
    pub title: Text,
    /// The example's or section's heading; `None` for a whole document or a section
    /// without a heading.
    pub heading: Option<Text>,
    /// The sentences of the cited passage that back the statement, word for word: the
    /// build checks that they occur there.
    pub quote: Text,
    /// Who says it, when the passage is an example with a named speaker.
    pub speaker: Option<Attribution>,
}

impl Model {
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The statement with this id and the dimension it belongs to.
    pub fn statement(&self, id: &str) -> Option<(&Dimension, &Statement)> {
        self.dimensions.iter().find_map(|d| d.statements.iter().find(|s| s.id == id).map(|s| (d, s)))
    }

    /// Every statement with its dimension, in model order.
    pub fn statements(&self) -> impl Iterator<Item = (&Dimension, &Statement)> {
        self.dimensions.iter().flat_map(|d| d.statements.iter().map(move |s| (d, s)))
    }

    /// The retired statement with this id.
    pub fn retired(&self, id: &str) -> Option<&Retired> {
        self.retired.iter().find(|r| r.id == id)
    }

    /// Information about level `level` (1-based); `None` for 0 ("nog geen niveau").
    pub fn level_info(&self, level: u8) -> Option<&LevelInfo> {
        self.levels.get(usize::from(level).checked_sub(1)?)
    }
}

impl Dimension {
    /// The statements of one level (1-based), in model order.
    pub fn level(&self, level: u8) -> impl Iterator<Item = &Statement> {
        self.statements.iter().filter(move |s| s.level == level)
    }
}
