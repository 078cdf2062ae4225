//! Turns answers into a level and a progress figure per dimension.
//!
//! Levels are cumulative: a team is "gevorderd" only if it also does everything of
//! "beginnend" and "ontwikkelend". The rule, in full (explained to users by
//! `crate::strings::SCORING_EXPLANATION`):
//! - a dimension's level is the highest `L` such that every applicable statement
//!   (answer not n.v.t.) of levels `1..=L` is answered `ja`; a level whose statements
//!   are all n.v.t. does not hold up the levels above it, but is shown as n.v.t., not
//!   as reached ([`DimensionScore::shown_level`]); 0 means "nog geen niveau";
//! - on the way to the next level, that level's applicable statements are counted the
//!   same way, so one `deels` low down never makes most of the work invisible;
//! - progress counts every applicable statement equally: `ja` earns a whole point,
//!   `deels` half a point, `nee` and unanswered nothing; n.v.t. is left out. Overall
//!   progress is the same sum over all dimensions. When nothing is applicable, progress
//!   is complete: there is nothing left to do.
//!
//! Answers to ids the model does not know are ignored here (but kept in storage).

use super::answer::{Answer, AnswerValue, Answers};
use super::model::{Dimension, Model, Statement, LEVEL_COUNT};

/// Progress as exact half points, so scores compare and store without rounding noise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Two per `ja`, one per `deels`.
    pub earned_halves: u32,
    /// Two per applicable statement.
    pub possible_halves: u32,
    /// Statements with an answer (n.v.t. included).
    pub answered: u32,
    /// All statements.
    pub total: u32,
}

impl Progress {
    /// Everything applicable is answered ja.
    pub fn is_complete(&self) -> bool {
        self.earned_halves == self.possible_halves
    }

    /// 0.0 ..= 1.0.
    pub fn fraction(&self) -> f64 {
        if self.possible_halves == 0 {
            1.0
        } else {
            f64::from(self.earned_halves) / f64::from(self.possible_halves)
        }
    }

    /// Whole percent, rounded half up but never up to 100 before everything is done:
    /// what the UI shows and snapshots store.
    pub fn percent(&self) -> u8 {
        if self.possible_halves == 0 {
            return 100;
        }
        let (earned, possible) = (u64::from(self.earned_halves), u64::from(self.possible_halves));
        // Fits: earned <= possible, so the result is at most 100. Never rounded up to
        // 100 while something is left to do: "100%" must mean done.
        let percent = ((earned * 200 + possible) / (2 * possible)) as u8;
        if earned < possible {
            percent.min(99)
        } else {
            percent
        }
    }

    fn add(&mut self, other: Progress) {
        self.earned_halves += other.earned_halves;
        self.possible_halves += other.possible_halves;
        self.answered += other.answered;
        self.total += other.total;
    }
}

/// One dimension's result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DimensionScore<'m> {
    pub dimension: &'m Dimension,
    /// 0 (nog geen niveau) ..= 4 (koploper).
    pub level: u8,
    pub progress: Progress,
    /// How far the dimension is with the level above `level`; `None` at the top.
    pub next: Option<Progress>,
    /// Statements answered n.v.t.
    pub not_applicable: u32,
    /// Per level (index 0 is level 1): whether every statement of it is answered n.v.t.
    /// Such a level does not hold up the ladder, but it is not shown as reached either.
    pub level_not_applicable: [bool; LEVEL_COUNT as usize],
}

impl DimensionScore<'_> {
    /// The highest reached level that is not only n.v.t.: the level to show. (`level`
    /// is where the ladder stands, which n.v.t. levels do not hold up.)
    pub fn shown_level(&self) -> u8 {
        (1..=self.level).rev().find(|&l| !self.level_not_applicable[usize::from(l - 1)]).unwrap_or(0)
    }

    /// The shown level with the way to the next one as a fraction (1.75: level 1, three
    /// quarters of level 2): where the chart draws the dimension.
    pub fn reach(&self) -> f32 {
        if self.shown_level() < self.level {
            return f32::from(self.shown_level());
        }
        f32::from(self.level) + self.next.map_or(0.0, |p| p.fraction() as f32)
    }

    /// The reached levels that are only n.v.t., lowest first.
    pub fn reached_but_not_applicable(&self) -> impl Iterator<Item = u8> + '_ {
        (1..=self.level).filter(|&l| self.level_not_applicable[usize::from(l - 1)])
    }

    /// Whether nothing in the dimension applies: every statement is answered n.v.t.
    pub fn nothing_applies(&self) -> bool {
        self.level_not_applicable.iter().all(|&nvt| nvt)
    }
}

