//! What would change the result: the nearest different answer, one question
//! at a time, that moves the lean into another band; and what would lift each
//! barrier. Pure.

use super::{Barrier, rule_holds, score};
use crate::answers::{Answer, Answers, money};
use crate::bank::rules::{BarrierKind, OptionId};
use crate::bank::{Bank, Kind, Question};
use crate::estimate::Estimate;
use crate::text::fill;

/// At most this many answer changes are listed: the nearest toward each
/// option first, so the list never points one way only, then the next nearest.
const MOST: usize = 3;

pub fn changes(
    bank: &Bank,
    answers: &Answers,
    current: i32,
    barriers: &[Barrier],
    estimate: &Estimate,
) -> Vec<String> {
    let rules = &bank.rules;
    let words = &rules.words;
    let band = &rules.band(current).id;
    let mut lines = Vec::new();
    for barrier in barriers {
        let amount = |cost: Option<f64>| {
            let up = (cost.unwrap_or(0.0) / 10.0).ceil() * 10.0;
            money(up, &estimate.symbol)
        };
        lines.push(match (barrier.kind, barrier.option) {
            (BarrierKind::Time, _) => words.change_time.clone(),
            (BarrierKind::Cost, OptionId::LongTerm) => fill(
                &words.change_budget,
                &[("amount", &amount(estimate.long_per_month))],
            ),
            (BarrierKind::Cost, OptionId::ShortTerm) => fill(
                &words.change_budget_short,
                &[("amount", &amount(estimate.short_per_month))],
            ),
        });
    }
    let weighed: Vec<&str> = rules
        .rules
        .iter()
        .flat_map(|r| r.when.iter().map(|c| c.question.as_str()))
        .collect();
    // (distance, toward long-term, question index, sentence)
    let mut moves: Vec<(i32, bool, usize, String)> = Vec::new();
    let mut trial = answers.clone();
    let hidden = bank.hidden_answers(answers);
    let raw = rules.start.weight
        + rules
            .rules
            .iter()
            .filter(|r| rule_holds(r, answers, &hidden))
            .map(|r| r.weight)
            .sum::<i32>();
    // Changing an answer that no condition looks at hides nothing new.
    let looked_at: Vec<&str> = bank
        .questions()
        .filter_map(|(_, q)| q.show_if.as_ref().map(|c| c.question.as_str()))
        .collect();
    for (k, (_, q)) in bank.questions().enumerate() {
        if !weighed.contains(&q.id.as_str()) {
            continue;
        }
        let Some(given) = answers.get(&q.id) else {
            continue;
        };
        // The nearest other answer that moves the band, each way.
        let mut nearest: [Option<(i32, Answer, i32)>; 2] = [None, None];
        for other in alternatives(q, given) {
            let before = trial.replace(&q.id, Some(other.clone()));
            let moved = if looked_at.contains(&q.id.as_str()) {
                score(bank, &trial)
            } else {
                // Only the rules on this question can change: adjust the sum.
                let change: i32 = rules
                    .rules
                    .iter()
                    .filter(|r| r.when.iter().any(|c| c.question == q.id))
                    .map(|r| {
                        let now = i32::from(rule_holds(r, &trial, &hidden));
                        let before = i32::from(rule_holds(r, answers, &hidden));
                        r.weight * (now - before)
                    })
                    .sum();
                (raw + change).clamp(-100, 100)
            };
            trial.replace(&q.id, before);
            let distance = (moved - current).abs();
            let way = usize::from(moved > current);
            if &rules.band(moved).id != band
                && nearest[way].as_ref().is_none_or(|(d, _, _)| distance < *d)
            {
                nearest[way] = Some((distance, other, moved));
            }
        }
        for (distance, other, moved) in nearest.into_iter().flatten() {
            moves.push((
                distance,
                moved > current,
                k,
                fill(
                    &words.change_answer,
                    &[
                        ("question", &q.text),
                        ("answer", &q.shown(&other, None)),
                        ("band", &rules.band(moved).label),
                    ],
                ),
            ));
        }
    }
    moves.sort_by_key(|(d, _, k, _)| (*d, *k));
    if moves.is_empty() {
        lines.push(words.no_changes.clone());
    }
    let mut chosen: Vec<usize> = Vec::new();
    for longer in [false, true] {
        if let Some(n) = moves.iter().position(|m| m.1 == longer) {
            chosen.push(n);
        }
    }
    for (n, m) in moves.iter().enumerate() {
        if chosen.len() >= MOST {
            break;
        }
        if !chosen.contains(&n) && !chosen.iter().any(|&c| moves[c].2 == m.2) {
            chosen.push(n);
        }
    }
    chosen.sort_unstable();
    lines.extend(chosen.into_iter().map(|n| moves[n].3.clone()));
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
        (Kind::Multi { options }, Answer::Choices(picked)) => options
            .iter()
            .map(|o| {
                let mut ids: Vec<String> =
                    picked.iter().filter(|id| **id != o.id).cloned().collect();
                if !picked.contains(&o.id) {
                    ids.push(o.id.clone());
                }
                q.tidy(Answer::Choices(ids))
            })
            .collect(),
        _ => Vec::new(),
    }
}
