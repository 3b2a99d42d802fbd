//! Breaking text into lines that fit a screen, at spaces, keeping each line's
//! indent (and the "- " of a list item) on the lines it continues onto.

/// Break one paragraph into lines of at most `width` columns.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty()
            && console::measure_text_width(&line) + 1 + console::measure_text_width(word) > width
        {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Wrap every line of a block of text, continuing each under its own indent.
pub fn wrap_block(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if console::measure_text_width(line) <= width || trimmed.is_empty() {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let marker = if trimmed.starts_with("- ") || trimmed.starts_with("! ") {
            &trimmed[..2]
        } else {
            ""
        };
        let body = &trimmed[marker.len()..];
        let first = &line[..line.len() - trimmed.len()];
        let indent = first.len() + marker.len();
        let room = width.saturating_sub(indent).max(10);
        for (n, part) in wrap(body, room).iter().enumerate() {
            if n == 0 {
                out.push_str(first);
                out.push_str(marker);
            } else {
                out.push_str(&" ".repeat(indent));
            }
            out.push_str(part);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_break_at_spaces_under_their_indent() {
        let text = "  - one two three four five six\nshort\n";
        assert_eq!(
            wrap_block(text, 20),
            "  - one two three\n    four five six\nshort\n"
        );
    }

    #[test]
    fn no_line_is_wider_than_asked_when_words_fit() {
        let text = "word ".repeat(50);
        for line in wrap(&text, 23) {
            assert!(line.len() <= 23);
        }
    }
}
