//! The record: the one thing saved after a run. It holds everything needed to
//! render every format again without the bank that made it. Pure: the time is
//! passed in.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::answer::Earlier;
use crate::answers::{Answer, Answers};
use crate::bank::{Bank, Evidence, Kind, Question, ScoreGroup, Section};
use crate::weigh::{Assessment, weigh};

mod clinician;
pub mod created;
mod earlier;
mod kind;
mod phq9;
mod safety_line;
mod safety_said;
mod wording;

pub use clinician::{BoxLine, ClinicianBox};
pub use earlier::AskedAgain;
pub use kind::AnswerKind;
pub use phq9::{Item, Phq9, band_of};
pub use safety_said::{Column, Given, SafetyRole, SafetySaid, Said};
pub use wording::{AnswerWords, BarrierWords, Named, Wording};

/// Bumped whenever a reader of an older record would misread a newer one.
/// Version 2 added the label, the PHQ-9, the box for the clinician and the
/// answers beside a safety flag. Version 3 keeps the assessment's barriers,
/// changes, clinician questions and confidence as facts (ids and figures)
/// with the bank's words for them apart, in `wording`, where versions 1 and
/// 2 kept the sentences; those records still open and read as they did.
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema_version: u32,
    pub tool: Tool,
    pub bank: BankInfo,
    /// When the summary was made, with its UTC offset; written RFC 3339 to
    /// the second.
    #[serde(with = "created")]
    pub created: DateTime<FixedOffset>,
    /// Set when the person said yes, or rather not say, to the safety
    /// question, or a PHQ-9 item 9 above "Not at all" raised it.
    pub safety_flag: Option<SafetyFlag>,
    /// Earlier answers to the safety question (and "right now") that were
    /// later taken back, each kept as an answer of its own: never lost, and
    /// never a second answer to the same question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_answers: Vec<EarlierAnswer>,
    /// The name, initials or clinic number the person put on the summary.
    /// Never in an export or a file name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The box for the clinician, first on page one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clinician: Option<ClinicianBox>,
    /// The PHQ-9, when the person chose to answer it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phq9: Option<Phq9>,
    pub sections: Vec<RecordSection>,
    pub scores: Vec<Score>,
    /// How the answers weigh toward short-term or long-term, with every reason.
    pub assessment: Assessment,
    /// The bank's words for the assessment's facts (schema 3 on).
    #[serde(default, skip_serializing_if = "Wording::is_empty")]
    pub wording: Wording,
    /// What the person wrote in their own words (free-text answers).
    pub own_words: Vec<OwnWords>,
    /// The facts, sources, crisis lines and about-text the person was shown.
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BankInfo {
    pub id: String,
    pub version: String,
    pub url: String,
    pub title: String,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SafetyFlag {
    /// The question whose answer raised the flag, and that answer.
    pub question: String,
    pub answer: String,
    /// Set when that answer was given before a break and the question, asked
    /// again after it, got a different answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked_again: Option<AskedAgain>,
    /// Other answers about self-harm given beside it (PHQ-9 item 9 after a "yes").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<SafetyAnswer>,
    /// Every safety answer as given, in one line ("Thoughts of death,
    /// self-harm or suicide: yes (self-reported); right now: yes."), as the
    /// alert and the clinician's box say it. Older records lack it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub said: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SafetyAnswer {
    pub question: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordSection {
    pub id: String,
    pub title: String,
    pub answers: Vec<RecordAnswer>,
}

/// One answer as it was asked and shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordAnswer {
    pub id: String,
    pub question: String,
    pub kind: AnswerKind,
    /// The value as written in an answers file.
    pub value: Value,
    /// The answer in words.
    pub shown: String,
    /// The words of each option picked, in order (multiple choice only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shown_each: Vec<String>,
    /// The answer's code in a published measure (LOINC, for the PHQ-9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loinc: Option<String>,
    /// The score this answer counts toward, if any (the knowledge check...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<String>,
    /// Which safety answer this is (the safety question, "right now", PHQ-9
    /// item 9), so the flag can be read from the answers themselves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety: Option<SafetyRole>,
}

/// An answer to the safety question (or "right now") given and later taken
/// back, in the same sitting or before a break.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EarlierAnswer {
    pub id: String,
    pub question: String,
    /// The value as written in an answers file.
    pub value: Value,
    /// The answer in words.
    pub shown: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety: Option<SafetyRole>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub id: String,
    pub title: String,
    pub points: u32,
    pub out_of: u32,
    /// The score under which it is flagged, for scores that can be.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag_below: Option<u32>,
    /// Set when the score is under the bank's threshold; says what may help.
    pub flag: Option<String>,
    /// The questions that did not earn a point, with what to know.
    pub missed: Vec<Missed>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Missed {
    pub question: String,
    pub answer: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnWords {
    pub id: String,
    pub question: String,
    pub text: String,
}

impl Record {
    /// When the summary was made, as the record writes it.
    pub fn created_text(&self) -> String {
        created::text(&self.created)
    }

    /// Build the record from a bank and answers already checked against it.
    pub fn build(bank: &Bank, answers: &Answers, created: DateTime<FixedOffset>) -> Record {
        Record::build_after_break(bank, answers, None, created)
    }

    /// Build the record, keeping a yes (or rather not say) to the safety
    /// question given before a break when the answer after it differs.
    pub fn build_after_break(
        bank: &Bank,
        answers: &Answers,
        earlier: Option<&Earlier>,
        created: DateTime<FixedOffset>,
    ) -> Record {
        let answers = bank.without_hidden(answers);
        let label = label_given(bank, &answers);
        let mut safety_flag = safety_flag_raised(bank, &answers);
        let own_words = own_words(bank, &answers);
        let sections = sections_answered(bank, &answers);
        let scores = quiz_scores(bank, &answers);
        let mut earlier_answers = Vec::new();
        if let Some(earlier) = earlier {
            earlier::keep(bank, &answers, earlier, &mut safety_flag);
            earlier_answers = earlier::answers(bank, &answers, earlier);
        }
        if let Some(flag) = &mut safety_flag {
            flag.said = safety_line_said(bank, &answers, earlier, flag);
        }
        let assessment = weigh(bank, &answers);
        let phq9 = phq9::score(bank, &answers);
        let clinician = clinician::build(
            bank,
            &answers,
            clinician::Parts {
                safety: safety_flag.as_ref(),
                phq9: phq9.as_ref(),
                scores: &scores,
                assessment: &assessment,
                label: label.as_deref(),
            },
        );
        Record {
            schema_version: SCHEMA_VERSION,
            tool: Tool {
                name: env!("CARGO_PKG_NAME").to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
            },
            bank: BankInfo {
                id: bank.id.clone(),
                version: bank.version.clone(),
                url: bank.url.clone(),
                title: bank.title.clone(),
                hash: bank.hash.clone(),
            },
            created,
            safety_flag,
            earlier_answers,
            label,
            clinician,
            phq9,
            sections,
            scores,
            wording: Wording::of(bank, &assessment),
            assessment,
            own_words,
            evidence: bank.evidence.clone(),
        }
    }
}

/// Every answered question, section by section, in the bank's order; the
/// question asking for the person's label for the summary is left out.
fn answered<'a>(bank: &'a Bank, answers: &'a Answers) -> Vec<(&'a Question, &'a Answer)> {
    bank.sections
        .iter()
        .flat_map(|section| answers_in(bank, section, answers))
        .collect()
}

/// The answered questions of one section, the label question left out.
fn answers_in<'a>(
    bank: &'a Bank,
    section: &'a Section,
    answers: &'a Answers,
) -> Vec<(&'a Question, &'a Answer)> {
    let label_question = bank.clinician.as_ref().and_then(|c| c.label.as_ref());
    section
        .questions
        .iter()
        .filter(|q| label_question != Some(&q.id))
        .filter_map(|q| answers.get(&q.id).map(|answer| (q, answer)))
        .collect()
}

