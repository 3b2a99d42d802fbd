//! Hostile input never crashes and never half-writes: each case gives a
//! sentence naming the place, exit 2, and no file.

use predicates::prelude::*;
use std::path::Path;

use crate::common::{bin, example, files_in};

/// Run an answers file given as raw bytes; expect exit 2, these words, no files.
fn refused_bytes(bytes: &[u8], words: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    std::fs::write(&file, bytes).unwrap();
    let out = dir.path().join("out");
    let assert = bin()
        .args(["run", "--answers"])
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    for w in words {
        assert!(err.contains(w), "missing \"{w}\" in:\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    assert!(files_in(&out).is_empty());
}

fn with_answer(id: &str, raw_value: &str) -> Vec<u8> {
    let text = std::fs::read_to_string(example("first-episode")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["answers"].as_object_mut().unwrap().remove(id);
    let body = v.to_string();
    // Put the raw value in by hand, so it can be something serde would not write.
    body.replacen(
        "{\"answers\":{",
        &format!("{{\"answers\":{{\"{id}\":{raw_value},"),
        1,
    )
    .into_bytes()
}

#[test]
fn nan_and_infinity_are_not_json_and_say_where() {
    refused_bytes(
        &with_answer("money.fee", "NaN"),
        &["not valid JSON", "line 1, column"],
    );
    refused_bytes(&with_answer("money.fee", "Infinity"), &["not valid JSON"]);
    refused_bytes(
        &with_answer("money.fee", "1e309"),
        &["not valid JSON", "number out of range"],
    );
}

#[test]
fn huge_and_negative_numbers_are_out_of_range() {
    refused_bytes(
        &with_answer("time.hours_per_week", "1e308"),
        &["time.hours_per_week", "outside 0 to 40"],
    );
    refused_bytes(
        &with_answer("money.monthly_budget", "-1"),
        &["money.monthly_budget: -1 is outside 0 to 100000"],
    );
    refused_bytes(
        &with_answer("money.fee", "\"NaN\""),
        &["money.fee", "Expected: a number"],
    );
}

#[test]
fn a_ten_megabyte_file_is_refused_before_it_is_read() {
    let mut big = b"{\"answers\": {\"notes.note\": \"".to_vec();
    big.extend(std::iter::repeat_n(b'a', 10 * 1024 * 1024));
    big.extend(b"\"}}");
    refused_bytes(&big, &["answers.json", "may be at most"]);
}

#[test]
fn a_megabyte_of_free_text_is_longer_than_the_limit() {
    let note = format!("\"{}\"", "a".repeat(1024 * 1024));
    refused_bytes(
        &with_answer("notes.note", &note),
        &["notes.note: it is 1048576 characters long; the most is 2000"],
    );
}

#[test]
fn control_characters_and_escapes_in_text_are_kept_but_neutralised_when_shown() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    std::fs::write(
        &file,
        with_answer("notes.note", "\"bell\\u0007 clear\\u001b[2J <b>bold</b>\""),
    )
    .unwrap();
    let out = dir.path().join("out");
    bin()
        .args(["run", "--answers"])
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    for f in files_in(&out) {
        let text = std::fs::read_to_string(&f).unwrap();
        match f.extension().unwrap().to_str().unwrap() {
            "json" => assert!(text.contains("\\u0007"), "the record keeps what was given"),
            "html" => {
                assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'));
                assert!(text.contains("&lt;b&gt;bold&lt;/b&gt;"));
            }
            "md" => assert!(!text.contains('\u{1b}') && !text.contains('\u{7}')),
            _ => {}
        }
    }
    let record = files_in(&out)
        .into_iter()
        .find(|f| f.extension().unwrap() == "json")
        .unwrap();
    let assert = bin().arg("review").arg(&record).assert().success();
    assert!(!assert.get_output().stdout.contains(&0x1b));
}

#[test]
fn a_malformed_bank_names_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    for name in ["bank.json", "evidence.json"] {
        std::fs::copy(root.join(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(
        dir.path().join("rules.json"),
        "{\n  \"version\": \"1\",\n  oops\n}",
    )
    .unwrap();
    bin()
        .args(["check", "--questions"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("rules.json: line 3, column 3"));
    bin()
        .args(["run", "--answers"])
        .arg(example("first-episode"))
        .arg("--questions")
        .arg(dir.path())
        .arg("--out")
        .arg(dir.path().join("out"))
        .assert()
        .code(2);
    assert!(files_in(&dir.path().join("out")).is_empty());
}

#[test]
fn a_malformed_or_mistyped_record_is_refused_by_export() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("record.json");
    std::fs::write(&broken, "{\"schema_version\": 1, \"created\": 5}").unwrap();
    bin()
        .args(["export", "fhir-response"])
        .arg(&broken)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "record.json: it is not a therapy-choice summary",
        ));
    std::fs::write(&broken, [0xff, 0xfe, 0x00]).unwrap();
    bin()
        .args(["export", "fhir-response"])
        .arg(&broken)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not UTF-8"));
}
