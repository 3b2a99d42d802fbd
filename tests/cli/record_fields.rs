//! The record's typed fields read from a file: a kind of question or a time
//! this program does not know is refused with a sentence naming the file and
//! the place; a time is written back exactly as it was read.

use std::path::Path;

use crate::common::{a_record, files_in, refused_as_a_record};
use crate::test::Test;

fn edit(record: &Path, change: impl FnOnce(&mut serde_json::Value)) {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(record).unwrap()).unwrap();
    change(&mut v);
    std::fs::write(record, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

#[test]
fn a_kind_of_question_this_program_does_not_know_is_refused_naming_it() {
    let (ran, record) = a_record();
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
    refused_as_a_record(&ran, &record, &[&sentence, &name], &[&sentence, &name]);
}

#[test]
fn a_time_that_is_not_one_is_refused_naming_the_file() {
    let (ran, record) = a_record();
    // November has 30 days: the shape is right, the date is not.
    edit(&record, |v| {
        v["created"] = "2026-11-31T12:00:00+00:00".into()
    });
    let sentence = "created: \"2026-11-31T12:00:00+00:00\" is not a date and time like 2026-11-26T12:00:00+00:00";
    let name = record.file_name().unwrap().to_string_lossy().into_owned();
    refused_as_a_record(&ran, &record, &[sentence, &name], &[sentence]);
}

#[test]
fn a_record_is_written_back_byte_for_byte_and_its_time_as_it_was() {
    let (ran, record) = a_record();
    let text = std::fs::read_to_string(&record).unwrap();
    let again = ran
        .again()
        .args(["review", "--format", "json"])
        .arg(&record)
        .run()
        .success();
    assert_eq!(again.stdout(), text);

    let records = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/records");
    let mut checked = 0;
    for old in files_in(&records) {
        let before: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&old).unwrap()).unwrap();
        let after = Test::new()
            .args(["review", "--format", "json"])
            .arg(&old)
            .run()
            .success()
            .json();
        assert_eq!(after["created"], before["created"], "{}", old.display());
        let fhir = Test::new()
            .args(["export", "fhir-response"])
            .arg(&old)
            .run()
            .success()
            .json();
        assert_eq!(fhir["authored"], before["created"], "{}", old.display());
        checked += 1;
    }
    assert!(checked >= 2, "the old records are there");
}
