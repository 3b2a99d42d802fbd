//! `run --answers`: good files make a summary; every kind of bad file is
//! refused with a sentence naming the question, exit 2, and nothing written.

use crate::common::{EXAMPLES, example, files_in};
use crate::test::{Home, Test};

#[test]
fn each_example_writes_a_private_markdown_html_and_json_summary() {
    for name in EXAMPLES {
        let ran = Test::new().answers(name).run().success();
        let stdout = ran.stdout();
        let files = ran.files();
        let extensions: Vec<String> = files
            .iter()
            .map(|(f, _)| f.extension().unwrap().to_string_lossy().to_string())
            .collect();
        assert_eq!(extensions, ["html", "json", "md"], "{files:?}");
        for (file, mode) in &files {
            assert!(
                stdout.contains(&file.display().to_string()),
                "path not printed: {stdout}"
            );
            assert_eq!(*mode, 0o600);
        }
        assert!(
            stdout.contains("116 123"),
            "the closing crisis lines are missing"
        );
    }
}

#[test]
fn a_safety_yes_tops_the_summary_and_shows_the_crisis_lines() {
    let ran = Test::new()
        .answers("unsure-needs-support")
        .run()
        .success()
        .stdout_has("IMPORTANT: Help now");
    let (md, _) = ran
        .files()
        .into_iter()
        .find(|(p, _)| p.extension().unwrap() == "md")
        .unwrap();
    let text = std::fs::read_to_string(md).unwrap();
    // The box for the clinician comes first, and the flag is its first line;
    // the crisis lines follow the box, before the result.
    let first_section = text.find("## ").unwrap();
    assert!(text[first_section..].starts_with("## For the clinician"));
    let first_line = text[first_section..].find("\n- ").unwrap() + first_section;
    assert!(
        text[first_line..].starts_with("\n- **! Safety (self-reported, not assessed):** Thoughts of death, self-harm or suicide: yes (self-reported)"),
        "the safety flag is not at the top:\n{text}"
    );
    let alert = text
        .find("SAFETY (self-reported, not assessed): please read first")
        .expect("no safety alert");
    let second_section = text[first_section + 3..].find("## ").unwrap() + first_section + 3;
    assert!(
        alert < second_section,
        "the crisis lines are not right after the box"
    );
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(ran.record()).unwrap()).unwrap();
    assert!(record["safety_flag"].is_object());
}

fn refused(answers: serde_json::Value, words: &[&str]) {
    let mut ran = Test::new().answers(answers).run().code(2).no_stdout();
    for w in words {
        ran = ran.stderr_has(w);
    }
    assert!(ran.files().is_empty(), "something was written");
}

fn changed(
    change: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>),
) -> serde_json::Value {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example("first-episode")).unwrap()).unwrap();
    change(v["answers"].as_object_mut().unwrap());
    v
}

#[test]
fn an_unknown_id_is_refused() {
    refused(
        changed(|a| {
            a.insert("time.later".into(), 4.into());
        }),
        &["time.later: there is no question with this id. Given: 4"],
    );
}

#[test]
fn a_value_of_the_wrong_kind_is_refused() {
    refused(
        changed(|a| {
            a.insert("value.shape".into(), 3.into());
        }),
        &["value.shape", "Given: 3", "Expected: one of"],
    );
}

#[test]
fn a_number_out_of_range_is_refused() {
    refused(
        changed(|a| {
            a.insert("money.fee".into(), serde_json::json!(-5));
        }),
        &["money.fee: -5 is outside 0 to 5000"],
    );
}

#[test]
fn a_missing_required_answer_is_refused() {
    refused(
        changed(|a| {
            a.remove("lean.now");
        }),
        &["lean.now: this question needs an answer"],
    );
}

#[test]
fn a_missing_safety_answer_is_an_error_never_a_no() {
    refused(
        changed(|a| {
            a.remove("safety.thoughts");
        }),
        &["safety.thoughts: this question needs an answer"],
    );
    // The old yes-or-no form is not read as an answer either.
    refused(
        changed(|a| {
            a.insert("safety.thoughts".into(), false.into());
        }),
        &[
            "safety.thoughts",
            "Expected: one of \"yes\", \"no\", \"rather_not_say\"",
        ],
    );
}

