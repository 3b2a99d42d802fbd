//! Stopping when asked: Ctrl-C, a closed terminal (SIGHUP) or SIGTERM put the
//! terminal back as it was, say how to go on, and exit with 128 + the signal,
//! the same code whichever thread notices first: the signal is noted inside
//! the handler itself, before an interrupted read can return to the prompter.
//! Answers are already saved after each one, so nothing more is written here.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use nix::sys::signal::{SigSet, SigmaskHow, Signal};
use rustix::termios::{LocalModes, OptionalActions, Termios, tcgetattr, tcsetattr};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

static SAVING: AtomicBool = AtomicBool::new(false);
static LEAVING: AtomicBool = AtomicBool::new(false);
static SUMMARY_SAVED: AtomicBool = AtomicBool::new(false);
static SAVE_FAILED: AtomicBool = AtomicBool::new(false);
/// The signals received, each set in the signal handler itself. SIGTERM
/// counts before SIGHUP, and both before SIGINT: console raises SIGINT
/// itself when a read is cut short by any signal, and that must not turn a
/// SIGTERM into a Ctrl-C.
static RECEIVED: OnceLock<[(i32, Arc<AtomicBool>); 3]> = OnceLock::new();
/// Held while the summary files are written; a signal waits for it.
static WRITING: Mutex<()> = Mutex::new(());

/// Where the summary files are, once written, to say on a stop.
static SAVED_IN: OnceLock<String> = OnceLock::new();

/// Say that the summary files are written, so stopping now loses nothing.
pub fn set_summary_saved() {
    SUMMARY_SAVED.store(true, Ordering::SeqCst);
}

/// Say where the summary files are, so a stop while the result is shown
/// still tells the person.
pub fn set_saved_in(files: &[std::path::PathBuf]) {
    let list: Vec<String> = files.iter().map(|f| format!("  {}", f.display())).collect();
    // Set once per run; a second call keeps the first list, which is the same.
    let _ = SAVED_IN.set(list.join("\n"));
    set_summary_saved();
}
static TERMINAL: OnceLock<Termios> = OnceLock::new();

/// Claim the right to say goodbye and exit. Only the first caller gets it:
/// Ctrl-C can arrive both as a key (console reports it) and as the SIGINT that
/// console then raises, and the person must see one message, not two.
pub fn claim_exit() -> bool {
    !LEAVING.swap(true, Ordering::SeqCst)
}

/// Say whether answers are being kept as the person goes.
pub fn set_saving(saving: bool) {
    SAVING.store(saving, Ordering::SeqCst);
}

/// Say that keeping the answers failed: from now on nothing claims they are saved.
pub fn set_save_failed() {
    SAVING.store(false, Ordering::SeqCst);
    SAVE_FAILED.store(true, Ordering::SeqCst);
}

/// Whether the answers so far are kept.
pub fn saving() -> bool {
    SAVING.load(Ordering::SeqCst)
}

/// What is kept of the person's work at the moment the program stops, read
/// once when the stop is noticed and carried by the failure that reports it.
#[derive(Debug, Clone, PartialEq)]
pub enum Kept {
    /// The summary is written, in these files (one indented path a line).
    SummaryIn(String),
    /// The summary is written.
    Summary,
    /// The answers so far are kept, to go on later.
    Answers,
    /// Keeping the answers failed.
    Lost,
    /// Nothing was written yet.
    Nothing,
}

impl Kept {
    pub fn now() -> Kept {
        if let Some(files) = SAVED_IN.get() {
            Kept::SummaryIn(files.clone())
        } else if SUMMARY_SAVED.load(Ordering::SeqCst) {
            Kept::Summary
        } else if SAVING.load(Ordering::SeqCst) {
            Kept::Answers
        } else if SAVE_FAILED.load(Ordering::SeqCst) {
            Kept::Lost
        } else {
            Kept::Nothing
        }
    }
}

impl std::fmt::Display for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Kept::SummaryIn(files) => {
                write!(f, "Your summary is already saved in these files:\n{files}")
            }
            Kept::Summary => write!(f, "Your summary is already saved."),
            Kept::Answers => write!(
                f,
                "Your answers so far are saved. Run therapy-choice again to go on where you left off."
            ),
            Kept::Lost => write!(f, "Your answers could not be saved, so they are not kept."),
            Kept::Nothing => write!(f, "Nothing was saved."),
        }
    }
}

/// The sentence said when the program stops before the end.
pub fn stopped_message() -> String {
    format!("Stopped. {}", Kept::now())
}

