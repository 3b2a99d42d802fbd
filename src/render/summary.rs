//! What the Markdown and HTML summaries share: which answers go where. The
//! ratings stand on their own ("what matters most"); answers that count toward
//! a score or are the person's own words are shown with those instead.

use crate::record::{AnswerKind, Record, RecordAnswer};

/// The 0-10 ratings, the highest first (ties keep the bank's order).
pub fn ratings(record: &Record) -> Vec<&RecordAnswer> {
    let mut found: Vec<&RecordAnswer> = record
        .sections
        .iter()
        .flat_map(|s| s.answers.iter())
        .filter(|a| a.kind == AnswerKind::Scale)
        .collect();
    found.sort_by_key(|a| std::cmp::Reverse(a.value.as_u64().unwrap_or(0)));
    found
}

/// The other answers, by section, leaving out ratings, scored answers, free
/// text and what the box for the clinician already shows.
pub fn answer_sections(record: &Record) -> Vec<(&str, Vec<&RecordAnswer>)> {
    let in_box = |id: &str| {
        record
            .clinician
            .as_ref()
            .is_some_and(|b| b.shows.iter().any(|s| s == id))
    };
    record
        .sections
        .iter()
        .map(|s| {
            let answers: Vec<&RecordAnswer> = s
                .answers
                .iter()
                .filter(|a| {
                    !matches!(a.kind, AnswerKind::Scale | AnswerKind::Text)
                        && a.score.is_none()
                        && !in_box(&a.id)
                })
                .collect();
            (s.title.as_str(), answers)
        })
        .filter(|(_, answers)| !answers.is_empty())
        .collect()
}
