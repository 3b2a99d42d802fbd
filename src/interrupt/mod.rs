//! Stopping when asked: Ctrl-C, a closed terminal (SIGHUP) or SIGTERM put the
//! terminal back as it was, say how to go on, and exit with 128 + the signal.
//! One `Session`, made once when the program starts and shared by the command
//! and the signal thread, holds all of it: what is kept of the person's work,
//! the terminal's settings to put back, the lock held while files are written,
//! and the signals received (noted inside the handler itself, before an
//! interrupted read can return to the prompter). The command runs on a thread
//! of its own; the main thread waits for whichever comes first, the command's
//! end or a signal, and is the one place that says goodbye and exits.
//! Answers are already saved after each one, so nothing more is written here.

mod ending;
mod kept;
mod signals;
mod terminal;
mod writing;

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};

pub use ending::Ended;
pub use kept::{Keeping, Kept};
pub use terminal::AsFound;
pub use writing::{WriteLock, Writing};

/// One run of the program, as the command and the signal thread both see it.
pub struct Session {
    /// What is kept of the person's work so far.
    pub keeping: Keeping,
    /// The terminal's settings when asking began, to put back.
    pub terminal: AsFound,
    /// Held while files are written; the goodbye waits for it.
    pub writing: WriteLock,
    received: signals::Received,
    /// Where the command's end and the signals are told, and where the
    /// main thread hears them.
    news: Sender<ending::News>,
    heard: Mutex<Receiver<ending::News>>,
}

impl Session {
    /// A run with nothing kept yet, no terminal remembered and no signal
    /// listened for (commands other than `start` keep the default handling).
    pub fn new() -> Session {
        let (news, heard) = channel();
        Session {
            keeping: Keeping::default(),
            terminal: AsFound::default(),
            writing: WriteLock::default(),
            received: signals::Received::new(),
            news,
            heard: Mutex::new(heard),
        }
    }

    /// Listen for Ctrl-C, SIGHUP and SIGTERM: from now on they stop the
    /// program through the main thread's goodbye.
    pub fn listen(&self) -> std::io::Result<()> {
        self.received.listen(self.news.clone())
    }

    /// The signal that stops the program, if one came: SIGTERM before SIGHUP
    /// before SIGINT, in whatever order they came.
    pub fn received(&self) -> Option<i32> {
        self.received.first()
    }
}

impl Default for Session {
    fn default() -> Session {
        Session::new()
    }
}

/// As much stack as the main thread has on Linux, so a command needs no
/// less on its own thread than it did on the main one.
const STACK: usize = 8 * 1024 * 1024;

/// Run `work` with a new session on a thread of its own, and wait for what
/// comes first: its end, or a signal it listened for.
pub fn run<T: Send + 'static>(
    work: impl FnOnce(&Session) -> T + Send + 'static,
) -> std::io::Result<(Arc<Session>, Ended<T>)> {
    let session = Arc::new(Session::new());
    let command = {
        let session = Arc::clone(&session);
        let says = ending::SaysFinished(session.news.clone());
        std::thread::Builder::new()
            .name("command".into())
            .stack_size(STACK)
            .spawn(move || {
                let _says = says;
                work(&session)
            })?
    };
    let heard = session.heard.lock().unwrap_or_else(PoisonError::into_inner);
    let ended = ending::first_news(&heard, command);
    drop(heard);
    Ok((session, ended))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHILD: &str = "THERAPY_CHOICE_TEST_SIGNALLED";
    const NAME: &str = "interrupt::tests::a_signal_ends_the_run_while_the_command_still_waits";

    /// In the child: a command that listens, is sent SIGTERM, and then waits
    /// for ever, as a question waits for a key. Exits 0 only when the run
    /// ended with the signal and the command had not finished.
    fn signalled_while_waiting() -> ! {
        let (session, ended) = run(|session| {
            session.listen().unwrap();
            let me = rustix::process::getpid();
            rustix::process::kill_process(me, rustix::process::Signal::TERM).unwrap();
            loop {
                std::thread::park();
            }
        })
        .unwrap();
        let heard = matches!(ended, Ended::Signalled(_));
        let code = match (heard, session.received()) {
            (true, Some(signal)) if signal == libc::SIGTERM => 0,
            _ => 1,
        };
        std::process::exit(code);
    }

    #[test]
    fn a_signal_ends_the_run_while_the_command_still_waits() {
        // The test runs itself again as a child, whose signals are its own.
        if std::env::var_os(CHILD).is_some() {
            signalled_while_waiting();
        }
        let child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", NAME, "--test-threads=1", "--nocapture"])
            .env(CHILD, "1")
            .output()
            .unwrap();
        assert_eq!(child.status.code(), Some(0), "{child:?}");
    }

    #[test]
    fn the_finished_command_gives_its_outcome() {
        let (session, ended) = run(|session| {
            session.keeping.set_saving(true);
            7
        })
        .unwrap();
        assert!(matches!(ended, Ended::Finished(7)));
        assert!(
            session.keeping.saving(),
            "the caller sees what the command kept"
        );
    }
}
