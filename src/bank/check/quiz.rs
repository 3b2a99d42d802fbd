//! Checking the knowledge check (the questions of the score "knowledge"): two
//! or three items, each asking after which option something happened, whose
//! right answers name both options, so no option is only ever the right one.

use crate::answer::Answer;
use crate::bank::evidence::Evidence;
use crate::bank::{Kind, Question};

/// The score whose questions are the knowledge check.
const KNOWLEDGE: &str = "knowledge";
const FEWEST: usize = 2;
const MOST: usize = 3;

/// What is wrong with the knowledge check, each with the question's id or
/// "scores.knowledge" as its place.
pub fn problems<'a>(
    questions: impl Iterator<Item = &'a Question>,
    evidence: &Evidence,
) -> Vec<(String, String)> {
    let items: Vec<&Question> = questions
        .filter(|q| q.score.as_ref().is_some_and(|s| s.group == KNOWLEDGE))
        .collect();
    let mut found = Vec::new();
    if items.is_empty() {
        return found;
    }
    let place = format!("scores.{KNOWLEDGE}");
    if !(FEWEST..=MOST).contains(&items.len()) {
        found.push((
            place.clone(),
            format!(
                "the knowledge check has {} questions; it needs {FEWEST} to {MOST}",
                items.len()
            ),
        ));
    }
    let options: Vec<&str> = evidence.options.iter().map(|o| o.id.as_str()).collect();
    let mut right = Vec::new();
    for q in &items {
        let offers_both = matches!(&q.kind, Kind::Single { options: offered }
            if options.iter().all(|o| offered.iter().any(|c| c.id == *o)));
        if !offers_both {
            found.push((
                q.id.clone(),
                format!(
                    "a knowledge question is a single choice between the options ({})",
                    options.join(", ")
                ),
            ));
        }
        if let Some(Answer::Choice(c)) = q.score.as_ref().map(|s| &s.right) {
            right.push(c.as_str());
        }
    }
    for option in &options {
        if !right.contains(option) {
            found.push((
                place.clone(),
                format!("no knowledge question has \"{option}\" as its right answer; the right answers must name both options"),
            ));
        }
    }
    found
}
