//! A bank cannot switch the safety question off: `check` (and any run with
//! `--questions DIR`) refuses a bank whose safety question is missing, not
//! marked as the safety question, not first, not required, without its
//! "right now" follow-up, or without its "I'd rather not say" answer.

use crate::answer::{Answer, Answers};
use crate::bank::{Kind, Question, SafetyAnswer};

/// What is wrong with the bank's safety question, each with the place it is
/// about, given every question in bank order.
pub(in crate::bank) fn problems(questions: &[Question]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let marked: Vec<&Question> = questions.iter().filter(|q| q.safety).collect();
    let Some(first) = marked.first() else {
        found.push(("bank".to_string(), unmarked(questions)));
        return found;
    };
    for twice in &marked[1..] {
        found.push((
            twice.id.clone(),
            format!(
                "only one question may be the safety question; \"{}\" already is",
                first.id
            ),
        ));
    }
    let q = *first;
    if questions.first().is_some_and(|opening| opening.id != q.id) {
        found.push((
            q.id.clone(),
            "the safety question must be the first question of the bank".to_string(),
        ));
    }
    if !q.required {
        found.push((
            q.id.clone(),
            "the safety question must be required: take out \"required\": false".to_string(),
        ));
    }
    if !has_all_answers(q) {
        found.push((
            q.id.clone(),
            format!(
                "the safety question needs its \"I'd rather not say\" answer: the options must be {}",
                ids()
            ),
        ));
    }
    if let Some(problem) = right_now_problem(questions, q) {
        found.push((q.id.clone(), problem));
    }
    found
}

/// The bank marks no question as the safety question: say so, naming one
/// that has its answers but lacks the mark.
fn unmarked(questions: &[Question]) -> String {
    match questions.iter().find(|q| has_all_answers(q)) {
        Some(like) => format!(
            "there is no safety question: \"{}\" has its answers but is not marked \"safety\": true",
            like.id
        ),
        None => "there is no safety question: one question, first in the bank, must have \"safety\": true and the options "
            .to_string()
            + &ids(),
    }
}

/// What is wrong with the "right now" follow-up: a question shown after a
/// yes and after a rather not say to the safety question, with the same answers.
fn right_now_problem(questions: &[Question], safety: &Question) -> Option<String> {
    let follow_up = questions
        .iter()
        .find(|q| !q.safety && q.show_if.as_ref().is_some_and(|c| c.question == safety.id));
    let Some(follow_up) = follow_up else {
        return Some(format!(
            "the safety question needs its \"right now\" follow-up: a question shown if \"{}\" is yes or rather_not_say, with the options {}",
            safety.id,
            ids()
        ));
    };
    let shown_after = |id: SafetyAnswer| {
        let mut answers = Answers::default();
        answers.insert(safety.id.clone(), Answer::Choice(id.id().to_string()));
        follow_up
            .show_if
            .as_ref()
            .is_some_and(|c| c.holds(&answers))
    };
    let raising = SafetyAnswer::ALL.into_iter().filter(|a| a.raises_safety());
    if !raising.clone().all(shown_after) || !has_all_answers(follow_up) || !follow_up.required {
        return Some(format!(
            "its \"right now\" follow-up \"{}\" must be required, shown if \"{}\" is yes or rather_not_say, with the options {}",
            follow_up.id,
            safety.id,
            ids()
        ));
    }
    None
}

/// Whether a question is a single choice with the safety answers, in order.
fn has_all_answers(q: &Question) -> bool {
    let options: Vec<&str> = q.kind.options().iter().map(|o| o.id.as_str()).collect();
    matches!(q.kind, Kind::Single { .. }) && options == SafetyAnswer::ALL.map(SafetyAnswer::id)
}

fn ids() -> String {
    SafetyAnswer::ALL.map(SafetyAnswer::id).join(", ")
}
