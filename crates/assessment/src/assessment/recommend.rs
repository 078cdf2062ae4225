//! What to work on next: the dimensions below their ambition, then the weakest ones,
//! and the statements that would lift each one to its next level, with the sources
//! that motivate them.

use super::answer::{AnswerValue, Answers};
use super::model::{Dimension, Model, Statement, LEVEL_COUNT};
use super::scoring::{score, DimensionScore};

/// The next step for one dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation<'m> {
    pub dimension: &'m Dimension,
    /// The level reached now (0 ..= 3).
    pub level: u8,
    /// The level these statements complete (1 ..= 4).
    pub next_level: u8,
    /// The ambition set for this dimension, if any.
    pub ambition: Option<u8>,
    /// The applicable statements of `next_level` not yet answered `ja`, in model order.
    /// Each carries its `sources` for the UI to link to the tips and examples.
    pub statements: Vec<&'m Statement>,
}

/// Up to `max_dimensions` recommendations. First the dimensions below their ambition
/// (what stands between where the team is and where it wants to be), then those without
/// one, then those that reached it; within each group the weakest first: lowest level,
/// then lowest progress, then model order. Dimensions already at koploper are left out.
pub fn recommend<'m>(
    model: &'m Model,
    answers: &Answers,
    max_dimensions: usize,
    ambition: impl Fn(&str) -> Option<u8>,
) -> Vec<Recommendation<'m>> {
    let mut scores: Vec<(DimensionScore<'m>, Option<u8>)> = score(model, answers)
        .dimensions
        .into_iter()
        .filter(|d| d.level < LEVEL_COUNT)
        .map(|d| (d, ambition(&d.dimension.id)))
        .collect();
    let group = |(d, ambition): &(DimensionScore, Option<u8>)| match ambition {
        Some(a) if d.level < *a => 0,
        None => 1,
        Some(_) => 2,
    };
    // Stable sort keeps model order among equals. Cross-multiplying compares the
    // fractions exactly; an empty denominator means complete (fraction 1).
    scores.sort_by(|a, b| {
        let frac = |d: &DimensionScore| match d.progress.possible_halves {
            0 => (1u64, 1u64),
            p => (u64::from(d.progress.earned_halves), u64::from(p)),
        };
        let ((an, ad), (bn, bd)) = (frac(&a.0), frac(&b.0));
        group(a).cmp(&group(b)).then(a.0.level.cmp(&b.0.level)).then((an * bd).cmp(&(bn * ad)))
    });
    scores
        .into_iter()
        .take(max_dimensions)
        .map(|(d, ambition)| {
            let next_level = d.level + 1;
            let statements = d
                .dimension
                .level(next_level)
                .filter(|s| {
                    !matches!(answers.get(&*s.id).and_then(|a| a.answer), Some(AnswerValue::Ja | AnswerValue::Nvt))
                })
                .collect();
            Recommendation { dimension: d.dimension, level: d.level, next_level, ambition, statements }
        })
        .collect()
}
