//! Breaking text into lines that fit a screen, at spaces, keeping each line's
//! indent (and the "- " of a list item) on the lines it continues onto.

/// The columns text may use on standard output: the terminal's width (at
/// most 100), or $COLUMNS when it is not a terminal. Without either, lines
/// are left whole for whatever reads them.
pub fn output_width() -> usize {
    let columns = console::Term::stdout()
        .size_checked()
        .map(|(_, c)| c as usize)
        .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok());
    match columns {
        Some(c) => c.clamp(20, 102) - 2,
        None => usize::MAX / 2,
    }
}

/// A message for standard error, wrapped at spaces to the terminal it shows
/// in, so no word is cut at the window's edge; a file or pipe gets it as it is.
pub fn for_errors(text: &str) -> String {
    let Some((_, columns)) = console::Term::stderr().size_checked() else {
        return text.to_string();
    };
    let wrapped = wrap_block(text, (columns as usize).max(20) - 1);
    match text.ends_with('\n') {
        true => wrapped,
        false => wrapped.trim_end_matches('\n').to_string(),
    }
}

/// Break one paragraph into lines of at most `width` display columns (wide
/// and combining characters counted as they show), at spaces. Only a word
/// wider than a whole line is broken.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let words = keep_together(text)
        .into_iter()
        .flat_map(|w| split_long(&w, width));
    for word in words {
        if !line.is_empty()
            && console::measure_text_width(&line) + 1 + console::measure_text_width(&word) > width
        {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The words of a text, with the parts of a phone number ("13 11 14") and
/// an option after its command ("start --fresh") kept as one.
fn keep_together(text: &str) -> Vec<String> {
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == '-');
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let glue = words.last().is_some_and(|last| {
            let bare = word.trim_end_matches([')', ',', '.', ';']);
            (number(last.rsplit(' ').next().unwrap_or(last)) && number(bare))
                || word.starts_with("--")
        });
        match words.last_mut() {
            Some(last) if glue => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
    }
    words
}

/// A word as pieces of at most `width` columns (most words: one piece).
fn split_long(word: &str, width: usize) -> Vec<String> {
    if console::measure_text_width(word) <= width {
        return vec![word.to_string()];
    }
    let mut pieces = vec![String::new()];
    for c in word.chars() {
        let last = pieces.last_mut().expect("never empty");
        let mut next = last.clone();
        next.push(c);
        if !last.is_empty() && console::measure_text_width(&next) > width {
            pieces.push(c.to_string());
        } else {
            *last = next;
        }
    }
    pieces
}

/// What a line's later lines hang under: a short mark followed by two
/// spaces or more (the result's reasons: "-  ", "-20  "), or "- " or "! ".
fn marker(trimmed: &str) -> &str {
    let mark = trimmed.find(' ').unwrap_or(0);
    if (1..=4).contains(&mark) && trimmed[mark..].starts_with("  ") {
        let spaces = trimmed[mark..].len() - trimmed[mark..].trim_start().len();
        return &trimmed[..mark + spaces];
    }
    if trimmed.starts_with("- ") || trimmed.starts_with("! ") {
        return &trimmed[..2];
    }
    ""
}

/// Wrap every line of a block of text, continuing each under its own indent.
/// A line that is one word (a saved file's path) stays whole, so a person can
/// copy it; the terminal wraps it without adding a line break.
pub fn wrap_block(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if console::measure_text_width(line) <= width || !trimmed.contains(char::is_whitespace) {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let marker = marker(trimmed);
        let body = &trimmed[marker.len()..];
        let first = &line[..line.len() - trimmed.len()];
        let indent = first.len() + console::measure_text_width(marker);
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
    fn a_line_of_one_word_stays_whole_and_a_sentence_still_wraps() {
        let path = "  /home/someone/summaries/therapy-choice-2026-11-27-005212.html";
        let text = format!("Your summary is saved in these files:\n{path}\n");
        assert_eq!(
            wrap_block(&text, 20),
            format!("Your summary is\nsaved in these\nfiles:\n{path}\n")
        );
    }

    #[test]
    fn a_reason_hangs_under_its_text_after_its_mark_or_weight() {
        let text = "   -  one two three four\n -20  five six seven eight\n";
        assert_eq!(
            wrap_block(text, 20),
            "   -  one two three\n      four\n -20  five six seven\n      eight\n"
        );
    }

    #[test]
    fn a_phone_number_and_a_command_option_stay_on_one_line() {
        let lines = wrap("Lifeline (call 13 11 14 or text 0477 13 11 14)", 30);
        assert_eq!(lines, ["Lifeline (call 13 11 14 or", "text 0477 13 11 14)"]);
        let lines = wrap("start again with: therapy-choice start --fresh", 40);
        assert_eq!(lines, ["start again with: therapy-choice", "start --fresh"]);
    }

    #[test]
    fn wide_characters_count_as_two_columns() {
        let lines = wrap("界界 界界 界界", 9);
        assert_eq!(lines, ["界界 界界", "界界"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_to_fit() {
        let lines = wrap("see https://example.org/a/very/long/address/indeed", 20);
        assert!(
            lines.iter().all(|l| console::measure_text_width(l) <= 20),
            "{lines:?}"
        );
        assert_eq!(
            lines.concat(),
            "seehttps://example.org/a/very/long/address/indeed"
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
