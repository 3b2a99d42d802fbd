//! Weighing: bank and answers in, assessment out. Pure and deterministic. The
//! score sums the rules of rules.json, which read only the person's value
//! answers; barriers and the clinical story stand apart from it; every step
//! keeps its reason and source so the result can be shown in full. What it
//! finds are facts (which barrier with its figures, which change, which
//! clinician question, how clear); render puts them into words.

mod changes;

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

pub use changes::{Change, WouldChange};

use crate::answers::{Answer, Answers};
use crate::bank::rules::{Band, BandId, BarrierKind, OptionId, Words};
use crate::bank::{Bank, Condition, Role};
use crate::estimate::{Estimate, estimate};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// From -100 (short-term) to +100 (long-term); starts at 0.
    pub score: i32,
    pub band: BandId,
    pub band_label: String,
    /// Every rule that counted, strongest first.
    pub reasons: Vec<Reason>,
    pub barriers: Vec<Barrier>,
    pub confidence: Confidence,
    /// The person's own leaning, in their answer's words, and which way it is.
    pub own_lean: Option<OwnLean>,
    /// The person leans one way and their value answers fit the other.
    #[serde(default)]
    pub mismatch: bool,
    pub estimate: Estimate,
    /// What would have to be different for the result to change.
    pub changes: Vec<Change>,
    /// The clinician questions to ask, by their id in rules.json, each once.
    /// Records before schema 3 kept each question's sentence here instead.
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
    /// The answers that made the rule count, in words.
    pub answers: Vec<Said>,
}

/// One answer as the person gave it: the question and the answer, in words.
/// Records before schema 2 wrote it as a `[question, answer]` pair, which
/// still reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Said {
    pub question: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Barrier {
    /// The barrier's id in rules.json.
    pub id: String,
    pub option: OptionId,
    pub kind: BarrierKind,
    /// Records before schema 3 only: the barrier as it was said.
    #[serde(rename = "text", default, skip_serializing_if = "Option::is_none")]
    pub said_before: Option<String>,
    /// A cost barrier's figures: what the option costs a month, over the budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<CostFigures>,
    pub source: String,
}

/// What an option costs a month and what the person could spend a month,
/// in the currency of their answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostFigures {
    pub per_month: f64,
    pub budget: f64,
    /// The currency's sign as the person's answers give it ("$", "£").
    pub currency: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Confidence {
    /// The level's id in rules.json ("high", "medium", "low").
    pub level: String,
    /// Records before schema 3 only: the level as it was said.
    #[serde(rename = "text", default, skip_serializing_if = "Option::is_none")]
    pub said_before: Option<String>,
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

/// The score alone: every rule that holds, within ±100. Rules read only
/// value answers; answers that earlier answers hide never count.
pub fn score(bank: &Bank, answers: &Answers) -> i32 {
    score_of_shown(bank, &bank.without_hidden(answers))
}

/// The score of answers already without the hidden ones.
fn score_of_shown(bank: &Bank, answers: &Answers) -> i32 {
    let rules = &bank.rules;
    let sum: i32 = rules.start.weight
        + rules
            .rules
            .iter()
            .filter(|r| holds(&r.when, answers))
            .map(|r| r.weight)
            .sum::<i32>();
    sum.clamp(-100, 100)
}

/// The score of some answers and the band it falls in.
#[derive(Debug, Clone, Copy)]
pub struct Fit<'a> {
    pub score: i32,
    pub band: &'a Band,
}

/// The score and the band it fits: a "clearly" band only when the person's
/// own value answers point its way on enough questions.
pub fn fit<'a>(bank: &'a Bank, answers: &Answers) -> Fit<'a> {
    let shown = bank.without_hidden(answers);
    let score = score_of_shown(bank, &shown);
    let mut ways = [0usize; 2];
    for (_, q) in bank.questions().filter(|(_, q)| q.role == Role::Value) {
        let leaning: i32 = bank
            .rules
            .rules
            .iter()
            .filter(|r| r.when.iter().any(|c| c.question == q.id))
            .filter(|r| holds(&r.when, &shown))
            .map(|r| r.weight)
            .sum();
        if leaning != 0 {
            ways[usize::from(leaning > 0)] += 1;
        }
    }
    let band = bank.rules.fit(score, |side| match side {
        OptionId::ShortTerm => ways[0],
        OptionId::LongTerm => ways[1],
    });
    Fit { score, band }
}

