//! Fuzz reading a saved record the way `review` and `export` do (strict JSON,
//! then the record validator) and rendering what passes: a record file is
//! untrusted input, so neither reading nor any rendering may panic, nothing
//! from it may reach a terminal, the .md or the .html raw (controls,
//! zero-width characters, direction marks, isolates), and the JSON written
//! escapes what the neutraliser would and reads back to itself. A copy of any
//! JSON input with a key given twice is refused by both readers: the whole
//! one and the folder review's one-pass read, which must agree with the
//! whole read on every record it accepts (the flag from the answers).
#![no_main]

use libfuzzer_sys::fuzz_target;
use therapy_choice::render::{acts, fhir, html, json, markdown, screen};
use therapy_choice::review::{inconsistent, record_from_text, row_from_text, validate, view};

#[path = "twice.rs"]
mod twice;

fn nothing_hidden(text: &str, what: &str) {
    assert!(!text.chars().any(|c| acts(c) && c != '\n'), "{what}: {text:?}");
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    twice::refused_twice(text, record_from_text);
    twice::refused_twice(text, row_from_text);
    let checked = record_from_text(text);
    if let Ok(loose) = json::parse(text) {
        // The validator never panics on anything serde accepts.
        let _ = validate::problems(&loose);
    }
    let row = row_from_text(text);
    let Ok(record) = checked else { return };
    // What the whole read accepts, the folder review accepts, and it reads
    // the same flag, from the answers, and the same numbers.
    let row = row.expect("a record read whole is read by the folder review too");
    let said = validate::Facts::of(&record).safety_said();
    assert_eq!(row.safety, said.raised());
    assert_eq!(row.safety_said, said.column());
    assert_eq!(row.inconsistent, inconsistent(&record).is_some());
    assert_eq!(row.phq9, record.phq9.as_ref().map(|p| p.total));
    assert_eq!(row.score, record.assessment.score);
    assert!(validate::problems(&record).is_empty());
    nothing_hidden(&markdown::render(&record), "markdown");
    let page = html::render(&record);
    assert!(!page.contains("<script"));
    nothing_hidden(&page, "html");
    nothing_hidden(&view(&record, screen::Drawing::Ascii), "view");
    let _ = fhir::response(&record);
    let saved = json::render(&record);
    nothing_hidden(&saved, "json");
    // What is saved reads back to the same saved text. (Not to the same
    // record: fields kept only for schema 1, like words.change_time, are read
    // but no longer written.)
    assert_eq!(json::render(&json::parse(&saved).unwrap()), saved);
});
