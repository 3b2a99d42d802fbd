//! Trust in what a file says, for the bank's four files: a key given twice in
//! any object of any of them is refused (tests/cli/trust.rs tries an answers
//! file, a record and the saved state the same way).

use therapy_choice::bank::{Bank, ScreenWords};

use crate::fixtures::built_in;
use crate::fixtures::key_twice::each_repeat_refused;

#[test]
fn a_key_given_twice_in_any_object_of_a_bank_file_is_refused() {
    let (bank, evidence, rules) = Bank::embedded_json();
    let load = |b: &str, e: &str, r: &str| -> Result<(), String> {
        Bank::from_json(b, e, r)
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    each_repeat_refused("bank.json", bank, |t| load(t, evidence, rules));
    each_repeat_refused("evidence.json", evidence, |t| load(bank, t, rules));
    each_repeat_refused("rules.json", rules, |t| load(bank, evidence, t));
    each_repeat_refused("screens.json", &built_in("screens.json"), |t| {
        ScreenWords::from_text(Some(t))
            .map(|_| ())
            .map_err(|p| format!("{p:?}"))
    });
}
