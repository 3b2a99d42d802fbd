//! Hostile inputs and faults, round two: FIFOs and devices, escapes in error
//! messages, repeated keys, closed pipes, names that are not UTF-8, records
//! that do not pass the validator, and a bad --out. Each test names the cause
//! it guards against; none waits on a clock.

use std::ffi::OsStr;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::{bin, bin_path, example, files_in, fresh_state_dir, run_example};

fn mkfifo(path: &Path) {
    let name = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: mkfifo reads a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
}

/// The write end of a pipe whose read end is already closed: every write
/// fails with a broken pipe.
fn closed_pipe() -> Stdio {
    let mut fds = [0; 2];
    // SAFETY: pipe writes two new descriptors into the array.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    // SAFETY: both descriptors are new and owned here.
    drop(unsafe { OwnedFd::from_raw_fd(fds[0]) });
    Stdio::from(unsafe { OwnedFd::from_raw_fd(fds[1]) })
}

/// One example record (its .json) in a new folder.
fn a_record() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    run_example("first-episode", dir.path());
    let json = files_in(dir.path())
        .into_iter()
        .find(|p| p.extension().unwrap() == "json")
        .unwrap();
    (dir, json)
}

fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

/// No byte that can start a terminal escape: ESC, BEL, or the C1 CSI (U+009B).
fn assert_no_escapes(bytes: &[u8], what: &str) {
    let text = String::from_utf8_lossy(bytes);
    assert!(
        !text.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
        "{what} holds a raw escape: {text:?}"
    );
}

// Cause 1: FIFOs and devices hang or exhaust memory.

#[test]
fn a_fifo_or_a_device_given_as_answers_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("answers.json");
    mkfifo(&fifo);
    let out = dir.path().join("out");
    for (path, words) in [
        (fifo.as_path(), "FIFO (named pipe), not a regular file"),
        (Path::new("/dev/zero"), "a device, not a regular file"),
    ] {
        let assert = bin()
            .args(["run", "--answers"])
            .arg(path)
            .arg("--out")
            .arg(&out)
            .assert()
            .code(2);
        assert!(stderr_of(&assert).contains(words), "{}", stderr_of(&assert));
    }
    assert!(files_in(&out).is_empty());
}

