//! Answers files (`{"answers": {"<id>": value}}`): read one and check every
//! answer against the bank, reporting every problem before anything runs.

use serde_json::Value;
use std::fmt;

use super::Answers;
use crate::bank::{Bank, Question};
use crate::text::short;
use crate::text::strict_json::unique_keys;

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

pub fn problem(place: &str, message: String) -> AnswerProblem {
    AnswerProblem {
        place: place.to_string(),
        message,
    }
}

/// A file's text as JSON, strictly: a key given twice is refused, with `twice`
/// saying what that means for this kind of file. One parse for every way in.
pub fn json_of(text: &str, twice: &str) -> Result<Value, AnswerProblem> {
    let root: Value = serde_json::from_str(text).map_err(|e| {
        problem(
            "file",
            format!(
                "this is not valid JSON: {} (line {}, column {})",
                strip_position(&e.to_string()),
                e.line(),
                e.column()
            ),
        )
    })?;
    if let Err(e) = unique_keys(text) {
        return Err(problem(
            "file",
            format!(
                "{} (line {}, column {}); {twice}",
                strip_position(&e.to_string()),
                e.line(),
                e.column()
            ),
        ));
    }
    Ok(root)
}

/// Read and check an answers file's text. On success every answer fits the
/// bank, no hidden question is answered and no required one is missing.
pub fn read(bank: &Bank, text: &str) -> Result<Answers, Vec<AnswerProblem>> {
    let root = json_of(text, "each question may be answered only once").map_err(|p| vec![p])?;
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
    let checked = check(bank, given, &AsInFile);
    problems.extend(checked.problems);
    if problems.is_empty() {
        Ok(checked.answers)
    } else {
        Err(problems)
    }
}

/// How a way in writes answers, for the validator's messages: a value as the
/// person gave it, and what a question's answer must look like.
pub trait WayIn {
    fn given(&self, id: &str, value: &Value) -> String;
    fn expected(&self, q: &Question) -> String;
}

/// An answers file: values as its JSON, answers as option ids and numbers.
struct AsInFile;

impl WayIn for AsInFile {
    fn given(&self, _id: &str, value: &Value) -> String {
        show(value)
    }
    fn expected(&self, q: &Question) -> String {
        q.expected()
    }
}

/// What the validator made of the given values: the answers that fit, in
/// bank order, and every problem.
pub struct Checked {
    pub answers: Answers,
    pub problems: Vec<AnswerProblem>,
}

/// The one check every way in shares: each value (`{"<id>": value}`, as in
/// an answers file) against its question, no hidden question answered, no
/// required one missing. `way` says values and what is expected in the
/// terms of the way in (an answers file's JSON, or a FHIR response's items).
pub fn check(bank: &Bank, given: &serde_json::Map<String, Value>, way: &dyn WayIn) -> Checked {
    let shown = |id: &str, value: &Value| way.given(id, value);
    let mut problems = Vec::new();
    for id in given.keys() {
        if bank.question(id).is_none() {
            problems.push(problem(
                id,
                format!(
                    "there is no question with this id. Given: {}",
                    shown(id, &given[id])
                ),
            ));
        }
    }
    let mut answers = Answers::default();
    // "Right now" is asked whenever the flag is raised, by item 9 too, which
    // comes after it in the bank.
    let item9_raised = item9_raised(bank, given);
    for (_, q) in bank.questions() {
        let on = bank.is_shown(q, &answers) || (item9_raised && bank.is_right_now(q));
        match (given.get(&q.id), on) {
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
                        shown(&q.id, value)
                    ),
                ));
            }
            (Some(value), true) => match q.read_json(value) {
                Ok(answer) => answers.insert(q.id.clone(), answer),
                Err(why) => problems.push(problem(
                    &q.id,
                    format!(
                        "{why}. Given: {}. Expected: {}.",
                        shown(&q.id, value),
                        way.expected(q)
                    ),
                )),
            },
            (None, true) if q.required => problems.push(problem(
                &q.id,
                format!(
                    "this question needs an answer. Expected: {}.",
                    way.expected(q)
                ),
            )),
            (None, _) => {}
        }
    }
    Checked { answers, problems }
}

/// Keep what still fits the bank from saved answers (`{"<id>": value}`), in
/// bank order; return the ids of the answers that no longer fit.
pub fn read_lenient(bank: &Bank, saved: &Value) -> (Answers, Vec<String>) {
    let mut answers = Answers::default();
    let mut dropped = Vec::new();
    let Some(given) = saved.as_object() else {
        return (answers, dropped);
    };
    for id in given.keys() {
        if bank.question(id).is_none() {
            dropped.push(id.clone());
        }
    }
    let item9_raised = item9_raised(bank, given);
    for (_, q) in bank.questions() {
        if let Some(value) = given.get(&q.id) {
            let shown = bank.is_shown(q, &answers) || (item9_raised && bank.is_right_now(q));
            match q.read_json(value) {
                Ok(answer) if shown => answers.insert(q.id.clone(), answer),
                _ => dropped.push(q.id.clone()),
            }
        }
    }
    (answers, dropped)
}

