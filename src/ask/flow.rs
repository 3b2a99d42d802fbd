//! The walk through the bank: sections in order, conditions, back, the review
//! screen and changes made from it, and picking up where a person stopped.
//! It knows nothing of how questions are drawn or where progress is kept.

use std::collections::BTreeSet;

use super::{Context, Prompter, Reply, ReviewLine, ReviewPick, Stop, pages};
use crate::answers::{Answer, Answers, SKIPPED};
use crate::bank::{Bank, Question};

/// How far a person has got: their answers, and every question they have
/// answered or chosen to skip.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Progress {
    pub answers: Answers,
    pub asked: BTreeSet<String>,
}

/// Walk a person through the bank from `progress` (empty for a new start; a
/// resumed walk asks only what was not yet asked). `keep` is told of every
/// change, to save it. Returns the answers once the person finishes the review.
pub fn walk(
    bank: &Bank,
    prompter: &mut dyn Prompter,
    progress: Progress,
    keep: &mut dyn FnMut(&Progress),
) -> Result<Answers, Stop> {
    let list: Vec<(usize, &Question)> = bank.questions().collect();
    let resuming = !progress.asked.is_empty();
    let mut p = progress;
    let mut history: Vec<usize> = Vec::new();
    // The last section whose intro was shown; a resumed walk has passed the
    // sections it already asked in.
    let mut entered: Option<usize> = list
        .iter()
        .filter(|(_, q)| p.asked.contains(&q.id))
        .map(|(s, _)| *s)
        .max();
    if !resuming {
        prompter.show(&pages::opening(bank))?;
    }
    let mut skip_asked = resuming;
    let mut fixing = false;
    let mut i = 0;
    loop {
        while i < list.len() {
            let q = list[i].1;
            if !bank.is_shown(q, &p.answers) || (skip_asked && p.asked.contains(&q.id)) {
                i += 1;
            } else {
                break;
            }
        }
        if i >= list.len() {
            p.answers = bank.without_hidden(&p.answers);
            let (lines, places) = review_lines(bank, &list, &p.answers);
            match prompter.review(&lines)? {
                ReviewPick::Finish => return Ok(p.answers),
                ReviewPick::Change(_) if places.is_empty() => return Ok(p.answers),
                ReviewPick::Change(k) => {
                    i = places[k.min(places.len() - 1)];
                    skip_asked = true;
                    fixing = true;
                    history.clear();
                }
            }
        }
        let (s, q) = list[i];
        if !fixing && entered.is_none_or(|e| e < s) {
            let section = &bank.sections[s];
            if let Some(page) = pages::section_intro(section) {
                prompter.show(&page)?;
            }
            if section.show_facts {
                for page in pages::facts(&bank.evidence) {
                    prompter.show(&page)?;
                }
            }
            entered = Some(s);
        }
        let shown: Vec<usize> = (0..list.len())
            .filter(|&k| bank.is_shown(list[k].1, &p.answers))
            .collect();
        let context = Context {
            section_number: s + 1,
            section_count: bank.sections.len(),
            section_title: &bank.sections[s].title,
            question_number: shown.iter().filter(|&&k| k <= i).count(),
            question_count: shown.len(),
            current: p.answers.get(&q.id),
            money_symbol: bank.money_symbol(q, &p.answers),
            can_go_back: !history.is_empty() || fixing,
        };
        match prompter.ask(q, &context)? {
            Reply::Answer(answer) => {
                let answer = q.tidy(answer);
                if q.check(&answer).is_err() {
                    continue;
                }
                p.answers.insert(q.id.clone(), answer.clone());
                p.asked.insert(q.id.clone());
                keep(&p);
                if q.safety && answer == Answer::YesNo(true) {
                    prompter.show(&pages::crisis(&bank.evidence))?;
                }
                // PHQ-9 item 9 above "Not at all": the safety page at once,
                // unless the safety question already showed it.
                if q.raises_safety(&answer) && !bank.safety_said_yes(&p.answers) {
                    prompter.show(&pages::crisis(&bank.evidence))?;
                }
                if let (Some((group, correct)), Some(text)) = (&q.score, &q.feedback)
                    && let Some(group) = bank.score_group(group)
                {
                    prompter.show(&pages::feedback(group, &answer == correct, text))?;
                }
                history.push(i);
                i += 1;
            }
            Reply::Skip => {
                if q.required {
                    continue;
                }
                p.answers.remove(&q.id);
                p.asked.insert(q.id.clone());
                keep(&p);
                history.push(i);
                i += 1;
            }
            Reply::Back => match history.pop() {
                Some(previous) => {
                    i = previous;
                    // Going back shows the question again, even when resuming.
                    skip_asked = fixing;
                }
                None if fixing => i = list.len(),
                None => {}
            },
        }
    }
}

/// One line per question shown, with where it sits in the list.
fn review_lines(
    bank: &Bank,
    list: &[(usize, &Question)],
    answers: &Answers,
) -> (Vec<ReviewLine>, Vec<usize>) {
    let mut lines = Vec::new();
    let mut places = Vec::new();
    for (k, (_, q)) in list.iter().enumerate() {
        if !bank.is_shown(q, answers) {
            continue;
        }
        let answer = match answers.get(&q.id) {
            Some(a) => q.shown(a, bank.money_symbol(q, answers)),
            None => SKIPPED.to_string(),
        };
        lines.push(ReviewLine {
            question: q.text.clone(),
            answer,
        });
        places.push(k);
    }
    (lines, places)
}
