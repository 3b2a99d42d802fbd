//! The safety question's answers (DOMAIN.md section 4), by the option ids the
//! bank must give them, and which of them show the safety page.

/// An answer to the safety question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SafetyAnswer {
    Yes,
    No,
    RatherNotSay,
}

impl SafetyAnswer {
    /// Every answer, in the order the question lists its options.
    pub const ALL: [SafetyAnswer; 3] = [
        SafetyAnswer::Yes,
        SafetyAnswer::No,
        SafetyAnswer::RatherNotSay,
    ];

    /// The id of its option in the bank.
    pub fn id(self) -> &'static str {
        match self {
            SafetyAnswer::Yes => "yes",
            SafetyAnswer::No => "no",
            SafetyAnswer::RatherNotSay => "rather_not_say",
        }
    }

    /// The answer an option id stands for, if it is one.
    pub fn of(id: &str) -> Option<SafetyAnswer> {
        SafetyAnswer::ALL.into_iter().find(|a| a.id() == id)
    }

    /// A "yes" or a "rather not say" shows the safety page and flags the
    /// summary; only a "no" does not.
    pub fn raises_safety(self) -> bool {
        self != SafetyAnswer::No
    }
}

#[cfg(test)]
mod tests {
    use super::SafetyAnswer;

    #[test]
    fn yes_and_rather_not_say_raise_safety_and_no_does_not() {
        let raised: Vec<&str> = ["yes", "no", "rather_not_say", "maybe", "Yes"]
            .into_iter()
            .filter(|id| SafetyAnswer::of(id).is_some_and(SafetyAnswer::raises_safety))
            .collect();
        assert_eq!(raised, ["yes", "rather_not_say"]);
        assert_eq!(SafetyAnswer::of("maybe"), None);
    }
}
