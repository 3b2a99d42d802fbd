//! The box for the clinician as plain text, first in `review`. (The Markdown
//! and HTML summaries draw it first too, each in its own module.) A line to
//! talk about first is marked "!", never by colour alone.

use super::neutral;
use crate::record::Record;

/// The box as plain text for the terminal.
pub fn text(record: &Record) -> String {
    let Some(b) = &record.clinician else {
        return String::new();
    };
    let mut s = format!("{}\n{}\n", b.title, "=".repeat(b.title.chars().count()));
    for line in &b.lines {
        let mark = if line.flag { "! " } else { "  " };
        s.push_str(&format!("{mark}{}: {}\n", line.label, line.text));
    }
    neutral(&s)
}
