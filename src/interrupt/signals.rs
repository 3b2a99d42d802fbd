//! The stopping signals: each noted by its handler in the session's own
//! flags, and told to the main thread by a thread that only listens.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use super::Session;
use super::ending::News;

impl Session {
    /// Listen for the signals: each handler sets its flag in this session
    /// (signal_hook takes the flag as an `Arc`, so it needs no static), and a
    /// thread of its own tells the main thread, which says goodbye and exits.
    pub fn listen(&self) -> std::io::Result<()> {
        for (signal, seen) in &self.received {
            signal_hook::flag::register(*signal, Arc::clone(seen))?;
        }
        let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
        let news = self.news.clone();
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
    pub fn received(&self) -> Option<i32> {
        self.received
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
        let session = Session::new();
        assert_eq!(session.received(), None);
        let set = |signal: i32| {
            let (_, seen) = session.received.iter().find(|(s, _)| *s == signal).unwrap();
            seen.store(true, Ordering::SeqCst);
        };
        set(libc::SIGINT);
        assert_eq!(session.received(), Some(libc::SIGINT));
        set(libc::SIGHUP);
        assert_eq!(session.received(), Some(libc::SIGHUP));
        set(libc::SIGTERM);
        assert_eq!(session.received(), Some(libc::SIGTERM));
    }
}