#[test]
fn a_fifo_in_a_folder_is_one_skipped_row_and_export_refuses_it() {
    let (dir, record) = a_record();
    let fifo = dir.path().join("waiting.json");
    mkfifo(&fifo);
    let json = bin()
        .args(["review", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    assert_eq!(v["rows"].as_array().unwrap().len(), 1, "{v}");
    assert!(
        v["rows"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with(&*record.file_name().unwrap().to_string_lossy())
    );
    assert_eq!(v["skipped"].as_array().unwrap().len(), 1, "{v}");
    let assert = bin().arg("review").arg(dir.path()).assert().code(1);
    let err = stderr_of(&assert);
    assert!(err.contains("Skipped 1 file(s)"), "{err}");
    assert!(err.contains("waiting.json: it is a FIFO"), "{err}");
    bin()
        .args(["export", "fhir-response"])
        .arg(&fifo)
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn a_bank_file_that_is_a_fifo_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    for name in ["bank.json", "rules.json"] {
        std::fs::copy(root.join(name), dir.path().join(name)).unwrap();
    }
    mkfifo(&dir.path().join("evidence.json"));
    let assert = bin()
        .args(["check", "--questions"])
        .arg(dir.path())
        .assert()
        .code(2);
    assert!(stderr_of(&assert).contains("evidence.json: file: could not read"));
}

// Cause 2: raw escapes reach the terminal from error paths.

#[test]
fn escapes_in_a_record_never_reach_the_terminal_from_its_error() {
    let (dir, record) = a_record();
    let text = std::fs::read_to_string(&record).unwrap();
    let crafted = dir.path().join("crafted.json");
    // An unknown variant: serde's error quotes it back.
    assert!(text.contains("\"option\": \""));
    let evil = text.replacen(
        "\"option\": \"",
        "\"option\": \"\\u001b]0;owned\\u0007\\u001b[2J\\u009b2J",
        1,
    );
    std::fs::write(&crafted, evil).unwrap();
    let review = bin().arg("review").arg(&crafted).assert().code(2);
    assert_no_escapes(&review.get_output().stderr, "review's error");
    assert!(stderr_of(&review).contains("crafted.json"));
    let export = bin()
        .args(["export", "fhir-response"])
        .arg(&crafted)
        .assert()
        .code(2);
    assert_no_escapes(&export.get_output().stderr, "export's error");
}

#[test]
fn an_answers_files_unknown_ids_and_keys_are_neutralised_in_the_error() {
    let text = std::fs::read_to_string(example("first-episode")).unwrap();
    let evil = text.replacen("{", "{\"\\u001b[2Jtop\": 1, \"answers2\\u009b\": 2,", 1);
    let evil = evil.replacen(
        "\"answers\": {",
        "\"answers\": {\"\\u001b]0;id\\u0007\": \"\\u202e\\u001b[31m\",",
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    std::fs::write(&file, evil).unwrap();
    let assert = bin()
        .args(["run", "--answers"])
        .arg(&file)
        .arg("--out")
        .arg(dir.path().join("out"))
        .assert()
        .code(2);
    let err = stderr_of(&assert);
    assert!(err.contains("there is no question with this id"), "{err}");
    assert!(err.contains("unknown field"), "{err}");
    assert_no_escapes(&assert.get_output().stderr, "run's error");
}

#[test]
fn a_crafted_state_file_is_neutralised_in_the_resume_question() {
    let state = fresh_state_dir();
    std::fs::write(
        state.join("state.json"),
        r#"{"bank_id": "x", "bank_version": "1", "bank_hash": "h",
            "saved_at": "\u001b]0;title\u0007\u001b[2J\u009b2J",
            "answers": {"\u001b[31mred": 1}, "asked": []}"#,
    )
    .unwrap();
    let assert = bin()
        .env("THERAPY_CHOICE_STATE_DIR", &state)
        .args(["--plain", "--out"])
        .arg(state.join("out"))
        .write_stdin("y\n")
        .assert()
        .code(1);
    let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(
        out.contains("You have an unfinished questionnaire, 0 of"),
        "a time that is not one is left out: {out}"
    );
    assert!(
        out.contains("\u{FFFD}[31mred"),
        "the dropped id is named: {out}"
    );
    assert_no_escapes(&assert.get_output().stdout, "the resume question");
}

#[test]
fn a_pasted_escape_is_neutralised_on_the_plain_check_screen() {
    use therapy_choice::answers::Answer;
    use therapy_choice::ask::Step;
    let mut answers = crate::common::example_answers("first-episode");
    answers.insert(
        "notes.note".into(),
        Answer::Text("hi \u{1b}[2J\u{9b}31m there".into()),
    );
    let mut lines: Vec<String> = crate::common::steps(&answers)
        .into_iter()
        .filter_map(|s| match s {
            Step::Question { id, .. } => Some(crate::common::typed(&id, answers.get(&id))),
            Step::Page(_) => None,
        })
        .collect();
    lines.push(String::new());
    let dir = tempfile::tempdir().unwrap();
    let assert =
        crate::common::plain_run(&fresh_state_dir(), &dir.path().join("out"), &lines).success();
    let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(out.contains("hi \u{FFFD}[2J\u{FFFD}31m there"), "{out}");
    assert_no_escapes(&assert.get_output().stdout, "plain mode");
}

#[test]
fn c1_controls_and_bidi_overrides_are_escaped_in_json_and_neutral_elsewhere() {
    let text = std::fs::read_to_string(example("first-episode")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["answers"]["notes.note"] = "csi\u{9b}2J rlo\u{202e}olleh".into();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    std::fs::write(&file, v.to_string()).unwrap();
    let out = dir.path().join("out");
    bin()
        .args(["run", "--answers"])
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    for f in files_in(&out) {
        let bytes = std::fs::read(&f).unwrap();
        assert_no_escapes(&bytes, &f.display().to_string());
        if f.extension().unwrap() == "json" {
            let text = String::from_utf8(bytes).unwrap();
            assert!(text.contains("csi\\u009b2J rlo\\u202eolleh"), "{text}");
            let review = bin()
                .args(["review", "--format", "json"])
                .arg(&f)
                .assert()
                .success();
            assert_no_escapes(&review.get_output().stdout, "review --format json");
            let export = bin()
                .args(["export", "fhir-response"])
                .arg(&f)
                .assert()
                .success();
            assert_no_escapes(&export.get_output().stdout, "export");
        }
    }
}

// Cause 3: panics on closed output; names that are not UTF-8.

#[test]
fn a_closed_pipe_ends_quietly_and_the_summary_is_still_saved() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = Command::new(bin_path())
        .env("THERAPY_CHOICE_STATE_DIR", fresh_state_dir())
        .args(["run", "--answers"])
        .arg(example("unsure-needs-support"))
        .arg("--out")
        .arg(&out)
        .stdout(closed_pipe())
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    assert!(
        run.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(files_in(&out).len(), 3);
    for args in [
        vec!["check"],
        vec!["evidence"],
        vec!["completions", "bash"],
        vec!["export", "fhir-questionnaire"],
    ] {
        let done = Command::new(bin_path())
            .args(&args)
            .stdout(closed_pipe())
            .output()
            .unwrap();
        assert_eq!(done.status.code(), Some(0), "{args:?}: {done:?}");
        assert!(done.stderr.is_empty(), "{args:?}: {done:?}");
    }
}

#[test]
fn a_closed_error_output_does_not_turn_a_bad_file_into_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    std::fs::write(&file, "{\"answers\": {\"no.such\": 1}}").unwrap();
    let done = Command::new(bin_path())
        .env("THERAPY_CHOICE_STATE_DIR", fresh_state_dir())
        .args(["run", "--answers"])
        .arg(&file)
        .arg("--out")
        .arg(dir.path().join("out"))
        .stderr(closed_pipe())
        .output()
        .unwrap();
    assert_eq!(done.status.code(), Some(2), "{done:?}");
}

#[test]
fn a_name_that_is_not_utf8_is_shown_lossily_in_review_json() {
    let (dir, record) = a_record();
    let odd = dir.path().join(OsStr::from_bytes(b"odd-\xff.json"));
    std::fs::rename(&record, &odd).unwrap();
    std::fs::write(dir.path().join(OsStr::from_bytes(b"bad-\xfe.json")), "{").unwrap();
    let assert = bin()
        .args(["review", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    let path = v["rows"][0]["path"].as_str().unwrap();
    assert!(path.ends_with("odd-\u{FFFD}.json"), "{path}");
    let skipped = v["skipped"][0]["path"].as_str().unwrap();
    assert!(skipped.ends_with("bad-\u{FFFD}.json"), "{skipped}");
}

// Cause 5: a repeated key silently drops a safety "yes".

#[test]
fn a_key_given_twice_in_answers_or_a_record_is_an_error_naming_it() {
    let text = std::fs::read_to_string(example("first-episode")).unwrap();
    let twice = text.replacen(
        "\"answers\": {",
        "\"answers\": {\"safety.thoughts\": true, \"safety.thoughts\": false,",
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    std::fs::write(&file, &twice).unwrap();
    let assert = bin()
        .args(["run", "--answers"])
        .arg(&file)
        .arg("--out")
        .arg(dir.path().join("out"))
        .assert()
        .code(2);
    let err = stderr_of(&assert);
    assert!(
        err.contains("the key \"safety.thoughts\" is given more than once"),
        "{err}"
    );
    assert!(files_in(&dir.path().join("out")).is_empty());

    let (rdir, record) = a_record();
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(
        &record,
        text.replacen(
            "\"safety_flag\": null,",
            "\"safety_flag\": null,\n  \"safety_flag\": null,",
            1,
        ),
    )
    .unwrap();
    for args in [vec!["review"], vec!["export", "fhir-response"]] {
        let assert = bin().args(&args).arg(&record).assert().code(2);
        assert!(
            stderr_of(&assert).contains("\"safety_flag\" is given more than once"),
            "{args:?}: {}",
            stderr_of(&assert)
        );
    }
    let folder = bin().arg("review").arg(rdir.path()).assert().code(1);
    assert!(stderr_of(&folder).contains("given more than once"));
}

// Cause 8: records are not validated before export and single-file review.

#[test]
fn a_record_with_a_bad_date_a_negative_rating_or_a_text_fee_is_refused() {
    let (dir, record) = a_record();
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&record).unwrap()).unwrap();
    v["created"] = "yesterday".into();
    // The built-in bank has no 0-10 rating any more: add one as an older bank had.
    v["sections"][0]["answers"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "matters.cost", "question": "How much does the cost matter to you?",
            "kind": "scale", "value": 5, "shown": "5 out of 10"
        }));
    for section in v["sections"].as_array_mut().unwrap() {
        for answer in section["answers"].as_array_mut().unwrap() {
            if answer["kind"] == "scale" {
                answer["value"] = (-3).into();
            }
            if answer["id"] == "money.fee" {
                answer["value"] = "ten".into();
            }
        }
    }
    std::fs::write(&record, v.to_string()).unwrap();
    for args in [vec!["review"], vec!["export", "fhir-response"]] {
        let assert = bin().args(&args).arg(&record).assert().code(2).stdout("");
        let err = stderr_of(&assert);
        for words in [
            "created: \"yesterday\" is not a date",
            "found -3",
            "(money.fee): expected a number",
        ] {
            assert!(err.contains(words), "{args:?} misses {words}: {err}");
        }
    }
    let folder = bin().arg("review").arg(dir.path()).assert().code(1);
    assert!(stderr_of(&folder).contains("created: \"yesterday\""));
}

// Cause 10: a byte-order mark; --out naming a file or a link to nothing.

#[test]
fn an_answers_file_with_a_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(example("first-episode")).unwrap());
    std::fs::write(&file, bytes).unwrap();
    let out = dir.path().join("out");
    bin()
        .args(["run", "--answers"])
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    assert_eq!(files_in(&out).len(), 3);
}

