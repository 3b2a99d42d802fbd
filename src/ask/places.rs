//! What the walk knows of the bank's list before it starts, so that each
//! question is asked without reading the whole list again: where each
//! section starts, which questions are always shown (those with no
//! condition) and how many come before each place, and where the "right
//! now" question is. Counting "question 12 of 30" then reads only the
//! questions that have a condition; a bank of n questions no longer takes
//! n times n steps to walk.

use crate::bank::{Bank, Question};

#[derive(Debug, Clone)]
pub struct Places {
    /// For each place i, how many questions before it have no condition.
    always_before: Vec<usize>,
    /// The places of the questions shown only on a condition.
    conditional: Vec<usize>,
    /// For each section, the first place in the list that is in it.
    section_start: Vec<usize>,
    /// Where the "right now" question is, if the bank has one.
    pub right_now: Option<usize>,
    /// The places of the questions that ask a money question's money
    /// ("Which money?"): not asked once a sign typed with an amount named it.
    pub money: Vec<usize>,
}

impl Places {
    pub fn of(bank: &Bank, list: &[(usize, &Question)]) -> Places {
        let mut always_before = Vec::with_capacity(list.len() + 1);
        let mut always = 0;
        let mut conditional = Vec::new();
        let mut section_start = vec![list.len(); bank.sections.len()];
        for (i, (s, q)) in list.iter().enumerate() {
            always_before.push(always);
            match q.show_if {
                None => always += 1,
                Some(_) => conditional.push(i),
            }
            if let Some(start) = section_start.get_mut(*s) {
                *start = (*start).min(i);
            }
        }
        always_before.push(always);
        let mut money: Vec<usize> = list
            .iter()
            .filter_map(|(_, q)| bank.currency_of(q))
            .filter_map(|c| list.iter().position(|(_, q)| q.id == c.id))
            .collect();
        money.sort_unstable();
        money.dedup();
        Places {
            always_before,
            conditional,
            section_start,
            right_now: list.iter().position(|(_, q)| bank.is_right_now(q)),
            money,
        }
    }

    /// How many questions are shown up to place `i` (itself included), and
    /// how many in all, given which conditional ones are shown.
    pub fn count(&self, i: usize, shown: impl Fn(usize) -> bool) -> (usize, usize) {
        let (mut upto, mut all) = (
            self.always_before[i + 1],
            self.always_before[self.always_before.len() - 1],
        );
        for &k in self.conditional.iter().filter(|&&k| shown(k)) {
            all += 1;
            if k <= i {
                upto += 1;
            }
        }
        (upto, all)
    }

    /// The first place of section `s` (the places before `i` in its section
    /// start here).
    pub fn section_start(&self, s: usize) -> usize {
        self.section_start.get(s).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Answers};

    /// The count agrees with reading every question, whatever is answered.
    #[test]
    fn the_count_is_the_same_as_reading_every_question() {
        let bank = crate::fixtures::bank();
        let list: Vec<(usize, &Question)> = bank.questions().collect();
        let places = Places::of(bank, &list);
        let mut answers = Answers::default();
        let mut some_hidden = false;
        for step in 0..3 {
            if step == 1 {
                answers.insert("phq9.offer".into(), Answer::YesNo(true));
                answers.insert("situation.offer".into(), Answer::YesNo(true));
            }
            if step == 2 {
                answers.insert("safety.thoughts".into(), Answer::Choice("yes".into()));
            }
            let shown = |k: usize| bank.is_shown(list[k].1, &answers);
            some_hidden |= (0..list.len()).any(|k| !shown(k));
            let all = (0..list.len()).filter(|&k| shown(k)).count();
            for i in 0..list.len() {
                let upto = (0..=i).filter(|&k| shown(k)).count();
                assert_eq!(
                    places.count(i, shown),
                    (upto, all),
                    "step {step}, place {i}"
                );
            }
        }
        assert!(some_hidden);
        for (i, (s, _)) in list.iter().enumerate() {
            assert!(places.section_start(*s) <= i);
            assert_eq!(list[places.section_start(*s)].0, *s);
        }
        assert_eq!(
            places.right_now,
            list.iter().position(|(_, q)| bank.is_right_now(q))
        );
        assert!(places.right_now.is_some());
    }
}
