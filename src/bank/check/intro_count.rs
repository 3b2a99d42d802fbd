//! A section's intro that counts its questions ("Four quick questions") must
//! count them right: the check compares the number in words with the section.

/// The numbers a section intro may spell out, in order from one.
const NUMBERS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// How many words may stand between the number and "questions" ("four quick
/// yes or no questions").
const NEAR: usize = 4;

/// What is wrong when an intro counts a different number of questions than
/// the section has: `asked` is how many it holds.
pub fn miscounted(intro: &[String], asked: usize) -> Option<String> {
    for text in intro {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        for (i, word) in words.iter().enumerate() {
            let said = NUMBERS
                .iter()
                .position(|n| n == word)
                .map(|p| p + 1)
                .or_else(|| word.parse::<usize>().ok());
            let Some(said) = said else { continue };
            let counts_questions = words[i + 1..]
                .iter()
                .take(NEAR)
                .any(|w| w == "questions" || w == "question");
            if counts_questions && said != asked {
                return Some(format!(
                    "the intro says \"{word}\" questions, but the section has {asked}; say the right number, or none"
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::miscounted;

    fn intro(text: &str) -> Vec<String> {
        vec![text.to_string()]
    }

    #[test]
    fn a_wrong_count_is_named_and_a_right_one_passes() {
        let four = intro("Four quick questions, to check that we explained things well.");
        let found = miscounted(&four, 2).expect("four is not two");
        assert!(
            found.contains("\"four\"") && found.contains("has 2"),
            "{found}"
        );
        assert_eq!(miscounted(&four, 4), None);
        assert_eq!(miscounted(&intro("Four yes or no questions."), 4), None);
        assert!(miscounted(&intro("Answer 3 questions."), 2).is_some());
    }

    #[test]
    fn a_number_that_does_not_count_questions_is_left_alone() {
        let text = intro("Short-term therapy takes some months. One year or more is long.");
        assert_eq!(miscounted(&text, 4), None);
        assert_eq!(
            miscounted(&intro("These questions check what we said."), 2),
            None
        );
    }
}
