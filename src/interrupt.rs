//! Stopping when asked: Ctrl-C, a closed terminal (SIGHUP) or SIGTERM put the
//! terminal back as it was, say how to go on, and exit with 128 + the signal.
//! Answers are already saved after each one, so nothing more is written here.

use std::io::{IsTerminal, Write};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

static SAVING: AtomicBool = AtomicBool::new(false);
static LEAVING: AtomicBool = AtomicBool::new(false);
static SUMMARY_SAVED: AtomicBool = AtomicBool::new(false);

/// Say that the summary files are written, so stopping now loses nothing.
pub fn set_summary_saved() {
    SUMMARY_SAVED.store(true, Ordering::SeqCst);
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

/// The sentence said when the program stops before the end.
pub fn stopped_message() -> &'static str {
    if SUMMARY_SAVED.load(Ordering::SeqCst) {
        "Stopped. Your summary is already saved."
    } else if SAVING.load(Ordering::SeqCst) {
        "Stopped. Your answers so far are saved. Run therapy-choice again to go on where you left off."
    } else {
        "Stopped. Nothing was saved."
    }
}

/// Remember how the terminal is set now, to put it back on a signal.
pub fn remember_terminal() {
    if !std::io::stdin().is_terminal() {
        return;
    }
    // SAFETY: tcgetattr only writes into the termios we hand it.
    let mut settings: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut settings) } == 0 {
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

/// Listen for the signals on a thread of its own.
pub fn listen() {
    let Ok(mut signals) = Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if !claim_exit() {
                // The main thread is already leaving and says goodbye itself.
                continue;
            }
            let mut err = std::io::stderr();
            let _ = writeln!(err, "\n{}", stopped_message());
            restore_terminal();
            let _ = err.flush();
            std::process::exit(128 + signal);
        }
    });
}
