//! The record's typed fields read from a file: a kind of question or a time
//! this program does not know is refused with a sentence naming the file and
//! the place; a time is written back exactly as it was read.

use std::path::{Path, PathBuf};

use crate::common::{bin, files_in, run_example};

fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

/// A record written by `run`, in a folder of its own.
fn a_record() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    run_example("first-episode", dir.path());
    let json = files_in(dir.path())
        .into_iter()
        .find(|p| p.extension().unwrap() == "json")
        .unwrap();
    (dir, json)
}

fn edit(record: &Path, change: impl FnOnce(&mut serde_json::Value)) {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(record).unwrap()).unwrap();
    change(&mut v);
    std::fs::write(record, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

#[test]
fn a_kind_of_question_this_program_does_not_know_is_refused_naming_it() {
    let (dir, record) = a_record();
    let mut id = String::new();
    edit(&record, |v| {
        let answer = &mut v["sections"][2]["answers"][0];
        id = answer["id"].as_str().unwrap().to_string();
        answer["kind"] = "rating".into();
    });
    let sentence = format!(
        "sections[2].answers[0].kind ({id}): \"rating\" is not a kind of question this program knows (single, multi, yes_no, scale, number or text)"
    );
    let name = record.file_name().unwrap().to_string_lossy().into_owned();
    for args in [vec!["review"], vec!["export", "fhir-response"]] {
        let assert = bin().args(&args).arg(&record).assert().code(2).stdout("");
        let err = stderr_of(&assert);
        assert!(err.contains(&sentence), "{args:?}: {err}");
        assert!(err.contains(&name), "{args:?} names the file: {err}");
    }
    let folder = bin().arg("review").arg(dir.path()).assert().code(1);
    let err = stderr_of(&folder);
    assert!(err.contains(&sentence), "folder review: {err}");
    assert!(err.contains(&name), "folder review names the file: {err}");
}

#[test]
fn a_time_that_is_not_one_is_refused_naming_the_file() {
    let (dir, record) = a_record();
    // November has 30 days: the shape is right, the date is not.
    edit(&record, |v| {
        v["created"] = "2026-11-31T12:00:00+00:00".into()
    });
    let sentence = "created: \"2026-11-31T12:00:00+00:00\" is not a date and time like 2026-11-26T12:00:00+00:00";
    let name = record.file_name().unwrap().to_string_lossy().into_owned();
    for args in [vec!["review"], vec!["export", "fhir-response"]] {
        let assert = bin().args(&args).arg(&record).assert().code(2).stdout("");
        let err = stderr_of(&assert);
        assert!(err.contains(sentence), "{args:?}: {err}");
        assert!(err.contains(&name), "{args:?} names the file: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let folder = bin().arg("review").arg(dir.path()).assert().code(1);
    assert!(
        stderr_of(&folder).contains(sentence),
        "{}",
        stderr_of(&folder)
    );
}

#[test]
fn a_record_is_written_back_byte_for_byte_and_its_time_as_it_was() {
    let (_dir, record) = a_record();
    let text = std::fs::read_to_string(&record).unwrap();
    let again = bin()
        .args(["review", "--format", "json"])
        .arg(&record)
        .assert()
        .success();
    assert_eq!(String::from_utf8_lossy(&again.get_output().stdout), text);

    let records = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/records");
    let mut checked = 0;
    for old in files_in(&records) {
        let before: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&old).unwrap()).unwrap();
        let out = bin()
            .args(["review", "--format", "json"])
            .arg(&old)
            .assert()
            .success();
        let after: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        assert_eq!(after["created"], before["created"], "{}", old.display());
        let fhir = bin()
            .args(["export", "fhir-response"])
            .arg(&old)
            .assert()
            .success();
        let fhir: serde_json::Value = serde_json::from_slice(&fhir.get_output().stdout).unwrap();
        assert_eq!(fhir["authored"], before["created"], "{}", old.display());
        checked += 1;
    }
    assert!(checked >= 2, "the old records are there");
}
