//! The short-term courses' label: one template now, the two labels of older
//! records still read and written back as they were.

use serde_json::{Value, json};

use super::Words;

fn shipped() -> Words {
    crate::fixtures::bank().rules.words.clone()
}

/// The shipped words as a record saved before `short_course` has them.
fn saved_before(first: &str, second: &str) -> Value {
    let mut value = serde_json::to_value(shipped()).unwrap();
    let words = value.as_object_mut().unwrap();
    assert!(words.remove("short_course").is_some());
    words.insert("short_20".into(), json!(first));
    words.insert("short_30".into(), json!(second));
    value
}

#[test]
fn each_course_is_labelled_with_its_sessions_as_before() {
    assert_eq!(
        shipped().short_courses(&[20, 30]),
        ["Short-term, 20 sessions", "Short-term, 30 sessions"]
    );
    assert_eq!(shipped().short_courses(&[16]), ["Short-term, 16 sessions"]);
}

#[test]
fn a_record_saved_before_keeps_its_own_two_labels() {
    let words: Words =
        serde_json::from_value(saved_before("Brief, twenty", "Brief, thirty")).unwrap();
    assert_eq!(
        words.short_courses(&[20, 30]),
        ["Brief, twenty", "Brief, thirty"]
    );
    assert_eq!(words.short_courses(&[20]), ["Brief, twenty"]);
}

#[test]
fn a_record_saved_before_is_written_back_with_the_old_names_in_their_place() {
    let words: Words = serde_json::from_value(saved_before("A", "B")).unwrap();
    let text = serde_json::to_string(&words).unwrap();
    assert!(!text.contains("short_course"), "{text}");
    let at = |key: &str| text.find(&format!("\"{key}\":")).unwrap();
    assert!(at("confidence") < at("short_20"), "{text}");
    assert!(at("short_20") < at("short_30"), "{text}");
    assert!(at("short_30") < at("long_one_year"), "{text}");
    assert!(
        text.contains("\"short_20\":\"A\",\"short_30\":\"B\""),
        "{text}"
    );
}

#[test]
fn a_new_record_writes_the_one_label_and_not_the_old_names() {
    let text = serde_json::to_string(&shipped()).unwrap();
    assert!(
        text.contains("\"short_course\":\"Short-term, {sessions} sessions\""),
        "{text}"
    );
    assert!(
        !text.contains("short_20") && !text.contains("short_30"),
        "{text}"
    );
}
