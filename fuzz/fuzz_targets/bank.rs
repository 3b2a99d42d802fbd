//! Fuzz loading a question bank: the first byte picks which of bank.json,
//! evidence.json and rules.json the rest replaces; the built-in files fill in
//! the others. Loading must never panic, whatever the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use therapy_choice::bank::Bank;

fuzz_target!(|data: &[u8]| {
    let Some((which, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let (bank, evidence, rules) = Bank::embedded_json();
    let _ = match which % 3 {
        0 => Bank::from_json(text, evidence, rules),
        1 => Bank::from_json(bank, text, rules),
        _ => Bank::from_json(bank, evidence, text),
    };
});