/// Run an answers file in a pseudo-terminal, sending nothing: it must print
/// the safety page and end on its own, never waiting for a key.
fn run_in_a_terminal_without_typing(answers: &serde_json::Value) -> String {
    use expectrl::Expect;
    let home = Home::new();
    let file = home.path("answers.json");
    std::fs::write(&file, answers.to_string()).unwrap();
    let mut cmd = std::process::Command::new(crate::common::bin_path());
    cmd.args(["run", "--answers"])
        .arg(&file)
        .arg("--out")
        .arg(home.out())
        .env("TERM", "xterm")
        .env("THERAPY_CHOICE_STATE_DIR", home.state());
    let mut session = expectrl::session::OsSession::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    let all = session
        .expect(expectrl::Eof)
        .expect("run --answers waited for input");
    let status = session.get_process().wait().unwrap();
    assert_eq!(
        status,
        expectrl::process::unix::WaitStatus::Exited(session.get_process().pid(), 0)
    );
    assert_eq!(files_in(&home.out()).len(), 3);
    String::from_utf8_lossy(all.get(0).unwrap()).to_string()
}

#[test]
fn a_yes_or_rather_not_say_prints_the_safety_page_and_never_waits() {
    for said in ["yes", "rather_not_say"] {
        let answers = changed(|a| {
            a.insert("safety.thoughts".into(), said.into());
            a.insert("safety.now".into(), "no".into());
        });
        let text = run_in_a_terminal_without_typing(&answers);
        assert!(text.contains("IMPORTANT: Help now"), "{said}: {text}");
        assert!(text.contains("This program contacts no one."), "{said}");
        assert!(!text.contains("type c"), "{said}: the page asked for a key");
    }
}

#[test]
fn an_answer_to_a_hidden_question_is_refused() {
    refused(
        changed(|a| {
            a.insert("situation.therapy_before".into(), false.into());
            a.insert("situation.therapy_kind".into(), serde_json::json!(["cbt"]));
            a.insert("situation.therapy_result".into(), "helped".into());
        }),
        &[
            "situation.therapy_kind: this question is hidden",
            "situation.therapy_result: this question is hidden",
        ],
    );
}

#[test]
fn malformed_json_and_invalid_utf8_are_refused() {
    let test = Test::new();
    for (name, bytes) in [
        ("broken.json", b"{\"answers\": {".to_vec()),
        ("latin1.json", vec![b'{', 0xff, b'}']),
    ] {
        let file = test.home().path(name);
        test.again()
            .file(name, bytes)
            .answers(&file)
            .run()
            .code(2)
            .stderr_has(name);
    }
    assert!(files_in(&test.home().out()).is_empty());
}

#[test]
fn a_missing_answers_file_is_bad_usage() {
    Test::new()
        .args(["run", "--answers", "/nonexistent/answers.json"])
        .run()
        .code(2)
        .stderr_has("Could not read the answers file /nonexistent/answers.json");
}

#[test]
fn a_folder_that_cannot_be_made_exits_1_with_a_sentence() {
    let test = Test::new().file("a-file", "");
    let inside = test.home().path("a-file/inside");
    let bank = crate::common::bank();
    let mut ran = test
        .answers("first-episode")
        .out_to(inside)
        .run()
        .code(1)
        .stderr_has("Could not save the summary in")
        .stderr_has("part of that path is a file, not a folder")
        .stderr_lacks("os error")
        .stderr_has("--out")
        .stdout_has("What your answers suggest")
        .stdout_has("US: Emergency")
        .stdout_lacks(&bank.screen_words.result.saved_in);
    // The closing words say the summary is ready: not when it is not saved.
    for words in &bank.closing {
        ran = ran.stdout_lacks(words);
    }
}

#[test]
fn an_unknown_flag_is_bad_usage() {
    Test::new().arg("--no-such-flag").run().code(2);
}
