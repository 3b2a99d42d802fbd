//! A one-line text entry for the terminal that, unlike dialoguer's Input,
//! lets Esc mean "go back", the same as on the menus.

use console::{Key, Term};
use std::io::{self, Write};

/// Read a line after `prompt`, starting from `initial`. None means Esc.
pub fn read_line(term: &Term, prompt: &str, initial: &str) -> io::Result<Option<String>> {
    let mut text: String = initial.to_string();
    let mut out = term.clone();
    write!(out, "{prompt}{text}")?;
    term.show_cursor()?;
    term.flush()?;
    loop {
        match term.read_key()? {
            Key::Enter => {
                writeln!(out)?;
                return Ok(Some(text));
            }
            Key::Escape => {
                writeln!(out)?;
                return Ok(None);
            }
            Key::Backspace if text.pop().is_some() => {
                write!(out, "\x08 \x08")?;
            }
            Key::Char(c) if !c.is_control() => {
                text.push(c);
                write!(out, "{c}")?;
            }
            Key::Unknown => {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the terminal closed",
                ));
            }
            _ => {}
        }
        term.flush()?;
    }
}
