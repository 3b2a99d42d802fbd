//! The person's answers in the summary: which go where. The ratings stand on
//! their own ("what matters most"); answers that count toward a score or are
//! the person's own words are shown with those instead.

use super::parts::{Answered, Labelled, MissedLine, ScorePart};
use crate::record::{AnswerKind, Record, RecordAnswer};
use crate::text::fill;

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

/// A section's title and the answers of it that the summary lists.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerSection<'a> {
    pub title: &'a str,
    pub answers: Vec<&'a RecordAnswer>,
}

/// The other answers, by section, leaving out ratings, scored answers, free
/// text and what the box for the clinician already shows.
pub fn answer_sections(record: &Record) -> Vec<AnswerSection<'_>> {
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
            AnswerSection {
                title: s.title.as_str(),
                answers,
            }
        })
        .filter(|section| !section.answers.is_empty())
        .collect()
}

fn shown(answers: &[&RecordAnswer]) -> Vec<Labelled> {
    answers
        .iter()
        .map(|a| Labelled {
            label: a.question.clone(),
            text: a.shown.clone(),
        })
        .collect()
}

/// The ratings under their heading, in records from banks that had them.
pub(super) fn rated(record: &Record) -> Option<Answered> {
    let rated = ratings(record);
    (!rated.is_empty()).then(|| Answered {
        title: record.evidence.summary.ratings.clone(),
        answers: shown(&rated),
    })
}

pub(super) fn sections(record: &Record) -> Vec<Answered> {
    answer_sections(record)
        .into_iter()
        .map(|section| Answered {
            title: section.title.to_string(),
            answers: shown(&section.answers),
        })
        .collect()
}

/// Each score with its heading, its flag and the questions that missed a point.
pub(super) fn scores(record: &Record) -> Vec<ScorePart> {
    let said = &record.evidence.summary;
    record
        .scores
        .iter()
        .map(|score| ScorePart {
            heading: fill(
                &said.score,
                &[
                    ("title", &score.title),
                    ("points", &score.points.to_string()),
                    ("out_of", &score.out_of.to_string()),
                ],
            ),
            flag: score.flag.as_ref().map(|flag| Labelled {
                label: said.flag.clone(),
                text: flag.clone(),
            }),
            missed: score
                .missed
                .iter()
                .map(|m| MissedLine {
                    question: m.question.clone(),
                    answer: fill(&said.answer, &[("answer", &m.answer)]),
                    note: m.note.clone(),
                })
                .collect(),
        })
        .collect()
}

/// What the person wrote in their own words, under its heading.
pub(super) fn own_words(record: &Record) -> Option<Answered> {
    (!record.own_words.is_empty()).then(|| Answered {
        title: record.assessment.words.own_questions.clone(),
        answers: record
            .own_words
            .iter()
            .map(|w| Labelled {
                label: w.question.clone(),
                text: w.text.clone(),
            })
            .collect(),
    })
}
