//! Snapshots of every saved format for three contrasting examples with a fixed
//! clock; re-rendering from the saved record; hostile text made inert.

use chrono::{DateTime, FixedOffset, TimeZone};

use super::{html, json, markdown, screen};
use crate::answers::{Answer, Answers, file};
use crate::bank::Bank;
use crate::record::Record;

fn noon() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(-5 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 26, 12, 0, 0)
        .unwrap()
}

fn example(name: &str) -> Answers {
    let bank = Bank::embedded().unwrap();
    let text = match name {
        "first-episode" => include_str!("../../questions/examples/first-episode.json"),
        "long-standing-patterns" => {
            include_str!("../../questions/examples/long-standing-patterns.json")
        }
        _ => include_str!("../../questions/examples/unsure-needs-support.json"),
    };
    file::read(&bank, text).unwrap()
}

fn record(name: &str) -> Record {
    Record::build(&Bank::embedded().unwrap(), &example(name), noon())
}

const EXAMPLES: [&str; 3] = [
    "first-episode",
    "long-standing-patterns",
    "unsure-needs-support",
];

#[test]
fn markdown_snapshots() {
    for name in EXAMPLES {
        insta::assert_snapshot!(format!("{name}.md"), markdown::render(&record(name)));
    }
}

#[test]
fn html_snapshots() {
    for name in EXAMPLES {
        insta::assert_snapshot!(format!("{name}.html"), html::render(&record(name)));
    }
}

/// The saved record with the copies of content files left out: the evidence,
/// the result's sentences and bands (all from questions/), and the bank's hash,
/// which changes with any edit there. What stays is what the answers decide.
fn redacted(saved: &str) -> String {
    let mut value: serde_json::Value = serde_json::from_str(saved).unwrap();
    let copy = |from: &str| serde_json::Value::String(format!("[as in {from}]"));
    value["evidence"] = copy("questions/evidence.json");
    value["bank"]["hash"] = copy("the bank files");
    for field in ["words", "bands"] {
        let assessment = value["assessment"].as_object_mut().unwrap();
        assert!(
            assessment.contains_key(field),
            "the record has no assessment.{field}"
        );
        assessment.insert(field.into(), copy("questions/rules.json"));
    }
    serde_json::to_string_pretty(&value).unwrap()
}

#[test]
fn json_snapshots() {
    for name in EXAMPLES {
        let saved = json::render(&record(name));
        insta::assert_snapshot!(format!("{name}.json"), redacted(&saved));
    }
}

#[test]
fn result_screen_snapshots() {
    for name in EXAMPLES {
        insta::assert_snapshot!(
            format!("{name}.screen"),
            screen::result(&record(name), screen::Drawing::Ascii)
        );
    }
}

#[test]
fn a_saved_record_renders_again_to_the_same_bytes() {
    for name in EXAMPLES {
        let original = record(name);
        let saved = json::render(&original);
        let read_back = json::parse(&saved).unwrap();
        assert_eq!(read_back, original);
        assert_eq!(json::render(&read_back), saved);
        assert_eq!(markdown::render(&read_back), markdown::render(&original));
        assert_eq!(html::render(&read_back), html::render(&original));
    }
}

#[test]
fn hostile_text_is_inert_in_html_and_harmless_in_markdown() {
    let bank = Bank::embedded().unwrap();
    let mut answers = example("first-episode");
    let hostile = "<script>alert(1)</script> &amp; &lt;b&gt; \u{1b}[2J\u{1b}[31mred\u{7}";
    answers.insert("notes.note".into(), Answer::Text(hostile.into()));
    let r = Record::build(&bank, &answers, noon());

    let page = html::render(&r);
    assert!(!page.contains("<script>"), "a script tag got through");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &amp;lt;b&amp;gt;"));
    assert!(!page.contains('\u{1b}') && !page.contains('\u{7}'));

    let md = markdown::render(&r);
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"));
    assert!(md.contains("\\&amp;"));
    assert!(!md.contains('\u{1b}'));
}

#[test]
fn the_html_needs_nothing_from_outside() {
    let page = html::render(&record("first-episode"));
    for outside in [
        "http:", "https:", "<script", "<link", "<img", "@import", "url(",
    ] {
        assert!(
            !page.contains(outside),
            "the page reaches outside: {outside}"
        );
    }
    assert!(page.contains("<svg class=\"balance\""));
    assert!(page.contains("<svg class=\"costs\""));
}

/// Found by the `record` fuzz target: a saved record whose score is far
/// outside -100..100 overflowed the balance bar.
#[test]
fn a_record_with_an_impossible_score_still_renders() {
    for score in [i32::MAX, i32::MIN, 101, -101] {
        let mut r = record("first-episode");
        r.assessment.score = score;
        let screen = screen::result(&r, screen::Drawing::Ascii);
        assert!(screen.contains("X"), "the mark is on the bar");
        let page = html::render(&r);
        assert!(page.contains("<svg class=\"balance\""));
    }
}
