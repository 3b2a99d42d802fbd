//! What would change the result: what would lift each barrier, and the
//! nearest different value answer, one question at a time, that moves the fit
//! into another band, each way, as the move from one band to the other
//! (render says it in the bands' words, "from 'clearly fits' to 'fits'",
//! which the person can check). Nothing when nothing would change it. Pure.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Barrier, Fit, fit};
use crate::answers::{Answer, Answers};
use crate::bank::rules::{BandId, BarrierKind, OptionId};
use crate::bank::{Bank, Kind, Question, Role};
use crate::estimate::Estimate;

/// One thing that would change the result. Records before schema 3 kept it
/// as the sentence shown, which still reads and is shown as it was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Change {
    Would(WouldChange),
    Said(String),
}

/// What would change the result, as a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum WouldChange {
    /// A time or life-change barrier lifted (rules.json says how, its `lift`).
    Lift { barrier: String },
    /// A budget a month of at least what the option costs a month.
    Budget {
        option: OptionId,
        per_month: f64,
        currency: String,
    },
    /// Another answer to one value question, and the band it moves the fit
    /// from and to, with the score it would have.
    Answer {
        question: String,
        /// The other answer, as an answers file writes it.
        answer: Value,
        from: BandId,
        to: BandId,
        score: i32,
    },
}

pub fn changes(
    bank: &Bank,
    answers: &Answers,
    current: i32,
    band: BandId,
    barriers: &[Barrier],
    estimate: &Estimate,
) -> Vec<Change> {
    let mut lines: Vec<Change> = barriers
        .iter()
        .filter_map(|b| lifts(bank, b, estimate))
        .map(Change::Would)
        .collect();
    // The nearest move each way: (distance, change), short-term first.
    let mut nearest: [Option<(i32, WouldChange)>; 2] = [None, None];
    let mut trial = answers.clone();
    for (_, q) in bank.questions().filter(|(_, q)| q.role == Role::Value) {
        let Some(given) = answers.get(&q.id) else {
            continue;
        };
        for other in alternatives(q, given) {
            let before = trial.replace(&q.id, Some(other.clone()));
            let Fit {
                score: moved,
                band: moved_band,
            } = fit(bank, &trial);
            trial.replace(&q.id, before);
            if moved_band.id == band || moved == current {
                continue;
            }
            let way = usize::from(moved > current);
            let distance = (moved - current).abs();
            if nearest[way].as_ref().is_none_or(|(d, _)| distance < *d) {
                nearest[way] = Some((
                    distance,
                    WouldChange::Answer {
                        question: q.id.clone(),
                        answer: other.to_json(),
                        from: band,
                        to: moved_band.id,
                        score: moved,
                    },
                ));
            }
        }
    }
    lines.extend(
        nearest
            .into_iter()
            .flatten()
            .map(|(_, change)| Change::Would(change)),
    );
    lines
}

/// What would lift a barrier: its own way out for time and a coming change
/// (when rules.json gives one), a budget of the option's cost for cost.
fn lifts(bank: &Bank, barrier: &Barrier, estimate: &Estimate) -> Option<WouldChange> {
    let per_month = |cost: Option<f64>| cost.unwrap_or(0.0);
    match (barrier.kind, barrier.option) {
        (BarrierKind::Time | BarrierKind::Change, _) => bank
            .rules
            .barriers
            .iter()
            .find(|b| b.id == barrier.id && b.lift.is_some())
            .map(|b| WouldChange::Lift {
                barrier: b.id.clone(),
            }),
        (BarrierKind::Cost, option) => Some(WouldChange::Budget {
            option,
            per_month: per_month(match option {
                OptionId::LongTerm => estimate.long_per_month,
                OptionId::ShortTerm => estimate.short_per_month,
            }),
            currency: estimate.symbol.clone(),
        }),
    }
}

/// The other answers a question could have had.
fn alternatives(q: &Question, given: &Answer) -> Vec<Answer> {
    match (&q.kind, given) {
        (Kind::Single { options }, _) => options
            .iter()
            .map(|o| Answer::Choice(o.id.clone()))
            .filter(|a| a != given)
            .collect(),
        (Kind::YesNo, Answer::YesNo(b)) => vec![Answer::YesNo(!b)],
        (Kind::Scale { min, max, .. }, _) => (*min..=*max)
            .map(Answer::Scale)
            .filter(|a| a != given)
            .collect(),
        _ => Vec::new(),
    }
}
