//! therapy-choice: parse the command line, run one command, turn the outcome
//! into a sentence and an exit code.

use clap::Parser;
use std::process::ExitCode;

use therapy_choice::cli::Cli;
use therapy_choice::commands::dispatch;
use therapy_choice::failure::Failure;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _ = ctrlc::set_handler(|| {
        eprintln!("\n{}", Failure::Interrupted);
        let _ = console::Term::stderr().show_cursor();
        std::process::exit(130);
    });
    match dispatch(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{failure}");
            if matches!(failure, Failure::Interrupted) {
                let _ = console::Term::stderr().show_cursor();
            }
            ExitCode::from(failure.code())
        }
    }
}
