//! How a run ends: the command runs on a thread of its own, and the main
//! thread waits for the first news, the command's end or a signal. A command
//! blocked in a read (a question, the result pager) never has to notice the
//! signal itself: the main thread leaves without it.

use std::sync::mpsc::Sender;
use std::sync::{Arc, PoisonError};

use super::Session;

/// What the main thread hears.
pub(super) enum News {
    /// The command's thread has ended (returned or panicked).
    Finished,
    /// A stopping signal came.
    Signal(i32),
}

/// What came first.
pub enum Ended<T> {
    /// The command finished, with this outcome.
    Finished(T),
    /// This signal came before the command finished.
    Signalled(i32),
}

/// Says the command's thread has ended when it is dropped, even by a panic.
struct SaysFinished(Sender<News>);

impl Drop for SaysFinished {
    fn drop(&mut self) {
        if self.0.send(News::Finished).is_err() {
            // The main thread holds the receiver in the session until it
            // exits, so there is always someone to hear; nothing to do if not.
        }
    }
}

/// As much stack as the main thread has on Linux, so a command needs no
/// less on its own thread than it did on the main one.
const STACK: usize = 8 * 1024 * 1024;

/// Run `work` with a new session on a thread of its own, and wait for what
/// comes first. A panic in `work` goes on in the caller, once its message is
/// printed (by the hook, on the command's thread).
pub fn run<T: Send + 'static>(
    work: impl FnOnce(&Session) -> T + Send + 'static,
) -> std::io::Result<(Arc<Session>, Ended<T>)> {
    let session = Arc::new(Session::new());
    let worker = {
        let session = Arc::clone(&session);
        let says = SaysFinished(session.news.clone());
        std::thread::Builder::new()
            .name("command".into())
            .stack_size(STACK)
            .spawn(move || {
                let _says = says;
                work(&session)
            })?
    };
    let first = session
        .heard
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .recv();
    let ended = match first {
        Ok(News::Signal(signal)) => Ended::Signalled(signal),
        // The command's thread has ended (the session's own sender keeps the
        // channel open, so nothing else ends the wait).
        Ok(News::Finished) | Err(_) => match worker.join() {
            Ok(outcome) => Ended::Finished(outcome),
            Err(panic) => std::panic::resume_unwind(panic),
        },
    };
    Ok((session, ended))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHILD: &str = "THERAPY_CHOICE_TEST_SIGNALLED";
    const NAME: &str =
        "interrupt::ending::tests::a_signal_ends_the_run_while_the_command_still_waits";

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
            session.set_saving(true);
            7
        })
        .unwrap();
        assert!(matches!(ended, Ended::Finished(7)));
        assert!(session.saving(), "the caller sees what the command kept");
    }
}
