//! The walk through the bank: sections in order, conditions, back, the review
//! screen and changes made from it. It knows nothing of how questions are drawn.

use std::collections::HashSet;

use super::{Context, Prompter, Reply, ReviewLine, ReviewPick, Stop, pages};
use crate::answers::{Answer, Answers, SKIPPED};
use crate::bank::{Bank, Question};

/// Walk a person through the bank, starting from the answers given (they are
/// offered again), and return the answers once they finish the review.
pub fn walk(bank: &Bank, prompter: &mut dyn Prompter, start: Answers) -> Result<Answers, Stop> {
    prompter.show(&pages::opening(bank))?;
    let list: Vec<(usize, &Question)> = bank.questions().collect();
    let mut answers = start;
    let mut asked: HashSet<String> = HashSet::new();
    let mut history: Vec<usize> = Vec::new();
    let mut entered: Option<usize> = None;
    let mut fixing = false;
    let mut i = 0;
    loop {
        while i < list.len() {
            let q = list[i].1;
            if !bank.is_shown(q, &answers) || (fixing && asked.contains(&q.id)) {
                i += 1;
            } else {
                break;
            }
        }
        if i >= list.len() {
            answers = bank.without_hidden(&answers);
            let (lines, places) = review_lines(bank, &list, &answers);
            match prompter.review(&lines)? {
                ReviewPick::Finish => return Ok(answers),
                ReviewPick::Change(_) if places.is_empty() => return Ok(answers),
                ReviewPick::Change(k) => {
                    i = places[k.min(places.len() - 1)];
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
            .filter(|&k| bank.is_shown(list[k].1, &answers))
            .collect();
        let context = Context {
            section_number: s + 1,
            section_count: bank.sections.len(),
            section_title: &bank.sections[s].title,
            question_number: shown.iter().filter(|&&k| k <= i).count(),
            question_count: shown.len(),
            current: answers.get(&q.id),
            money_symbol: bank.money_symbol(q, &answers),
            can_go_back: !history.is_empty() || fixing,
        };
        match prompter.ask(q, &context)? {
            Reply::Answer(answer) => {
                let answer = q.tidy(answer);
                if q.check(&answer).is_err() {
                    continue;
                }
                answers.insert(q.id.clone(), answer.clone());
                asked.insert(q.id.clone());
                if q.safety && answer == Answer::YesNo(true) {
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
                answers.remove(&q.id);
                asked.insert(q.id.clone());
                history.push(i);
                i += 1;
            }
            Reply::Back => match history.pop() {
                Some(previous) => i = previous,
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