/// The label the person gave the summary, if they typed one. It stays out of
/// the answers, and so out of every export.
fn label_given(bank: &Bank, answers: &Answers) -> Option<String> {
    let label_question = bank.clinician.as_ref().and_then(|c| c.label.as_ref())?;
    let mut label = None;
    for section in &bank.sections {
        for q in section.questions.iter().filter(|q| &q.id == label_question) {
            if let Some(Answer::Text(text)) = answers.get(&q.id)
                && !crate::text::blank(text)
            {
                label = Some(text.trim().to_string());
            }
        }
    }
    label
}

/// The safety flag, if an answer raises it: the safety question's answer
/// first, with the other answers that raise it beside it.
fn safety_flag_raised(bank: &Bank, answers: &Answers) -> Option<SafetyFlag> {
    let mut safety_flag: Option<SafetyFlag> = None;
    for (q, answer) in answered(bank, answers) {
        if !q.raises_safety(answer) {
            continue;
        }
        let shown = q.shown(answer, bank.money_symbol(q, answers));
        match &mut safety_flag {
            Some(flag) if !q.safety => flag.also.push(SafetyAnswer {
                question: q.text.clone(),
                answer: shown,
            }),
            Some(_) => {}
            None => {
                safety_flag = Some(SafetyFlag {
                    question: q.text.clone(),
                    answer: shown,
                    asked_again: None,
                    also: Vec::new(),
                    said: String::new(),
                })
            }
        }
    }
    safety_flag
}

