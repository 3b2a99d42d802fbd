//! One answer, and a person's answers by question id: plain data that every
//! stage can hold. A leaf: it imports nothing from the rest of the crate.

use chrono::{DateTime, FixedOffset};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// How a "don't know" is written in an answers file and in the record.
pub const DONT_KNOW: &str = "dont_know";

/// One answer, of the shape its question's kind asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Choice(String),
    Choices(Vec<String>),
    YesNo(bool),
    Scale(u8),
    Number(f64),
    DontKnow,
    Text(String),
}

/// A yes, or rather not say, to the safety question given before a break
/// (the question is asked again on the resume), or changed later in the same
/// sitting. This earlier answer is kept, so the summary still says it even
/// when the new answer is different.
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier {
    pub answer: Answer,
    /// When the unfinished answers holding it were last saved, if known.
    pub given: Option<DateTime<FixedOffset>>,
    /// The answers it brought ("right now?"), by question id.
    pub with: Answers,
    /// Changed later in the same sitting (yes, back, no), not asked again
    /// after a break.
    pub taken_back: bool,
}

/// Answers by question id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers(BTreeMap<String, Answer>);

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.0.get(id)
    }

    pub fn insert(&mut self, id: String, answer: Answer) {
        self.0.insert(id, answer);
    }

    /// Put an answer in place of the one given (or none), returning the old
    /// one; cheaper than insert when trying answers one after another.
    pub fn replace(&mut self, id: &str, answer: Option<Answer>) -> Option<Answer> {
        match (self.0.get_mut(id), answer) {
            (Some(slot), Some(new)) => Some(std::mem::replace(slot, new)),
            (None, Some(new)) => self.0.insert(id.to_string(), new),
            (_, None) => self.0.remove(id),
        }
    }

    pub fn remove(&mut self, id: &str) {
        self.0.remove(id);
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Answer)> {
        self.0.iter()
    }

    /// The answers as an answers file: `{"answers": {...}}`.
    pub fn to_file_json(&self) -> Value {
        let map: serde_json::Map<String, Value> = self
            .0
            .iter()
            .map(|(id, a)| (id.clone(), a.to_json()))
            .collect();
        json!({ "answers": map })
    }
}

impl Answer {
    /// The value as written in an answers file and in the record.
    pub fn to_json(&self) -> Value {
        match self {
            Answer::Choice(id) => json!(id),
            Answer::Choices(ids) => json!(ids),
            Answer::YesNo(b) => json!(b),
            Answer::Scale(n) => json!(n),
            Answer::Number(n) => json!(n),
            Answer::DontKnow => json!(DONT_KNOW),
            Answer::Text(t) => json!(t),
        }
    }
}
