//! Snapshots of every saved format for three contrasting examples with a fixed
//! clock, with the bank's sentences redacted to placeholders (the structure,
//! the figures and the safety lines stay); re-rendering from the saved record;
//! hostile text made inert.

use super::{clinician, html, json, markdown, screen};
use crate::answers::Answer;
use crate::fixtures::redact::{redact, redact_json};
use crate::fixtures::{EXAMPLES, example, record, record_of};
use crate::record::Record;

#[test]
fn markdown_snapshots() {
    for name in EXAMPLES {
        insta::assert_snapshot!(
            format!("{name}.md"),
            redact(&markdown::render(&record(name)))
        );
    }
}

#[test]
fn html_snapshots() {
    for name in EXAMPLES {
        insta::assert_snapshot!(format!("{name}.html"), redact(&html::render(&record(name))));
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
    redact_json(&mut value);
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
            redact(&screen::result(&record(name), screen::Drawing::Ascii))
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
    let mut answers = example("first-episode");
    let hostile = "<script>alert(1)</script> &amp; &lt;b&gt; \u{1b}[2J\u{1b}[31mred\u{7}";
    answers.insert("notes.note".into(), Answer::Text(hostile.into()));
    let r = record_of(&answers);

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

/// The first example with PHQ-9 item 9 at "Several days" after a safety "no".
fn item9_raised() -> Record {
    let mut answers = example("first-episode");
    answers.insert(
        "phq9.better_off_dead".into(),
        Answer::Choice("several_days".into()),
    );
    record_of(&answers)
}

/// The second example, leaning short-term while its answers fit long-term.
fn mismatched() -> Record {
    let mut answers = example("long-standing-patterns");
    answers.insert("lean.now".into(), Answer::Choice("short_term".into()));
    record_of(&answers)
}

#[test]
fn clinician_box_snapshots() {
    for name in EXAMPLES {
        insta::assert_snapshot!(
            format!("{name}.box"),
            redact(&clinician::text(&record(name)))
        );
    }
    insta::assert_snapshot!(
        "phq9-item9-raises-the-flag.box",
        redact(&clinician::text(&item9_raised()))
    );
    insta::assert_snapshot!("mismatch.box", redact(&clinician::text(&mismatched())));
}

#[test]
fn the_box_comes_first_and_flags_what_to_talk_about() {
    let r = item9_raised();
    let b = r.clinician.as_ref().unwrap();
    assert_eq!(b.lines[0].id, "safety", "safety stands first in the box");
    let flagged: Vec<&str> = b
        .lines
        .iter()
        .filter(|l| l.flag)
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(flagged, ["safety", "phq9"]);
    assert!(b.lines.len() <= 12, "at most a dozen lines");
    let md = markdown::render(&r);
    let after_title = md.split_once("\n\n").unwrap().1;
    assert!(after_title.starts_with("## For the clinician"), "{md}");
    let page = html::render(&r);
    let h1 = page.find("<h1>").unwrap();
    let first_h2 = page.find("<h2").unwrap();
    assert!(page[first_h2..].starts_with("<h2 id=\"for-clinician\">"));
    assert!(
        page[h1..first_h2]
            .find("<section class=\"clinician\"")
            .is_some()
    );
}

#[test]
fn the_label_is_in_the_box_and_nowhere_in_the_answers_or_exports() {
    let r = record("first-episode");
    assert_eq!(r.label.as_deref(), Some("J.S. 4471"));
    let b = r.clinician.as_ref().unwrap();
    assert!(
        b.lines
            .iter()
            .any(|l| l.id == "label" && l.text == "J.S. 4471")
    );
    assert!(
        r.sections
            .iter()
            .flat_map(|s| &s.answers)
            .all(|a| !a.shown.contains("J.S. 4471"))
    );
    assert!(r.own_words.iter().all(|w| !w.text.contains("J.S. 4471")));
    let fhir = super::fhir::response(&r).to_string();
    assert!(!fhir.contains("4471"), "the label reached the FHIR export");
}

#[test]
fn the_box_names_a_coming_life_change_and_flags_feeling_pushed() {
    let first = record("first-episode");
    let b = first.clinician.as_ref().unwrap();
    let barriers = b.lines.iter().find(|l| l.id == "barriers").unwrap();
    assert!(
        barriers.text.contains("life change"),
        "the change itself, not only time: {}",
        barriers.text
    );
    let pushed = record("unsure-needs-support");
    let b = pushed.clinician.as_ref().unwrap();
    let line = b.lines.iter().find(|l| l.label == "Feels pushed").unwrap();
    assert!(line.flag, "feeling pushed is a thing to talk about first");
    assert!(clinician::text(&pushed).contains("! Feels pushed: Yes"));
    // A "no" stays in the deciding line, unmarked.
    let b = first.clinician.as_ref().unwrap();
    assert!(b.lines.iter().all(|l| l.label != "Feels pushed"));
}

#[test]
fn the_story_answers_stand_together_in_the_summary() {
    let md = markdown::render(&record("first-episode"));
    let story = md
        .split_once("## Your story, for your clinician")
        .unwrap()
        .1;
    let story = story.split_once("\n## ").unwrap().0;
    for asked in [
        "How long have you felt low this time?",
        "Has low mood come back for you more than once?",
        "Have you had talking therapy before?",
        "Are you taking medicine for your mood now?",
    ] {
        assert!(
            story.contains(asked),
            "{asked} is not in the story:\n{story}"
        );
    }
}
