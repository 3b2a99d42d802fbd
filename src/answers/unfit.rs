//! Why a value does not fit a question, as a value: an answers file says it in
//! the program's own words (its Display); the screens say it in the words of
//! questions/screens.json.

use std::fmt;

/// Why a value does not fit a question.
#[derive(Debug, Clone, PartialEq)]
pub enum Unfit {
    /// Not an option id (as typed or written).
    NotAnOption(String),
    PickedTwice(String),
    /// A required several-choice question with nothing picked.
    NonePicked,
    /// A number or rating outside its range, each written as shown.
    Outside {
        value: String,
        min: String,
        max: String,
    },
    NotFinite,
    /// A number with a fraction where a whole one is asked for.
    NotWhole(String),
    /// "Don't know" for a question that has no such answer.
    NoDontKnow,
    TooLong {
        length: usize,
        most: usize,
    },
    Empty,
    /// Another kind of answer (the question's kind, by name).
    WrongKind(&'static str),
    /// A typed line that is not a number.
    NotANumber(String),
    /// A typed rating that is not a whole number.
    NotARating {
        min: u8,
        max: u8,
    },
    /// A typed line that is neither yes nor no.
    NotYesOrNo,
}

impl fmt::Display for Unfit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unfit::NotAnOption(id) => write!(f, "\"{id}\" is not one of the options"),
            Unfit::PickedTwice(id) => write!(f, "\"{id}\" is picked twice"),
            Unfit::NonePicked => write!(f, "please pick at least one"),
            Unfit::Outside { value, min, max } => write!(f, "{value} is outside {min} to {max}"),
            Unfit::NotFinite => write!(f, "it is not a finite number"),
            Unfit::NotWhole(n) => write!(f, "{n} is not a whole number"),
            Unfit::NoDontKnow => write!(f, "this question has no \"don't know\" answer"),
            Unfit::TooLong { length, most } => {
                write!(f, "it is {length} characters long; the most is {most}")
            }
            Unfit::Empty => write!(f, "it is empty"),
            Unfit::WrongKind(kind) => write!(f, "it is not a {kind} answer"),
            Unfit::NotANumber(line) => write!(f, "\"{line}\" is not a number"),
            Unfit::NotARating { min, max } => {
                write!(f, "Please type a whole number from {min} to {max}.")
            }
            Unfit::NotYesOrNo => write!(f, "Please type y for yes or n for no."),
        }
    }
}
