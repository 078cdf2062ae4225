//! A team's answers side by side: how many colleagues gave which answer, each one's
//! level per dimension with the median and the spread, and the statements the team
//! disagrees on most, as the agenda for the discussion.
//!
//! Everything here reads the members' answers and changes none of them. A member who
//! skipped a statement is counted as "no answer" for it, never as "nee"; a member who
//! answered nothing in a dimension is left out of that dimension's median and spread.

use super::answer::{AnswerValue, Answers};
use super::model::Model;
use super::scoring::score_dimension;

/// One colleague's answers, under the name the overview shows.
#[derive(Clone, Copy, Debug)]
pub struct Member<'a> {
    pub name: &'a str,
    pub answers: &'a Answers,
}

/// How many members gave each answer to one statement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub ja: u32,
    pub deels: u32,
    pub nee: u32,
    pub nvt: u32,
    /// Members without an answer (skipped, cleared, or from a model without it).
    pub none: u32,
}

impl Tally {
    /// Members who gave an answer, n.v.t. included.
    pub fn answered(&self) -> u32 {
        self.ja + self.deels + self.nee + self.nvt
    }
}

fn answer(member: &Member, statement: &str) -> Option<AnswerValue> {
    member.answers.get(statement).and_then(|a| a.answer)
}

/// The tally of one statement over all members.
pub fn tally(members: &[Member], statement: &str) -> Tally {
    let mut t = Tally::default();
    for member in members {
        match answer(member, statement) {
            Some(AnswerValue::Ja) => t.ja += 1,
            Some(AnswerValue::Deels) => t.deels += 1,
            Some(AnswerValue::Nee) => t.nee += 1,
            Some(AnswerValue::Nvt) => t.nvt += 1,
            None => t.none += 1,
        }
    }
    t
}

/// How far two answers lie apart: nee, deels and ja on a line (0, 1, 2 points), and
/// n.v.t. against any answer a whole step, since "does this apply to us?" is a question
/// worth discussing too.
fn distance(a: AnswerValue, b: AnswerValue) -> u32 {
    let points = |v: AnswerValue| match v {
        AnswerValue::Nee => Some(0i32),
        AnswerValue::Deels => Some(1),
        AnswerValue::Ja => Some(2),
        AnswerValue::Nvt => None,
    };
    match (points(a), points(b)) {
        (Some(x), Some(y)) => x.abs_diff(y),
        (None, None) => 0,
        _ => 1,
    }
}

/// How much the members who answered one statement disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Disagreement<'m> {
    pub statement: &'m str,
    /// The distances of every pair of members who answered, added up.
    pub total: u32,
    /// How many such pairs there are.
    pub pairs: u32,
    pub tally: Tally,
}

/// The statements members disagree on, most first: by the average distance between two
/// members who answered (a ja/nee split outranks ja/deels), then by how many answered,
/// then in model order. Statements fewer than two members answered, and those all who
/// answered agree on, are not on the agenda.
pub fn agenda<'m>(model: &'m Model, members: &[Member]) -> Vec<Disagreement<'m>> {
    let mut list: Vec<(usize, Disagreement<'m>)> = model
        .statements()
        .enumerate()
        .filter_map(|(order, (_, statement))| {
            let given: Vec<AnswerValue> = members.iter().filter_map(|m| answer(m, &statement.id)).collect();
            let mut total = 0;
            let mut pairs = 0;
            for (i, a) in given.iter().enumerate() {
                for b in &given[i + 1..] {
                    total += distance(*a, *b);
                    pairs += 1;
                }
            }
            (total > 0).then(|| {
                (order, Disagreement { statement: &statement.id, total, pairs, tally: tally(members, &statement.id) })
            })
        })
        .collect();
    // Cross-multiplying compares the averages exactly.
    list.sort_by(|(oa, a), (ob, b)| {
        let (x, y) = (u64::from(a.total) * u64::from(b.pairs), u64::from(b.total) * u64::from(a.pairs));
        y.cmp(&x).then(b.tally.answered().cmp(&a.tally.answered())).then(oa.cmp(ob))
    });
    list.into_iter().map(|(_, d)| d).collect()
}

/// One dimension over the team.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionSpread {
    /// Per member, in member order: the level shown and where the chart draws it
    /// (see `DimensionScore::reach`); `None` for a member who answered nothing here.
    pub members: Vec<Option<(u8, f32)>>,
    /// The median reach of the members who answered; `None` when nobody did.
    pub median: Option<f32>,
    /// The highest reach minus the lowest; 0 when fewer than two answered.
    pub spread: f32,
}

/// Every dimension over the team, in model order.
pub fn dimensions(model: &Model, members: &[Member]) -> Vec<DimensionSpread> {
    model
        .dimensions
        .iter()
        .map(|d| {
            let per_member: Vec<Option<(u8, f32)>> = members
                .iter()
                .map(|m| {
                    let s = score_dimension(d, m.answers);
                    (s.progress.answered > 0).then(|| (s.shown_level(), s.reach()))
                })
                .collect();
            let mut reaches: Vec<f32> = per_member.iter().flatten().map(|(_, r)| *r).collect();
            reaches.sort_by(f32::total_cmp);
            let median = match reaches.len() {
                0 => None,
                n if n % 2 == 1 => Some(reaches[n / 2]),
                n => Some((reaches[n / 2 - 1] + reaches[n / 2]) / 2.0),
            };
            let spread = match (reaches.first(), reaches.last()) {
                (Some(lo), Some(hi)) => hi - lo,
                _ => 0.0,
            };
            DimensionSpread { members: per_member, median, spread }
        })
        .collect()
}
