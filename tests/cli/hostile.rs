//! Hostile input never crashes and never half-writes: each case gives a
//! sentence naming the place, exit 2, and no file.

use crate::common::example;
use crate::test::Test;

/// Run an answers file given as raw bytes; expect exit 2, these words, no files.
fn refused_bytes(bytes: &[u8], words: &[&str]) {
    let ran = Test::new().answers(bytes.to_vec()).run().code(2);
    let err = ran.stderr();
    for w in words {
        assert!(err.contains(w), "missing \"{w}\" in:\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    assert!(ran.files().is_empty());
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
    let ran = Test::new()
        .answers(with_answer(
            "notes.note",
            "\"bell\\u0007 clear\\u001b[2J <b>bold</b>\"",
        ))
        .run()
        .success();
    for (f, _) in ran.files() {
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
    let review = ran.again().arg("review").arg(ran.record()).run().success();
    assert!(!review.stdout_bytes().contains(&0x1b));
}

#[test]
fn a_malformed_bank_names_the_file_and_line() {
    let check = Test::new()
        .arg("check")
        .bank_file("rules.json", "{\n  \"version\": \"1\",\n  oops\n}")
        .run()
        .code(2)
        .stderr_has("rules.json: line 3, column 3");
    let run = check
        .again()
        .answers("first-episode")
        .own_bank()
        .run()
        .code(2);
    assert!(run.files().is_empty());
}

#[test]
fn a_malformed_or_mistyped_record_is_refused_by_export() {
    let test = Test::new().file("record.json", "{\"schema_version\": 1, \"created\": 5}");
    let broken = test.home().path("record.json");
    let ran = test
        .args(["export", "fhir-response"])
        .arg(&broken)
        .run()
        .code(2)
        .no_stdout()
        .stderr_has("record.json: it is not a therapy-choice summary");
    ran.again()
        .file("record.json", [0xff, 0xfe, 0x00])
        .args(["export", "fhir-response"])
        .arg(&broken)
        .run()
        .code(2)
        .stderr_has("not UTF-8");
}
