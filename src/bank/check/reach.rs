//! Symmetry by construction: for each value question, what any one answer can
//! give each way; the most reachable score each way is their sum. A rules file
//! whose two sides differ, or where two rules count for one answer, is refused.

use crate::answer::{Answer, Answers};
use crate::bank::rules::{Reach, Rule};
use crate::bank::{Kind, Problem, Question};

const FILE: &str = "rules.json";

/// Every answer a value question can be given, with its words.
fn every_answer(q: &Question) -> Option<Vec<(Answer, String)>> {
    match &q.kind {
        Kind::Single { options } => Some(
            options
                .iter()
                .map(|o| (Answer::Choice(o.id.clone()), o.id.clone()))
                .collect(),
        ),
        Kind::YesNo => Some(vec![
            (Answer::YesNo(true), "yes".into()),
            (Answer::YesNo(false), "no".into()),
        ]),
        Kind::Scale { min, max, .. } => Some(
            (*min..=*max)
                .map(|n| (Answer::Scale(n), n.to_string()))
                .collect(),
        ),
        _ => None,
    }
}

/// The strongest weight any one answer gives one way, and the rules that
/// gave it.
#[derive(Default)]
struct Strongest<'a> {
    weight: i32,
    rules: Vec<&'a str>,
}

impl Strongest<'_> {
    fn named(&self) -> String {
        if self.rules.is_empty() {
            "no rule".to_string()
        } else {
            self.rules.join(", ")
        }
    }
}

/// The most reachable score toward short-term (negative) and long-term, with
/// a problem for every unmatched pair and every answer two rules count for.
pub fn check(rules: &[Rule], questions: &[Question], found: &mut Vec<Problem>) -> Reach {
    let mut reach = Reach::default();
    let mut unmatched: Vec<String> = Vec::new();
    let mut read: Vec<&str> = rules
        .iter()
        .flat_map(|r| r.when.iter().map(|c| c.question.as_str()))
        .collect();
    read.sort_unstable();
    read.dedup();
    for id in read {
        let Some(q) = questions.iter().find(|q| q.id == id) else {
            continue;
        };
        let Some(answers) = every_answer(q) else {
            found.push(Problem::new(
                FILE,
                &format!("question {id}"),
                "rules may read only a single choice, yes/no or rating question".into(),
            ));
            continue;
        };
        let on_q: Vec<&Rule> = rules
            .iter()
            .filter(|r| r.when.iter().any(|c| c.question == id))
            .collect();
        let (short, long) = strongest_each_way(id, &on_q, answers, found);
        if -short.weight != long.weight {
            let rules_named = format!("{} against {}", short.named(), long.named());
            found.push(Problem::new(
                FILE,
                &format!("question {id}"),
                format!(
                    "the two sides are not matched: at most {} toward short-term ({}) but {:+} toward long-term ({}); give each side the same largest weight",
                    short.weight,
                    short.named(),
                    long.weight,
                    long.named()
                ),
            ));
            unmatched.push(rules_named);
        }
        reach.toward_short += short.weight;
        reach.toward_long += long.weight;
    }
    if -reach.toward_short != reach.toward_long {
        found.push(Problem::new(
            FILE,
            "rules",
            format!(
                "the most reachable score is {} toward short-term but {:+} toward long-term; they must be equal (unmatched: {})",
                reach.toward_short,
                reach.toward_long,
                unmatched.join("; ")
            ),
        ));
    }
    reach
}

/// The strongest weight any one answer to `id` gives each way, with a problem
/// for every answer that two rules count for.
fn strongest_each_way<'a>(
    id: &str,
    on_q: &[&'a Rule],
    answers: Vec<(Answer, String)>,
    found: &mut Vec<Problem>,
) -> (Strongest<'a>, Strongest<'a>) {
    let mut short = Strongest::default();
    let mut long = Strongest::default();
    for (answer, words) in answers {
        let mut given = Answers::default();
        given.insert(id.to_string(), answer);
        let firing: Vec<&Rule> = on_q
            .iter()
            .copied()
            .filter(|r| r.when.iter().all(|c| c.holds(&given)))
            .collect();
        if firing.len() > 1 {
            let names: Vec<&str> = firing.iter().map(|r| r.id.as_str()).collect();
            found.push(Problem::new(
                FILE,
                &format!("rule {}", names[0]),
                format!(
                    "the rules {} all count for the answer \"{words}\" of {id}; each answer may count once",
                    names.join(", ")
                ),
            ));
        }
        let weight: i32 = firing.iter().map(|r| r.weight).sum();
        let rules = firing.iter().map(|r| r.id.as_str()).collect();
        if weight < short.weight {
            short = Strongest { weight, rules };
        } else if weight > long.weight {
            long = Strongest { weight, rules };
        }
    }
    (short, long)
}
