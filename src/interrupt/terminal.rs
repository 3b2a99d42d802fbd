//! The terminal as asking found it: remembered once, changed only so that
//! Ctrl-C comes as a key, and put back on the way out (or on a panic).

use std::io::{IsTerminal, Write};
use std::sync::OnceLock;

use rustix::termios::{LocalModes, OptionalActions, Termios, tcgetattr, tcsetattr};

/// The terminal's settings when asking began, to put back; none until then,
/// and none when standard input is no terminal.
#[derive(Debug, Default)]
pub struct AsFound(OnceLock<Termios>);

impl AsFound {
    /// Remember how the terminal is set now, to put it back when leaving.
    pub fn remember(&self) {
        if !std::io::stdin().is_terminal() || self.0.get().is_some() {
            return;
        }
        // A terminal whose settings cannot be read is not changed either:
        // without them there is nothing to put back.
        if let Ok(settings) = tcgetattr(std::io::stdin()) {
            self.0.get_or_init(|| settings);
        }
    }

    /// While the questionnaire is drawn, let Ctrl-C arrive as a key rather
    /// than a signal, so it is handled between screens and never halfway
    /// through one.
    pub fn ctrl_c_as_key(&self) -> std::io::Result<()> {
        let Some(original) = self.0.get() else {
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

    /// Whether asking remembered the terminal's settings (and so may have
    /// changed them).
    pub fn remembered(&self) -> bool {
        self.0.get().is_some()
    }

    /// Put the terminal back: its settings (no raw mode) and a visible cursor.
    pub fn restore(&self) {
        put_back(self.0.get());
    }

    /// Put the terminal back before a panic's message is printed: with Ctrl-C
    /// read as a key and the cursor hidden, a panic would otherwise leave the
    /// person's terminal unusable. Set after the terminal is remembered.
    pub fn restore_on_panic(&self) {
        let settings = self.0.get().cloned();
        let report = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            put_back(settings.as_ref());
            report(info);
        }));
    }

    /// Whether the terminal we started in has been hung up (closed).
    pub fn hung_up(&self) -> bool {
        if self.0.get().is_none() {
            return false;
        }
        matches!(tcgetattr(std::io::stdin()), Err(e) if e == rustix::io::Errno::IO)
    }
}

/// Put back these settings, if any, and show the cursor.
fn put_back(settings: Option<&Termios>) {
    if let Some(settings) = settings {
        // Leaving, or going on after the questions: a terminal that cannot
        // take its settings back (closed) has nobody left to use it.
        let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, settings);
    }
    if std::io::stderr().is_terminal() {
        // Leaving anyway: a closed terminal has no cursor to show.
        let _ = std::io::stderr().write_all(b"\x1b[?25h");
    }
}
