//! A list to choose from in the terminal, drawn whole on every key so it
//! always fits the window: nothing is chosen until the person moves to it,
//! Enter on nothing says "Choose one", Esc or `b` goes back, the focused row
//! is marked with a symbol as well as colour, an error line replaces the
//! last one, and PageUp / PageDown scroll a list taller than the window.

use console::Key;

use super::Stop;
use super::window::{Screen, Window, key_stop};

/// What the person did with the list.
#[derive(Debug, Clone, PartialEq)]
pub enum Picked {
    One(usize),
    Many(Vec<usize>),
    Back,
}

pub struct Menu<'a> {
    /// The lines above the list: where we are, the question, how to answer.
    pub head: Vec<String>,
    pub items: &'a [String],
    /// Several may be picked (Space), or one (Enter).
    pub multi: bool,
    /// Where the cursor starts: None until the person moves.
    pub cursor: Option<usize>,
    /// The items picked so far (several-choice lists only).
    pub picked: Vec<bool>,
    pub can_go_back: bool,
    /// In a small window, drop blank lines before any line of text, so the
    /// whole question fits with its answers (the safety question).
    pub whole: bool,
}

impl Menu<'_> {
    /// Let the person choose. `check` is asked about the picks of a
    /// several-choice list before they are taken.
    pub fn run(
        mut self,
        t: &Window,
        check: &dyn Fn(&[usize]) -> Result<(), String>,
    ) -> Result<Picked, Stop> {
        let count = self.items.len();
        self.picked.resize(count, false);
        let mut error: Option<String> = None;
        // Lines above the answers, for PageUp in a small window.
        let mut up = 0;
        loop {
            up = self.draw(t, error.as_deref(), up)?;
            let key = t.term.read_key().map_err(key_stop)?;
            if matches!(key, Key::PageUp | Key::PageDown) {
                up = match key {
                    Key::PageUp => up.saturating_add(t.page_step()),
                    _ => up.saturating_sub(t.page_step()),
                };
                continue;
            }
            // Any other key brings the answers back into view.
            up = 0;
            error = None;
            match key {
                Key::ArrowDown | Key::Tab => {
                    self.cursor = Some(self.cursor.map_or(0, |c| (c + 1).min(count - 1)));
                }
                Key::ArrowUp | Key::BackTab => {
                    self.cursor = Some(self.cursor.map_or(0, |c| c.saturating_sub(1)));
                }
                Key::Home => self.cursor = Some(0),
                Key::End => self.cursor = Some(count - 1),
                Key::Char(c) if c.is_ascii_digit() && c != '0' => {
                    let n = c as usize - '1' as usize;
                    if n < count {
                        self.cursor = Some(n);
                    }
                }
                Key::Char(' ') if self.multi => match self.cursor {
                    Some(c) => self.picked[c] = !self.picked[c],
                    None => error = Some(t.words.arrows.move_first.clone()),
                },
                Key::Enter => match (self.cursor, self.multi) {
                    (None, _) => error = Some(t.words.arrows.choose_one.clone()),
                    (Some(c), false) => return Ok(Picked::One(c)),
                    (Some(_), true) => {
                        let picks: Vec<usize> = (0..count).filter(|&k| self.picked[k]).collect();
                        match check(&picks) {
                            Ok(()) => return Ok(Picked::Many(picks)),
                            Err(why) => error = Some(why),
                        }
                    }
                },
                Key::Escape | Key::Char('b') | Key::Char('B') => {
                    if self.can_go_back {
                        return Ok(Picked::Back);
                    }
                    error = Some(t.words.arrows.first_screen.clone());
                }
                Key::Unknown => return Err(Stop::InputEnded),
                _ => {}
            }
        }
    }

    /// Draw the list, `up` lines above its answers; returns how far up it is.
    fn draw(&self, t: &Window, error: Option<&str>, up: usize) -> Result<usize, Stop> {
        let width = t.width();
        let mut screen = Screen::default();
        for line in &self.head {
            screen.push(line.clone());
        }
        // Where we are stays at the top of a small window.
        screen.pinned = 1;
        // Until something is chosen, the error and the first answer stay in
        // view, so a small window never hides that there are answers.
        let first_to_see = screen.len();
        if let Some(error) = error {
            screen.extend(t.wrapped(&t.urgent.apply_to(format!("! {error}")).to_string(), 0));
        }
        screen.push(String::new());
        for (k, item) in self.items.iter().enumerate() {
            let focused = self.cursor == Some(k);
            let mark = if focused { "> " } else { "  " };
            let tick = match (self.multi, self.picked[k]) {
                (false, _) => "",
                (true, true) => "[x] ",
                (true, false) => "[ ] ",
            };
            let indent = mark.len() + tick.len();
            let start = screen.len();
            for (n, part) in crate::text::wrap::wrap(item, width - indent)
                .into_iter()
                .enumerate()
            {
                let text = if focused {
                    t.focus.apply_to(&part).to_string()
                } else {
                    part
                };
                if n == 0 {
                    screen.push(format!("{mark}{tick}{text}"));
                } else {
                    screen.push(format!("{}{text}", " ".repeat(indent)));
                }
            }
            if focused {
                screen.focus = start..screen.len();
            } else if self.cursor.is_none() && k == 0 {
                screen.focus = first_to_see..screen.len();
            }
        }
        if self.whole {
            screen.squeeze(t.rows().saturating_sub(1));
        }
        screen.up = up;
        Ok(t.draw(&screen)?)
    }
}
