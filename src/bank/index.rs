//! Finding a question by its id at once, rather than by reading the whole
//! bank: with every lookup a walk through the bank, a bank of n questions
//! took n times n steps to read an answers file, weigh it and record it.
//! The same for the PHQ-9 item that can raise the safety flag, asked about
//! on every question shown. Made on the first use and checked on every one,
//! so a bank changed after that (tests change copies) is still answered
//! truly, by reading it all as before.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{Question, Section};

/// Where each question sits: its section and its place in that section.
#[derive(Debug, Clone, Default)]
pub struct Index(OnceLock<Places>);

#[derive(Debug, Clone)]
struct Places {
    by_id: HashMap<String, (usize, usize)>,
    /// The questions with `flags_safety_above` (PHQ-9 item 9).
    flagging: Vec<(usize, usize)>,
    /// How many questions the bank had when this was made.
    count: usize,
}

fn at(sections: &[Section], (s, k): (usize, usize)) -> Option<&Question> {
    sections.get(s)?.questions.get(k)
}

impl Index {
    fn places(&self, sections: &[Section]) -> &Places {
        self.0.get_or_init(|| {
            let mut by_id = HashMap::new();
            let mut flagging = Vec::new();
            let mut count = 0;
            for (s, section) in sections.iter().enumerate() {
                for (k, q) in section.questions.iter().enumerate() {
                    // The first of two with one id, as a walk through the bank finds.
                    by_id.entry(q.id.clone()).or_insert((s, k));
                    if q.flags_safety_above.is_some() {
                        flagging.push((s, k));
                    }
                    count += 1;
                }
            }
            Places {
                by_id,
                flagging,
                count,
            }
        })
    }

    /// The question with this id, if the bank has one.
    pub fn find<'a>(&self, sections: &'a [Section], id: &str) -> Option<&'a Question> {
        let places = self.places(sections);
        if let Some(&place) = places.by_id.get(id)
            && let Some(q) = at(sections, place)
            && q.id == id
        {
            return Some(q);
        }
        // Not where the index says: the bank was changed since it was made.
        sections
            .iter()
            .flat_map(|section| &section.questions)
            .find(|q| q.id == id)
    }

    /// The questions that can raise the safety flag by their answer's points.
    pub fn flagging<'a>(&self, sections: &'a [Section]) -> Vec<&'a Question> {
        let places = self.places(sections);
        let count: usize = sections.iter().map(|s| s.questions.len()).sum();
        let found: Vec<&Question> = places
            .flagging
            .iter()
            .filter_map(|&place| at(sections, place))
            .filter(|q| q.flags_safety_above.is_some())
            .collect();
        if count == places.count && found.len() == places.flagging.len() {
            return found;
        }
        sections
            .iter()
            .flat_map(|section| &section.questions)
            .filter(|q| q.flags_safety_above.is_some())
            .collect()
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_bank_changed_after_a_lookup_is_still_answered_truly() {
        let mut bank = crate::fixtures::bank().clone();
        for (_, q) in bank.questions() {
            assert_eq!(bank.question(&q.id).unwrap().id, q.id);
        }
        assert!(bank.question("no.such").is_none());
        let flagging: Vec<String> = bank
            .index
            .flagging(&bank.sections)
            .iter()
            .map(|q| q.id.clone())
            .collect();
        assert_eq!(flagging, ["phq9.better_off_dead"], "the PHQ-9 item 9");
        // A question moved to the front and another added: the index made
        // before is out of date, and is not trusted.
        let mut extra = bank.question("phq9.better_off_dead").unwrap().clone();
        extra.id = "phq9.again".into();
        let moved = bank.sections[3].questions.remove(2);
        bank.sections[0].questions.insert(0, moved.clone());
        bank.sections[0].questions.push(extra);
        assert_eq!(bank.question(&moved.id).unwrap().id, moved.id);
        assert_eq!(bank.question("phq9.again").unwrap().id, "phq9.again");
        assert_eq!(bank.index.flagging(&bank.sections).len(), 2);
    }
}
