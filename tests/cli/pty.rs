//! The real program in a pseudo-terminal of a set size, keeping every byte it
//! wrote, so tests can look at the screens a person saw.

use expectrl::Expect;
use expectrl::session::OsSession as Session;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use therapy_choice::answers::Answers;
use therapy_choice::ask::Step;

use crate::common::{bin_path, steps};
use crate::terminal::{keys, send};
use crate::test::Home;

pub const DOWN: &str = "\x1b[B";
pub const ESC: &str = "\x1b";

pub struct Pty {
    pub session: Session,
    /// Everything the program wrote so far.
    pub log: Vec<u8>,
}

impl Pty {
    /// Start the program with `args` in a terminal `cols` wide and `rows`
    /// high, keeping answers in `state`. The size is set from this side once
    /// the terminal is made; the program starts only when it is in place.
    pub fn start(args: &[&str], cols: u16, rows: u16, state: &Path) -> Pty {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!(
                "while [ \"$(stty size)\" != \"{rows} {cols}\" ]; do sleep 0.05; done; exec \"$0\" \"$@\""
            ))
            .arg(bin_path())
            .args(args)
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env("THERAPY_CHOICE_STATE_DIR", state);
        let mut session = Session::spawn(cmd).unwrap();
        session
            .get_process_mut()
            .set_window_size(cols, rows)
            .unwrap();
        session.set_expect_timeout(Some(Duration::from_secs(40)));
        Pty {
            session,
            log: Vec::new(),
        }
    }

    /// Start the program with `args` in `home`: its unfinished answers in
    /// the home's state folder, its summaries in the home's `out/`.
    pub fn at_home(home: &Home, args: &[&str], cols: u16, rows: u16) -> Pty {
        let out = home.out();
        let mut args = args.to_vec();
        args.extend(["--out", out.to_str().unwrap()]);
        Pty::start(&args, cols, rows, &home.state())
    }

    /// Wait for a regular expression; returns the text it matched.
    pub fn wait(&mut self, pattern: &str) -> String {
        match self.session.expect(expectrl::Regex(pattern)) {
            Ok(found) => {
                self.log.extend_from_slice(found.before());
                let matched = found.get(0).unwrap_or_default().to_vec();
                self.log.extend_from_slice(&matched);
                String::from_utf8_lossy(&matched).to_string()
            }
            Err(e) => {
                // The program is still waiting for keys: end it first, or
                // reading the rest would wait for ever instead of failing.
                let _ = self
                    .session
                    .get_process_mut()
                    .kill(expectrl::process::unix::Signal::SIGKILL);
                let mut rest = Vec::new();
                let _ = std::io::Read::read_to_end(&mut self.session, &mut rest);
                self.log.extend_from_slice(&rest);
                panic!(
                    "waiting for {pattern:?}: {e:?}; the last screen:\n{}",
                    last_screen(&self.log)
                );
            }
        }
    }

    pub fn keys(&mut self, keys: &str) {
        send(&mut self.session, keys);
    }

    /// Wait for the program to end; returns its exit code.
    pub fn end(&mut self) -> i32 {
        let rest = self.session.expect(expectrl::Eof).unwrap();
        self.log.extend_from_slice(rest.before());
        self.log.extend_from_slice(rest.get(0).unwrap_or_default());
        match self.session.get_process().wait().unwrap() {
            expectrl::process::unix::WaitStatus::Exited(_, code) => code,
            other => panic!("the program did not exit: {other:?}"),
        }
    }

    /// Page through a page to its end, and go on (Enter, or c on the safety page).
    pub fn pass_page(&mut self) {
        loop {
            let found = self.wait("shows more|Press Enter to go on|type c\\.");
            if found.contains("shows more") {
                self.keys(" ");
                continue;
            }
            self.keys(if found.contains("type c") { "c" } else { "\r" });
            return;
        }
    }

    /// Answer the questions of `answers` in order, from the first step.
    pub fn answer(&mut self, answers: &Answers, how_many: usize) {
        let bank = crate::common::bank();
        let mut asked = 0;
        for step in steps(answers) {
            if asked == how_many {
                return;
            }
            match step {
                Step::Page(_) => self.pass_page(),
                Step::Question { id, progress, sign } => {
                    self.wait(&regex_escape(&progress));
                    // An amount is typed with its money sign where the flow took it.
                    self.keys(&(sign.unwrap_or_default() + &keys(bank, &id, answers.get(&id))));
                    asked += 1;
                }
            }
        }
    }

    /// Finish from the check screen and page through the result to the end.
    pub fn finish(&mut self) {
        self.wait("Finish and save my summary");
        self.keys(DOWN);
        self.keys("\r");
        loop {
            let found = self.wait("Space or Enter: more|Space: more|\\.json");
            if found.ends_with(".json") {
                return;
            }
            self.keys(" ");
        }
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.log).to_string()
    }
}

impl Drop for Pty {
    /// A failed test leaves no program waiting for keys.
    fn drop(&mut self) {
        let process = self.session.get_process_mut();
        if process.is_alive().unwrap_or(false) {
            let _ = process.kill(expectrl::process::unix::Signal::SIGKILL);
        }
    }
}

pub fn regex_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The screens in what a program wrote: split where it cleared the window,
/// each a list of lines as they showed (escape codes taken out, a carriage
/// return starting its line again).
pub fn screens(log: &[u8]) -> Vec<Vec<String>> {
    let text = String::from_utf8_lossy(log).replace("\x1b[2J", "\x0c");
    let plain = strip_escapes(&text);
    plain
        .split('\x0c')
        .map(|screen| {
            screen
                .split('\n')
                .map(|line| {
                    let line = line.trim_end_matches('\r');
                    line.rsplit('\r').next().unwrap_or(line).to_string()
                })
                .collect()
        })
        .collect()
}

fn strip_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        if chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() || d == '~' {
                    break;
                }
            }
        } else {
            chars.next();
        }
    }
    out
}

/// The last screen drawn, for a failure message.
pub fn last_screen(log: &[u8]) -> String {
    screens(log).last().cloned().unwrap_or_default().join("\n")
}
