//! A yes to the safety question taken back in the same sitting (yes, back,
//! no) is kept as an earlier answer of its own, as one given before a break
//! is: never lost, never a second answer to the same question, in every
//! format. Going back to the question shows the answer given.

use serde_json::Value;

use crate::common::lines_for;
use crate::test::{Ran, Test};

const CHANGED: &str = "That answer was changed later, in the same sitting, to: No.";

/// Plain mode: `first` (a yes, then going back to the question), then
/// first-episode's answers from its `from`th line (0: its "No").
fn yes_back_no(first: &[&str], from: usize) -> Ran {
    let lines = lines_for("first-episode");
    let mut typed: Vec<String> = first.iter().map(|s| s.to_string()).collect();
    typed.extend_from_slice(&lines[from..]);
    let ran = Test::new().plain(&typed).run().success();
    // Back at the question, the answer given in this sitting shows.
    let out = ran.stdout();
    let again = out.rsplit("Question 1 of").next().unwrap();
    assert!(
        again.contains("Press Enter to keep your answer: Yes."),
        "{again}"
    );
    ran
}

fn record_of(ran: &Ran) -> Value {
    serde_json::from_str(&std::fs::read_to_string(ran.record()).unwrap()).unwrap()
}

#[test]
fn a_yes_taken_back_in_the_same_sitting_is_kept_as_an_earlier_answer() {
    // Yes, the safety page, back from "right now?" to the page, to the question.
    let ran = yes_back_no(&["1", "c", "b", "b"], 0);
    let record = record_of(&ran);
    let flag = &record["safety_flag"];
    assert_eq!(flag["answer"], "Yes", "{flag}");
    assert_eq!(flag["asked_again"]["answer"], "No", "{flag}");
    assert_eq!(flag["asked_again"]["taken_back"], true, "{flag}");
    let said = flag["said"].as_str().unwrap();
    assert!(
        said.starts_with("Thoughts of death, self-harm or suicide: yes (self-reported)"),
        "{said}"
    );
    assert!(said.contains(CHANGED), "{said}");
    assert!(!said.contains("break"), "no break was taken: {said}");
    // The earlier answer is an answer of its own; the question has one answer.
    let earlier = record["earlier_answers"].as_array().unwrap();
    assert_eq!(earlier.len(), 1, "{earlier:?}");
    assert_eq!(
        (
            &earlier[0]["id"],
            &earlier[0]["value"],
            &earlier[0]["safety"]
        ),
        (&"safety.thoughts".into(), &"yes".into(), &"thoughts".into())
    );
    let given: Vec<&Value> = record["sections"][0]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["id"] == "safety.thoughts")
        .map(|a| &a["value"])
        .collect();
    assert_eq!(given, ["no"]);
    // The summaries and review say it too.
    for ext in ["md", "html"] {
        let text = std::fs::read_to_string(ran.record().with_extension(ext)).unwrap();
        assert!(text.contains(CHANGED), ".{ext} lacks it");
    }
    Test::new()
        .arg("review")
        .arg(ran.record())
        .run()
        .success()
        .stdout_has(CHANGED);
}

