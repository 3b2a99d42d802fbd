//! A yes to the safety question before a break is never lost. The question is
//! asked again on the resume with nothing chosen; an answer of "No" then still
//! leaves the earlier yes in the safety alert of every saved format, and an
//! earlier "No" adds nothing.

use crate::common::lines_for;
use crate::test::{Ran, Test};

/// Plain mode: 1 is "Yes", 2 is "No" (lines[0] of first-episode is its "No").
const YES: &str = "1";

/// Answer the safety question with `first` (and what it brings), answer four
/// more questions of first-episode, stop; then resume, answer "No" to the
/// safety question asked again and finish with first-episode's answers.
fn yes_then_no_after_a_break(first: &[&str]) -> Ran {
    let lines = lines_for("first-episode");
    let mut before: Vec<String> = first.iter().map(|s| s.to_string()).collect();
    before.extend_from_slice(&lines[1..5]);
    let stopped = Test::new().plain(&before).run().code(1);
    let mut after = vec!["y".to_string(), lines[0].clone()];
    after.extend_from_slice(&lines[5..]);
    stopped.again().plain(&after).run().success()
}

#[test]
fn an_earlier_yes_stays_in_the_safety_alert_when_the_answer_after_a_break_is_no() {
    // Yes, the safety page ("c"), then "No" to "right now?".
    let ran = yes_then_no_after_a_break(&[YES, "c", "2"]);
    let out = ran.stdout();
    // Asked again, saying what was answered before, nothing chosen.
    let asked_again = out
        .split("You have an unfinished questionnaire")
        .nth(1)
        .unwrap();
    assert!(
        asked_again.contains("Before your break you answered: Yes. We ask again"),
        "{asked_again}"
    );
    assert!(!asked_again.contains("Press Enter to keep your answer"));

    let json = ran.record();
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let flag = &record["safety_flag"];
    assert_eq!(flag["answer"], "Yes", "{flag}");
    assert_eq!(flag["asked_again"]["answer"], "No", "{flag}");
    assert!(flag["asked_again"]["earlier_given"].is_string(), "{flag}");
    let said = "That answer was given before a break, on ";
    let again = "When asked again after the break, the answer was: No.";
    let answered: Vec<&serde_json::Value> = record["sections"][0]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["value"])
        .collect();
    assert_eq!(
        answered,
        ["no"],
        "the answer after the break is the one kept"
    );

    let md = std::fs::read_to_string(json.with_extension("md")).unwrap();
    let alert = md
        .lines()
        .find(|l| l.starts_with("> **SAFETY"))
        .unwrap_or_else(|| panic!("no safety alert in\n{md}"));
    assert!(
        alert.contains("Thoughts of death, self-harm or suicide: yes (self-reported)"),
        "{alert}"
    );
    assert!(alert.contains(said) && alert.contains(again), "{alert}");
    let html = std::fs::read_to_string(json.with_extension("html")).unwrap();
    let alert = html.split("class=\"safety\"").nth(1).unwrap();
    assert!(alert.contains(said) && alert.contains(again));
    let boxed = &record["clinician"]["lines"][0];
    assert_eq!(boxed["id"], "safety", "{boxed}");
    assert!(boxed["text"].as_str().unwrap().contains(again), "{boxed}");
    // "Right now?", answered before the break, is not asked after a "No": kept.
    let now = "Before the break, to the question \u{201c}Are these thoughts with you right now?\u{201d} the answer was: No.";
    assert!(alert.contains(now), "{alert}");
    assert_eq!(
        flag["asked_again"]["with"][0]["question"],
        "Are these thoughts with you right now?"
    );

    // The clinician's folder review puts it first, flagged.
    let review = ran.again().arg("review").arg(&json).run().success();
    review.stdout_has(again);
}

#[test]
fn an_earlier_yes_outlasts_a_second_break() {
    let lines = lines_for("first-episode");
    let mut before = vec![YES.to_string(), "c".into(), "2".into()];
    before.extend_from_slice(&lines[1..5]);
    let first = Test::new().plain(&before).run().code(1);
    // After the first break: "No", two more answers, stop again.
    let mut between = vec!["y".to_string(), lines[0].clone()];
    between.extend_from_slice(&lines[5..7]);
    let second = first.again().plain(&between).run().code(1);
    let mut after = vec!["y".to_string(), lines[0].clone()];
    after.extend_from_slice(&lines[7..]);
    let ran = second
        .again()
        .plain(&after)
        .run()
        .success()
        .stdout_has("Before your break you answered: Yes.");
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(ran.record()).unwrap()).unwrap();
    assert_eq!(record["safety_flag"]["answer"], "Yes");
    assert_eq!(record["safety_flag"]["asked_again"]["answer"], "No");
}

#[test]
fn an_earlier_no_adds_nothing() {
    let lines = lines_for("first-episode");
    let stopped = Test::new().plain(&lines[..5]).run().code(1);
    let mut after = vec!["y".to_string(), lines[0].clone()];
    after.extend_from_slice(&lines[5..]);
    stopped
        .again()
        .plain(&after)
        .run()
        .success()
        .stdout_lacks("Before your break")
        .same_record_as("first-episode", "an earlier no, asked again");
}
