//! Fuzz reading a saved record the way `review` and `export` do (strict JSON,
//! then the record validator) and rendering what passes: a record file is
//! untrusted input, so neither reading nor any rendering may panic, nothing
//! from it may reach a terminal raw, and the JSON written escapes what the
//! neutraliser would and reads back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use therapy_choice::render::{acts, fhir, html, json, markdown, screen};
use therapy_choice::review::{record_from_text, validate, view};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let checked = record_from_text(text);
    if let Ok(loose) = json::parse(text) {
        // The validator never panics on anything serde accepts.
        let _ = validate::problems(&loose);
    }
    let Ok(record) = checked else { return };
    assert!(validate::problems(&record).is_empty());
    let _ = markdown::render(&record);
    let page = html::render(&record);
    assert!(!page.contains("<script"));
    let shown = view(&record, screen::Drawing::Ascii);
    assert!(!shown.chars().any(|c| acts(c) && c != '\n'), "{shown:?}");
    let _ = fhir::response(&record);
    let saved = json::render(&record);
    assert!(!saved.chars().any(|c| acts(c) && c != '\n'));
    // What is saved reads back to the same saved text. (Not to the same
    // record: fields kept only for schema 1, like words.change_time, are read
    // but no longer written.)
    assert_eq!(json::render(&json::parse(&saved).unwrap()), saved);
});
