//! End-to-end tests of the real binary: answers files, piped plain mode,
//! the bank check, and the terminal flow in a pseudo-terminal.

mod act_now_pty;
mod check;
mod check_screen;
mod closing_once;
mod common;
mod control;
mod crisis;
mod data_loss;
mod derived_flag;
mod faults;
mod fhir_response;
mod figures;
mod forget;
mod fresh;
mod glance;
mod hostile;
mod kill;
mod layers;
mod long_functions;
mod menu_rules;
mod older_words;
mod option_table;
mod outcome_screens;
mod personas;
mod phq9;
mod plain;
mod privacy;
mod pty;
mod ran;
mod ready;
mod record_fields;
// The same redaction as the unit tests' snapshots (redact_json serves only them).
#[allow(dead_code)]
#[path = "../../src/fixtures/redact.rs"]
mod redact;
mod result_sentences;
mod resume;
mod review;
mod right_now;
mod run;
mod safety_bank;
mod safety_resume;
mod screen_words;
mod signals;
mod small_things;
mod small_window;
mod spoofing;
mod taken_back;
mod terminal;
mod test;
mod trust;
mod walk;
mod width;
