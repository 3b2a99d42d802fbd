//! The terminal window the questions are drawn in: its size, the styles,
//! text wrapped to its width, and a whole screen drawn at once, scrolled so
//! the line that matters stays in view.

use console::{Style, Term};
use std::io;
use std::ops::Range;

use super::Stop;
use crate::bank::ScreenWords;
use crate::text::wrap::wrap;

pub struct Window {
    pub(super) term: Term,
    pub(super) bold: Style,
    pub(super) dim: Style,
    pub(super) urgent: Style,
    pub(super) focus: Style,
    /// The words on the screens (screens.json).
    pub(super) words: ScreenWords,
}

/// The lines of one screen, and the lines that must stay in view.
#[derive(Default)]
pub struct Screen {
    pub lines: Vec<String>,
    pub focus: Range<usize>,
    /// Rows kept free at the bottom (for a typed answer).
    pub reserve: usize,
    /// Lines at the top that stay in view however far the rest scrolls
    /// (where we are), so a small window never loses its bearings.
    pub pinned: usize,
    /// How many lines above the place that keeps the focus in view the
    /// screen starts (PageUp), as far as the first line.
    pub up: usize,
}

impl Screen {
    pub fn push(&mut self, line: String) {
        self.lines.push(line);
    }
    pub fn extend(&mut self, lines: Vec<String>) {
        self.lines.extend(lines);
    }
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Take out blank lines, the last first (never the pinned ones), until
    /// the screen fits in `room` rows or none is left; the focus stays on
    /// its lines.
    pub fn squeeze(&mut self, room: usize) {
        let mut k = self.lines.len();
        while self.lines.len() > room && k > self.pinned {
            k -= 1;
            if !self.lines[k].is_empty() {
                continue;
            }
            self.lines.remove(k);
            let shift = |n: usize| if n > k { n - 1 } else { n };
            self.focus = shift(self.focus.start)..shift(self.focus.end);
        }
    }
}

impl Window {
    pub fn new(colour: bool, words: ScreenWords) -> Window {
        let style = |s: Style| if colour { s } else { Style::new() };
        Window {
            term: Term::stderr(),
            bold: style(Style::new().bold()),
            dim: style(Style::new().dim()),
            urgent: style(Style::new().bold().red()),
            focus: style(Style::new().bold().cyan()),
            words,
        }
    }

    /// The columns text may use: the window's width, at most 100.
    pub(super) fn width(&self) -> usize {
        (self.term.size().1 as usize).clamp(20, 102) - 2
    }

    pub(super) fn rows(&self) -> usize {
        (self.term.size().0 as usize).max(6)
    }

    /// A paragraph wrapped to the window, its later lines indented.
    pub(super) fn wrapped(&self, text: &str, indent: usize) -> Vec<String> {
        wrap(text, self.width() - indent)
            .into_iter()
            .enumerate()
            .map(|(n, l)| if n == 0 { l } else { " ".repeat(indent) + &l })
            .collect()
    }

    pub(super) fn styled(&self, style: &Style, text: &str) -> Vec<String> {
        wrap(text, self.width())
            .into_iter()
            .map(|l| style.apply_to(l).to_string())
            .collect()
    }

    /// Clear the window and draw a screen, scrolled so its focus is in view,
    /// or `up` lines above that. Returns how far up it really is, at most to
    /// the first line.
    pub(super) fn draw(&self, screen: &Screen) -> io::Result<usize> {
        self.term.clear_screen()?;
        let room = self.rows().saturating_sub(1 + screen.reserve).max(3);
        let len = screen.lines.len();
        if len <= room {
            for line in &screen.lines {
                self.term.write_line(line)?;
            }
            return Ok(0);
        }
        let pinned = screen.pinned.min(room - 3);
        for line in &screen.lines[..pinned] {
            self.term.write_line(line)?;
        }
        let (lines, room) = (&screen.lines[pinned..], room - pinned);
        let len = lines.len();
        let focused = (screen.focus.end.saturating_sub(pinned) + 2)
            .saturating_sub(room)
            .min(len - room);
        let start = focused.saturating_sub(screen.up);
        let end = start + room;
        for (k, line) in lines[start..end].iter().enumerate() {
            if k == 0 && start > 0 {
                let more = format!("  {}", self.words.arrows.more_above);
                self.term.write_line(&self.dim.apply_to(more).to_string())?;
            } else if k + 1 == room && end < len {
                let more = format!("  {}", self.words.arrows.more_below);
                self.term.write_line(&self.dim.apply_to(more).to_string())?;
            } else {
                self.term.write_line(line)?;
            }
        }
        Ok(focused - start)
    }

    /// How many lines PageUp or PageDown moves a screen.
    pub(super) fn page_step(&self) -> usize {
        self.rows().saturating_sub(4).max(1)
    }
}

/// A failed read of a key, as a reason to stop.
pub(super) fn key_stop(e: io::Error) -> Stop {
    match e.kind() {
        io::ErrorKind::Interrupted => Stop::Interrupted,
        io::ErrorKind::UnexpectedEof => Stop::InputEnded,
        _ => Stop::Io(e),
    }
}
