//! therapy-choice: parse the command line, run one command, turn the outcome
//! into a sentence and an exit code. Nothing here can panic on output: every
//! write is checked, and a closed pipe ends the program quietly.
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![forbid(unsafe_code)]

use clap::Parser;
use std::io::Write;
use std::process::ExitCode;

use therapy_choice::cli::Cli;
use therapy_choice::commands::dispatch;
use therapy_choice::failure::Failure;
use therapy_choice::interrupt;
use therapy_choice::render::neutral;
use therapy_choice::text::wrap::for_errors;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let failure = match dispatch(cli) {
        // A signal that came while the last files were written still
        // stops the program with its own code, the same every time.
        Ok(()) => match interrupt::received() {
            Some(signal) => Failure::Signal(signal, interrupt::Kept::now()),
            None => return ExitCode::SUCCESS,
        },
        Err(failure) => therapy_choice::failure::settle(failure),
    };
    if failure.reader_gone() {
        return ExitCode::SUCCESS;
    }
    if !interrupt::claim_exit() {
        // A signal got there first; its thread says goodbye and exits.
        loop {
            std::thread::park();
        }
    }
    // The message may quote outside text (a file name, a value from a file).
    let _ = writeln!(
        std::io::stderr().lock(),
        "{}",
        for_errors(&neutral(&failure.to_string()))
    );
    if matches!(failure, Failure::Interrupted(_) | Failure::Signal(..)) {
        interrupt::restore_terminal();
    }
    ExitCode::from(failure.code())
}
