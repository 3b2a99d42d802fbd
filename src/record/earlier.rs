//! A yes, or rather not say, to the safety question given before a break, or
//! changed later in the same sitting, is never lost: when the question gets a
//! different answer after it, the flag keeps the earlier one and says what
//! was answered after.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::{EarlierAnswer, SafetyAnswer, SafetyFlag, SafetyRole, created};
use crate::answer::Earlier;
use crate::answers::{Answers, SKIPPED};
use crate::bank::Bank;
use crate::text::fill;

/// The safety question asked again after a break, or its answer changed
/// later in the same sitting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AskedAgain {
    /// When the earlier answer was last kept, if known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "created::optional"
    )]
    pub earlier_given: Option<DateTime<FixedOffset>>,
    /// What the earlier answer brought ("right now?"), also before the
    /// break, when it was not asked again after it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub with: Vec<SafetyAnswer>,
    /// The earlier answer was changed later in the same sitting, not asked
    /// again after a break.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub taken_back: bool,
    /// The answer given after the break (or the change).
    pub answer: String,
    /// All of it, in words, as every format shows it.
    pub said: String,
}

/// Raise the flag on the earlier answer, keeping what raised it before
/// (PHQ-9 item 9) beside it. Nothing changes when the answer is the same,
/// or the earlier one did not raise the flag.
pub(super) fn keep(
    bank: &Bank,
    answers: &Answers,
    earlier: &Earlier,
    flag: &mut Option<SafetyFlag>,
) {
    let Some(q) = bank.questions().map(|(_, q)| q).find(|q| q.safety) else {
        return;
    };
    let now = answers.get(&q.id);
    let same = now == Some(&earlier.answer);
    let now_changed = now_taken_back(bank, answers, earlier);
    if !q.raises_safety(&earlier.answer) || (same && now_changed.is_empty()) {
        return;
    }
    let again = now.map_or_else(|| SKIPPED.to_string(), |a| q.shown(a, None));
    let with: Vec<SafetyAnswer> = earlier
        .with
        .iter()
        .filter_map(|(id, a)| {
            let not_again = answers.get(id).is_none() || (same && answers.get(id) != Some(a));
            let asked = bank.question(id).filter(|_| not_again)?;
            Some(SafetyAnswer {
                question: asked.text.clone(),
                answer: asked.shown(a, None),
            })
        })
        .collect();
    let said = if same {
        // Only "right now" was changed, in the same sitting.
        let words = &bank.screen_words.keeping.safety_now_taken_back;
        now_changed
            .iter()
            .map(|(question, again)| fill(words, &[("question", question), ("again", again)]))
            .collect()
    } else {
        what_came_after(bank, earlier, &again, &with)
    };
    // What raised the flag before (PHQ-9 item 9) stays beside it.
    let also = match flag.take() {
        Some(raised) if raised.question == q.text => raised.also,
        Some(raised) => std::iter::once(SafetyAnswer {
            question: raised.question,
            answer: raised.answer,
        })
        .chain(raised.also)
        .collect(),
        None => Vec::new(),
    };
    *flag = Some(SafetyFlag {
        question: q.text.clone(),
        answer: q.shown(&earlier.answer, None),
        asked_again: Some(AskedAgain {
            earlier_given: earlier.given,
            taken_back: earlier.taken_back,
            with,
            answer: again,
            said: said.join(" "),
        }),
        also,
        said: String::new(),
    });
}

/// "Right now" changed later in the same sitting, the safety question's
/// answer standing: each such question's words and the answer after.
fn now_taken_back(bank: &Bank, answers: &Answers, earlier: &Earlier) -> Vec<(String, String)> {
    if !earlier.taken_back {
        return Vec::new();
    }
    earlier
        .with
        .iter()
        .filter_map(|(id, a)| {
            let after = answers.get(id).filter(|after| *after != a)?;
            let q = bank.question(id)?;
            Some((q.text.clone(), q.shown(after, None)))
        })
        .collect()
}

/// What came after the earlier answer, in words: when it was given and the
/// answer after the break, or the answer it was changed to in the same
/// sitting; then what it brought that was not asked again.
fn what_came_after(
    bank: &Bank,
    earlier: &Earlier,
    again: &str,
    with: &[SafetyAnswer],
) -> Vec<String> {
    let words = &bank.screen_words.keeping;
    let (mut said, with_words) = if earlier.taken_back {
        (
            vec![fill(&words.safety_taken_back, &[("again", again)])],
            &words.safety_taken_back_with,
        )
    } else {
        let given = match earlier.given {
            Some(t) => fill(
                &words.safety_given,
                &[
                    ("date", &t.format("%A %-d %B").to_string()),
                    ("time", &t.format("%H:%M").to_string()),
                ],
            ),
            None => words.safety_given_undated.clone(),
        };
        (
            vec![given, fill(&words.safety_again, &[("again", again)])],
            &words.safety_given_with,
        )
    };
    for also in with {
        said.push(fill(
            with_words,
            &[("question", &also.question), ("answer", &also.answer)],
        ));
    }
    said
}

