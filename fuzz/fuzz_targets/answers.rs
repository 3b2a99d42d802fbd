//! Fuzz reading an answers file against the built-in bank; whatever is
//! accepted is weighed, recorded and rendered in every format, none of which
//! may panic, and none of which shows a character that hides or reorders
//! text (zero-width, direction marks, isolates, controls) raw. A copy of any
//! JSON input with a key given twice is refused.
#![no_main]

use chrono::{FixedOffset, TimeZone};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use therapy_choice::answers::file;
use therapy_choice::bank::Bank;
use therapy_choice::record::Record;
use therapy_choice::render::{acts, fhir, html, json, markdown, screen};

#[path = "twice.rs"]
mod twice;

fn bank() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| Bank::embedded().unwrap())
}

fn nothing_hidden(text: &str, what: &str) {
    assert!(!text.chars().any(|c| acts(c) && c != '\n'), "{what}: {text:?}");
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    twice::refused_twice(text, |t| file::read(bank(), t).map_err(|p| format!("{p:?}")));
    let Ok(answers) = file::read(bank(), text) else { return };
    let when = FixedOffset::east_opt(3600).unwrap().with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap();
    let record = Record::build(bank(), &answers, when);
    nothing_hidden(&markdown::render(&record), "markdown");
    nothing_hidden(&html::render(&record), "html");
    nothing_hidden(&screen::result(&record, screen::Drawing::Unicode), "screen");
    let _ = fhir::response(&record);
    let saved = json::render(&record);
    nothing_hidden(&saved, "json");
    assert_eq!(json::parse(&saved).unwrap(), record);
});
