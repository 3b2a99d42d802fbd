//! Hostile inputs and faults, round two: FIFOs and devices, escapes in error
//! messages, repeated keys, closed pipes, names that are not UTF-8, records
//! that do not pass the validator, and a bad --out. Each test names the cause
//! it guards against; none waits on a clock.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use crate::common::{a_record, example, refused_as_a_record};
use crate::test::Test;

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
    let test = Test::new().fifo("answers.json");
    let fifo = test.home().path("answers.json");
    for (path, words) in [
        (fifo.as_path(), "FIFO (named pipe), not a regular file"),
        (Path::new("/dev/zero"), "a device, not a regular file"),
    ] {
        let ran = test.again().answers(path).run().code(2);
        assert!(ran.stderr().contains(words), "{}", ran.stderr());
        assert!(ran.files().is_empty());
    }
}

#[test]
fn a_fifo_in_a_folder_is_one_skipped_row_and_export_refuses_it() {
    let (ran, record) = a_record();
    let dir = ran.home().out();
    let fifo = dir.join("waiting.json");
    let v = ran
        .again()
        .fifo("out/waiting.json")
        .args(["review", "--format", "json"])
        .arg(&dir)
        .run()
        .code(1)
        .json();
    assert_eq!(v["rows"].as_array().unwrap().len(), 1, "{v}");
    assert!(
        v["rows"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with(&*record.file_name().unwrap().to_string_lossy())
    );
    assert_eq!(v["skipped"].as_array().unwrap().len(), 1, "{v}");
    let err = ran.again().arg("review").arg(&dir).run().code(1).stderr();
    assert!(err.contains("Skipped 1 file:"), "{err}");
    assert!(err.contains("waiting.json: it is a FIFO"), "{err}");
    ran.again()
        .args(["export", "fhir-response"])
        .arg(&fifo)
        .run()
        .code(2)
        .no_stdout();
}

#[test]
fn a_bank_file_that_is_a_fifo_is_refused() {
    let ran = Test::new()
        .arg("check")
        .fifo("questions/evidence.json")
        .own_bank()
        .run()
        .code(2);
    assert!(ran.stderr().contains("evidence.json: file: could not read"));
}

// Cause 2: raw escapes reach the terminal from error paths.

#[test]
fn escapes_in_a_record_never_reach_the_terminal_from_its_error() {
    let (ran, record) = a_record();
    let text = std::fs::read_to_string(&record).unwrap();
    let crafted = ran.home().path("crafted.json");
    // An unknown variant: serde's error quotes it back.
    assert!(text.contains("\"option\": \""));
    let evil = text.replacen(
        "\"option\": \"",
        "\"option\": \"\\u001b]0;owned\\u0007\\u001b[2J\\u009b2J",
        1,
    );
    let review = ran
        .again()
        .file("crafted.json", evil)
        .arg("review")
        .arg(&crafted)
        .run()
        .code(2);
    assert_no_escapes(review.stderr_bytes(), "review's error");
    assert!(review.stderr().contains("crafted.json"));
    let export = ran
        .again()
        .args(["export", "fhir-response"])
        .arg(&crafted)
        .run()
        .code(2);
    assert_no_escapes(export.stderr_bytes(), "export's error");
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
    let ran = Test::new().answers(evil.into_bytes()).run().code(2);
    let err = ran.stderr();
    assert!(err.contains("there is no question with this id"), "{err}");
    assert!(err.contains("unknown field"), "{err}");
    assert_no_escapes(ran.stderr_bytes(), "run's error");
}

#[test]
fn a_crafted_state_file_is_neutralised_in_the_resume_question() {
    let ran = Test::new()
        .file(
            "state/state.json",
            r#"{"bank_id": "x", "bank_version": "1", "bank_hash": "h",
            "saved_at": "\u001b]0;title\u0007\u001b[2J\u009b2J",
            "answers": {"\u001b[31mred": 1}, "asked": []}"#,
        )
        .plain(&["y"])
        .run()
        .code(1);
    let out = ran.stdout();
    assert!(
        out.contains("You have an unfinished questionnaire, 0 of"),
        "a time that is not one is left out: {out}"
    );
    assert!(
        out.contains("\u{FFFD}[31mred"),
        "the dropped id is named: {out}"
    );
    assert_no_escapes(ran.stdout_bytes(), "the resume question");
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
            Step::Question { id, sign, .. } => {
                Some(sign.unwrap_or_default() + &crate::common::typed(&id, answers.get(&id)))
            }
            // A page with pages one key away waits for Enter.
            Step::Page(p) if !p.more.is_empty() => Some(String::new()),
            Step::Page(_) => None,
        })
        .collect();
    lines.push("f".into());
    let ran = Test::new().plain(&lines).run().success();
    let out = ran.stdout();
    assert!(out.contains("hi \u{FFFD}[2J\u{FFFD}31m there"), "{out}");
    assert_no_escapes(ran.stdout_bytes(), "plain mode");
}

