//! A number with its noun, singular for one: "1 problem", "2 problems".

/// `n` followed by `one` when it is 1 and by `many` otherwise.
pub fn how_many(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::how_many;

    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        assert_eq!(how_many(1, "file", "files"), "1 file");
        assert_eq!(how_many(2, "file", "files"), "2 files");
        assert_eq!(how_many(0, "question", "questions"), "0 questions");
    }
}
