//! How a run ends: the main thread hears the first news, the command's end
//! or a signal. A command blocked in a read (a question, the result pager)
//! never has to notice the signal itself: the main thread leaves without it.

use std::sync::mpsc::{Receiver, Sender};
use std::thread::JoinHandle;

/// What the main thread hears.
pub enum News {
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
pub struct SaysFinished(pub Sender<News>);

impl Drop for SaysFinished {
    fn drop(&mut self) {
        if self.0.send(News::Finished).is_err() {
            // The main thread holds the receiver until it exits, so there is
            // always someone to hear; nothing to do if not.
        }
    }
}

/// Wait for the first news. A panic in the command goes on in the caller,
/// once its message is printed (by the hook, on the command's thread).
pub fn first_news<T>(heard: &Receiver<News>, command: JoinHandle<T>) -> Ended<T> {
    match heard.recv() {
        Ok(News::Signal(signal)) => Ended::Signalled(signal),
        // The command's thread has ended (a sender the caller keeps holds
        // the channel open, so nothing else ends the wait).
        Ok(News::Finished) | Err(_) => match command.join() {
            Ok(outcome) => Ended::Finished(outcome),
            Err(panic) => std::panic::resume_unwind(panic),
        },
    }
}
