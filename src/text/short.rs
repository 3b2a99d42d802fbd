//! Outside text cut to a length that fits in a message.

/// The text, or its first 57 characters and "..." when it is over 60.
pub fn short(text: &str) -> String {
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn long_text_is_cut_to_sixty_characters_and_short_text_kept() {
        assert_eq!(short("yesterday"), "yesterday");
        let long = "a".repeat(61);
        assert_eq!(short(&long), format!("{}...", "a".repeat(57)));
        assert_eq!(short(&"a".repeat(60)), "a".repeat(60));
    }
}