/// What the person wrote in their own words, question by question.
fn own_words(bank: &Bank, answers: &Answers) -> Vec<OwnWords> {
    answered(bank, answers)
        .into_iter()
        .filter_map(|(q, answer)| match (&q.kind, answer) {
            (Kind::Text { .. }, Answer::Text(text)) if !text.trim().is_empty() => Some(OwnWords {
                id: q.id.clone(),
                question: q.text.clone(),
                text: text.clone(),
            }),
            _ => None,
        })
        .collect()
}

/// Each section with the answers given in it (a section with none is kept).
fn sections_answered(bank: &Bank, answers: &Answers) -> Vec<RecordSection> {
    bank.sections
        .iter()
        .map(|section| RecordSection {
            id: section.id.clone(),
            title: section.title.clone(),
            answers: answers_in(bank, section, answers)
                .into_iter()
                .map(|(q, answer)| answer_as_recorded(bank, q, answer, answers))
                .collect(),
        })
        .collect()
}

/// One answer as the record keeps it: the question, the value, how it reads.
fn answer_as_recorded(
    bank: &Bank,
    q: &Question,
    answer: &Answer,
    answers: &Answers,
) -> RecordAnswer {
    let shown_each = match answer {
        Answer::Choices(ids) => ids.iter().map(|id| q.shown_choice(id)).collect(),
        _ => Vec::new(),
    };
    RecordAnswer {
        id: q.id.clone(),
        question: q.text.clone(),
        kind: AnswerKind::of(&q.kind),
        value: answer.to_json(),
        shown: q.shown(answer, bank.money_symbol(q, answers)),
        shown_each,
        loinc: match answer {
            Answer::Choice(id) => q.option(id).and_then(|o| o.loinc.clone()),
            _ => None,
        },
        score: q
            .score
            .as_ref()
            .map(|scored| scored.group.clone())
            .or_else(|| q.sums_into.clone()),
        safety: safety_role(bank, q),
    }
}

/// The scores of the check-your-understanding questions (groups that are not sums).
fn quiz_scores(bank: &Bank, answers: &Answers) -> Vec<Score> {
    bank.scores
        .iter()
        .filter(|group| group.sum.is_none())
        .map(|group| score_of(bank, group, answers))
        .collect()
}

/// How many of one group's answered questions were right, and the ones missed.
fn score_of(bank: &Bank, group: &ScoreGroup, answers: &Answers) -> Score {
    let mut points = 0;
    let mut out_of = 0;
    let mut missed = Vec::new();
    for (_, q) in bank.questions() {
        let Some(scored) = &q.score else {
            continue;
        };
        if scored.group != group.id {
            continue;
        }
        let Some(answer) = answers.get(&q.id) else {
            continue;
        };
        out_of += 1;
        if *answer == scored.right {
            points += 1;
        } else {
            missed.push(Missed {
                question: q.text.clone(),
                answer: q.shown(answer, None),
                note: q.feedback.clone(),
            });
        }
    }
    let flag = match (group.flag_below, &group.flag) {
        (Some(below), Some(text)) if out_of > 0 && points < below => Some(text.clone()),
        _ => None,
    };
    Score {
        id: group.id.clone(),
        title: group.title.clone(),
        points,
        out_of,
        flag_below: group.flag_below,
        flag,
        missed,
    }
}

/// The safety flag's line. After a break with a different answer, it says the
/// earlier answer, then what was answered after it.
fn safety_line_said(
    bank: &Bank,
    answers: &Answers,
    earlier: Option<&Earlier>,
    flag: &SafetyFlag,
) -> String {
    let mut as_said = answers.clone();
    if let (Some(e), Some(q)) = (earlier, bank.safety_question())
        && flag.asked_again.is_some()
    {
        as_said.insert(q.id.clone(), e.answer.clone());
        for (id, a) in e.with.iter() {
            as_said.insert(id.clone(), a.clone());
        }
    }
    let again = flag.asked_again.as_ref().map(|a| a.said.as_str());
    safety_line::said(bank, &as_said, again).unwrap_or_default()
}

/// Which safety answer a question's answer is: the safety question, the
/// "right now" shown after it, or PHQ-9 item 9.
fn safety_role(bank: &Bank, question: &crate::bank::Question) -> Option<SafetyRole> {
    if question.safety {
        Some(SafetyRole::Thoughts)
    } else if bank.about_safety(question) {
        Some(SafetyRole::RightNow)
    } else if question.flags_safety_above.is_some() {
        Some(SafetyRole::Item9)
    } else {
        None
    }
}
