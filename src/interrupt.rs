//! Stopping when asked: Ctrl-C, a closed terminal (SIGHUP) or SIGTERM put the
//! terminal back as it was, say how to go on, and exit with 128 + the signal,
//! the same code whichever thread notices first: the signal is noted inside
//! the handler itself, before an interrupted read can return to the prompter.
//! Answers are already saved after each one, so nothing more is written here.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

static SAVING: AtomicBool = AtomicBool::new(false);
static LEAVING: AtomicBool = AtomicBool::new(false);
static SUMMARY_SAVED: AtomicBool = AtomicBool::new(false);
static SAVE_FAILED: AtomicBool = AtomicBool::new(false);
/// The first signal received, set in the signal handler; 0 for none. Later
/// ones do not change it: console raises SIGINT itself when a read is cut
/// short by any signal, and that must not turn a SIGTERM into a Ctrl-C.
static RECEIVED: AtomicUsize = AtomicUsize::new(0);
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
static TERMINAL: OnceLock<libc::termios> = OnceLock::new();

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
    // SAFETY: tcgetattr only writes into the termios we hand it.
    let mut settings: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut settings) } == 0 {
        // Remembered once; later calls find the same settings.
        let _ = TERMINAL.set(settings);
    }
}

/// While the questionnaire is drawn, let Ctrl-C arrive as a key rather than a
/// signal, so it is handled between screens and never halfway through one.
pub fn ctrl_c_as_key() {
    let Some(original) = TERMINAL.get() else {
        return;
    };
    let mut settings = *original;
    settings.c_lflag &= !libc::ISIG;
    // SAFETY: sets attributes on our own standard input from a copy read by tcgetattr.
    unsafe {
        libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &settings);
    }
}

/// Put the terminal back: its settings (no raw mode) and a visible cursor.
pub fn restore_terminal() {
    if let Some(settings) = TERMINAL.get() {
        // SAFETY: restores settings read by tcgetattr on the same descriptor.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, settings);
        }
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
    let signal = RECEIVED.load(Ordering::SeqCst);
    (signal != 0).then_some(signal as i32)
}

/// Whether the terminal we started in has been hung up (closed).
pub fn hung_up() -> bool {
    if TERMINAL.get().is_none() {
        return false;
    }
    // SAFETY: tcgetattr only writes into the termios we hand it.
    let mut settings: libc::termios = unsafe { std::mem::zeroed() };
    let status = unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut settings) };
    status != 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EIO)
}

/// Keep signals from stopping the program while the summary files are
/// written, so that either all of them are there or none. A signal that
/// arrives meanwhile takes effect when the guard is dropped.
/// Holding again on a thread that already holds does nothing more.
pub struct Writing(Option<(MutexGuard<'static, ()>, libc::sigset_t)>);

thread_local! {
    static HOLDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn hold_signals() -> Writing {
    if HOLDING.replace(true) {
        return Writing(None);
    }
    let held = WRITING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // SAFETY: the sets are initialised by sigemptyset before use, and
    // pthread_sigmask only changes this thread's mask.
    unsafe {
        let mut block: libc::sigset_t = std::mem::zeroed();
        let mut old_mask: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut block);
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            libc::sigaddset(&mut block, signal);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &block, &mut old_mask);
        Writing(Some((held, old_mask)))
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        if let Some((held, old_mask)) = self.0.take() {
            drop(held);
            HOLDING.set(false);
            // SAFETY: puts back the mask saved by pthread_sigmask above.
            unsafe {
                libc::pthread_sigmask(libc::SIG_SETMASK, &old_mask, std::ptr::null_mut());
            }
        }
    }
}

/// Listen for the signals on a thread of its own.
pub fn listen() {
    for signal in [SIGINT, SIGTERM, SIGHUP] {
        let note = move || {
            // Only the first signal counts; a later one finds it taken.
            let _ =
                RECEIVED.compare_exchange(0, signal as usize, Ordering::SeqCst, Ordering::SeqCst);
        };
        // SAFETY: the action only does an atomic compare-and-swap, which is
        // async-signal-safe.
        let _ = unsafe { signal_hook::low_level::register(signal, note) };
    }
    let Ok(mut signals) = Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
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
}
