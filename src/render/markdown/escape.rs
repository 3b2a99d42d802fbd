//! Free text made safe for Markdown: it can only ever be a paragraph.

use crate::render::neutral;

/// Free text made into Markdown that can only ever be the text of a
/// paragraph (or of the list item it sits in): control characters
/// neutralised, every character that could start markup escaped, leading
/// spaces dropped (four would make a code block), blank lines dropped (they
/// would end the paragraph), and the first character of each line escaped
/// when it could open a block: a heading, a setext underline (`===`, `---`),
/// a list item, a quote, a thematic break.
pub fn md(text: &str) -> String {
    let mut out = String::new();
    for line in neutral(text).split('\n') {
        let line = line.trim_start();
        if line.trim_end().is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("  \n");
        }
        escape_line(line, &mut out);
    }
    out
}

fn escape_line(line: &str, out: &mut String) {
    // A run of digits then "." or ")" at the start is an ordered list item.
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    for (k, c) in line.chars().enumerate() {
        let markup = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        );
        let opens_block = (k == 0 && matches!(c, '-' | '+' | '=' | ':'))
            || (k == digits && k > 0 && matches!(c, '.' | ')'));
        if markup || opens_block {
            out.push('\\');
        }
        out.push(c);
    }
}
