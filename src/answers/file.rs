//! Answers files (`{"answers": {"<id>": value}}`): read one and check every
//! answer against the bank, reporting every problem before anything runs.

use serde_json::Value;
use std::fmt;

use super::Answers;
use crate::bank::Bank;

/// One thing wrong with an answers file, naming the question.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerProblem {
    /// The question id, or "file" for problems with the whole file.
    pub place: String,
    pub message: String,
}

impl fmt::Display for AnswerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

fn problem(place: &str, message: String) -> AnswerProblem {
    AnswerProblem {
        place: place.to_string(),
        message,
    }
}

/// Read and check an answers file's text. On success every answer fits the
/// bank, no hidden question is answered and no required one is missing.
pub fn read(bank: &Bank, text: &str) -> Result<Answers, Vec<AnswerProblem>> {
    let root: Value = serde_json::from_str(text).map_err(|e| {
        vec![problem(
            "file",
            format!(
                "this is not valid JSON: {} (line {}, column {})",
                strip_position(&e.to_string()),
                e.line(),
                e.column()
            ),
        )]
    })?;
    let Some(object) = root.as_object() else {
        return Err(vec![problem(
            "file",
            "expected one JSON object like {\"answers\": {...}}".into(),
        )]);
    };
    let mut problems = Vec::new();
    for key in object.keys() {
        if key != "answers" && key != "$schema" {
            problems.push(problem(
                "file",
                format!("unknown field \"{key}\"; expected only \"answers\""),
            ));
        }
    }
    let Some(given) = object.get("answers").and_then(Value::as_object) else {
        problems.push(problem(
            "file",
            "expected a field \"answers\" holding an object of question ids and values".into(),
        ));
        return Err(problems);
    };
    for id in given.keys() {
        if bank.question(id).is_none() {
            problems.push(problem(
                id,
                format!(
                    "there is no question with this id. Given: {}",
                    show(&given[id])
                ),
            ));
        }
    }
    let mut answers = Answers::default();
    for (_, q) in bank.questions() {
        let shown = bank.is_shown(q, &answers);
        match (given.get(&q.id), shown) {
            (Some(value), false) => {
                let when = q
                    .show_if
                    .as_ref()
                    .map(|c| c.question.as_str())
                    .unwrap_or_default();
                problems.push(problem(
                    &q.id,
                    format!(
                        "this question is hidden by the answer to {when}, so it must not be answered. Given: {}",
                        show(value)
                    ),
                ));
            }
            (Some(value), true) => match q.read_json(value) {
                Ok(answer) => answers.insert(q.id.clone(), answer),
                Err(why) => problems.push(problem(
                    &q.id,
                    format!("{why}. Given: {}. Expected: {}.", show(value), q.expected()),
                )),
            },
            (None, true) if q.required => problems.push(problem(
                &q.id,
                format!("this question needs an answer. Expected: {}.", q.expected()),
            )),
            (None, _) => {}
        }
    }
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(problems)
    }
}

/// A value as given, cut short if long.
fn show(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text
    }
}

fn strip_position(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}
