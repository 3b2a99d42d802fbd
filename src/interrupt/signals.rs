//! The stopping signals: each noted by its handler in a flag of its own, and
//! told to the main thread by a thread that only listens.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use super::ending::News;

/// The signals received, each set in the signal handler itself. SIGTERM
/// counts before SIGHUP, and both before SIGINT: console raises SIGINT itself
/// when a read is cut short by any signal, and that must not turn a SIGTERM
/// into a Ctrl-C.
pub struct Received([(i32, Arc<AtomicBool>); 3]);

impl Received {
    /// None received yet, and none listened for.
    pub fn new() -> Received {
        let flag = |signal| (signal, Arc::new(AtomicBool::new(false)));
        Received([flag(SIGTERM), flag(SIGHUP), flag(SIGINT)])
    }

    /// Listen for the signals: each handler sets its flag here (signal_hook
    /// takes the flag as an `Arc`, so it needs no static), and a thread of
    /// its own tells `news`, where the main thread hears it, says goodbye and
    /// exits.
    pub fn listen(&self, news: Sender<News>) -> std::io::Result<()> {
        for (signal, seen) in &self.0 {
            signal_hook::flag::register(*signal, Arc::clone(seen))?;
        }
        let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    if news.send(News::Signal(signal)).is_err() {
                        // Nobody is left to tell: the program is ending.
                        return;
                    }
                }
            })?;
        Ok(())
    }

    /// The signal that stops the program, if one came: SIGTERM before SIGHUP
    /// before SIGINT, in whatever order they came.
    pub fn first(&self) -> Option<i32> {
        self.0
            .iter()
            .find(|(_, seen)| seen.load(Ordering::SeqCst))
            .map(|(signal, _)| *signal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sigterm_counts_before_sighup_and_both_before_sigint() {
        let received = Received::new();
        assert_eq!(received.first(), None);
        let set = |signal: i32| {
            let (_, seen) = received.0.iter().find(|(s, _)| *s == signal).unwrap();
            seen.store(true, Ordering::SeqCst);
        };
        set(libc::SIGINT);
        assert_eq!(received.first(), Some(libc::SIGINT));
        set(libc::SIGHUP);
        assert_eq!(received.first(), Some(libc::SIGHUP));
        set(libc::SIGTERM);
        assert_eq!(received.first(), Some(libc::SIGTERM));
    }
}
