//! Waiting for the sign that a running program is ready (a line on its
//! output, a file in place) with a deadline, instead of a fixed sleep: a test
//! goes on the moment the sign comes, and a broken run fails with what was
//! seen rather than hanging.

use std::io::Read;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// How long any sign may take on a loaded machine before the test fails.
pub const DEADLINE: Duration = Duration::from_secs(60);

/// Checks `found` until it gives something, or fails at the deadline.
/// For signs only the file system gives (a file, a process id): between
/// checks it waits a moment, growing to at most 20 ms.
#[track_caller]
pub fn until<T>(what: &str, mut found: impl FnMut() -> Option<T>) -> T {
    let end = Instant::now() + DEADLINE;
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(t) = found() {
            return t;
        }
        assert!(Instant::now() < end, "gave up waiting for {what}");
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// What a running program writes to one of its pipes, read on a thread of
/// its own as it comes.
pub struct Output {
    chunks: Receiver<Vec<u8>>,
    seen: String,
}

impl Output {
    pub fn of(mut pipe: impl Read + Send + 'static) -> Output {
        let (send, chunks) = channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n @ 1..) = pipe.read(&mut buffer) {
                if send.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Output {
            chunks,
            seen: String::new(),
        }
    }

    /// Waits until the output so far holds `sign`; fails at the deadline or
    /// when the pipe closes without it, showing what came.
    #[track_caller]
    pub fn wait_for(&mut self, sign: &str) {
        let end = Instant::now() + DEADLINE;
        while !self.seen.contains(sign) {
            let left = end.saturating_duration_since(Instant::now());
            match self.chunks.recv_timeout(left) {
                Ok(chunk) => self.seen.push_str(&String::from_utf8_lossy(&chunk)),
                Err(RecvTimeoutError::Timeout) => {
                    panic!(
                        "gave up waiting for {sign:?}; the output so far:\n{}",
                        self.seen
                    )
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the output ended without {sign:?}:\n{}", self.seen)
                }
            }
        }
    }
}
