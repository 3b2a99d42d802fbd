//! therapy-choice: a decision aid for choosing between short-term and long-term
//! psychodynamic therapy for depression. The pipeline runs one way:
//! text, answer (leaves) -> bank -> answers -> page (screens shown while asking)
//! -> ask, forms (the bank as forms to fill in elsewhere) -> estimate -> weigh -> record -> render -> store, with review reading
//! records back and commands on top.
//! tests/library/layers.rs checks that order on every `crate::` path.

#![deny(clippy::print_stdout, clippy::print_stderr)]
// No unsafe code outside tests: termios, signal masks and the user id go
// through rustix, nix and signal-hook (src/no_unsafe.rs checks the source too).
#![cfg_attr(not(test), forbid(unsafe_code))]

pub mod answer;
pub mod answers;
pub mod ask;
pub mod bank;
pub mod cli;
pub mod commands;
pub mod estimate;
pub mod failure;
pub mod forms;
pub mod interrupt;
pub mod page;
pub mod record;
pub mod render;
pub mod review;
pub mod store;
pub mod text;
pub mod weigh;

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod no_unsafe;
