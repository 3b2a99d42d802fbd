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

use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};

use rustix::termios::Termios;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

pub use ending::{Ended, run};
pub use kept::Kept;
pub use writing::Writing;

/// One run of the program, as the command and the signal thread both see it.
pub struct Session {
    /// What is kept of the person's work so far.
    kept: Mutex<kept::Keeping>,
    /// The terminal's settings when asking began, to put back.
    terminal: OnceLock<Termios>,
    /// Held while files are written; the goodbye waits for it.
    writing: Mutex<()>,
    /// The signals received, each set in the signal handler itself. SIGTERM
    /// counts before SIGHUP, and both before SIGINT: console raises SIGINT
    /// itself when a read is cut short by any signal, and that must not turn
    /// a SIGTERM into a Ctrl-C.
    received: [(i32, Arc<AtomicBool>); 3],
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
        let flag = |signal| (signal, Arc::new(AtomicBool::new(false)));
        Session {
            kept: Mutex::default(),
            terminal: OnceLock::new(),
            writing: Mutex::new(()),
            received: [flag(SIGTERM), flag(SIGHUP), flag(SIGINT)],
            news,
            heard: Mutex::new(heard),
        }
    }
}

impl Default for Session {
    fn default() -> Session {
        Session::new()
    }
}
