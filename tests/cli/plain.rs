//! Plain mode through piped standard input: the same record as an answers
//! file, a wrong entry answered with one line, `b` for back, the crisis lines
//! at once after a "yes", and input that ends too soon.

use crate::common::lines_for;
use crate::test::{Ran, Test};

fn run_plain(lines: &[String]) -> Ran {
    Test::new().plain(lines).run()
}

#[test]
fn plain_answers_give_the_same_record_as_the_answers_file() {
    for name in crate::common::EXAMPLES {
        run_plain(&lines_for(name))
            .success()
            .same_record_as(name, name);
    }
}

#[test]
fn a_wrong_entry_gets_one_line_and_b_goes_back_with_the_answer_kept() {
    let mut lines = lines_for("first-episode");
    lines.insert(0, "99".into());
    // After the third answer (and the three fact pages that wait for Enter),
    // go back to the third question and keep its answer.
    lines.insert(7, "b".into());
    lines.insert(8, String::new());
    let ran = run_plain(&lines).success();
    let stdout = ran.stdout();
    assert_eq!(
        stdout
            .matches("That is not one of the choices. Type a number from 1 to 3.")
            .count(),
        1
    );
    assert!(stdout.contains("Press Enter to keep your answer: One a week."));
    ran.same_record_as("first-episode", "first-episode with b");
}

#[test]
fn b_on_the_first_question_goes_back_to_the_opening() {
    let mut lines = lines_for("first-episode");
    lines.insert(0, "b".into());
    let ran = run_plain(&lines).success();
    let stdout = ran.stdout();
    assert_eq!(stdout.matches(welcome().as_str()).count(), 2);
}

#[test]
fn an_empty_line_never_answers_a_question_and_the_safety_page_needs_a_c() {
    let mut lines = lines_for("unsure-needs-support");
    // Empty lines at the safety question and on the safety page are asked again.
    lines.insert(0, String::new());
    lines.insert(0, String::new());
    let page = lines.iter().position(|l| l == "c").unwrap();
    lines.insert(page, String::new());
    lines.insert(page, String::new());
    let ran = run_plain(&lines).success();
    let stdout = ran.stdout();
    assert_eq!(stdout.matches("Please choose one").count(), 2, "{stdout}");
    assert_eq!(
        stdout
            .matches("When you are ready to go on, type c")
            .count(),
        3
    );
    ran.same_record_as("unsure-needs-support", "with empty lines");
}

#[test]
fn a_safety_yes_shows_the_crisis_lines_before_the_next_question() {
    let stdout = run_plain(&lines_for("unsure-needs-support"))
        .success()
        .stdout();
    let asked = stdout.find("better off dead").unwrap();
    let crisis = stdout.find("IMPORTANT: Help now").unwrap();
    let now = stdout
        .find("Are these thoughts with you right now?")
        .unwrap();
    let next = stdout
        .find("How long could you keep going to therapy?")
        .unwrap();
    assert!(asked < crisis && crisis < now && now < next);
    let lines = &stdout[crisis..now];
    for number in [
        "911", "999", "112", "000", "111", "988", "9-8-8", "116 123", "13 11 14", "1737",
    ] {
        assert!(
            lines.contains(number),
            "{number} missing from the crisis page"
        );
    }
}

#[test]
fn input_that_ends_early_exits_1_and_writes_nothing() {
    let lines = lines_for("first-episode");
    let ran = run_plain(&lines[..10])
        .code(1)
        .stderr_has("The input ended before the last question");
    assert!(ran.files().is_empty());
}

#[test]
fn an_answer_can_be_changed_from_the_review_screen() {
    let mut lines = lines_for("first-episode");
    lines.pop();
    // At the review: change line 3 ("How long could you keep going...", after
    // the two safety answers, the safety question and PHQ-9 item 9) to "More
    // than 2 years", then finish.
    lines.extend(["3".to_string(), "5".to_string(), "f".to_string()]);
    let ran = run_plain(&lines)
        .success()
        .stdout_has("3. How long you could keep going -> 4 to 6 months")
        .stdout_has("3. How long you could keep going -> More than 2 years");
    let record = crate::common::record_without_time(ran.out());
    let time = record["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["answers"].as_array().unwrap())
        .find(|a| a["id"] == "time.commitment")
        .unwrap()
        .clone();
    assert_eq!(time["value"], "over_2_years");
}

/// A line said on the question just before is not said again: the PHQ-9's
/// stem once (above its first item), and "Type 1 to 6." once over the five
/// value questions. Every item is still said, and every option once.
#[test]
fn a_line_said_on_the_question_before_is_not_said_again() {
    let stdout = run_plain(&lines_for("first-episode")).success().stdout();
    let stem = "Over the last 2 weeks, how often have you been bothered";
    assert_eq!(stdout.matches(stem).count(), 1, "{stdout}");
    for item in [
        "Little interest or pleasure in doing things",
        "Feeling tired or having little energy",
    ] {
        assert_eq!(stdout.matches(item).count(), 1, "{item}");
    }
    // The PHQ-9's four answers are said in full above its first item and
    // above item 9 (which can raise the safety flag); the seven between
    // say in one line that they are the same.
    assert_eq!(stdout.matches("  4. Nearly every day").count(), 2);
    assert_eq!(
        stdout
            .matches("Same answers as before: type 1 to 4.")
            .count(),
        7,
        "{stdout}"
    );
    let item9 = stdout
        .find("Thoughts that you would be better off dead")
        .unwrap();
    assert!(stdout[item9..].starts_with(
        "Thoughts that you would be better off dead or of hurting yourself in some way\n  1. Not at all"
    ));
    let (_, values) = stdout.split_once("(What matters to you)").unwrap();
    let (values, _) = values.split_once("(The last 2 weeks)").unwrap();
    assert_eq!(values.matches("Type 1 to 6.").count(), 1, "{values}");
    assert_eq!(values.matches("  6. I'm not sure").count(), 5);
}

/// The money is typed with the fee ("$120"): no question of its own. Typed
/// without a sign, the money is asked after the amounts; both give the same
/// record as the answers file.
#[test]
fn the_money_sign_typed_with_the_fee_answers_the_money_question() {
    let lines = lines_for("first-episode");
    assert!(lines.contains(&"$120".to_string()), "{lines:?}");
    let ran = run_plain(&lines).success();
    assert!(!ran.stdout().contains("Which money do you pay in?"));
    assert!(
        ran.stdout()
            .contains("You may add a money sign: $, C$, £, €, A$.")
    );
    assert!(ran.stdout().contains("(in $)"), "the budget says its money");
    let mut without = lines.clone();
    let fee = without.iter().position(|l| l == "$120").unwrap();
    without[fee] = "120".into();
    // The two amounts after the fee, then the money: 1 for US dollars.
    without.insert(fee + 3, "1".into());
    let ran = run_plain(&without).success();
    assert!(ran.stdout().contains("Which money do you pay in?"));
    ran.same_record_as("first-episode", "the money asked after the amounts");
}

/// The welcome's first words, from the bank (a wrapped line keeps them).
fn welcome() -> String {
    let first = &crate::common::bank().opening[0];
    first
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
}
