//! therapy-choice: parse the command line, run one command, turn the outcome
//! into a sentence and an exit code.

use clap::Parser;
use std::process::ExitCode;

use therapy_choice::cli::Cli;
use therapy_choice::commands::dispatch;
use therapy_choice::failure::Failure;
use therapy_choice::interrupt;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !interrupt::claim_exit() {
                // A signal got there first; its thread says goodbye and exits.
                loop {
                    std::thread::park();
                }
            }
            eprintln!("{failure}");
            if matches!(failure, Failure::Interrupted) {
                interrupt::restore_terminal();
            }
            ExitCode::from(failure.code())
        }
    }
}
