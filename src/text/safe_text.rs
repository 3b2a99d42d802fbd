//! Text a person typed, made safe to show: control characters and terminal
//! escape sequences become a visible mark instead of acting on the screen.

/// One character made safe to show: a control character becomes U+FFFD, a
/// tab a space.
pub fn safe_char(c: char) -> char {
    match c {
        '\n' => '\n',
        '\t' => ' ',
        c if c.is_control() => '\u{FFFD}',
        c => c,
    }
}

/// Replace control characters (ESC among them) with U+FFFD, keeping line
/// breaks and tabs as spaces-or-breaks.
pub fn neutral(text: &str) -> String {
    text.chars().map(safe_char).collect()
}

#[cfg(test)]
mod tests {
    use super::neutral;

    #[test]
    fn escape_sequences_lose_their_escape() {
        let shown = neutral("hi \u{1b}[31mred\u{7} there\nnext");
        assert!(!shown.contains('\u{1b}'));
        assert!(!shown.contains('\u{7}'));
        assert_eq!(shown, "hi \u{FFFD}[31mred\u{FFFD} there\nnext");
    }
}
