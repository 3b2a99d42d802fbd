//! The bank's words for what the weighing found: each barrier's sentence and
//! way out, each clinician question, how clear the result is, and the
//! question and answer a change names. Kept in the record beside the facts,
//! so render words them with no bank. Records before schema 3 have none:
//! they kept the sentences themselves, which still show as they were.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

use crate::bank::Bank;
use crate::weigh::{Assessment, Change, WouldChange};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Wording {
    /// Each barrier found, by its id in rules.json.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub barriers: BTreeMap<String, BarrierWords>,
    /// Each clinician question asked, by its id in rules.json.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub clinician_questions: BTreeMap<String, String>,
    /// How clear the result is, by the level's id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub confidence: BTreeMap<String, String>,
    /// The question and the other answer each change of answer names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<AnswerWords>,
}

/// A barrier's sentence, with `{cost}` and `{budget}` for cost, and what
/// would lift it (time and a coming change).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BarrierWords {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lift: Option<String>,
}

/// The words for another answer to a question: the question's short label
/// (or its text) and the answer as the person would have read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerWords {
    pub question: String,
    pub answer: Value,
    pub label: String,
    pub shown: String,
}

impl Wording {
    /// True for a record saved before schema 3, which keeps no words apart.
    pub fn is_empty(&self) -> bool {
        self.barriers.is_empty()
            && self.clinician_questions.is_empty()
            && self.confidence.is_empty()
            && self.answers.is_empty()
    }

    /// The bank's words for each fact of the assessment.
    pub fn of(bank: &Bank, a: &Assessment) -> Wording {
        let rules = &bank.rules;
        let barriers = rules
            .barriers
            .iter()
            .filter(|b| a.barriers.iter().any(|found| found.id == b.id))
            .map(|b| {
                let words = BarrierWords {
                    text: b.text.clone(),
                    lift: b.lift.clone(),
                };
                (b.id.clone(), words)
            })
            .collect();
        let clinician_questions = rules
            .clinician_questions
            .iter()
            .filter(|c| a.clinician_questions.contains(&c.id))
            .map(|c| (c.id.clone(), c.text.clone()))
            .collect();
        let confidence = rules
            .confidence
            .levels
            .iter()
            .filter(|l| l.id == a.confidence.level)
            .map(|l| (l.id.clone(), l.text.clone()))
            .collect();
        let answers = a
            .changes
            .iter()
            .filter_map(|c| match c {
                Change::Would(WouldChange::Answer {
                    question, answer, ..
                }) => answer_words(bank, question, answer),
                _ => None,
            })
            .collect();
        Wording {
            barriers,
            clinician_questions,
            confidence,
            answers,
        }
    }

    /// The words of another answer to a question, if the record keeps them.
    pub fn answer(&self, question: &str, answer: &Value) -> Option<&AnswerWords> {
        self.answers
            .iter()
            .find(|w| w.question == question && w.answer == *answer)
    }
}

/// A question's label and another answer's words, from the bank.
fn answer_words(bank: &Bank, question: &str, answer: &Value) -> Option<AnswerWords> {
    let q = bank.question(question)?;
    let given = q.read_json(answer).ok()?;
    Some(AnswerWords {
        question: question.to_string(),
        answer: answer.clone(),
        label: q.short.clone().unwrap_or_else(|| q.text.clone()),
        shown: short_answer(q, &given).unwrap_or_else(|| q.shown(&given, None)),
    })
}

/// An option's short form (how its text begins), where it has one.
fn short_answer(q: &crate::bank::Question, given: &crate::answers::Answer) -> Option<String> {
    let crate::answers::Answer::Choice(id) = given else {
        return None;
    };
    q.kind
        .options()
        .iter()
        .find(|o| &o.id == id)
        .and_then(|o| o.short.clone())
}

/// The facts a record names, as the check of their words reads them: each
/// barrier's id (and whether it keeps its own sentence, as before schema
/// 3), the changes, the clinician questions and the confidence level.
pub struct Named<'a> {
    pub barriers: Vec<(&'a str, bool)>,
    pub changes: &'a [Change],
    pub clinician_questions: &'a [String],
    pub confidence: (&'a str, bool),
}

impl Wording {
    /// Each fact a record of schema 3 or later names with no words for it
    /// here, by its place: such a record would show an id where a sentence
    /// belongs.
    pub fn unworded(&self, named: &Named) -> Vec<String> {
        let mut found = Vec::new();
        let mut lacks = |place: String, id: &str, words: &str| {
            found.push(format!(
                "{place}: \"{}\" has no words in wording.{words}",
                crate::text::short(id)
            ));
        };
        for (k, (id, said)) in named.barriers.iter().enumerate() {
            if !said && !self.barriers.contains_key(*id) {
                lacks(format!("assessment.barriers[{k}]"), id, "barriers");
            }
        }
        for (k, change) in named.changes.iter().enumerate() {
            let place = format!("assessment.changes[{k}]");
            match change {
                Change::Would(WouldChange::Lift { barrier })
                    if self.barriers.get(barrier).is_none_or(|b| b.lift.is_none()) =>
                {
                    lacks(place, barrier, "barriers (a lift)");
                }
                Change::Would(WouldChange::Answer {
                    question, answer, ..
                }) if self.answer(question, answer).is_none() => {
                    lacks(place, question, "answers");
                }
                _ => {}
            }
        }
        for (k, id) in named.clinician_questions.iter().enumerate() {
            if !self.clinician_questions.contains_key(id) {
                lacks(
                    format!("assessment.clinician_questions[{k}]"),
                    id,
                    "clinician_questions",
                );
            }
        }
        let (level, said) = named.confidence;
        if !said && !self.confidence.contains_key(level) {
            lacks("assessment.confidence.level".into(), level, "confidence");
        }
        found
    }
}
