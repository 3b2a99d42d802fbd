//! Files written whole: while the command saves, the stopping signals wait
//! on its thread and the goodbye waits for the save to end, so either every
//! file is there or none, and what the goodbye says is kept is true.

use std::sync::{Mutex, MutexGuard, PoisonError};

use nix::sys::signal::{SigSet, SigmaskHow, Signal};

/// The lock held while files are written.
#[derive(Debug, Default)]
pub struct WriteLock(Mutex<()>);

/// Held while files are written; a signal that arrives meanwhile takes effect
/// when it is dropped. Not held twice on one thread: the second would wait
/// for the first.
pub struct Writing<'a> {
    held: Option<MutexGuard<'a, ()>>,
    /// This thread's signal mask before, to put back.
    old_mask: Option<SigSet>,
}

/// The signals that stop the program.
fn stopping() -> SigSet {
    let mut set = SigSet::empty();
    for signal in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
        set.add(signal);
    }
    set
}

impl WriteLock {
    /// Keep signals from stopping the program while files are written.
    pub fn hold_signals(&self) -> Writing<'_> {
        let held = self.wait_until_done();
        // Only this thread's mask changes; the old one is put back on drop.
        // A mask refused (only a wrong `how` can be) still leaves the lock
        // held, which the goodbye waits for.
        let old_mask = stopping().thread_swap_mask(SigmaskHow::SIG_BLOCK).ok();
        Writing {
            held: Some(held),
            old_mask,
        }
    }

    /// Wait until no file is being written, and keep it so while the guard
    /// lives: the goodbye holds it until the program has exited.
    pub fn wait_until_done(&self) -> MutexGuard<'_, ()> {
        // The lock guards no data: a panic while holding it leaves nothing half-set.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for Writing<'_> {
    fn drop(&mut self) {
        drop(self.held.take());
        if let Some(old_mask) = self.old_mask.take() {
            // Putting back a mask read from this thread cannot be refused
            // (EINVAL is for a wrong `how` only); a drop has no one to tell.
            let _ = old_mask.thread_set_mask();
        }
    }
}
