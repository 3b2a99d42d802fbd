//! Properties of the weighing over random, valid answers: bounds, sameness,
//! direction and order.

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

/// Answers for every shown question, from a list of picks.
fn answers_from(bank: &Bank, picks: &[u32]) -> Answers {
    let mut answers = Answers::default();
    for (k, (_, q)) in bank.questions().enumerate() {
        if !bank.is_shown(q, &answers) {
            continue;
        }
        if let Some(a) = answer_for(q, picks[k % picks.len()]) {
            answers.insert(q.id.clone(), a);
        }
    }
    answers
}

/// The sum of the rules naming `question` that hold, the rest fixed.
fn lean_of(bank: &Bank, answers: &Answers, question: &str) -> i32 {
    let answers = bank.without_hidden(answers);
    bank.rules
        .rules
        .iter()
        .filter(|r| r.when.iter().any(|c| c.question == question))
        .filter(|r| r.when.iter().all(|c| c.holds(&answers)))
        .map(|r| r.weight)
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_score_stays_within_bounds(picks in prop::collection::vec(any::<u32>(), 41)) {
        let bank = Bank::embedded().unwrap();
        let a = weigh(&bank, &answers_from(&bank, &picks));
        prop_assert!((-100..=100).contains(&a.score));
        let band = bank.rules.band(a.score);
        prop_assert_eq!(&a.band, &band.id);
    }

    #[test]
    fn the_same_answers_give_the_same_assessment(picks in prop::collection::vec(any::<u32>(), 41)) {
        let bank = Bank::embedded().unwrap();
        let answers = answers_from(&bank, &picks);
        prop_assert_eq!(weigh(&bank, &answers), weigh(&bank, &answers.clone()));
    }

    #[test]
    fn the_order_answers_were_given_in_does_not_matter(picks in prop::collection::vec(any::<u32>(), 41)) {
        let bank = Bank::embedded().unwrap();
        let answers = answers_from(&bank, &picks);
        let mut reversed = Answers::default();
        let given: Vec<_> = answers.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (id, a) in given.into_iter().rev() {
            reversed.insert(id, a);
        }
        prop_assert_eq!(weigh(&bank, &answers), weigh(&bank, &reversed));
    }

    #[test]
    fn an_answer_that_leans_further_long_never_moves_the_score_short(
        picks in prop::collection::vec(any::<u32>(), 41),
        which in any::<prop::sample::Index>(),
        other in any::<u32>(),
    ) {
        let bank = Bank::embedded().unwrap();
        let answers = answers_from(&bank, &picks);
        // Questions the rules weigh that no other question's show_if depends on.
        let depended: Vec<&str> = bank.questions().filter_map(|(_, q)| q.show_if.as_ref().map(|c| c.question.as_str())).collect();
        let weighed: Vec<&Question> = bank
            .questions()
            .map(|(_, q)| q)
            .filter(|q| !depended.contains(&q.id.as_str()))
            .filter(|q| bank.rules.rules.iter().any(|r| r.when.iter().any(|c| c.question == q.id)))
            .filter(|q| answers.get(&q.id).is_some())
            .collect();
        let q = weighed[which.index(weighed.len())];
        let Some(new) = answer_for(q, other) else { return Ok(()); };
        let mut changed = answers.clone();
        changed.insert(q.id.clone(), new);
        let before = lean_of(&bank, &answers, &q.id);
        let after = lean_of(&bank, &changed, &q.id);
        let (s0, s1) = (score(&bank, &answers), score(&bank, &changed));
        if after > before {
            prop_assert!(s1 >= s0, "leaning longer moved {s0} to {s1}");
        }
        if after < before {
            prop_assert!(s1 <= s0, "leaning shorter moved {s0} to {s1}");
        }
        if after == before {
            prop_assert_eq!(s0, s1);
        }
    }
}
