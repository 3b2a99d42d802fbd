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

#[test]
fn a_fact_whose_words_the_record_lacks_is_refused_naming_its_place() {
    // first-episode: two barriers with their way out, a change of answer,
    // two clinician questions, a clear confidence.
    for (lose, sentence) in [
        (
            "/wording/barriers/time.long_term",
            "assessment.barriers[0]: \"time.long_term\" has no words in wording.barriers",
        ),
        (
            "/wording/barriers/life.change/lift",
            "assessment.changes[1]: \"life.change\" has no words in wording.barriers (a lift)",
        ),
        (
            "/wording/answers/0",
            "assessment.changes[2]: \"value.place_in_life\" has no words in wording.answers",
        ),
        (
            "/wording/clinician_questions/life.change_fit",
            "assessment.clinician_questions[1]: \"life.change_fit\" has no words in wording.clinician_questions",
        ),
        (
            "/wording/confidence/high",
            "assessment.confidence.level: \"high\" has no words in wording.confidence",
        ),
    ] {
        let (ran, record) = a_record();
        edit(&record, |v| {
            let (parent, key) = lose.rsplit_once('/').unwrap();
            match v.pointer_mut(parent).unwrap() {
                serde_json::Value::Object(map) => map.remove(key),
                serde_json::Value::Array(items) => Some(items.remove(key.parse().unwrap())),
                _ => None,
            }
            .unwrap_or_else(|| panic!("{lose} is in the record"));
        });
        refused_as_a_record(&ran, &record, &[sentence], &[sentence]);
    }
}

#[test]
fn a_cost_barrier_keeps_its_figures_as_numbers_each_checked_against_its_range() {
    let persona: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/personas/no-strong-reason-either-way.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let mut answers = persona["answers"].clone();
    answers["money.monthly_budget"] = 300.into();
    let ran = Test::new()
        .answers(serde_json::json!({ "answers": answers }))
        .run()
        .success();
    let record = ran.record();
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&record).unwrap()).unwrap();
    let long_term = &saved["assessment"]["barriers"][0];
    assert_eq!(long_term["id"], "cost.long_term");
    assert_eq!(
        long_term["figures"],
        serde_json::json!({"per_month": 400.0, "budget": 300.0, "currency": "$"})
    );
    assert_eq!(
        saved["assessment"]["changes"][0],
        serde_json::json!({"budget": {"option": "long_term", "per_month": 400.0, "currency": "$"}})
    );
    for (at, sentence) in [
        (
            "/assessment/barriers/0/figures/per_month",
            "assessment.barriers[0].figures.per_month: -5 is outside 0 to",
        ),
        (
            "/assessment/barriers/1/figures/budget",
            "assessment.barriers[1].figures.budget: -5 is outside 0 to",
        ),
        (
            "/assessment/changes/0/budget/per_month",
            "assessment.changes[0].budget.per_month: -5 is outside 0 to",
        ),
        (
            "/assessment/changes/2/answer/score",
            "assessment.changes[2].answer.score: -5000 is outside -100 to 100",
        ),
    ] {
        let mut bad = saved.clone();
        let low = if at.ends_with("score") { -5000 } else { -5 };
        *bad.pointer_mut(at).unwrap() = low.into();
        std::fs::write(&record, serde_json::to_string_pretty(&bad).unwrap()).unwrap();
        refused_as_a_record(&ran, &record, &[sentence], &[sentence]);
    }
}
