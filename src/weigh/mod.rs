//! Weighing: bank and answers in, assessment out. Pure and deterministic. The
//! score sums the rules of rules.json; barriers stand apart from it; every
//! step keeps its reason and source so the result can be shown in full.

mod changes;

use crate::text::fill;

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

use crate::answers::{Answer, Answers, money};
use crate::bank::rules::{BarrierKind, OptionId, Words};
use crate::bank::{Bank, Condition};
use crate::estimate::{Estimate, estimate};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// From -100 (short-term) to +100 (long-term).
    pub score: i32,
    pub band: String,
    pub band_label: String,
    /// Every rule that counted, strongest first; the starting tilt among them.
    pub reasons: Vec<Reason>,
    pub barriers: Vec<Barrier>,
    pub confidence: Confidence,
    /// The person's own leaning, in their answer's words, and which way it is.
    pub own_lean: Option<OwnLean>,
    pub estimate: Estimate,
    /// What would have to be different for the result to change.
    pub changes: Vec<String>,
    pub clinician_questions: Vec<String>,
    /// The words the result is told in, so the record renders on its own.
    pub words: Words,
    pub bands: Vec<crate::bank::rules::Band>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub rule: String,
    pub weight: i32,
    pub reason: String,
    pub source: String,
    pub source_short: String,
    /// The answers that made the rule count, as (question, answer) in words.
    pub answers: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Barrier {
    pub id: String,
    pub option: OptionId,
    pub kind: BarrierKind,
    pub text: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Confidence {
    pub level: String,
    pub text: String,
    /// Answers that were "not sure" or "don't know", out of those the weighing uses.
    pub unsure: usize,
    pub counted: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnLean {
    pub answer: String,
    pub option: Option<OptionId>,
}

fn holds(conditions: &[Condition], answers: &Answers) -> bool {
    conditions.iter().all(|c| c.holds(answers))
}

/// The score alone: the starting tilt plus every rule that holds, within ±100.
/// Answers that earlier answers hide never count.
pub fn score(bank: &Bank, answers: &Answers) -> i32 {
    score_hiding(bank, answers, &bank.hidden_answers(answers))
}

/// The score when the hidden answers are already known.
fn score_hiding(bank: &Bank, answers: &Answers, hidden: &[&str]) -> i32 {
    let rules = &bank.rules;
    let sum: i32 = rules.start.weight
        + rules
            .rules
            .iter()
            .filter(|r| rule_holds(r, answers, hidden))
            .map(|r| r.weight)
            .sum::<i32>();
    sum.clamp(-100, 100)
}

/// Whether every condition of a rule holds, none on a hidden answer.
fn rule_holds(rule: &crate::bank::rules::Rule, answers: &Answers, hidden: &[&str]) -> bool {
    rule.when
        .iter()
        .all(|c| !hidden.contains(&c.question.as_str()) && c.holds(answers))
}

/// Weigh the answers into an assessment.
pub fn weigh(bank: &Bank, answers: &Answers) -> Assessment {
    let answers = bank.without_hidden(answers);
    let rules = &bank.rules;
    let short_name = |source: &str| {
        bank.evidence
            .source(source)
            .map(|s| s.short.clone())
            .unwrap_or_default()
    };
    let words_of = |conditions: &[Condition]| -> Vec<(String, String)> {
        conditions
            .iter()
            .filter_map(|c| {
                let q = bank.question(&c.question)?;
                let a = answers.get(&c.question)?;
                Some((q.text.clone(), q.shown(a, bank.money_symbol(q, &answers))))
            })
            .collect()
    };
    let mut reasons = vec![Reason {
        rule: "start".into(),
        weight: rules.start.weight,
        reason: rules.start.reason.clone(),
        source: rules.start.source.clone(),
        source_short: short_name(&rules.start.source),
        answers: Vec::new(),
    }];
    for rule in rules.rules.iter().filter(|r| holds(&r.when, &answers)) {
        reasons.push(Reason {
            rule: rule.id.clone(),
            weight: rule.weight,
            reason: rule.reason.clone(),
            source: rule.source.clone(),
            source_short: short_name(&rule.source),
            answers: words_of(&rule.when),
        });
    }
    reasons.sort_by_key(|r| std::cmp::Reverse(r.weight.abs()));
    let score = score(bank, &answers);
    let band = rules.band(score);
    let estimate = estimate(bank, &answers);
    let barriers = barriers(bank, &answers, &estimate);
    let barrier_ids: HashSet<&str> = barriers.iter().map(|b| b.id.as_str()).collect();
    let clinician_questions = rules
        .clinician_questions
        .iter()
        .filter(|c| match &c.barrier {
            Some(id) => barrier_ids.contains(id.as_str()),
            None => holds(&c.when, &answers),
        })
        .map(|c| c.text.clone())
        .collect();
    let lean = &rules.own_lean;
    let own_lean = match (bank.question(&lean.question), answers.get(&lean.question)) {
        (Some(q), Some(a)) => Some(OwnLean {
            answer: q.shown(a, None),
            option: match a {
                Answer::Choice(id) if *id == lean.short_term => Some(OptionId::ShortTerm),
                Answer::Choice(id) if *id == lean.long_term => Some(OptionId::LongTerm),
                _ => None,
            },
        }),
        _ => None,
    };
    Assessment {
        score,
        band: band.id.clone(),
        band_label: band.label.clone(),
        reasons,
        changes: changes::changes(bank, &answers, score, &barriers, &estimate),
        barriers,
        confidence: confidence(bank, &answers),
        own_lean,
        estimate,
        clinician_questions,
        words: rules.words.clone(),
        bands: rules.bands.clone(),
    }
}

/// The barriers that stand above the score: time from the answers, cost from
/// the projections. A cost barrier needs a known fee, cover and budget.
pub fn barriers(bank: &Bank, answers: &Answers, estimate: &Estimate) -> Vec<Barrier> {
    let mut found = Vec::new();
    for b in &bank.rules.barriers {
        let text = match b.kind {
            BarrierKind::Time if holds(&b.when, answers) => Some(b.text.clone()),
            BarrierKind::Time => None,
            BarrierKind::Cost => {
                let cost = match b.option {
                    OptionId::ShortTerm => estimate.short_per_month,
                    OptionId::LongTerm => estimate.long_per_month,
                };
                match (
                    cost,
                    estimate.inputs.budget_per_month,
                    estimate.inputs.covered_per_year,
                ) {
                    (Some(cost), Some(budget), Some(_)) if cost > budget => Some(fill(
                        &b.text,
                        &[
                            ("cost", &money(cost.round(), &estimate.symbol)),
                            ("budget", &money(budget.round(), &estimate.symbol)),
                        ],
                    )),
                    _ => None,
                }
            }
        };
        if let Some(text) = text {
            found.push(Barrier {
                id: b.id.clone(),
                option: b.option,
                kind: b.kind,
                text,
                source: b.source.clone(),
            });
        }
    }
    found
}

/// How sure the result is: the share of "not sure" and "don't know" answers
/// among the questions the weighing uses.
fn confidence(bank: &Bank, answers: &Answers) -> Confidence {
    let rules = &bank.rules;
    let p = &rules.projection;
    let mut used: Vec<&str> = rules
        .rules
        .iter()
        .flat_map(|r| r.when.iter().map(|c| c.question.as_str()))
        .chain([&p.fee, &p.covered, &p.budget, &p.hours, &p.frequency].map(String::as_str))
        .collect();
    used.sort_unstable();
    used.dedup();
    let mut counted = 0;
    let mut unsure = 0;
    for id in used {
        let Some(q) = bank.question(id) else { continue };
        if !bank.is_shown(q, answers) {
            continue;
        }
        counted += 1;
        let is_unsure = match answers.get(id) {
            None | Some(Answer::DontKnow) => true,
            Some(Answer::Choice(c)) => rules.confidence.unsure_options.contains(c),
            Some(Answer::Choices(cs)) => cs
                .iter()
                .any(|c| rules.confidence.unsure_options.contains(c)),
            _ => false,
        };
        if is_unsure {
            unsure += 1;
        }
    }
    let levels = &rules.confidence.levels;
    let level = levels
        .iter()
        .find(|l| unsure <= l.most_unsure)
        .unwrap_or(&levels[levels.len() - 1]);
    Confidence {
        level: level.id.clone(),
        text: level.text.clone(),
        unsure,
        counted,
    }
}

#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;
