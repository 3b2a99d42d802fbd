//! Every check of the bank as written, each in its own file: the evidence,
//! the facts and their balance, the outcome pages, the knowledge check, the
//! safety question, what each answer can reach, the intro counts and the
//! blocks shown in one line on the check screen. Each
//! finds every problem with its place; none stops at the first. (rules.json's
//! own check stays with the rules, in bank/rules/check.rs, beside its raw form.)

mod evidence;
pub(super) mod facts;
pub(super) mod intro_count;
pub(super) mod one_line;
pub(super) mod outcomes;
pub(super) mod quiz;
pub(super) mod reach;
pub(super) mod safety;
