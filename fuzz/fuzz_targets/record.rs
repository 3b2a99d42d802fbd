//! Fuzz reading a saved record and rendering it: a record file is untrusted
//! input to `review` and `export`, so neither reading nor any rendering may
//! panic, and nothing from it may reach a terminal raw.
#![no_main]

use libfuzzer_sys::fuzz_target;
use therapy_choice::render::{fhir, html, json, markdown, screen};
use therapy_choice::review::view;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(record) = json::parse(text) else { return };
    let _ = markdown::render(&record);
    let page = html::render(&record);
    assert!(!page.contains("<script"));
    let shown = view(&record, screen::Drawing::Ascii);
    assert!(!shown.contains('\u{1b}'));
    let _ = fhir::response(&record);
});
