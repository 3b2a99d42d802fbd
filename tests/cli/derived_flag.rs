//! The safety flag is read from the recorded answers, never trusted as
//! stored: a record whose flag was cut out still tops the triage table and
//! is named as inconsistent; the safety question answered twice is refused;
//! a file that cannot be read still shows its safety answers, first.

use std::path::PathBuf;

use serde_json::Value;

use crate::test::{Ran, Test};

/// A saved yes-and-right-now-yes summary, and its home to run again in.
fn yes_record() -> (Ran, PathBuf) {
    let mut answers: Value =
        serde_json::from_str(&crate::common::built_in("examples/first-episode.json")).unwrap();
    answers["answers"]["safety.thoughts"] = "yes".into();
    answers["answers"]["safety.now"] = "yes".into();
    let ran = Test::new().answers(answers).run().success();
    let record = ran.record();
    (ran, record)
}

fn edited(record: &PathBuf, change: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(&std::fs::read_to_string(record).unwrap()).unwrap();
    change(&mut value);
    serde_json::to_string_pretty(&value).unwrap()
}

#[test]
fn a_record_whose_stored_flag_was_cut_out_is_named_inconsistent_and_sorted_first() {
    let (ran, record) = yes_record();
    let stripped = edited(&record, |v| {
        v["safety_flag"] = Value::Null;
        // Told apart from the other row by its file name.
        v.as_object_mut().unwrap().remove("label");
    });
    std::fs::remove_file(&record).unwrap();
    let no = ran.again().answers("first-episode").run().success();
    let dir = no.home().out();
    std::fs::write(dir.join("stripped.json"), stripped).unwrap();
    let folder = no.again().arg("review").arg(&dir).run().code(1);
    let out = folder.stdout();
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[1].starts_with("yes "), "{out}");
    assert!(
        lines[1].ends_with("stripped"),
        "the stripped record comes first:\n{out}"
    );
    assert!(lines[2].starts_with("no "), "{out}");
    let err = folder.stderr();
    assert!(err.contains("Inconsistent"), "{err}");
    assert!(err.contains("stripped.json"), "{err}");
    // One file: shown with the answers' flag on top, named, exit 1.
    let one = no
        .again()
        .arg("review")
        .arg(dir.join("stripped.json"))
        .run()
        .code(1);
    let out = one.stdout();
    assert!(out.starts_with("!! Inconsistent"), "{out}");
    assert!(out.contains("right now: yes"), "{out}");
    assert!(one.stderr().contains("stripped.json"));
}

#[test]
fn the_safety_question_answered_twice_is_refused_but_its_yes_is_shown() {
    let (ran, record) = yes_record();
    let twice = edited(&record, |v| {
        let sections = v["sections"].as_array_mut().unwrap();
        let safety = sections.iter_mut().find(|s| s["id"] == "safety").unwrap();
        let answers = safety["answers"].as_array_mut().unwrap();
        let mut no = answers[0].clone();
        no["value"] = "no".into();
        no["shown"] = "No".into();
        answers.push(no);
    });
    std::fs::write(&record, twice).unwrap();
    let one = ran.again().arg("review").arg(&record).run().code(2);
    assert!(
        one.stderr()
            .contains("the safety question is answered 2 times"),
        "{}",
        one.stderr()
    );
    assert!(
        one.stderr()
            .contains("its safety answers can be read: SELF-HARM yes"),
        "{}",
        one.stderr()
    );
}

#[test]
fn a_file_cut_short_shows_its_safety_answers_above_the_table() {
    let (ran, record) = yes_record();
    let text = std::fs::read_to_string(&record).unwrap();
    let cut = text.find("\"scores\"").unwrap();
    std::fs::write(&record, &text[..cut]).unwrap();
    let no = ran.again().answers("first-episode").run().success();
    let folder = no.again().arg("review").arg(no.home().out()).run().code(1);
    let out = folder.stdout();
    assert!(out.starts_with("!! "), "{out}");
    assert!(
        out.lines().next().unwrap().contains("right now: yes"),
        "{out}"
    );
}