/// Weigh the answers into an assessment.
pub fn weigh(bank: &Bank, answers: &Answers) -> Assessment {
    let answers = bank.without_hidden(answers);
    let rules = &bank.rules;
    // A plain description of the options is not a study: no name to cite.
    let short_name = |source: &str| {
        bank.evidence
            .source(source)
            .filter(|s| !s.description)
            .map(|s| s.short.clone())
            .unwrap_or_default()
    };
    let words_of = |conditions: &[Condition]| -> Vec<Said> {
        conditions
            .iter()
            .filter_map(|c| {
                let q = bank.question(&c.question)?;
                let a = answers.get(&c.question)?;
                Some(Said {
                    question: q.text.clone(),
                    answer: q.shown(a, bank.money_symbol(q, &answers)),
                })
            })
            .collect()
    };
    let mut reasons = Vec::new();
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
    let Fit { score, band } = fit(bank, &answers);
    let estimate = estimate(bank, &answers);
    let barriers = barriers(bank, &answers, &estimate);
    let clinician_questions = clinician_questions(bank, &answers, &barriers);
    let own_lean = own_lean(bank, &answers);
    let mismatch = match (own_lean.as_ref().and_then(|l| l.option), band.side()) {
        (Some(own), Some(fits)) => own != fits,
        _ => false,
    };
    Assessment {
        score,
        band: band.id,
        band_label: band.label.clone(),
        reasons,
        changes: changes::changes(bank, &answers, score, band.id, &barriers, &estimate),
        barriers,
        confidence: confidence(bank, &answers),
        own_lean,
        mismatch,
        estimate,
        clinician_questions,
        words: rules.words.clone(),
        bands: rules.bands.clone(),
    }
}

/// The questions to ask a clinician, by id, each once: those of a barrier
/// that stands, or of answers given.
fn clinician_questions(bank: &Bank, answers: &Answers, barriers: &[Barrier]) -> Vec<String> {
    let rules = &bank.rules;
    let barrier_ids: HashSet<&str> = barriers.iter().map(|b| b.id.as_str()).collect();
    let mut clinician_questions: Vec<String> = Vec::new();
    for c in rules
        .clinician_questions
        .iter()
        .filter(|c| match &c.barrier {
            Some(id) => barrier_ids.contains(id.as_str()),
            None => holds(&c.when, answers),
        })
    {
        // Several answers may lead to the same question: ask it once.
        if !clinician_questions.contains(&c.id) {
            clinician_questions.push(c.id.clone());
        }
    }
    clinician_questions
}

/// The person's own leaning, as they answered it, and the option it names.
fn own_lean(bank: &Bank, answers: &Answers) -> Option<OwnLean> {
    let lean = &bank.rules.own_lean;
    match (bank.question(&lean.question), answers.get(&lean.question)) {
        (Some(q), Some(a)) => Some(OwnLean {
            answer: q.shown(a, None),
            option: match a {
                Answer::Choice(id) if *id == lean.short_term => Some(OptionId::ShortTerm),
                Answer::Choice(id) if *id == lean.long_term => Some(OptionId::LongTerm),
                _ => None,
            },
        }),
        _ => None,
    }
}

/// The barriers that stand above the score: time from the answers, cost from
/// the projections. A cost barrier needs a known fee, cover and budget.
pub fn barriers(bank: &Bank, answers: &Answers, estimate: &Estimate) -> Vec<Barrier> {
    let mut found = Vec::new();
    for b in &bank.rules.barriers {
        // Some(figures) when it stands: none for time, the costs for cost.
        let stands = match b.kind {
            BarrierKind::Time | BarrierKind::Change if holds(&b.when, answers) => Some(None),
            BarrierKind::Time | BarrierKind::Change => None,
            BarrierKind::Cost => over_budget(b.option, estimate).map(Some),
        };
        if let Some(figures) = stands {
            found.push(Barrier {
                id: b.id.clone(),
                option: b.option,
                kind: b.kind,
                said_before: None,
                figures,
                source: b.source.clone(),
            });
        }
    }
    found
}

/// What an option costs a month against the budget, when it costs more and
/// the fee, cover and budget are all known.
fn over_budget(option: OptionId, estimate: &Estimate) -> Option<CostFigures> {
    let cost = match option {
        OptionId::ShortTerm => estimate.short_per_month,
        OptionId::LongTerm => estimate.long_per_month,
    };
    match (
        cost,
        estimate.inputs.budget_per_month,
        estimate.inputs.covered_per_year,
    ) {
        (Some(per_month), Some(budget), Some(_)) if per_month > budget => Some(CostFigures {
            per_month,
            budget,
            currency: estimate.symbol.clone(),
        }),
        _ => None,
    }
}

/// How sure the result is: the share of "not sure" answers among the value
/// questions, the only ones the weighing uses.
fn confidence(bank: &Bank, answers: &Answers) -> Confidence {
    let rules = &bank.rules;
    // Only the value answers make the fit; an unknown fee is a cost question.
    let used: Vec<&str> = bank
        .questions()
        .filter(|(_, q)| q.role == Role::Value)
        .map(|(_, q)| q.id.as_str())
        .collect();
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
        said_before: None,
        unsure,
        counted,
    }
}

#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;
