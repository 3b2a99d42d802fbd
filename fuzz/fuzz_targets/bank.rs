//! Fuzz loading a question bank: the first byte picks which of bank.json,
//! evidence.json and rules.json the rest replaces; the built-in files fill in
//! the others. Loading must never panic, whatever the text, and a copy of
//! any JSON given with a key twice (in a map too: the per-week table, the
//! facts) is refused.
#![no_main]

use libfuzzer_sys::fuzz_target;
use therapy_choice::bank::Bank;

#[path = "twice.rs"]
mod twice;

fn load(which: u8, text: &str) -> Result<Bank, String> {
    let (bank, evidence, rules) = Bank::embedded_json();
    match which % 3 {
        0 => Bank::from_json(text, evidence, rules),
        1 => Bank::from_json(bank, text, rules),
        _ => Bank::from_json(bank, evidence, text),
    }
    .map_err(|e| e.to_string())
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let _ = load(which, text);
    twice::refused_twice(text, |t| load(which, t));
});
