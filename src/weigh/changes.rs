//! What would change the result: what would lift each barrier, and the
//! nearest different value answer, one question at a time, that moves the fit
//! into another band, each way, said as the move from one band's words to
//! the other's ("from 'clearly fits' to 'fits'"), which the person can check.
//! Nothing when nothing would change it. Pure.

use super::{Barrier, Fit, fit};
use crate::answers::{Answer, Answers, money};
use crate::bank::rules::{BandId, BarrierKind, OptionId};
use crate::bank::{Bank, Kind, Question, Role};
use crate::estimate::Estimate;
use crate::text::fill;

pub fn changes(
    bank: &Bank,
    answers: &Answers,
    current: i32,
    band: BandId,
    barriers: &[Barrier],
    estimate: &Estimate,
) -> Vec<String> {
    let rules = &bank.rules;
    let words = &rules.words;
    let mut lines = Vec::new();
    for barrier in barriers {
        let amount = |cost: Option<f64>| {
            let up = (cost.unwrap_or(0.0) / 10.0).ceil() * 10.0;
            money(up, &estimate.symbol)
        };
        let line = match (barrier.kind, barrier.option) {
            (BarrierKind::Time | BarrierKind::Change, _) => rules
                .barriers
                .iter()
                .find(|b| b.id == barrier.id)
                .and_then(|b| b.lift.clone()),
            (BarrierKind::Cost, OptionId::LongTerm) => Some(fill(
                &words.change_budget,
                &[("amount", &amount(estimate.long_per_month))],
            )),
            (BarrierKind::Cost, OptionId::ShortTerm) => Some(fill(
                &words.change_budget_short,
                &[("amount", &amount(estimate.short_per_month))],
            )),
        };
        lines.extend(line);
    }
    let from = rules
        .bands
        .iter()
        .find(|b| b.id == band)
        .map_or("", |b| b.label.as_str());
    // The nearest move each way: (distance, sentence), short-term first.
    let mut nearest: [Option<(i32, String)>; 2] = [None, None];
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
                    fill(
                        &words.change_answer,
                        &[
                            ("question", q.short.as_deref().unwrap_or(&q.text)),
                            ("answer", &q.shown(&other, None)),
                            ("from", from),
                            ("band", &moved_band.label),
                        ],
                    ),
                ));
            }
        }
    }
    lines.extend(nearest.into_iter().flatten().map(|(_, sentence)| sentence));
    lines
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
