//! A one-line text entry for the terminal that, unlike dialoguer's Input,
//! lets Esc mean "go back", the same as on the menus. A long answer scrolls
//! sideways inside the line, so the line is never wider than the window.

use console::{Key, Term};
use std::io::{self, Write};

/// Read a line after `prompt`, starting from `initial`, in at most `width`
/// columns. None means Esc.
pub fn read_line(
    term: &Term,
    prompt: &str,
    initial: &str,
    width: usize,
) -> io::Result<Option<String>> {
    let mut text: String = initial.to_string();
    let mut out = term.clone();
    let room = width
        .saturating_sub(console::measure_text_width(prompt) + 1)
        .max(5);
    term.show_cursor()?;
    loop {
        write!(out, "\r\x1b[2K{prompt}{}", tail(&text, room))?;
        term.flush()?;
        match term.read_key()? {
            Key::Enter => {
                writeln!(out)?;
                return Ok(Some(text));
            }
            Key::Escape => {
                writeln!(out)?;
                return Ok(None);
            }
            Key::Backspace => {
                text.pop();
            }
            Key::Char(c) if !c.is_control() => text.push(c),
            Key::Unknown => {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the terminal closed",
                ));
            }
            _ => {}
        }
    }
}

/// The end of `text` that fits in `room` columns, marked when cut.
fn tail(text: &str, room: usize) -> String {
    if console::measure_text_width(text) <= room {
        return text.to_string();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        let w = console::measure_text_width(c.encode_utf8(&mut [0; 4]));
        if used + w > room {
            break;
        }
        used += w;
        kept.push(c);
    }
    kept.reverse();
    format!("<{}", kept.into_iter().collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::tail;

    #[test]
    fn a_long_answer_shows_its_end_within_the_room() {
        assert_eq!(tail("short", 10), "short");
        let shown = tail("one two three four five", 10);
        assert_eq!(shown, "<four five");
        assert_eq!(console::measure_text_width(&tail("界界界界界界", 6)), 5);
    }
}
