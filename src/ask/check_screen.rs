//! The check screen's lines, short for a tired reader: the safety answers
//! first, each on its own line (the safety question, "right now", PHQ-9 item
//! 9); then one line an answer, except that an optional block once taken
//! (the PHQ-9, the story questions) is one line, with how many answers it
//! holds and its score, and changing it walks the block again. Pure.

use crate::answers::{Answers, SKIPPED};
use crate::bank::{Bank, Question};
use crate::text::fill;

use super::ReviewLine;

/// What changing a line of the check screen asks again: one question, or a
/// block (its offer and every question after it in its section), by places
/// in the walk's list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Changes {
    One(usize),
    Block { from: usize, to: usize },
}

impl Changes {
    /// The first question it asks.
    pub(super) fn first(self) -> usize {
        match self {
            Changes::One(k) | Changes::Block { from: k, .. } => k,
        }
    }

    /// Whether question `k` is asked again by it.
    pub(super) fn holds(self, k: usize) -> bool {
        match self {
            Changes::One(one) => one == k,
            Changes::Block { from, to } => (from..to).contains(&k),
        }
    }
}

/// The lines of the check screen, each with what changing it asks again.
/// `shown` says whether the question at a place in `list` is shown.
pub(super) fn check_lines(
    bank: &Bank,
    list: &[(usize, &Question)],
    answers: &Answers,
    shown: &dyn Fn(usize) -> bool,
) -> Vec<(ReviewLine, Changes)> {
    let about_safety = |q: &Question| bank.about_safety(q) || q.flags_safety_above.is_some();
    let mut lines: Vec<(ReviewLine, Changes)> = (0..list.len())
        .filter(|&k| shown(k) && about_safety(list[k].1))
        .map(|k| (one_line(bank, list[k].1, answers), Changes::One(k)))
        .collect();
    let mut k = 0;
    while k < list.len() {
        if let Some(to) = block_from(bank, list, k, shown) {
            lines.push((
                block_line(bank, list, k, to, answers, shown),
                Changes::Block { from: k, to },
            ));
            k = to;
            continue;
        }
        let q = list[k].1;
        if shown(k) && !about_safety(q) {
            lines.push((one_line(bank, q, answers), Changes::One(k)));
        }
        k += 1;
    }
    lines
}

/// Where the block that opens at place `k` ends, when `k` offers a block
/// the person took (a question after the offer is shown).
fn block_from(
    bank: &Bank,
    list: &[(usize, &Question)],
    k: usize,
    shown: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let s = list[k].0;
    let opens = k == 0 || list[k - 1].0 != s;
    if !(bank.sections[s].one_line_on_check && opens && shown(k)) {
        return None;
    }
    let to = (k..list.len())
        .find(|&j| list[j].0 != s)
        .unwrap_or(list.len());
    (k + 1..to).any(shown).then_some(to)
}

/// One question and its answer, as given (or skipped).
fn one_line(bank: &Bank, q: &Question, answers: &Answers) -> ReviewLine {
    let answer = match answers.get(&q.id) {
        Some(a) => q.shown(a, bank.money_symbol(q, answers)),
        None => SKIPPED.to_string(),
    };
    line(q, &answer)
}

/// The block in one line: its offer's answer, how many answers it holds,
/// and its score when its answers add up to one (the PHQ-9).
fn block_line(
    bank: &Bank,
    list: &[(usize, &Question)],
    from: usize,
    to: usize,
    answers: &Answers,
    shown: &dyn Fn(usize) -> bool,
) -> ReviewLine {
    let words = &bank.screen_words.check;
    let offer = list[from].1;
    let inside: Vec<&Question> = (from + 1..to)
        .filter(|&j| shown(j))
        .map(|j| list[j].1)
        .collect();
    let answered = inside
        .iter()
        .filter(|q| answers.get(&q.id).is_some())
        .count();
    let count = if answered == 1 {
        words.one_answer.clone()
    } else {
        fill(&words.answers, &[("count", &answered.to_string())])
    };
    let given = match answers.get(&offer.id) {
        Some(a) => offer.shown(a, None),
        None => SKIPPED.to_string(),
    };
    let summed: Vec<&&Question> = inside.iter().filter(|q| q.sums_into.is_some()).collect();
    let answer = if summed.is_empty() {
        fill(&words.block, &[("answer", &given), ("answers", &count)])
    } else {
        let score: u32 = summed
            .iter()
            .filter_map(|q| answers.get(&q.id).and_then(|a| q.points(a)))
            .sum();
        let out_of: u32 = summed
            .iter()
            .map(|q| {
                q.kind
                    .options()
                    .iter()
                    .filter_map(|o| o.points)
                    .max()
                    .unwrap_or(0)
            })
            .sum();
        fill(
            &words.block_score,
            &[
                ("answer", &given),
                ("answers", &count),
                ("score", &score.to_string()),
                ("out_of", &out_of.to_string()),
            ],
        )
    };
    line(offer, &answer)
}

/// The one neutraliser, as plain mode and review use: an answer kept from
/// before a break (a pasted note) can hold escapes.
fn line(q: &Question, answer: &str) -> ReviewLine {
    ReviewLine {
        question: crate::text::neutral(q.short.as_deref().unwrap_or(&q.text)),
        answer: crate::text::neutral(answer),
    }
}