/// The earlier answers taken back, each as an answer of its own, for the
/// record: the safety question's, and what it brought that was not asked
/// again. Nothing when the earlier answer did not raise the flag or is the
/// same as the one after.
pub(super) fn answers(bank: &Bank, answers: &Answers, earlier: &Earlier) -> Vec<EarlierAnswer> {
    let Some(q) = bank.safety_question() else {
        return Vec::new();
    };
    let same = answers.get(&q.id) == Some(&earlier.answer);
    if !q.raises_safety(&earlier.answer) || (same && !earlier.taken_back) {
        return Vec::new();
    }
    let first = (!same).then(|| EarlierAnswer {
        id: q.id.clone(),
        question: q.text.clone(),
        value: earlier.answer.to_json(),
        shown: q.shown(&earlier.answer, None),
        safety: Some(SafetyRole::Thoughts),
    });
    let with = earlier.with.iter().filter_map(|(id, a)| {
        let asked = bank.question(id).filter(|_| answers.get(id) != Some(a))?;
        Some(EarlierAnswer {
            id: asked.id.clone(),
            question: asked.text.clone(),
            value: a.to_json(),
            shown: asked.shown(a, None),
            safety: bank.about_safety(asked).then_some(SafetyRole::RightNow),
        })
    });
    first.into_iter().chain(with).collect()
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use crate::answer::{Answer, Earlier};
    use crate::answers::Answers;
    use crate::bank::Bank;
    use crate::record::Record;

    fn built(bank: &Bank, answers: &Answers, earlier: &str) -> Record {
        let earlier = Earlier {
            answer: Answer::Choice(earlier.into()),
            given: Some(DateTime::parse_from_rfc3339("2026-11-26T21:05:00-05:00").unwrap()),
            with: {
                let mut with = Answers::default();
                with.insert("safety.now".into(), Answer::Choice("yes".into()));
                with
            },
            taken_back: false,
        };
        let noon = DateTime::parse_from_rfc3339("2026-11-27T12:00:00-05:00").unwrap();
        Record::build_after_break(bank, answers, Some(&earlier), noon)
    }

    #[test]
    fn an_earlier_no_or_the_same_answer_again_changes_nothing() {
        let bank = crate::fixtures::bank();
        let answers = crate::fixtures::example("first-episode");
        let plain = Record::build(bank, &answers, built(bank, &answers, "no").created);
        assert_eq!(built(bank, &answers, "no"), plain);
        let mut yes = answers.clone();
        yes.insert("safety.thoughts".into(), Answer::Choice("yes".into()));
        let flag = built(bank, &yes, "yes").safety_flag.unwrap();
        assert_eq!((flag.answer.as_str(), flag.asked_again), ("Yes", None));
    }

    #[test]
    fn an_earlier_yes_raises_the_flag_with_item_9_beside_it_and_the_answer_after() {
        let bank = crate::fixtures::bank();
        let mut answers = crate::fixtures::example("first-episode");
        answers.insert(
            "phq9.better_off_dead".into(),
            Answer::Choice("several_days".into()),
        );
        let flag = built(bank, &answers, "rather_not_say").safety_flag.unwrap();
        let safety = bank.question("safety.thoughts").unwrap();
        assert_eq!(flag.question, safety.text);
        assert_eq!(flag.answer, "I'd rather not say");
        let again = flag.asked_again.unwrap();
        assert_eq!(again.answer, "No");
        assert_eq!(
            again
                .earlier_given
                .as_ref()
                .map(crate::record::created::text),
            Some("2026-11-26T21:05:00-05:00".to_string())
        );
        assert!(
            again.said.starts_with("That answer was given before a break, on Thursday 26 November at 21:05. When asked again after the break, the answer was: No. "),
            "{}",
            again.said
        );
        // "Right now?" was not asked again after the "No": kept beside it.
        let now = bank.question("safety.now").unwrap();
        assert_eq!(again.with.len(), 1);
        assert_eq!(
            (
                again.with[0].question.as_str(),
                again.with[0].answer.as_str()
            ),
            (now.text.as_str(), "Yes")
        );
        assert!(again.said.contains(&now.text), "{}", again.said);
        // Item 9 raised the flag too: it stays beside it.
        let item9 = bank.question("phq9.better_off_dead").unwrap();
        assert_eq!(flag.also.len(), 1);
        assert_eq!(flag.also[0].question, item9.text);
        assert_eq!(flag.also[0].answer, "Several days");
    }
}