#[test]
fn a_yes_and_right_now_yes_taken_back_keeps_both() {
    // Yes, the page, right now: yes, the act-now page gone back from, back
    // to "right now?", to the safety page, to the question; then No.
    let ran = yes_back_no(&["1", "c", "1", "b", "b", "b"], 0);
    let record = record_of(&ran);
    let said = record["safety_flag"]["said"].as_str().unwrap().to_string();
    assert!(said.contains("right now: yes"), "{said}");
    assert!(said.contains(CHANGED), "{said}");
    let earlier: Vec<(&Value, &Value)> = record["earlier_answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (&a["id"], &a["value"]))
        .collect();
    assert_eq!(
        earlier,
        [
            (&"safety.thoughts".into(), &"yes".into()),
            (&"safety.now".into(), &"yes".into())
        ]
    );
}

#[test]
fn the_same_answer_again_after_going_back_adds_nothing() {
    // Yes again, the page, then "No" to "right now?".
    let ran = yes_back_no(&["1", "c", "b", "b", "1", "c", "2"], 1);
    let record = record_of(&ran);
    assert!(record.get("earlier_answers").is_none(), "{record}");
}

#[test]
fn the_fhir_response_carries_the_answer_taken_back_beside_the_one_answer() {
    let ran = yes_back_no(&["1", "c", "b", "b"], 0);
    let exported = Test::new()
        .args(["export", "fhir-response"])
        .arg(ran.record())
        .run()
        // Said, with a non-zero exit: the answers alone do not raise the flag.
        .code(1)
        .stderr_has("the response keeps it in an \"earlier-answer\" extension");
    let response: Value = serde_json::from_str(&exported.stdout()).unwrap();
    // The safety question is answered once, with the answer after the change.
    let mut given = Vec::new();
    for group in response["item"].as_array().unwrap() {
        for item in group["item"].as_array().unwrap() {
            if item["linkId"] == "safety.thoughts" {
                given.push(item["answer"][0]["valueCoding"]["code"].clone());
            }
        }
    }
    assert_eq!(given, ["no"]);
    let earlier = response["extension"]
        .as_array()
        .expect("the earlier answer");
    assert_eq!(earlier.len(), 1);
    assert_eq!(
        earlier[0]["url"],
        "urn:therapy-choice:questionnaire:earlier-answer"
    );
    let part = |name: &str| {
        earlier[0]["extension"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["url"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("no {name}: {}", earlier[0]))
    };
    assert_eq!(part("linkId")["valueString"], "safety.thoughts");
    assert_eq!(part("answer")["valueCoding"]["code"], "yes");
    assert!(
        part("said")["valueString"]
            .as_str()
            .unwrap()
            .contains(CHANGED),
        "{}",
        earlier[0]
    );
}

#[test]
fn right_now_yes_taken_back_keeps_the_earlier_right_now() {
    // Yes, the page, right now: yes, back from the act-now page, right now: no.
    let lines = lines_for("first-episode");
    let mut typed: Vec<String> = ["1", "c", "1", "b", "2"].map(String::from).to_vec();
    typed.extend_from_slice(&lines[1..]);
    let ran = Test::new().plain(&typed).run().success();
    let record = record_of(&ran);
    let said = record["safety_flag"]["said"].as_str().unwrap().to_string();
    assert!(said.contains("right now: yes"), "{said}");
    assert!(
        said.contains("Later, in the same sitting, the answer to \u{201c}Are these thoughts with you right now?\u{201d} was changed to: No."),
        "{said}"
    );
    let earlier: Vec<(&Value, &Value)> = record["earlier_answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (&a["id"], &a["value"]))
        .collect();
    assert_eq!(earlier, [(&"safety.now".into(), &"yes".into())]);
    // Answered once each: the safety question yes, right now no.
    let given: Vec<(&Value, &Value)> = record["sections"][0]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (&a["id"], &a["value"]))
        .collect();
    assert_eq!(
        given,
        [
            (&"safety.thoughts".into(), &"yes".into()),
            (&"safety.now".into(), &"no".into())
        ]
    );
}

/// first-episode answered in plain mode, then `at_check` typed at the check
/// screen, where the safety question's line is always the first.
fn changed_at_the_check_screen(name: &str, at_check: &[&str]) -> Ran {
    let mut typed = lines_for(name);
    typed.pop();
    typed.extend(at_check.iter().map(|s| s.to_string()));
    Test::new().plain(&typed).run().success()
}

#[test]
fn a_yes_given_on_the_check_screen_shows_the_safety_page_at_once_and_asks_right_now() {
    // Line 1, yes; a bare Enter on the safety page does not go on; c; right
    // now: no; back at the check screen, save.
    let ran = changed_at_the_check_screen("first-episode", &["1", "1", "", "c", "2", "f"]);
    let out = ran.stdout();
    let (before, after) = out.split_once("Check your answers").unwrap();
    assert!(
        !before.contains("IMPORTANT: Help now"),
        "no safety page before"
    );
    let page = after.find("IMPORTANT: Help now").expect("the safety page");
    let right_now = after.find("right now?").expect("right now asked");
    let again = after.rfind("Check your answers").unwrap();
    assert!(page < right_now && right_now < again, "{after}");
    assert!(
        after[page..right_now].contains("type c and press Enter"),
        "{after}"
    );
    let screen = &after[again..];
    assert!(
        screen.contains("  1. Thoughts of harm, last 2 weeks -> Yes\n"),
        "{screen}"
    );
    assert!(
        screen.contains("  2. Those thoughts right now -> No\n"),
        "{screen}"
    );
    let record = record_of(&ran);
    assert_eq!(
        record["safety_flag"]["answer"], "Yes",
        "{}",
        record["safety_flag"]
    );
    assert!(
        record.get("earlier_answers").is_none(),
        "nothing was taken back"
    );
    // The summary carries the flag at the top.
    let md = std::fs::read_to_string(ran.record().with_extension("md")).unwrap();
    let top: String = md.lines().take(12).collect::<Vec<_>>().join("\n");
    assert!(top.contains("self-reported"), "{top}");
}

#[test]
fn a_yes_taken_back_on_the_check_screen_is_kept_as_an_earlier_answer() {
    // unsure-needs-support said yes; on the check screen, line 1 to No.
    let ran = changed_at_the_check_screen("unsure-needs-support", &["1", "2", "f"]);
    let record = record_of(&ran);
    let flag = &record["safety_flag"];
    assert_eq!(flag["asked_again"]["taken_back"], true, "{flag}");
    assert!(flag["said"].as_str().unwrap().contains(CHANGED), "{flag}");
    let earlier = record["earlier_answers"].as_array().unwrap();
    assert_eq!(earlier[0]["id"], "safety.thoughts");
    assert_eq!(earlier[0]["value"], "yes");
}