#[test]
fn out_naming_a_file_or_a_link_to_nothing_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "keep").unwrap();
    let link = dir.path().join("a-link");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).unwrap();
    for (out, words) in [
        (&file, "it is a file, not a folder"),
        (
            &link,
            "it is a symbolic link to something that is not there",
        ),
    ] {
        let assert = bin()
            .args(["run", "--answers"])
            .arg(example("first-episode"))
            .arg("--out")
            .arg(out)
            .assert()
            .code(2);
        let err = stderr_of(&assert);
        assert!(err.contains(words), "{err}");
        assert!(!err.contains("os error"), "{err}");
        // `start` says so before the first question, not after the last.
        let assert = bin()
            .arg("--plain")
            .arg("--out")
            .arg(out)
            .write_stdin("")
            .assert()
            .code(2)
            .stdout("");
        assert!(stderr_of(&assert).contains(words));
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");
    assert!(!dir.path().join("nowhere").exists());
}

// Cause 6: an autosave failure is swallowed and then misreported.

#[test]
fn an_autosave_that_fails_is_said_once_and_never_claimed_as_saved() {
    let state = fresh_state_dir();
    // A folder where state.json should be: every save fails, even as root.
    std::fs::create_dir(state.join("state.json")).unwrap();
    std::fs::create_dir_all(state.join("state.json.unreadable/kept")).unwrap();
    let lines = crate::common::lines_for("first-episode");
    let dir = tempfile::tempdir().unwrap();
    let assert = crate::common::plain_run(&state, &dir.path().join("out"), &lines[..6]).code(1);
    let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let err = stderr_of(&assert);
    assert_eq!(
        out.matches("Your answers are not being kept as you go")
            .count(),
        1,
        "{out}"
    );
    assert!(out.contains("If you stop before then, your answers are lost."));
    assert!(!err.contains("are saved"), "{err}");
    assert!(err.contains("Your answers could not be saved"), "{err}");
}
