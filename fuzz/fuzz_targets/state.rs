//! Fuzz reading the saved state of an unfinished questionnaire, as `start`
//! does before offering to go on: strict JSON (no key given twice: a copy of
//! any JSON input with one key twice is refused), then the answers that
//! still fit the bank. Neither may panic, and what is kept must fit the bank.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use therapy_choice::answers::file::read_lenient;
use therapy_choice::bank::Bank;
use therapy_choice::store::state;

#[path = "twice.rs"]
mod twice;

fn bank() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| Bank::embedded().unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    twice::refused_twice(text, state::parse);
    let Ok(saved) = state::parse(text) else { return };
    let (answers, dropped) = read_lenient(bank(), &saved.answers);
    for (id, answer) in answers.iter() {
        let question = bank().question(id).expect("a kept answer has its question");
        assert!(question.check(answer).is_ok(), "{id}");
        assert!(!dropped.contains(id));
    }
});
