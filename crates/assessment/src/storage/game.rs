//! The Optimaal Digitaal game, played on one screen: a team sets a goal, sorts every
//! card quickly into "minder doen of stoppen", "blijven doen", "meer doen" or "leg weg",
//! picks at most three from "meer doen", and those become actions in the plan.
//!
//! A round belongs to one assessment and is stored and exported with it, so a reload
//! mid-round resumes at the same card and the picks land in that assessment's plan.

use std::collections::BTreeMap;

use digiwijzer_corpus::model::{Kind, Text};
use serde::Serialize;

use super::plan::{for_tip, NewAction, Purpose};
use super::schema::{Assessment, OpError};
use crate::assessment::answer::{check_id, check_line, stamp_after, Blank, InputError};
use crate::assessment::{recommend, Answers, Model};

/// Longest goal, in characters: one sentence on the wall.
pub const GOAL_MAX_CHARS: usize = 200;
/// The game's rule: each player picks at most three cards to act on.
pub const MAX_PICKS: usize = 3;
/// Most rounds one assessment keeps.
pub const MAX_ROUNDS: usize = 100;
/// Most rounds a file may hold (copies merged from several tabs may pass `MAX_ROUNDS`).
pub const MAX_ROUND_RECORDS: usize = 400;

/// Where a card is sorted to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Pile {
    /// Minder doen of stoppen.
    Minder,
    /// Blijven doen.
    Blijven,
    /// Meer doen: the pile the picks come from.
    Meer,
    /// Leg weg: not for us now.
    Weg,
}

impl Pile {
    /// In the order of the answer buttons and keys 1 to 4.
    pub const ALL: [Pile; 4] = [Pile::Minder, Pile::Blijven, Pile::Meer, Pile::Weg];

    pub fn id(self) -> &'static str {
        match self {
            Pile::Minder => "minder",
            Pile::Blijven => "blijven",
            Pile::Meer => "meer",
            Pile::Weg => "weg",
        }
    }

    pub fn from_id(id: &str) -> Option<Pile> {
        Pile::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// One card of the deck: a tip or article of the corpus, as the game screen shows it.
/// The build makes the deck from the corpus, so the self-assessment page needs no corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub slug: Text,
    pub kind: Kind,
    /// The tip number; `None` for articles and blogs.
    pub number: Option<u32>,
    pub title: Text,
    /// The first paragraph of the introduction.
    pub intro: Text,
    pub examples: u32,
}

#[cfg(feature = "load")]
digiwijzer_corpus::bake_struct!(Card => "digiwijzer_assessment::storage::game::Card" { slug, kind, number, title, intro, examples });

/// The deck: every document of the corpus, in corpus order (tips first).
#[cfg(feature = "load")]
pub fn deck_of(corpus: &digiwijzer_corpus::Corpus) -> Vec<Card> {
    corpus
        .documents
        .iter()
        .map(|d| Card {
            slug: d.slug.clone(),
            kind: d.kind,
            number: d.number,
            title: d.title.clone(),
            intro: d.intro.first().cloned().unwrap_or_default(),
            examples: d.examples.len() as u32,
        })
        .collect()
}

/// One round of the game.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Round {
    pub created: u64,
    /// When anything in the round last changed; two copies merge by it.
    pub updated: u64,
    pub goal: String,
    /// The cards in the order they are dealt (document slugs).
    pub deck: Vec<String>,
    /// The pile of each card sorted so far, in deck order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sorted: Vec<Pile>,
    /// The cards from "meer doen" chosen to act on, at most [`MAX_PICKS`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub picks: Vec<String>,
    /// When the picks became actions; the round is over.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished: Option<u64>,
}

/// Rounds keyed by id.
pub type Rounds = BTreeMap<String, Round>;

impl Round {
    /// The card to sort next; `None` once every card is sorted.
    pub fn current(&self) -> Option<&str> {
        self.deck.get(self.sorted.len()).map(String::as_str)
    }

    /// The cards on one pile, in the order they were sorted.
    pub fn pile(&self, pile: Pile) -> Vec<&str> {
        self.deck.iter().zip(&self.sorted).filter(|(_, p)| **p == pile).map(|(c, _)| c.as_str()).collect()
    }
}

/// A goal: trimmed, on one line, 1 to [`GOAL_MAX_CHARS`] characters.
pub fn check_goal(goal: &str) -> Result<String, InputError> {
    check_line(goal, GOAL_MAX_CHARS, Blank::Refused)
}

/// The deck in the order the game deals it. With `recommended_first`, the cards the
/// statements of the recommended dimensions rest on come first (those below their
/// ambition, then the weakest), in the order of the recommendations; then the rest in
/// corpus order.
pub fn deal(
    model: &Model,
    cards: &[Card],
    answers: &Answers,
    ambition: impl Fn(&str) -> Option<u8>,
    recommended_first: bool,
) -> Vec<String> {
    let mut deck: Vec<String> = Vec::new();
    if recommended_first {
        for rec in recommend(model, answers, model.dimensions.len(), ambition) {
            for statement in rec.dimension.statements.iter() {
                for source in statement.sources.iter() {
                    let doc = source.reference.split('#').next().unwrap_or_default();
                    if cards.iter().any(|c| *c.slug == *doc) && !deck.iter().any(|d| d == doc) {
                        deck.push(doc.to_string());
                    }
                }
            }
        }
    }
    for card in cards {
        if !deck.iter().any(|d| *d == *card.slug) {
            deck.push(card.slug.to_string());
        }
    }
    deck
}

