//! Why a command could not finish, as a sentence for the person and an exit code.

use std::path::PathBuf;

use crate::answers::file::AnswerProblem;
use crate::ask::Stop;
use crate::bank::BankError;
use crate::interrupt::{Kept, Session};
use crate::text::how_many;

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Bank(#[from] BankError),
    #[error("Could not read the answers file {}: {reason}", .path.display())]
    AnswersUnreadable { path: PathBuf, reason: String },
    #[error("The answers file {} has {}. Nothing was written.\n{}", .path.display(), how_many(.problems.len(), "problem", "problems"), list(.problems))]
    Answers {
        path: PathBuf,
        problems: Vec<AnswerProblem>,
    },
    #[error("Could not read the FHIR response {}: {reason}", .path.display())]
    ResponseUnreadable { path: PathBuf, reason: String },
    #[error("The FHIR response {} has {}. Nothing was written.\n{}", .path.display(), how_many(.problems.len(), "problem", "problems"), list(.problems))]
    Response {
        path: PathBuf,
        problems: Vec<AnswerProblem>,
    },
    #[error("Could not save the summary in the folder {}: {}. Nothing was written there.{hint}", .folder.display(), why_not_saved(.source))]
    Save {
        folder: PathBuf,
        source: std::io::Error,
        /// How to save it somewhere else without answering again.
        hint: String,
    },
    #[error(transparent)]
    State(#[from] crate::store::state::StateError),
    /// The summary is saved, but the unfinished answers it was made from
    /// could not be removed.
    #[error("Your summary is saved, but your unfinished answers could not be removed from {}: {source}. They hold your answers: remove that file yourself, or run `therapy-choice forget`.", .file.display())]
    AnswersLeft {
        file: PathBuf,
        source: std::io::Error,
    },
    /// `forget` with no terminal to ask in, and no --yes.
    #[error(
        "forget removes your saved answers for good, so it first asks you to type forget, and there is no terminal here to ask in. Nothing was removed. To remove them without being asked, run: therapy-choice forget --yes"
    )]
    ForgetUnasked,
    /// A folder `forget` could not look in.
    #[error("Could not look in the folder {}: {source}. Nothing was removed.", .folder.display())]
    Look {
        folder: PathBuf,
        source: std::io::Error,
    },
    /// Files `forget` could not remove (the others are removed).
    #[error("Could not remove {}; they are still there:\n{}", how_many(.0.len(), "file", "files"), not_removed(.0))]
    NotForgotten(Vec<(PathBuf, std::io::Error)>),
    #[error("Could not open the summary {0}.")]
    BadRecord(crate::review::Unreadable),
    #[error("{} could not be read; see the list above.", how_many(*.0, "file", "files"))]
    Skipped(usize),
    /// A review that found no summary at all: the paths looked in.
    #[error("No summaries in {0}.")]
    NoSummaries(String),
    /// Summaries whose stored safety flag disagrees with their answers.
    #[error("{} a stored safety flag that disagrees with its answers; see the list above. The answers are what is shown.", how_many(*.0, "summary has", "summaries have"))]
    Inconsistent(usize),
    #[error("Stopped. {0}")]
    Interrupted(Kept),
    #[error("The input ended before the last question. {0}")]
    InputEnded(Kept),
    /// Every question was answered; the input ended at the check screen.
    #[error("The input ended at the check screen, before the summary was saved. {0}")]
    InputEndedAtCheck(Kept),
    #[error("Could not use the terminal: {0}")]
    Terminal(std::io::Error),
    /// A signal (SIGTERM, SIGHUP, or SIGINT from outside) stopped the program.
    #[error("Stopped. {1}")]
    Signal(i32, Kept),
    #[error("Could not write the output: {0}")]
    Output(std::io::Error),
    /// The program could not start the thread its command runs on.
    #[error("Could not start: {0}")]
    Start(std::io::Error),
}

/// Why a folder could not take the summary, in words, with what to do:
/// never a bare "os error 13" naming a temporary file.
fn why_not_saved(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::PermissionDenied => "this account may not write in that folder (permission denied). \
            Choose a folder you can write in, such as one in your home folder, or ask \
            whoever looks after this computer to let you write there"
            .into(),
        K::ReadOnlyFilesystem => "that folder is on a disk that can only be read. \
            Choose a folder on another disk"
            .into(),
        K::StorageFull | K::QuotaExceeded => "the disk is full. \
            Make room on it, or choose a folder on another disk"
            .into(),
        K::NotADirectory | K::AlreadyExists => "part of that path is a file, not a folder. \
            Choose a folder, or a new name for one"
            .into(),
        K::NotFound => "that folder could not be found or made. Check the path".into(),
        // Anything else in the system's words, without the temporary file's name.
        _ => {
            let text = e.to_string();
            match text.split_once(" at path ") {
                Some((why, _)) => why.to_string(),
                None => text,
            }
        }
    }
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

