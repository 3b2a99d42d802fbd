//! Conditions: when a question is shown or a rule applies, as written in the
//! bank and rules files, checked against the questions they name.

use super::raw::RawCondition;
use super::{Kind, Question};
use crate::answer::{Answer, Answers};

/// Show a question only when an earlier answer fits.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub question: String,
    pub test: Test,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    Equals(Answer),
    AnyOf(Vec<String>),
    Includes(String),
    /// A rating or number from the first to the second, both included.
    Between(f64, f64),
    /// At least this many options picked in a multiple choice.
    PickedAtLeast(usize),
}

impl Condition {
    /// Whether the condition holds for the answers given so far.
    pub fn holds(&self, answers: &Answers) -> bool {
        let Some(given) = answers.get(&self.question) else {
            return false;
        };
        match (&self.test, given) {
            (Test::Equals(want), got) => want == got,
            (Test::AnyOf(ids), Answer::Choice(id)) => ids.contains(id),
            (Test::Includes(id), Answer::Choices(ids)) => ids.contains(id),
            (Test::Between(lo, hi), Answer::Scale(n)) => (*lo..=*hi).contains(&f64::from(*n)),
            (Test::Between(lo, hi), Answer::Number(n)) => (*lo..=*hi).contains(n),
            (Test::PickedAtLeast(least), Answer::Choices(ids)) => ids.len() >= *least,
            _ => false,
        }
    }
}

/// A condition on one of `questions`; problems go to `out` without a prefix.
pub fn test_on(
    rc: RawCondition,
    questions: &[Question],
    out: &mut Vec<String>,
) -> Option<Condition> {
    let Some(target) = questions.iter().find(|q| q.id == rc.question) else {
        out.push(format!(
            "names \"{}\", which is not a question in the bank",
            rc.question
        ));
        return None;
    };
    let tests = [
        rc.equals.is_some(),
        rc.any_of.is_some(),
        rc.includes.is_some(),
        rc.between.is_some(),
        rc.picked_at_least.is_some(),
    ];
    if tests.iter().filter(|t| **t).count() != 1 {
        out.push(
            "needs exactly one of \"equals\", \"any_of\", \"includes\", \"between\" or \"picked_at_least\""
                .into(),
        );
        return None;
    }
    let test = if let Some([lo, hi]) = rc.between {
        between(target, lo, hi, out)
    } else if let Some(least) = rc.picked_at_least {
        picked_at_least(target, least, out)
    } else if let Some(value) = rc.equals {
        equals(target, value, out)?
    } else if let Some(ids) = rc.any_of {
        any_of(target, ids, out)
    } else if let Some(id) = rc.includes {
        includes(target, id, out)
    } else {
        return None;
    };
    Some(Condition {
        question: rc.question,
        test,
    })
}

/// A rating or number between two values that the question can reach.
fn between(target: &Question, lo: f64, hi: f64, out: &mut Vec<String>) -> Test {
    let range = match &target.kind {
        Kind::Scale { min, max, .. } => Some((f64::from(*min), f64::from(*max))),
        Kind::Number { min, max, .. } => Some((*min, *max)),
        _ => None,
    };
    match range {
        None => out.push(format!(
            "uses \"between\", but {} is not a rating or a number",
            target.id
        )),
        Some((min, max)) if lo > hi || hi < min || lo > max => out.push(format!(
            "can never be met: {lo} to {hi} is outside what {} allows ({min} to {max})",
            target.id
        )),
        Some(_) => {}
    }
    Test::Between(lo, hi)
}

/// At least so many picked, of a multi choice that has that many options.
fn picked_at_least(target: &Question, least: usize, out: &mut Vec<String>) -> Test {
    let count = match &target.kind {
        Kind::Multi { options } => options.len(),
        _ => {
            out.push(format!(
                "uses \"picked_at_least\", but {} is not a multi choice",
                target.id
            ));
            0
        }
    };
    if least > count && count > 0 {
        out.push(format!(
            "can never be met: {} has only {count} options",
            target.id
        ));
    }
    Test::PickedAtLeast(least)
}

/// One answer the question can be given.
fn equals(target: &Question, value: serde_json::Value, out: &mut Vec<String>) -> Option<Test> {
    match target.read_json(&value) {
        Ok(answer) => Some(Test::Equals(answer)),
        Err(why) => {
            out.push(format!(
                "can never be met: {value} is not an answer to {} ({why})",
                target.id
            ));
            None
        }
    }
}

/// Any of some options of a single choice.
fn any_of(target: &Question, ids: Vec<String>, out: &mut Vec<String>) -> Test {
    if !matches!(target.kind, Kind::Single { .. }) {
        out.push(format!(
            "uses \"any_of\", but {} is not a single choice",
            target.id
        ));
    }
    for id in &ids {
        say_if_not_an_option(target, id, out);
    }
    Test::AnyOf(ids)
}

/// One option of a multi choice, picked.
fn includes(target: &Question, id: String, out: &mut Vec<String>) -> Test {
    if !matches!(target.kind, Kind::Multi { .. }) {
        out.push(format!(
            "uses \"includes\", but {} is not a multi choice",
            target.id
        ));
    }
    say_if_not_an_option(target, &id, out);
    Test::Includes(id)
}

fn say_if_not_an_option(target: &Question, id: &str, out: &mut Vec<String>) {
    if target.option(id).is_none() {
        out.push(format!(
            "names the option \"{id}\", which {} does not have",
            target.id
        ));
    }
}
