//! Records saved before the words changed shape still open as they were: a
//! record with the two short-term labels (`short_20`, `short_30`) shows its
//! own labels and is written back byte for byte; the old records of
//! tests/records show their fit from their band; a schema 2 record, which
//! kept its barriers, changes, clinician questions and confidence as
//! sentences, shows the same words in review, Markdown and HTML as the
//! program that saved it did, and is written back byte for byte.

use std::path::Path;

use crate::common::a_record;
use crate::test::Test;

#[test]
fn a_record_with_the_two_old_short_term_labels_shows_them_and_is_written_back_as_it_was() {
    let (ran, record) = a_record();
    let text = std::fs::read_to_string(&record).unwrap();
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("\"short_course\": "))
        .expect("a new record labels the short-term courses with one template");
    assert!(line.contains("{sessions}"), "{line}");
    let indent = &line[..line.len() - line.trim_start().len()];
    let old = text.replacen(
        line,
        &format!(
            "{indent}\"short_20\": \"Brief, twenty\",\n{indent}\"short_30\": \"Brief, thirty\","
        ),
        1,
    );
    std::fs::write(&record, &old).unwrap();

    let back = ran
        .again()
        .args(["review", "--format", "json"])
        .arg(&record)
        .run()
        .success();
    assert_eq!(back.stdout(), old);
    ran.again()
        .arg("review")
        .arg(&record)
        .run()
        .success()
        .stdout_has("Brief, twenty")
        .stdout_has("Brief, thirty");
    ran.again()
        .args(["export", "fhir-response"])
        .arg(&record)
        .run()
        .success();
}

#[test]
fn the_old_records_fit_the_side_of_their_band() {
    let records = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/records");
    // schema-1.json is "clearly_short" at -100; the other "short" at -40.
    Test::new()
        .arg("review")
        .arg(&records)
        .run()
        .success()
        .stdout_has("short -100")
        .stdout_has("short -40");
    Test::new()
        .arg("review")
        .arg(records.join("schema-1.json"))
        .run()
        .success()
        .stdout_has("Short-term, 20 sessions")
        .stdout_has("Short-term, 30 sessions");
}

#[test]
fn a_schema_2_record_says_what_the_program_that_saved_it_said() {
    let records = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/records");
    // Saved by the program before schema 3, with the .md, .html and review
    // it wrote then (in tests/records-as-shown): one with time and
    // life-change barriers, one over budget.
    let shown = records.with_file_name("records-as-shown");
    for name in ["schema-2-first-episode", "schema-2-over-budget"] {
        let path = records.join(format!("{name}.json"));
        let then = |ext: &str| {
            let folder = if ext == "json" { &records } else { &shown };
            std::fs::read_to_string(folder.join(format!("{name}.{ext}"))).unwrap()
        };
        let saved = then("json");
        assert!(saved.contains("\"schema_version\": 2,"), "{name}");
        let record = therapy_choice::review::read_record(&path).unwrap();
        assert_eq!(
            therapy_choice::render::markdown::render(&record),
            then("md"),
            "{name}.md"
        );
        assert_eq!(
            therapy_choice::render::html::render(&record),
            then("html"),
            "{name}.html"
        );
        let back = Test::new()
            .args(["review", "--format", "json"])
            .arg(&path)
            .run()
            .success();
        assert_eq!(back.stdout(), saved, "{name}: written back");
        let review = Test::new().arg("review").arg(&path).run().success();
        assert_eq!(review.stdout(), then("review.txt"), "{name}: review");
    }
}
