//! Turns answers into a level and a progress figure per dimension.
//!
//! Levels are cumulative: a team is "gevorderd" only if it also does everything of
//! "beginnend" and "ontwikkelend". The rule, in full (explained to users by
//! `crate::strings::SCORING_EXPLANATION`):
//! - a dimension's level is the highest `L` such that every applicable statement
//!   (answer not n.v.t.) of levels `1..=L` is answered `ja`; a level whose statements
//!   are all n.v.t. counts as met; 0 means "nog niet beginnend";
//! - progress counts every applicable statement equally: `ja` earns a whole point,
//!   `deels` half a point, `nee` and unanswered nothing; n.v.t. is left out. Overall
//!   progress is the same sum over all dimensions. When nothing is applicable, progress
//!   is complete: there is nothing left to do.
//!
//! Answers to ids the model does not know are ignored here (but kept in storage).

use super::answer::{Answer, AnswerValue, Answers};
use super::model::{Dimension, Model, LEVEL_COUNT};

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
    /// 0.0 ..= 1.0.
    pub fn fraction(&self) -> f64 {
        if self.possible_halves == 0 {
            1.0
        } else {
            f64::from(self.earned_halves) / f64::from(self.possible_halves)
        }
    }

    /// Whole percent, rounded half up: what the UI shows and snapshots store.
    pub fn percent(&self) -> u8 {
        if self.possible_halves == 0 {
            return 100;
        }
        let (earned, possible) = (u64::from(self.earned_halves), u64::from(self.possible_halves));
        // Fits: earned <= possible, so the result is at most 100.
        ((earned * 200 + possible) / (2 * possible)) as u8
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
    /// 0 (nog niet beginnend) ..= 4 (koploper).
    pub level: u8,
    pub progress: Progress,
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
    let mut progress = Progress::default();
    for statement in dimension.statements.iter() {
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
    let met = |level: u8| {
        dimension.level(level).all(|s| matches!(value(answers, &s.id), Some(AnswerValue::Ja | AnswerValue::Nvt)))
    };
    let level = (1..=LEVEL_COUNT).take_while(|&l| met(l)).last().unwrap_or(0);
    DimensionScore { dimension, level, progress }
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