#[test]
fn c1_controls_and_bidi_overrides_are_escaped_in_json_and_neutral_elsewhere() {
    let text = std::fs::read_to_string(example("first-episode")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["answers"]["notes.note"] = "csi\u{9b}2J rlo\u{202e}olleh".into();
    let ran = Test::new().answers(v).run().success();
    for (f, _) in ran.files() {
        let bytes = std::fs::read(&f).unwrap();
        assert_no_escapes(&bytes, &f.display().to_string());
        if f.extension().unwrap() == "json" {
            let text = String::from_utf8(bytes).unwrap();
            assert!(text.contains("csi\\u009b2J rlo\\u202eolleh"), "{text}");
            let review = ran
                .again()
                .args(["review", "--format", "json"])
                .arg(&f)
                .run()
                .success();
            assert_no_escapes(review.stdout_bytes(), "review --format json");
            let export = ran
                .again()
                .args(["export", "fhir-response"])
                .arg(&f)
                .run()
                .success();
            assert_no_escapes(export.stdout_bytes(), "export");
        }
    }
}

// Cause 3: panics on closed output; names that are not UTF-8.

#[test]
fn a_closed_pipe_ends_quietly_and_the_summary_is_still_saved() {
    let run = Test::new()
        .answers("unsure-needs-support")
        .closed_stdout()
        .run()
        .code(0)
        .no_stderr();
    assert_eq!(run.files().len(), 3);
    for args in [
        vec!["check"],
        vec!["evidence"],
        vec!["completions", "bash"],
        vec!["export", "fhir-questionnaire"],
    ] {
        Test::new()
            .args(&args)
            .closed_stdout()
            .run()
            .code(0)
            .no_stderr();
    }
}

#[test]
fn a_closed_error_output_does_not_turn_a_bad_file_into_a_crash() {
    Test::new()
        .answers(b"{\"answers\": {\"no.such\": 1}}".to_vec())
        .closed_stderr()
        .run()
        .code(2);
}

#[test]
fn a_name_that_is_not_utf8_is_shown_lossily_in_review_json() {
    let (ran, record) = a_record();
    let dir = ran.home().out();
    let odd = dir.join(OsStr::from_bytes(b"odd-\xff.json"));
    std::fs::rename(&record, &odd).unwrap();
    std::fs::write(dir.join(OsStr::from_bytes(b"bad-\xfe.json")), "{").unwrap();
    let v = ran
        .again()
        .args(["review", "--format", "json"])
        .arg(&dir)
        .run()
        .code(1)
        .json();
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
    let ran = Test::new().answers(twice.into_bytes()).run().code(2);
    let err = ran.stderr();
    assert!(
        err.contains("the key \"safety.thoughts\" is given more than once"),
        "{err}"
    );
    assert!(ran.files().is_empty());

    let (ran, record) = a_record();
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
    refused_as_a_record(
        &ran,
        &record,
        &["\"safety_flag\" is given more than once"],
        &["given more than once"],
    );
}

// Cause 8: records are not validated before export and single-file review.

#[test]
fn a_record_with_a_bad_date_a_negative_rating_or_a_text_fee_is_refused() {
    let (ran, record) = a_record();
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
    refused_as_a_record(
        &ran,
        &record,
        &[
            "created: \"yesterday\" is not a date",
            "found -3",
            "(money.fee): expected a number",
        ],
        &["created: \"yesterday\""],
    );
}

// Cause 10: a byte-order mark; --out naming a file or a link to nothing.

#[test]
fn an_answers_file_with_a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(example("first-episode")).unwrap());
    let ran = Test::new().answers(bytes).run().success();
    assert_eq!(ran.files().len(), 3);
}

#[test]
fn out_naming_a_file_or_a_link_to_nothing_says_so() {
    let test = Test::new().file("a-file", "keep");
    let (file, link) = (test.home().path("a-file"), test.home().path("a-link"));
    let nowhere = test.home().path("nowhere");
    std::os::unix::fs::symlink(&nowhere, &link).unwrap();
    for (out, words) in [
        (&file, "it is a file, not a folder"),
        (
            &link,
            "it is a symbolic link to something that is not there",
        ),
    ] {
        let err = test
            .again()
            .answers("first-episode")
            .out_to(out)
            .run()
            .code(2)
            .stderr();
        assert!(err.contains(words), "{err}");
        assert!(!err.contains("os error"), "{err}");
        // `start` says so before the first question, not after the last.
        let ran = test
            .again()
            .arg("--plain")
            .out_to(out)
            .stdin("")
            .run()
            .code(2)
            .no_stdout();
        assert!(ran.stderr().contains(words));
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");
    assert!(!nowhere.exists());
}

// Cause 6: an autosave failure is swallowed and then misreported.

#[test]
fn an_autosave_that_fails_is_said_once_and_never_claimed_as_saved() {
    let test = Test::new();
    let state = test.home().state();
    // A folder where state.json should be: every save fails, even as root.
    std::fs::create_dir_all(state.join("state.json")).unwrap();
    std::fs::create_dir_all(state.join("state.json.unreadable/kept")).unwrap();
    let lines = crate::common::lines_for("first-episode");
    let ran = test.plain(&lines[..6]).run().code(1);
    let (out, err) = (ran.stdout(), ran.stderr());
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
