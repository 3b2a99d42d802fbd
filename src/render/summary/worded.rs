//! The weighing's facts in words: each barrier with its figures, each thing
//! that would change the result, each clinician question and how clear the
//! result is, told in the words the record keeps (its `wording`, its words
//! and bands). A record before schema 3 kept the sentences themselves, which
//! are shown as they were. A fact the record keeps no words for is shown by
//! its id, never dropped.

use crate::answers::money;
use crate::bank::rules::{BandId, OptionId};
use crate::record::Record;
use crate::text::fill;
use crate::weigh::{Barrier, Change, WouldChange};

/// A barrier's sentence, with its costs a month for a cost barrier.
pub fn barrier(record: &Record, b: &Barrier) -> String {
    if let Some(said) = &b.said_before {
        return said.clone();
    }
    let Some(words) = record.wording.barriers.get(&b.id) else {
        return b.id.clone();
    };
    match &b.figures {
        Some(f) => fill(
            &words.text,
            &[
                ("cost", &money(f.per_month.round(), &f.currency)),
                ("budget", &money(f.budget.round(), &f.currency)),
            ],
        ),
        None => words.text.clone(),
    }
}

/// One thing that would change the result, in a sentence; None for a
/// barrier the record has no way out for.
pub fn change(record: &Record, c: &Change) -> Option<String> {
    let w = &record.assessment.words;
    let would = match c {
        Change::Said(said) => return Some(said.clone()),
        Change::Would(would) => would,
    };
    Some(match would {
        WouldChange::Lift { barrier } => match record.wording.barriers.get(barrier) {
            Some(words) => words.lift.clone()?,
            None => barrier.clone(),
        },
        WouldChange::Budget {
            option,
            per_month,
            currency,
        } => {
            // The budget that would do, up to the next ten.
            let amount = money((per_month / 10.0).ceil() * 10.0, currency);
            let template = match option {
                OptionId::LongTerm => &w.change_budget,
                OptionId::ShortTerm => &w.change_budget_short,
            };
            fill(template, &[("amount", &amount)])
        }
        WouldChange::Answer {
            question,
            answer,
            from,
            to,
            ..
        } => {
            let (label, shown) = match record.wording.answer(question, answer) {
                Some(words) => (words.label.clone(), words.shown.clone()),
                None => (question.clone(), answer.to_string()),
            };
            fill(
                &w.change_answer,
                &[
                    ("question", &label),
                    ("answer", &shown),
                    ("from", &band_label(record, *from)),
                    ("band", &band_label(record, *to)),
                ],
            )
        }
    })
}

/// A band's words, as the record keeps them.
fn band_label(record: &Record, band: BandId) -> String {
    record
        .assessment
        .bands
        .iter()
        .find(|b| b.id == band)
        .map_or_else(String::new, |b| b.label.clone())
}

/// A clinician question, by its id (before schema 3: its sentence).
pub fn clinician_question(record: &Record, id: &str) -> String {
    record
        .wording
        .clinician_questions
        .get(id)
        .cloned()
        .unwrap_or_else(|| id.to_string())
}

/// How clear the result is, in a sentence.
pub fn confidence(record: &Record) -> String {
    let c = &record.assessment.confidence;
    if let Some(said) = &c.said_before {
        return said.clone();
    }
    record
        .wording
        .confidence
        .get(&c.level)
        .cloned()
        .unwrap_or_else(|| c.level.clone())
}

#[cfg(test)]
mod tests;