/// Remember how the terminal is set now, to put it back on a signal.
pub fn remember_terminal() {
    if !std::io::stdin().is_terminal() {
        return;
    }
    // A terminal whose settings cannot be read is not changed either:
    // without them there is nothing to put back.
    if let Ok(settings) = tcgetattr(std::io::stdin()) {
        // Remembered once; later calls find the same settings.
        let _ = TERMINAL.set(settings);
    }
}

/// While the questionnaire is drawn, let Ctrl-C arrive as a key rather than a
/// signal, so it is handled between screens and never halfway through one.
pub fn ctrl_c_as_key() -> std::io::Result<()> {
    let Some(original) = TERMINAL.get() else {
        return Ok(());
    };
    let mut settings = original.clone();
    settings.local_modes.remove(LocalModes::ISIG);
    Ok(tcsetattr(
        std::io::stdin(),
        OptionalActions::Now,
        &settings,
    )?)
}

/// Put the terminal back: its settings (no raw mode) and a visible cursor.
pub fn restore_terminal() {
    if let Some(settings) = TERMINAL.get() {
        // Leaving, or going on after the questions: a terminal that cannot
        // take its settings back (closed) has nobody left to use it.
        let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, settings);
    }
    if std::io::stderr().is_terminal() {
        // Leaving anyway: a closed terminal has no cursor to show.
        let _ = std::io::stderr().write_all(b"\x1b[?25h");
    }
}

/// Put the terminal back before a panic's message is printed: with Ctrl-C read
/// as a key and the cursor hidden, a panic would otherwise leave the person's
/// terminal unusable.
pub fn restore_terminal_on_panic() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        report(info);
    }));
}

/// The signal that stopped the program, if one did.
pub fn received() -> Option<i32> {
    RECEIVED
        .get()?
        .iter()
        .find(|(_, seen)| seen.load(Ordering::SeqCst))
        .map(|(signal, _)| *signal)
}

/// Whether the terminal we started in has been hung up (closed).
pub fn hung_up() -> bool {
    if TERMINAL.get().is_none() {
        return false;
    }
    matches!(tcgetattr(std::io::stdin()), Err(e) if e == rustix::io::Errno::IO)
}

/// Keep signals from stopping the program while the summary files are
/// written, so that either all of them are there or none. A signal that
/// arrives meanwhile takes effect when the guard is dropped.
/// Holding again on a thread that already holds does nothing more.
pub struct Writing(Option<(MutexGuard<'static, ()>, Option<SigSet>)>);

thread_local! {
    static HOLDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The signals that stop the program.
fn stopping() -> SigSet {
    let mut set = SigSet::empty();
    for signal in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
        set.add(signal);
    }
    set
}

pub fn hold_signals() -> Writing {
    if HOLDING.replace(true) {
        return Writing(None);
    }
    let held = WRITING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // Only this thread's mask changes; the old one is put back on drop. A
    // mask refused (only a wrong `how` can be) still leaves the lock held,
    // which the signal thread waits for.
    let old_mask = stopping().thread_swap_mask(SigmaskHow::SIG_BLOCK).ok();
    Writing(Some((held, old_mask)))
}

impl Drop for Writing {
    fn drop(&mut self) {
        if let Some((held, old_mask)) = self.0.take() {
            drop(held);
            HOLDING.set(false);
            // Putting back a mask read from this thread cannot be refused
            // (EINVAL is for a wrong `how` only); a drop has no one to tell.
            if let Some(old_mask) = old_mask {
                let _ = old_mask.thread_set_mask();
            }
        }
    }
}

/// Listen for the signals on a thread of its own.
pub fn listen() -> std::io::Result<()> {
    let flag = |signal: i32| -> std::io::Result<(i32, Arc<AtomicBool>)> {
        let seen = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(signal, Arc::clone(&seen))?;
        Ok((signal, seen))
    };
    let flags = [flag(SIGTERM)?, flag(SIGHUP)?, flag(SIGINT)?];
    // Listened for once per run; a second call finds the same flags set.
    let _ = RECEIVED.set(flags);
    let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if !claim_exit() {
                // The main thread is already leaving and says goodbye itself.
                continue;
            }
            // Wait for summary files being written to be all there.
            let _writing = WRITING.lock();
            // The signal noted by the handler decides the code, whichever
            // thread reports it.
            let signal = received().unwrap_or(signal);
            let mut err = std::io::stderr();
            // Leaving anyway: a closed terminal cannot show the message.
            let _ = writeln!(
                err,
                "\n{}",
                crate::text::wrap::for_errors(&stopped_message())
            );
            restore_terminal();
            // Leaving anyway.
            let _ = err.flush();
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}
