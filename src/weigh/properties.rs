//! Properties of the weighing over random, valid answers to the whole bank:
//! mirror answers give opposite scores, middle answers give "both could fit",
//! no answer but a value answer moves the score, and scores stay in range.

use proptest::prelude::*;

use super::*;
use crate::bank::{Kind, Question};

/// A valid answer to a question, picked by a number.
fn answer_for(q: &Question, pick: u32) -> Option<Answer> {
    let n = pick as usize;
    match &q.kind {
        Kind::Single { options } => Some(Answer::Choice(options[n % options.len()].id.clone())),
        Kind::Multi { options } => Some(
            q.tidy(Answer::Choices(
                options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| pick & (1 << i) != 0)
                    .map(|(_, o)| o.id.clone())
                    .collect(),
            )),
        ),
        Kind::YesNo => Some(Answer::YesNo(pick.is_multiple_of(2))),
        Kind::Scale { min, max, .. } => {
            Some(Answer::Scale(min + (pick % u32::from(max - min + 1)) as u8))
        }
        Kind::Number {
            min,
            max,
            dont_know,
            ..
        } => {
            if dont_know.is_some() && pick.is_multiple_of(5) {
                Some(Answer::DontKnow)
            } else {
                Some(Answer::Number(
                    (min + f64::from(pick % 1000) / 1000.0 * (max - min)).round(),
                ))
            }
        }
        Kind::Text { .. } => None,
    }
    .filter(|a| q.check(a).is_ok())
}

/// Answers for every shown question: value questions from `values`, every
/// other question from `others`.
fn answers_from(bank: &Bank, values: &[u32], others: &[u32]) -> Answers {
    let mut answers = Answers::default();
    for (k, (_, q)) in bank.questions().enumerate() {
        if !bank.is_shown(q, &answers) {
            continue;
        }
        let picks = if q.role == Role::Value {
            values
        } else {
            others
        };
        if let Some(a) = answer_for(q, picks[k % picks.len()]) {
            answers.insert(q.id.clone(), a);
        }
    }
    answers
}

/// Every value answer swapped for the other side's: short_X for long_X.
fn mirrored(bank: &Bank, answers: &Answers) -> Answers {
    let mut out = answers.clone();
    for (_, q) in bank.questions().filter(|(_, q)| q.role == Role::Value) {
        if let Some(Answer::Choice(id)) = answers.get(&q.id) {
            let other = if let Some(rest) = id.strip_prefix("short_") {
                format!("long_{rest}")
            } else if let Some(rest) = id.strip_prefix("long_") {
                format!("short_{rest}")
            } else {
                id.clone()
            };
            assert!(q.option(&other).is_some(), "{}: no mirror for {id}", q.id);
            out.insert(q.id.clone(), Answer::Choice(other));
        }
    }
    out
}

/// The value questions of the bank, checked to be there.
fn value_questions(bank: &Bank) -> Vec<&Question> {
    let found: Vec<&Question> = bank
        .questions()
        .map(|(_, q)| q)
        .filter(|q| q.role == Role::Value)
        .collect();
    assert_eq!(found.len(), 5, "DOMAIN.md section 2 has five value pairs");
    found
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn mirror_answers_give_exactly_opposite_scores(
        values in prop::collection::vec(any::<u32>(), 5),
        others in prop::collection::vec(any::<u32>(), 41),
    ) {
        let bank = crate::fixtures::bank();
        value_questions(bank);
        let answers = answers_from(bank, &values, &others);
        let a = weigh(bank, &answers);
        let m = weigh(bank, &mirrored(bank, &answers));
        prop_assert_eq!(a.score, -m.score);
        match (a.band.side(), m.band.side()) {
            (None, None) => {}
            (Some(x), Some(y)) => prop_assert_ne!(x, y),
            other => prop_assert!(false, "{} against {}: {other:?}", a.band, m.band),
        }
    }

    #[test]
    fn every_value_answer_in_the_middle_gives_both_could_fit(
        middle in prop::collection::vec(any::<bool>(), 5),
        others in prop::collection::vec(any::<u32>(), 41),
    ) {
        let bank = crate::fixtures::bank();
        let mut answers = answers_from(bank, &[0], &others);
        for (q, same) in value_questions(bank).into_iter().zip(middle) {
            let id = if same { "same" } else { "not_sure" };
            prop_assert!(q.option(id).is_some());
            answers.insert(q.id.clone(), Answer::Choice(id.into()));
        }
        let a = weigh(bank, &answers);
        prop_assert_eq!(a.score, 0);
        prop_assert_eq!(a.band_label.as_str(), "both could fit");
        prop_assert!(!a.mismatch);
    }

    #[test]
    fn changing_any_answer_but_a_value_answer_leaves_the_score_unchanged(
        values in prop::collection::vec(any::<u32>(), 5),
        before in prop::collection::vec(any::<u32>(), 41),
        after in prop::collection::vec(any::<u32>(), 41),
    ) {
        let bank = crate::fixtures::bank();
        let one = weigh(bank, &answers_from(bank, &values, &before));
        let two = weigh(bank, &answers_from(bank, &values, &after));
        prop_assert_eq!(one.score, two.score);
        prop_assert_eq!(one.band, two.band);
        prop_assert_eq!(one.reasons, two.reasons);
    }

    #[test]
    fn scores_stay_within_the_reach_and_the_band_follows_the_sign(
        values in prop::collection::vec(any::<u32>(), 5),
        others in prop::collection::vec(any::<u32>(), 41),
    ) {
        let bank = crate::fixtures::bank();
        let a = weigh(bank, &answers_from(bank, &values, &others));
        let (short, long) = (bank.rules.reach.toward_short, bank.rules.reach.toward_long);
        prop_assert!((short.max(-100)..=long.min(100)).contains(&a.score), "{}", a.score);
        let side = a.band.side();
        match side {
            None => prop_assert!(a.score.abs() < 20, "{} is {}", a.score, a.band),
            Some(OptionId::ShortTerm) => prop_assert!(a.score <= -20),
            Some(OptionId::LongTerm) => prop_assert!(a.score >= 20),
        }
    }
}
