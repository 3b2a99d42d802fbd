//! Nothing lost: answers kept after every one, resumed on the next start,
//! `--fresh`, a changed bank, two at once, a failed save, and signals.

use predicates::prelude::*;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::{
    assert_same_record, bin, bin_path, files_in, lines_for, plain_run, run_example,
};

#[test]
fn stopping_halfway_keeps_every_answer_and_the_next_start_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (state, out) = (dir.path().join("state"), dir.path().join("out"));
    let lines = lines_for("long-standing-patterns");
    plain_run(&state, &out, &lines[..12])
        .code(1)
        .stderr(predicate::str::contains("Your answers so far are saved"));
    assert!(files_in(&out).is_empty());
    let saved = state.join("state.json");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&saved), 0o600);
    assert_eq!(mode(&state), 0o700);

    // The safety question is asked again first (lines[0] is its answer).
    let mut rest = vec!["y".to_string(), lines[0].clone()];
    rest.extend_from_slice(&lines[12..]);
    plain_run(&state, &out, &rest)
        .success()
        .stdout(predicate::str::contains(
            "You have an unfinished questionnaire from",
        ))
        .stdout(predicate::str::contains("12 of 32 answered. Continue?"));
    assert!(
        !saved.exists(),
        "the state is removed once the summary is written"
    );
    let whole = dir.path().join("whole");
    run_example("long-standing-patterns", &whole);
    assert_same_record(&out, &whole, "resumed");
}

#[test]
fn fresh_and_no_both_start_over() {
    let dir = tempfile::tempdir().unwrap();
    let (state, out) = (dir.path().join("state"), dir.path().join("out"));
    let lines = lines_for("first-episode");
    plain_run(&state, &out, &lines[..5]).code(1);
    // --fresh: no question about the unfinished one; the whole run from the top.
    bin()
        .env("THERAPY_CHOICE_STATE_DIR", &state)
        .args(["--plain", "--fresh", "--out"])
        .arg(&out)
        .write_stdin(lines.join("\n") + "\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("unfinished").not());
    plain_run(&state, &out, &lines[..5]).code(1);
    let mut no = vec!["n".to_string()];
    no.extend_from_slice(&lines);
    plain_run(&state, &dir.path().join("out2"), &no).success();
    let whole = dir.path().join("whole");
    run_example("first-episode", &whole);
    assert_same_record(
        &dir.path().join("out2"),
        &whole,
        "answered no, started over",
    );
}

#[test]
fn answers_that_no_longer_fit_a_changed_bank_are_named_and_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let (state, out) = (dir.path().join("state"), dir.path().join("out"));
    let lines = lines_for("first-episode");
    plain_run(&state, &out, &lines[..5]).code(1);
    // A new version of the bank drops the "6 to 12 months" option... and the
    // answer given to it was "Less than 6 months"; change that option's id instead.
    let bank_dir = dir.path().join("bank");
    std::fs::create_dir(&bank_dir).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    let bank = std::fs::read_to_string(root.join("bank.json"))
        .unwrap()
        .replace(
            "\"under_6_months\", \"text\": \"Less than 6 months\"",
            "\"under_half_year\", \"text\": \"Less than 6 months\"",
        );
    std::fs::write(bank_dir.join("bank.json"), bank).unwrap();
    std::fs::copy(root.join("evidence.json"), bank_dir.join("evidence.json")).unwrap();
    let rules = std::fs::read_to_string(root.join("rules.json"))
        .unwrap()
        .replace("\"under_6_months\"", "\"under_half_year\"");
    std::fs::write(bank_dir.join("rules.json"), rules).unwrap();
    bin()
        .env("THERAPY_CHOICE_STATE_DIR", &state)
        .args(["--plain", "--questions"])
        .arg(&bank_dir)
        .arg("--out")
        .arg(&out)
        .write_stdin("y\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("These answers no longer fit"))
        .stdout(predicate::str::contains(
            "- How long could you keep going to therapy?",
        ));
}

#[test]
fn a_second_copy_on_the_same_answers_is_told_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let mut first = Command::new(bin_path())
        .env("THERAPY_CHOICE_STATE_DIR", &state)
        .args(["--plain", "--out"])
        .arg(dir.path().join("out"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the first copy holds the lock.
    let lock = state.join("state.lock");
    for _ in 0..200 {
        if lock.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    bin()
        .env("THERAPY_CHOICE_STATE_DIR", &state)
        .arg("--plain")
        .write_stdin("1\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "Another therapy-choice is already open",
        ));
    assert!(!state.join("state.json").exists());
    first.kill().unwrap();
    let _ = first.wait();
}

#[test]
fn when_saving_fails_the_result_is_shown_and_the_answers_can_be_saved_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "").unwrap();
    plain_run(&state, &blocker.join("inside"), &lines_for("first-episode"))
        .code(1)
        .stdout(predicate::str::contains("What your answers suggest"))
        .stderr(predicate::str::contains("Could not save the summary"))
        .stderr(predicate::str::contains(
            "therapy-choice start --out OTHER_FOLDER",
        ));
    assert!(state.join("state.json").exists(), "the answers are kept");
    // Saving elsewhere asks nothing again: continue, then finish at the review.
    let out = dir.path().join("elsewhere");
    let safety = lines_for("first-episode")[0].clone();
    plain_run(&state, &out, &["y".to_string(), safety, String::new()]).success();
    let whole = dir.path().join("whole");
    run_example("first-episode", &whole);
    assert_same_record(&out, &whole, "saved elsewhere");
}

fn stopped_by(signal: i32, code: i32) {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let mut child = Command::new(bin_path())
        .env("THERAPY_CHOICE_STATE_DIR", &state)
        .args(["--plain", "--out"])
        .arg(dir.path().join("out"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Keep standard input open until the end: closing it would be an end of
    // input, a different way to stop.
    let mut stdin = child.stdin.take().unwrap();
    {
        use std::io::Write;
        stdin.write_all(b"2\n2\n").unwrap();
        stdin.flush().unwrap();
    }
    let saved = state.join("state.json");
    for _ in 0..300 {
        if std::fs::read_to_string(&saved).is_ok_and(|t| t.contains("time.commitment")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
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
        kept.contains("\"time.commitment\": \"6_to_12_months\""),
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
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "").unwrap();
    let out = dir.path().join("out");
    plain_run(&blocker.join("state"), &out, &lines_for("first-episode"))
        .success()
        .stderr(predicate::str::contains("cannot be kept as you go"));
    let whole = dir.path().join("whole");
    run_example("first-episode", &whole);
    assert_same_record(&out, &whole, "no state folder");
}
