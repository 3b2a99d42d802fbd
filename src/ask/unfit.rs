//! Why an answer does not fit, said on the screen in the words of
//! questions/screens.json.

use crate::answers::Unfit;
use crate::bank::ScreenWords;
use crate::text::fill;

/// The sentence a person reads when an answer does not fit. What they typed
/// is filled in last, so nothing in it is taken for a placeholder.
pub fn said(words: &ScreenWords, why: &Unfit) -> String {
    let w = &words.unfit;
    match why {
        Unfit::NotAnOption(typed) => fill(&w.not_an_option, &[("typed", typed)]),
        Unfit::PickedTwice(typed) => fill(&w.picked_twice, &[("typed", typed)]),
        Unfit::NonePicked => w.none_picked.clone(),
        Unfit::Outside { value, min, max } => {
            fill(&w.outside, &[("min", min), ("max", max), ("typed", value)])
        }
        Unfit::NotWhole(typed) => fill(&w.not_whole, &[("typed", typed)]),
        Unfit::NotANumber(typed) => fill(&w.not_a_number, &[("typed", typed)]),
        Unfit::TooLong { length, most } => fill(
            &w.too_long,
            &[("length", &length.to_string()), ("most", &most.to_string())],
        ),
        Unfit::NotARating { min, max } => fill(
            &w.not_a_rating,
            &[("min", &min.to_string()), ("max", &max.to_string())],
        ),
        Unfit::NotYesOrNo => w.not_yes_or_no.clone(),
        Unfit::NotFinite | Unfit::NoDontKnow | Unfit::Empty | Unfit::WrongKind(_) => {
            w.other.clone()
        }
    }
}

/// The sentence, and what was typed after it ("You typed: ...") only when
/// the sentence does not already say it: never "\"abc\" is not a number.
/// You typed: abc".
pub fn said_with_typed(words: &ScreenWords, why: &Unfit, typed: &str) -> String {
    let w = &words.unfit;
    let template = match why {
        Unfit::NotAnOption(_) => Some(&w.not_an_option),
        Unfit::PickedTwice(_) => Some(&w.picked_twice),
        Unfit::Outside { .. } => Some(&w.outside),
        Unfit::NotWhole(_) => Some(&w.not_whole),
        Unfit::NotANumber(_) => Some(&w.not_a_number),
        _ => None,
    };
    let problem = said(words, why);
    if template.is_some_and(|t| t.contains("{typed}")) {
        problem
    } else {
        fill(
            &words.arrows.you_typed,
            &[("problem", &problem), ("typed", typed)],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{said, said_with_typed};
    use crate::answers::Unfit;
    use crate::bank::ScreenWords;

    #[test]
    fn each_reason_is_said_in_the_words_of_the_file_with_what_was_typed() {
        let mut words = ScreenWords::shipped();
        assert_eq!(
            said(&words, &Unfit::NotANumber("ten".into())),
            "\"ten\" is not a number."
        );
        words.unfit.outside = "Between {min} and {max}, please (not {typed}).".into();
        let why = Unfit::Outside {
            value: "{min}".into(),
            min: "0".into(),
            max: "80".into(),
        };
        assert_eq!(said(&words, &why), "Between 0 and 80, please (not {min}).");
    }

    #[test]
    fn what_was_typed_is_said_once() {
        let words = ScreenWords::shipped();
        let why = Unfit::NotANumber("abc".into());
        assert_eq!(
            said_with_typed(&words, &why, "abc"),
            "\"abc\" is not a number."
        );
        let long = Unfit::TooLong {
            length: 300,
            most: 200,
        };
        assert!(said_with_typed(&words, &long, "xyz").ends_with("You typed: xyz"));
    }
}
