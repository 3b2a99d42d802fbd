//! End-to-end tests of the real binary: answers files, piped plain mode,
//! the bank check, and the terminal flow in a pseudo-terminal.

mod check;
mod closing_once;
mod common;
mod control;
mod crisis;
mod data_loss;
mod derived_flag;
mod faults;
mod figures;
mod hostile;
mod kill;
mod layers;
mod older_words;
mod option_table;
mod outcome_screens;
mod personas;
mod phq9;
mod plain;
mod privacy;
mod pty;
mod ran;
mod record_fields;
mod result_sentences;
mod resume;
mod review;
mod run;
mod safety_resume;
mod screen_words;
mod signals;
mod small_things;
mod small_window;
mod terminal;
mod test;
mod walk;
mod width;
