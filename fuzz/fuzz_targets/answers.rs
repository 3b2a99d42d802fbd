//! Fuzz reading an answers file against the built-in bank; whatever is
//! accepted is weighed, recorded and rendered in every format, none of which
//! may panic.
#![no_main]

use chrono::{FixedOffset, TimeZone};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use therapy_choice::answers::file;
use therapy_choice::bank::Bank;
use therapy_choice::record::Record;
use therapy_choice::render::{fhir, html, json, markdown, screen};

fn bank() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| Bank::embedded().unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(answers) = file::read(bank(), text) else { return };
    let when = FixedOffset::east_opt(3600).unwrap().with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap();
    let record = Record::build(bank(), &answers, when);
    let _ = markdown::render(&record);
    let _ = html::render(&record);
    let _ = screen::result(&record, screen::Drawing::Unicode);
    let _ = fhir::response(&record);
    let saved = json::render(&record);
    assert_eq!(json::parse(&saved).unwrap(), record);
});