impl Assessment {
    /// Starts a round with this goal and deck; returns its id.
    pub fn start_round(&mut self, goal: &str, deck: Vec<String>, now: u64, entropy: u32) -> Result<String, OpError> {
        let goal = check_goal(goal)?;
        if deck.is_empty() {
            return Err(OpError::Input(InputError::Empty));
        }
        for card in &deck {
            check_id(card)?;
        }
        if self.rounds.len() >= MAX_ROUNDS {
            return Err(OpError::TooManyRounds { max: MAX_ROUNDS });
        }
        let base = format!("r{now:x}-{entropy:08x}");
        let id = (1u32..)
            .map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") })
            .find(|id| !self.rounds.contains_key(id))
            .unwrap_or(base);
        self.rounds.insert(id.clone(), Round { created: now, updated: now, goal, deck, ..Round::default() });
        Ok(id)
    }

    fn open_round(&mut self, id: &str) -> Result<&mut Round, OpError> {
        self.rounds.get_mut(id).filter(|r| r.finished.is_none()).ok_or_else(|| OpError::NoSuchRound(id.to_string()))
    }

    /// Puts the current card on `pile`. Refused when every card is sorted.
    pub fn sort_card(&mut self, id: &str, pile: Pile, now: u64) -> Result<(), OpError> {
        let round = self.open_round(id)?;
        if round.current().is_none() {
            return Err(OpError::RoundSorted);
        }
        round.sorted.push(pile);
        round.updated = stamp_after(round.updated, now);
        Ok(())
    }

    /// Takes back the last card sorted; a pick of that card goes with it.
    pub fn undo_sort(&mut self, id: &str, now: u64) -> Result<(), OpError> {
        let round = self.open_round(id)?;
        if round.sorted.pop().is_some() {
            if let Some(card) = round.deck.get(round.sorted.len()).cloned() {
                round.picks.retain(|p| *p != card);
            }
            round.updated = stamp_after(round.updated, now);
        }
        Ok(())
    }

    /// Picks or unpicks a card of the "meer doen" pile. Refused beyond [`MAX_PICKS`].
    pub fn pick(&mut self, id: &str, card: &str, picked: bool, now: u64) -> Result<(), OpError> {
        let round = self.open_round(id)?;
        if !round.pile(Pile::Meer).contains(&card) {
            return Err(OpError::Input(InputError::BadId));
        }
        let has = round.picks.iter().any(|p| p == card);
        match (picked, has) {
            (true, false) if round.picks.len() >= MAX_PICKS => return Err(OpError::TooManyPicks { max: MAX_PICKS }),
            (true, false) => round.picks.push(card.to_string()),
            (false, true) => round.picks.retain(|p| p != card),
            _ => return Ok(()),
        }
        round.updated = stamp_after(round.updated, now);
        Ok(())
    }

    /// Ends the round: each pick becomes an action in this assessment's plan, for the
    /// tip and the statements that rest on it, with the goal in its note. Returns the
    /// new actions' ids.
    pub fn finish_round(
        &mut self,
        id: &str,
        model: &Model,
        title: impl Fn(&str) -> Option<String>,
        note: impl Fn(&str) -> String,
        now: u64,
        entropy: u32,
    ) -> Result<Vec<String>, OpError> {
        let round = self.open_round(id)?.clone();
        if round.current().is_some() {
            return Err(OpError::RoundNotSorted);
        }
        let mut new_actions = Vec::new();
        for card in &round.picks {
            let mut action = for_tip(model, card).unwrap_or_else(|| NewAction {
                purpose: Purpose { tips: vec![card.clone()], ..Purpose::default() },
                ..NewAction::default()
            });
            if let Some(title) = title(card) {
                action.what = title;
            }
            if action.what.is_empty() {
                // A card no statement cites and no deck names: its id says what it was.
                action.what = card.clone();
            }
            action.note = note(&round.goal);
            new_actions.push(action);
        }
        // All or nothing: a refused action leaves the round open and the plan unchanged.
        let mut copy = self.clone();
        let mut ids = Vec::new();
        for (i, action) in new_actions.into_iter().enumerate() {
            ids.push(copy.add_action(action, now, entropy.wrapping_add(i as u32))?);
        }
        let round = copy.open_round(id)?;
        round.finished = Some(now);
        round.updated = stamp_after(round.updated, now);
        *self = copy;
        Ok(ids)
    }

    /// The round being played, if any: the newest one not finished.
    pub fn open_round_id(&self) -> Option<&str> {
        self.rounds
            .iter()
            .filter(|(_, r)| r.finished.is_none())
            .max_by_key(|(_, r)| r.created)
            .map(|(id, _)| id.as_str())
    }
}

/// Per round, a finished copy wins (its picks are already actions: reopening it would
/// make them twice); otherwise the copy changed last, with equal times broken by content.
pub fn merge_rounds(ours: &mut Rounds, theirs: &Rounds) {
    for (id, t) in theirs {
        match ours.get_mut(id) {
            None => {
                ours.insert(id.clone(), t.clone());
            }
            Some(o) => {
                let key = |r: &Round| {
                    (r.finished.is_some(), r.updated, r.finished, r.sorted.len(), r.picks.clone(), r.goal.clone())
                };
                if key(t) > key(o) {
                    *o = t.clone();
                }
            }
        }
    }
}
