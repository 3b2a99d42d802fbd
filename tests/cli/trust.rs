//! Hostile inputs, round three: trust in what a file says. A key given twice
//! in any object of an answers file, a record or the saved state is refused
//! (the bank's four files: tests/library/trust.rs): every object of each is
//! tried in turn, maps (a per-week table, the facts) as well as typed fields. Numbers in a record are checked against their ranges.

use serde_json::Value;
use std::path::Path;

use therapy_choice::answers::file;
use therapy_choice::store::state;

use crate::common::{a_record, example};
use crate::fixtures::key_twice::each_repeat_refused;

#[test]
fn a_key_given_twice_in_any_object_of_answers_a_record_or_the_state_is_refused() {
    let bank = crate::common::bank();
    let answers = std::fs::read_to_string(example("long-standing-patterns")).unwrap();
    each_repeat_refused("an answers file", &answers, |t| {
        file::read(bank, t)
            .map(|_| ())
            .map_err(|p| format!("{p:?}"))
    });
    let (ran, record) = a_record();
    let text = std::fs::read_to_string(&record).unwrap();
    each_repeat_refused("a record", &text, |t| {
        therapy_choice::review::record_from_text(t).map(|_| ())
    });
    // The folder review reads each record its own, lighter way.
    let row = ran.home().path("row.json");
    each_repeat_refused("a record in a folder", &text, |t| {
        std::fs::write(&row, t).unwrap();
        therapy_choice::review::read_row(Path::new(&row))
            .map(|_| ())
            .map_err(|e| e.reason)
    });
    let saved = serde_json::json!({
        "bank_id": "b", "bank_version": "1", "bank_hash": "h",
        "saved_at": "2026-11-26T12:00:00-05:00",
        "answers": {"time.commitment": "not_sure", "values.goals": ["a", "b"]},
        "asked": ["time.commitment"],
        "earlier_safety": {"answer": "yes", "with": {"safety.now": "no"}}
    });
    each_repeat_refused("the saved state", &saved.to_string(), |t| {
        state::parse(t).map(|_| ())
    });
}

/// A record the unsure-needs-support example makes (it has a PHQ-9).
fn record_text() -> (crate::test::Ran, String) {
    let ran = crate::test::Test::new()
        .answers("unsure-needs-support")
        .run()
        .success();
    let text = std::fs::read_to_string(ran.record()).unwrap();
    (ran, text)
}

/// Both readers of a record (one file whole, a folder's row) refuse `text`,
/// saying `words`.
fn both_refuse(ran: &crate::test::Ran, text: &str, words: &str) {
    let whole = therapy_choice::review::record_from_text(text);
    assert!(
        whole.as_ref().is_err_and(|e| e.contains(words)),
        "{words}: {:?}",
        whole.map(|_| ())
    );
    let row = ran.home().path("row.json");
    std::fs::write(&row, text).unwrap();
    let light = therapy_choice::review::read_row(&row);
    assert!(
        light.as_ref().is_err_and(|e| e.reason.contains(words)),
        "{words} (folder): {:?}",
        light.map(|_| ()).map_err(|e| e.reason)
    );
}

#[test]
fn the_numbers_of_the_report_out_of_range_are_refused_by_name() {
    let (ran, text) = record_text();
    let record: Value = serde_json::from_str(&text).unwrap();
    let with = |pointer: &str, value: Value| {
        let mut r = record.clone();
        *r.pointer_mut(pointer).unwrap() = value;
        r.to_string()
    };
    let how_sure = record["scores"]
        .as_array()
        .unwrap()
        .iter()
        .position(|s| s["flag_below"].is_number())
        .unwrap();
    both_refuse(
        &ran,
        &with("/assessment/score", 5000.into()),
        "assessment.score: 5000 is outside -100 to 100",
    );
    both_refuse(
        &ran,
        &with("/phq9/total", 99.into()),
        "phq9.total: 99 is outside 0 to 27",
    );
    let mut sure = record.clone();
    sure["scores"][how_sure]["points"] = 3000.into();
    sure["scores"][how_sure]["out_of"] = 4000.into();
    both_refuse(
        &ran,
        &sure.to_string(),
        &format!("scores[{how_sure}].out_of: 4000 is outside 0 to 100"),
    );
}

/// Every place in `value` holding a number, as JSON pointers.
fn numbers_in(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Number(_) => out.push(at),
        Value::Array(items) => {
            for (k, item) in items.iter().enumerate() {
                numbers_in(item, format!("{at}/{k}"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                numbers_in(item, format!("{at}/{key}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_number_in_a_record_is_checked_against_a_range() {
    let (ran, text) = record_text();
    let record: Value = serde_json::from_str(&text).unwrap();
    let mut places = Vec::new();
    numbers_in(&record, String::new(), &mut places);
    // An answer's value is checked against its kind; the bank holds its range.
    places.retain(|p| !p.starts_with("/sections/"));
    assert!(places.len() > 30, "{places:?}");
    for place in places {
        for huge in [1e16, -1e16] {
            let mut r = record.clone();
            *r.pointer_mut(&place).unwrap() = huge.into();
            let text = r.to_string();
            assert!(
                therapy_choice::review::record_from_text(&text).is_err(),
                "{place} = {huge} was accepted"
            );
            let row = ran.home().path("row.json");
            std::fs::write(&row, &text).unwrap();
            assert!(
                therapy_choice::review::read_row(&row).is_err(),
                "{place} = {huge} was accepted by a folder review"
            );
        }
    }
}

#[test]
fn a_record_whose_time_fhir_cannot_carry_is_refused_not_exported() {
    let (ran, text) = record_text();
    let record: Value = serde_json::from_str(&text).unwrap();
    for created in ["0000-11-26T12:00:00+00:00", "2026-11-26T12:00:00+23:59"] {
        let mut r = record.clone();
        r["created"] = created.into();
        let path = ran.home().path("odd-time.json");
        std::fs::write(&path, r.to_string()).unwrap();
        let export = ran
            .again()
            .args(["export", "fhir-response"])
            .arg(&path)
            .run()
            .code(2)
            .no_stdout();
        assert!(export.stderr().contains(created), "{}", export.stderr());
        both_refuse(&ran, &r.to_string(), "created:");
    }
    let exported = ran
        .again()
        .args(["export", "fhir-response"])
        .arg(ran.record())
        .run()
        .success()
        .json();
    assert_eq!(exported["authored"], record["created"]);
}
