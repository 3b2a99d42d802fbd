//! therapy-choice: parse the command line, run one command, turn the outcome
//! into a sentence and an exit code. The command runs on a thread of its own;
//! this one waits for its end or for a signal, whichever comes first, and is
//! the one place the program says goodbye and exits. Nothing here can panic
//! on output: every write is checked, and a closed pipe ends the program
//! quietly.
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![forbid(unsafe_code)]

use clap::Parser;
use std::io::Write;
use std::process::ExitCode;

use therapy_choice::cli::Cli;
use therapy_choice::commands::dispatch;
use therapy_choice::failure::{Failure, settle};
use therapy_choice::interrupt::{self, Ended, Session};
use therapy_choice::render::neutral;
use therapy_choice::text::wrap::for_errors;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (session, ended) = match interrupt::run(move |session| dispatch(cli, session)) {
        Ok(run) => run,
        Err(e) => return say_goodbye(&Failure::Start(e), &Session::new()),
    };
    // Files being written are finished first, so that all of them are there
    // or none, and what is said to be kept is so. Held until the exit.
    let _writing = session.writing.wait_until_done();
    let failure = match ended {
        // A signal that came while the last files were written still
        // stops the program with its own code, the same every time.
        Ended::Finished(Ok(())) => match session.received() {
            Some(signal) => Failure::Signal(signal, session.keeping.now()),
            None => return ExitCode::SUCCESS,
        },
        Ended::Finished(Err(failure)) => settle(failure, &session),
        // The signals the handler noted decide the code, not the one the
        // listening thread happened to hear first.
        Ended::Signalled(heard) => {
            Failure::Signal(session.received().unwrap_or(heard), session.keeping.now())
        }
    };
    if failure.reader_gone() {
        return ExitCode::SUCCESS;
    }
    say_goodbye(&failure, &session)
}

/// Say why the command could not finish; after a stop, or any failure while
/// asking in a terminal, put the terminal back.
fn say_goodbye(failure: &Failure, session: &Session) -> ExitCode {
    let stop = matches!(failure, Failure::Interrupted(_) | Failure::Signal(..));
    // A stop can cut a question's line short: its goodbye starts on a new one.
    let new_line = if stop { "\n" } else { "" };
    let mut err = std::io::stderr().lock();
    // The message may quote outside text (a file name, a value from a file).
    // Leaving anyway: an error output that is gone cannot show it.
    let _ = writeln!(
        err,
        "{new_line}{}",
        for_errors(&neutral(&failure.to_string()))
    );
    if stop || session.terminal.remembered() {
        session.terminal.restore();
    }
    // Leaving anyway.
    let _ = err.flush();
    ExitCode::from(failure.code())
}
