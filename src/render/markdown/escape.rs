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
    escaped(text, true)
}

/// The same, for text that may stand after other text on its first line
/// (`at_start` false): there, what would open a block cannot, and is left.
pub fn escaped(text: &str, at_start: bool) -> String {
    let text = neutral(text);
    let mut out = String::new();
    if !at_start && !text.contains('\n') {
        // Within a line, spaces are kept as they are: they open nothing.
        escape_line(&text, false, &mut out);
        return out;
    }
    for line in text.split('\n') {
        let line = line.trim_start();
        if line.trim_end().is_empty() {
            continue;
        }
        let first = out.is_empty();
        if !first {
            out.push_str("  \n");
        }
        escape_line(line, at_start || !first, &mut out);
    }
    out
}

fn escape_line(line: &str, at_start: bool, out: &mut String) {
    // A run of digits then "." or ")" at the start is an ordered list item.
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    for (k, (at, c)) in line.char_indices().enumerate() {
        let markup = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) || (c == '&' && opens_entity(&line[at + 1..]));
        let opens_block = at_start
            && ((k == 0 && matches!(c, '-' | '+' | '=' | ':'))
                || (k == digits && k > 0 && matches!(c, '.' | ')')));
        if markup || opens_block {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Whether what follows an "&" would make it a character reference
/// ("&amp;", "&#39;"): only then does Markdown read the "&" as markup.
fn opens_entity(rest: &str) -> bool {
    let name = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
        .unwrap_or(rest.len());
    name > 0 && rest[name..].starts_with(';')
}