/// The result for a whole assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Score<'m> {
    /// In model order.
    pub dimensions: Vec<DimensionScore<'m>>,
    pub overall: Progress,
}

fn value(answers: &Answers, id: &str) -> Option<AnswerValue> {
    answers.get(id).and_then(|a: &Answer| a.answer)
}

/// Scores one dimension.
pub fn score_dimension<'m>(dimension: &'m Dimension, answers: &Answers) -> DimensionScore<'m> {
    let progress = progress_of(dimension.statements.iter(), answers);
    let met = |level: u8| {
        dimension.level(level).all(|s| matches!(value(answers, &s.id), Some(AnswerValue::Ja | AnswerValue::Nvt)))
    };
    let level = (1..=LEVEL_COUNT).take_while(|&l| met(l)).last().unwrap_or(0);
    let next = (level < LEVEL_COUNT).then(|| progress_of(dimension.level(level + 1), answers));
    let is_nvt = |s: &Statement| value(answers, &s.id) == Some(AnswerValue::Nvt);
    let not_applicable = dimension.statements.iter().filter(|s| is_nvt(s)).count() as u32;
    let level_not_applicable = [1, 2, 3, 4].map(|l| dimension.level(l).all(is_nvt));
    DimensionScore { dimension, level, progress, next, not_applicable, level_not_applicable }
}

fn progress_of<'a>(statements: impl Iterator<Item = &'a Statement>, answers: &Answers) -> Progress {
    let mut progress = Progress::default();
    for statement in statements {
        progress.total += 1;
        let v = value(answers, &statement.id);
        if v.is_some() {
            progress.answered += 1;
        }
        let earned = match v {
            Some(AnswerValue::Nvt) => continue,
            Some(AnswerValue::Ja) => 2,
            Some(AnswerValue::Deels) => 1,
            Some(AnswerValue::Nee) | None => 0,
        };
        progress.possible_halves += 2;
        progress.earned_halves += earned;
    }
    progress
}

/// Scores every dimension of the model.
pub fn score<'m>(model: &'m Model, answers: &Answers) -> Score<'m> {
    let dimensions: Vec<_> = model.dimensions.iter().map(|d| score_dimension(d, answers)).collect();
    let mut overall = Progress::default();
    for d in &dimensions {
        overall.add(d.progress);
    }
    Score { dimensions, overall }
}

/// How far each dimension is with the ambition set for it.
#[derive(Clone, Debug, PartialEq)]
pub struct AmbitionScore {
    /// In model order; `None` where no ambition is set.
    pub dimensions: Vec<Option<Progress>>,
    /// Summed over the dimensions with an ambition; `None` when none has one.
    pub overall: Option<Progress>,
}

/// The way to each ambition: the applicable statements of levels `1..=ambition`,
/// counted like progress. Levels are cumulative, so this is complete exactly when the
/// ambition is reached; an ambition of 0 is always reached.
pub fn toward_ambitions(model: &Model, answers: &Answers, ambition: impl Fn(&str) -> Option<u8>) -> AmbitionScore {
    let dimensions: Vec<Option<Progress>> = model
        .dimensions
        .iter()
        .map(|d| {
            let target = ambition(&d.id)?;
            Some(progress_of(d.statements.iter().filter(|s| s.level <= target), answers))
        })
        .collect();
    let overall = dimensions.iter().flatten().fold(None, |sum: Option<Progress>, p| {
        let mut sum = sum.unwrap_or_default();
        sum.add(*p);
        Some(sum)
    });
    AmbitionScore { dimensions, overall }
}