/// Whether the given answers hold a PHQ-9 item 9 above "Not at all".
fn item9_raised(bank: &Bank, given: &serde_json::Map<String, Value>) -> bool {
    bank.questions().any(|(_, q)| {
        q.flags_safety_above.is_some()
            && given
                .get(&q.id)
                .and_then(|v| q.read_json(v).ok())
                .is_some_and(|a| q.raises_safety(&a))
    })
}

/// A value as given, cut short if long.
fn show(value: &Value) -> String {
    short(&value.to_string())
}

pub fn strip_position(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn example() -> Value {
        serde_json::from_str(crate::fixtures::example_text("first-episode")).unwrap()
    }

    fn problems_with(
        change: impl FnOnce(&mut serde_json::Map<String, Value>),
    ) -> Vec<AnswerProblem> {
        let bank = crate::fixtures::bank();
        let mut file = example();
        change(file["answers"].as_object_mut().unwrap());
        read(bank, &file.to_string()).expect_err("the broken file was accepted")
    }

    fn says(found: &[AnswerProblem], place: &str, words: &[&str]) {
        assert!(
            found
                .iter()
                .any(|p| p.place == place && words.iter().all(|w| p.message.contains(w))),
            "no problem at {place} saying {words:?} in {found:#?}"
        );
    }

    #[test]
    fn the_examples_are_accepted() {
        let bank = crate::fixtures::bank();
        for name in crate::fixtures::EXAMPLES {
            let answers = read(bank, crate::fixtures::example_text(name)).unwrap();
            assert!(answers.len() > 30);
        }
    }

    #[test]
    fn an_unknown_id_is_named_with_its_value() {
        let found = problems_with(|a| {
            a.insert("time.forever".into(), json!(3));
        });
        says(
            &found,
            "time.forever",
            &["no question with this id", "Given: 3"],
        );
    }

    #[test]
    fn a_value_of_the_wrong_kind_names_what_was_expected() {
        let found = problems_with(|a| {
            a.insert("time.commitment".into(), json!(6));
            a.insert("safety.thoughts".into(), json!(false));
        });
        says(
            &found,
            "time.commitment",
            &["Given: 6", "Expected: one of \"under_4_months\""],
        );
        says(
            &found,
            "safety.thoughts",
            &[
                "Given: false",
                "Expected: one of \"yes\", \"no\", \"rather_not_say\"",
            ],
        );
    }

    #[test]
    fn a_missing_safety_answer_is_an_error_never_a_no() {
        let found = problems_with(|a| {
            a.remove("safety.thoughts");
        });
        says(&found, "safety.thoughts", &["needs an answer"]);
    }

    #[test]
    fn a_yes_to_the_safety_question_needs_the_right_now_answer_too() {
        let found = problems_with(|a| {
            a.insert("safety.thoughts".into(), json!("rather_not_say"));
        });
        says(&found, "safety.now", &["needs an answer"]);
    }

    #[test]
    fn numbers_out_of_range_are_refused() {
        let found = problems_with(|a| {
            a.insert("time.hours_per_week".into(), json!(1e308));
            a.insert("money.fee".into(), json!(-20));
            a.insert("money.monthly_budget".into(), json!(-1));
            a.insert("money.covered_sessions".into(), json!(2.5));
        });
        says(&found, "time.hours_per_week", &["outside 0 to 40"]);
        says(&found, "money.fee", &["-20 is outside 0 to 5000"]);
        says(
            &found,
            "money.monthly_budget",
            &["-1 is outside 0 to 100000"],
        );
        says(&found, "money.covered_sessions", &["not a whole number"]);
    }

    #[test]
    fn a_missing_required_answer_is_named() {
        let found = problems_with(|a| {
            a.remove("support.role");
        });
        says(
            &found,
            "support.role",
            &["needs an answer", "Expected: one of"],
        );
    }

    #[test]
    fn an_answer_to_a_hidden_question_is_refused() {
        let found = problems_with(|a| {
            a.insert("situation.therapy_result".into(), json!("helped"));
        });
        says(
            &found,
            "situation.therapy_result",
            &["hidden by the answer to situation.therapy_before"],
        );
    }

    #[test]
    fn text_longer_than_its_limit_is_refused() {
        let found = problems_with(|a| {
            a.insert("notes.note".into(), json!("x".repeat(2001)));
        });
        says(
            &found,
            "notes.note",
            &["2001 characters long; the most is 2000"],
        );
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let bank = crate::fixtures::bank();
        let found = read(bank, "{\"answers\": {\"a\": }").unwrap_err();
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("line 1, column"), "{found:?}");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let found = problems_with(|a| {
            a.insert("time.commitment".into(), json!("forever"));
            a.remove("support.role");
            a.insert("bogus.id".into(), json!(true));
        });
        assert_eq!(found.len(), 3, "{found:#?}");
    }
}
