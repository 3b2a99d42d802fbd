//! Why a command could not finish, as a sentence for the person and an exit code.

use std::path::PathBuf;

use crate::answers::file::AnswerProblem;
use crate::ask::Stop;
use crate::bank::BankError;

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Bank(#[from] BankError),
    #[error("Could not read the answers file {}: {reason}", .path.display())]
    AnswersUnreadable { path: PathBuf, reason: String },
    #[error("The answers file {} has {} problem(s). Nothing was written.\n{}", .path.display(), .problems.len(), list(.problems))]
    Answers {
        path: PathBuf,
        problems: Vec<AnswerProblem>,
    },
    #[error("Could not save the summary in {}: {source}. Nothing was written there.{hint}", .folder.display())]
    Save {
        folder: PathBuf,
        source: std::io::Error,
        /// How to save it somewhere else without answering again.
        hint: String,
    },
    #[error(transparent)]
    State(#[from] crate::store::state::StateError),
    #[error("Could not open the summary {0}.")]
    BadRecord(crate::review::Unreadable),
    #[error("{0} file(s) could not be read; they are listed above.")]
    Skipped(usize),
    #[error("{}", crate::interrupt::stopped_message())]
    Interrupted,
    #[error("The input ended before the last question. {}", crate::interrupt::stopped_message().trim_start_matches("Stopped. "))]
    InputEnded,
    #[error("Could not use the terminal: {0}")]
    Terminal(std::io::Error),
    /// A signal (SIGTERM, SIGHUP, or SIGINT from outside) stopped the program.
    #[error("{}", crate::interrupt::stopped_message())]
    Signal(i32),
    #[error("Could not write the output: {0}")]
    Output(std::io::Error),
}

impl Failure {
    /// Whoever reads the output has gone (a closed pipe): stop quietly, as a
    /// filter does.
    pub fn reader_gone(&self) -> bool {
        matches!(self, Failure::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// Turn a failed write to standard output into a Failure.
pub fn output(e: std::io::Error) -> Failure {
    Failure::Output(e)
}

fn list(problems: &[AnswerProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl From<Stop> for Failure {
    fn from(stop: Stop) -> Failure {
        match stop {
            Stop::Interrupted => Failure::Interrupted,
            Stop::InputEnded => Failure::InputEnded,
            Stop::Io(e) => Failure::Terminal(e),
        }
    }
}

impl Failure {
    /// The exit code: 1 could not finish, 2 bad input, 130 interrupted, 128
    /// plus the signal for a signal.
    pub fn code(&self) -> u8 {
        match self {
            Failure::Usage(_)
            | Failure::Bank(_)
            | Failure::AnswersUnreadable { .. }
            | Failure::Answers { .. }
            | Failure::BadRecord(_) => 2,
            Failure::Save { .. }
            | Failure::InputEnded
            | Failure::Terminal(_)
            | Failure::Output(_)
            | Failure::Skipped(_)
            | Failure::State(_) => 1,
            Failure::Interrupted => 130,
            Failure::Signal(signal) => (128 + signal).clamp(0, 255) as u8,
        }
    }
}

/// The failure to report, once a signal or a hang-up is taken into account:
/// a read or write that a signal cut short reports the signal, not itself.
pub fn settle(failure: Failure) -> Failure {
    if let Some(signal) = crate::interrupt::received() {
        return Failure::Signal(signal);
    }
    let cut_short = matches!(
        failure,
        Failure::Interrupted | Failure::InputEnded | Failure::Terminal(_) | Failure::Output(_)
    );
    if cut_short && crate::interrupt::hung_up() {
        return Failure::Signal(libc::SIGHUP);
    }
    failure
}
