//! Nothing lost: answers kept after every one, resumed on the next start,
//! `--fresh`, a changed bank, two at once, a failed save, and signals.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::{built_in, lines_for};
use crate::ready::Output;
use crate::test::Test;

#[test]
fn stopping_halfway_keeps_every_answer_and_the_next_start_goes_on() {
    let lines = lines_for("long-standing-patterns");
    let first = Test::new()
        .plain(&lines[..15])
        .run()
        .code(1)
        .stderr_has("Your answers so far are saved");
    assert!(first.files().is_empty());
    let state = first.home().state();
    let saved = state.join("state.json");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&saved), 0o600);
    assert_eq!(mode(&state), 0o700);

    // 12 answers and the three fact pages that wait for Enter. The safety
    // question is asked again first (lines[0] is its answer).
    let mut rest = vec!["y".to_string(), lines[0].clone()];
    rest.extend_from_slice(&lines[15..]);
    let resumed = first
        .again()
        .plain(&rest)
        .run()
        .success()
        .stdout_has("You have an unfinished questionnaire from")
        // 12 questions answered: the fee, typed with its money sign, gave
        // the money too.
        .stdout_has("13 of 27 answered. Continue?");
    assert!(
        !saved.exists(),
        "the state is removed once the summary is written"
    );
    resumed.same_record_as("long-standing-patterns", "resumed");
}

#[test]
fn fresh_and_no_both_start_over() {
    let lines = lines_for("first-episode");
    let test = Test::new();
    test.again().plain(&lines[..5]).run().code(1);
    // --fresh: no question about the unfinished one (it is set aside and
    // named); the whole run from the top.
    test.again()
        .plain(&lines)
        .arg("--fresh")
        .run()
        .success()
        .stdout_has("Your unfinished answers were set aside")
        .stdout_lacks("Continue?");
    test.again().plain(&lines[..5]).run().code(1);
    let mut no = vec!["n".to_string()];
    no.extend_from_slice(&lines);
    test.again()
        .plain(&no)
        .out_to(test.home().path("out2"))
        .run()
        .success()
        .same_record_as("first-episode", "answered no, started over");
}

#[test]
fn answers_that_no_longer_fit_a_changed_bank_are_named_and_set_aside() {
    let lines = lines_for("first-episode");
    let first = Test::new().plain(&lines[..5]).run().code(1);
    // A new version of the bank changes the id of the option the answer was
    // given to ("4 to 6 months").
    let bank = built_in("bank.json").replace(
        "\"4_to_6_months\", \"text\": \"4 to 6 months\"",
        "\"four_to_six_months\", \"text\": \"4 to 6 months\"",
    );
    let rules = built_in("rules.json").replace("\"4_to_6_months\"", "\"four_to_six_months\"");
    first
        .again()
        .bank_file("bank.json", bank)
        .bank_file("rules.json", rules)
        .plain(&["y"])
        .run()
        .code(1)
        .stdout_has("These answers no longer fit")
        .stdout_has("- How long could you keep going to therapy?");
}

#[test]
fn a_second_copy_on_the_same_answers_is_told_and_changes_nothing() {
    let test = Test::new();
    let state = test.home().state();
    let mut first = test
        .again()
        .arg("--plain")
        .out_to(test.home().out())
        .spawn();
    // The first copy asks its first question once it holds the lock.
    let mut shown = Output::of(first.stdout.take().unwrap());
    shown.wait_for("Question 1 of");
    test.again()
        .arg("--plain")
        .stdin("1\n")
        .run()
        .code(1)
        .stderr_has("Another therapy-choice is already open");
    assert!(!state.join("state.json").exists());
    first.kill().unwrap();
    let _ = first.wait();
}

#[test]
fn when_saving_fails_the_result_is_shown_and_the_answers_can_be_saved_elsewhere() {
    // The closing words say the summary is ready: not when it is not saved.
    let bank = crate::common::bank();
    let test = Test::new().file("a-file", "");
    let blocked = test
        .again()
        .plain(&lines_for("first-episode"))
        .out_to(test.home().path("a-file/inside"))
        .run()
        .code(1)
        .stdout_has("What your answers suggest")
        .stdout_lacks(&bank.closing[0])
        .stdout_lacks(&bank.screen_words.result.saved_in)
        .stderr_has("Could not save the summary")
        .stderr_has("therapy-choice start --out OTHER_FOLDER");
    let state = test.home().state();
    assert!(state.join("state.json").exists(), "the answers are kept");
    // Saving elsewhere asks nothing again: continue, then finish at the review.
    let safety = lines_for("first-episode")[0].clone();
    blocked
        .again()
        .plain(&["y".to_string(), safety, "f".to_string()])
        .out_to(test.home().path("elsewhere"))
        .run()
        .success()
        .same_record_as("first-episode", "saved elsewhere");
}

fn stopped_by(signal: i32, code: i32) {
    let test = Test::new();
    let state = test.home().state();
    let mut child = test
        .again()
        .arg("--plain")
        .out_to(test.home().out())
        .spawn();
    // Keep standard input open until the end: closing it would be an end of
    // input, a different way to stop.
    let mut stdin = child.stdin.take().unwrap();
    {
        use std::io::Write;
        // No to the safety question, Enter past the three fact pages that
        // wait for it, then "6 to 12 months".
        stdin.write_all(b"2\n\n\n\n2\n").unwrap();
        stdin.flush().unwrap();
    }
    // The answers are saved before the next question is asked.
    let mut shown = Output::of(child.stdout.take().unwrap());
    shown.wait_for("Question 3 of");
    let saved = state.join("state.json");
    unsafe {
        libc::kill(child.id() as i32, signal);
    }
    let status = child.wait().unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status, status);
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "{err}");
    assert!(err.contains("Your answers so far are saved"), "{err}");
    let kept = std::fs::read_to_string(&saved).unwrap();
    assert!(
        kept.contains("\"time.commitment\": \"4_to_6_months\""),
        "{kept}"
    );
    assert!(kept.contains("\"safety.thoughts\": \"no\""), "{kept}");
}

#[test]
fn sigterm_keeps_the_answers_and_exits_143() {
    stopped_by(libc::SIGTERM, 143);
}

#[test]
fn a_closed_terminal_keeps_the_answers_and_exits_129() {
    stopped_by(libc::SIGHUP, 129);
}

#[test]
fn without_a_place_to_keep_answers_the_questionnaire_still_finishes() {
    let test = Test::new().file("not-a-folder", "");
    let state = test.home().path("not-a-folder/state");
    test.env("THERAPY_CHOICE_STATE_DIR", state)
        .plain(&lines_for("first-episode"))
        .run()
        .success()
        .stderr_has("cannot be kept as you go")
        .same_record_as("first-episode", "no state folder");
}