fn not_removed(files: &[(PathBuf, std::io::Error)]) -> String {
    files
        .iter()
        .map(|(path, e)| format!("  {}: {e}", path.display()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn list(problems: &[AnswerProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl From<crate::store::places::Relative> for Failure {
    fn from(relative: crate::store::places::Relative) -> Failure {
        Failure::Usage(relative.to_string())
    }
}

/// A stop while asking, carrying what is kept at this moment.
pub fn stopped(stop: Stop, session: &Session) -> Failure {
    match stop {
        Stop::Interrupted => Failure::Interrupted(session.keeping.now()),
        Stop::InputEnded => Failure::InputEnded(session.keeping.now()),
        Stop::InputEndedAtCheck => Failure::InputEndedAtCheck(session.keeping.now()),
        // Only `start` asks with a choice to stop for help, and it says
        // what to do itself; a stop anywhere else reads as one.
        Stop::GetHelp => Failure::Interrupted(session.keeping.now()),
        Stop::Io(e) => Failure::Terminal(e),
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
            | Failure::ResponseUnreadable { .. }
            | Failure::Response { .. }
            | Failure::BadRecord(_)
            | Failure::ForgetUnasked => 2,
            Failure::Save { .. }
            | Failure::InputEnded(_)
            | Failure::InputEndedAtCheck(_)
            | Failure::Terminal(_)
            | Failure::Output(_)
            | Failure::Start(_)
            | Failure::Skipped(_)
            | Failure::NoSummaries(_)
            | Failure::Inconsistent(_)
            | Failure::State(_)
            | Failure::AnswersLeft { .. }
            | Failure::Look { .. }
            | Failure::NotForgotten(_) => 1,
            Failure::Interrupted(_) => 130,
            Failure::Signal(signal, _) => (128 + signal).clamp(0, 255) as u8,
        }
    }
}

/// The failure to report, once a signal or a hang-up is taken into account:
/// a read or write that a signal cut short reports the signal, not itself.
pub fn settle(failure: Failure, session: &Session) -> Failure {
    if let Some(signal) = session.received() {
        return Failure::Signal(signal, session.keeping.now());
    }
    let cut_short = matches!(
        failure,
        Failure::Interrupted(_)
            | Failure::InputEnded(_)
            | Failure::InputEndedAtCheck(_)
            | Failure::Terminal(_)
            | Failure::Output(_)
    );
    if cut_short && session.terminal.hung_up() {
        return Failure::Signal(libc::SIGHUP, session.keeping.now());
    }
    failure
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stop_says_what_it_carries_not_what_the_program_holds_later() {
        // Nothing is saved in this test process, yet each failure says what
        // was kept when it was made.
        assert_eq!(Session::new().keeping.now(), Kept::Nothing);
        let ended = Failure::InputEnded(Kept::Answers).to_string();
        assert!(
            ended.starts_with(
                "The input ended before the last question. Your answers so far are saved."
            ),
            "{ended}"
        );
        assert!(!ended.contains("Stopped"), "{ended}");
        let files = "  /tmp/a.md\n  /tmp/a.html".to_string();
        let stopped = Failure::Signal(libc::SIGTERM, Kept::SummaryIn(files)).to_string();
        assert_eq!(
            stopped,
            "Stopped. Your summary is already saved in these files:\n  /tmp/a.md\n  /tmp/a.html"
        );
        assert_eq!(Failure::Signal(libc::SIGTERM, Kept::Nothing).code(), 143);
        assert_eq!(Failure::Interrupted(Kept::Lost).code(), 130);
    }
}

#[cfg(test)]
mod save_tests {
    use super::Failure;
    use std::path::PathBuf;

    #[test]
    fn a_read_only_folder_is_said_in_words_with_what_to_do() {
        // As tempfile reports it: the kind kept, the temporary file named.
        let source = std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "Permission denied (os error 13) at path \"/clinic/.therapy-choice-idhPYe.part\"",
        );
        let said = Failure::Save {
            folder: PathBuf::from("/clinic"),
            source,
            hint: String::new(),
        }
        .to_string();
        assert!(said.contains("the folder /clinic"), "{said}");
        assert!(said.contains("may not write in that folder"), "{said}");
        assert!(said.contains("Choose a folder you can write in"), "{said}");
        assert!(
            !said.contains("os error") && !said.contains(".part"),
            "{said}"
        );
    }
}
