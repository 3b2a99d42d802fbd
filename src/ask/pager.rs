//! Showing a long text (the result) a screen at a time on standard output:
//! Space or Enter for the next screen, q to leave the pager and see the rest
//! at once. Every line is shown; none is drawn over.

use console::{Key, Term};
use std::io;

use crate::bank::screens::ResultWords;

/// How many lines each screen of a pager `rows` high shows.
fn per_screen(rows: usize) -> usize {
    rows.max(4) - 1
}

/// Show `text` a screen at a time, with the footers of screens.json.
pub fn page_through(text: &str, words: &ResultWords) -> io::Result<()> {
    let out = Term::stdout();
    let keys = Term::stderr();
    let (rows, cols) = out.size();
    let step = per_screen(rows as usize);
    let lines: Vec<&str> = text.lines().collect();
    let footer = if console::measure_text_width(&words.more) < cols as usize {
        &words.more
    } else {
        &words.more_narrow
    };
    let mut shown = 0;
    while shown < lines.len() {
        let end = (shown + step).min(lines.len());
        for line in &lines[shown..end] {
            out.write_line(line)?;
        }
        shown = end;
        if shown >= lines.len() {
            break;
        }
        out.write_str(footer)?;
        let key = loop {
            match keys.read_key()? {
                k @ (Key::Enter | Key::Char(' ') | Key::Char('q') | Key::Char('Q')) => break k,
                Key::Escape => break Key::Char('q'),
                Key::Unknown => break Key::Char('q'),
                _ => {}
            }
        };
        // Rub out the footer, so the next line takes its place.
        out.write_str("\r\x1b[2K")?;
        if matches!(key, Key::Char('q') | Key::Char('Q')) {
            out.write_line(&words.left)?;
            for line in &lines[shown..] {
                out.write_line(line)?;
            }
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_screen_leaves_one_row_for_the_footer() {
        assert_eq!(per_screen(24), 23);
        assert_eq!(per_screen(1), 3);
    }
}
