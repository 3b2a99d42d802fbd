//! A custom bank cannot switch the safety question off: `check`, and any run
//! with `--questions DIR`, refuses a bank whose safety question is missing,
//! not marked, not required, without its "right now" follow-up, or without
//! its "I'd rather not say" answer.

use serde_json::Value;

use crate::common::built_in;
use crate::test::Test;

/// The built-in bank with `change` made to its first section (the safety one).
fn bank_with(change: impl FnOnce(&mut Vec<Value>)) -> String {
    let mut bank: Value = serde_json::from_str(&built_in("bank.json")).unwrap();
    let questions = bank["sections"][0]["questions"].as_array_mut().unwrap();
    change(questions);
    serde_json::to_string_pretty(&bank).unwrap()
}

fn refused(bank: String, says: &str) {
    Test::new()
        .arg("check")
        .bank_file("bank.json", bank)
        .run()
        .code(2)
        .stderr_has(says);
}

#[test]
fn a_bank_without_the_safety_question_is_refused() {
    let bank = bank_with(|qs| {
        qs.clear();
    });
    refused(bank, "bank.json: bank: there is no safety question");
}

#[test]
fn a_safety_question_not_marked_as_one_is_refused() {
    let bank = bank_with(|qs| {
        qs[0].as_object_mut().unwrap().remove("safety");
    });
    refused(
        bank,
        "bank.json: bank: there is no safety question: \"safety.thoughts\" has its answers but is not marked \"safety\": true",
    );
}

#[test]
fn a_safety_question_that_can_be_skipped_is_refused() {
    let bank = bank_with(|qs| {
        qs[0]["required"] = Value::Bool(false);
    });
    refused(
        bank,
        "bank.json: safety.thoughts: the safety question must be required",
    );
}

#[test]
fn a_safety_question_without_right_now_is_refused() {
    let bank = bank_with(|qs| {
        qs.truncate(1);
    });
    refused(
        bank,
        "bank.json: safety.thoughts: the safety question needs its \"right now\" follow-up",
    );
}

#[test]
fn a_right_now_shown_only_after_yes_is_refused() {
    let bank = bank_with(|qs| {
        qs[1]["show_if"]["any_of"] = serde_json::json!(["yes"]);
    });
    refused(
        bank,
        "bank.json: safety.thoughts: its \"right now\" follow-up \"safety.now\" must be required, shown if",
    );
}

#[test]
fn a_safety_question_without_rather_not_say_is_refused() {
    let bank = bank_with(|qs| {
        qs[0]["options"].as_array_mut().unwrap().pop();
        qs[1]["show_if"]["any_of"] = serde_json::json!(["yes"]);
    });
    refused(
        bank,
        "bank.json: safety.thoughts: the safety question needs its \"I'd rather not say\" answer",
    );
}

#[test]
fn a_run_with_such_a_bank_is_refused_too() {
    let bank = bank_with(|qs| {
        qs[0]["required"] = Value::Bool(false);
    });
    Test::new()
        .arg("start")
        .bank_file("bank.json", bank)
        .plain(&["1"])
        .run()
        .code(2)
        .stderr_has("the safety question must be required");
}
