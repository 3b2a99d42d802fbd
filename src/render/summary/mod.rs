//! The summary's view-model: ONE pure description of what the Markdown and
//! HTML summaries say, built from the record alone. Every sentence is
//! composed here, once, from the words in the record (which came from the
//! content files); the formats only lay it out and escape it. The result
//! screen takes the parts it shares with them from here too.

mod answers;
mod closing;
mod costs;
mod fit;
mod own_cost;
mod parts;
pub mod worded;

pub use answers::{AnswerSection, answer_sections, ratings};
pub use parts::{
    Answered, Balance, Bar, ClinicianLine, ClinicianPart, ConfidencePart, CostsPart, CrisisPart,
    FactRow, FactsPart, FitLine, FitPart, Labelled, Listed, MissedLine, Phq9Part, ReasonLine,
    SafetyPart, Said, ScorePart, Side, TimePart,
};

use crate::record::Record;
use crate::text::fill;

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub title: String,
    /// When the summary was made, as saved.
    pub created: String,
    pub clinician: Option<ClinicianPart>,
    pub safety: Option<SafetyPart>,
    /// How and with what it was made.
    pub made: String,
    pub choice: Labelled,
    pub barriers: Listed,
    pub fit: FitPart,
    pub costs: CostsPart,
    pub changes: Listed,
    pub ratings: Option<Answered>,
    /// The other answers, by section.
    pub sections: Vec<Answered>,
    /// The heading over those sections where a format gives them one.
    pub your_answers: String,
    pub scores: Vec<ScorePart>,
    pub phq9: Option<Phq9Part>,
    pub questions: Listed,
    pub own_words: Option<Answered>,
    pub facts: FactsPart,
    pub sources: Said,
    /// About this aid; the last text is the facts' version.
    pub about: Said,
    pub crisis: CrisisPart,
}

impl Summary {
    pub fn of(record: &Record) -> Summary {
        let e = &record.evidence;
        let said = &e.summary;
        Summary {
            title: record.bank.title.clone(),
            created: record.created_text(),
            clinician: clinician(record),
            safety: closing::safety(record),
            made: fill(
                &said.made,
                &[
                    ("when", &record.created_text()),
                    ("tool", &record.tool.name),
                    ("tool_version", &record.tool.version),
                    ("bank", &record.bank.id),
                    ("bank_version", &record.bank.version),
                ],
            ),
            choice: Labelled {
                label: e.titles.choice.clone(),
                text: e.decision.clone(),
            },
            barriers: barriers(record),
            // The person reads direction and strength in words; the score
            // stays in the clinician's box.
            fit: FitPart::of(record, false),
            costs: CostsPart::of(record),
            changes: changes(record),
            ratings: answers::rated(record),
            sections: answers::sections(record),
            your_answers: said.your_answers.clone(),
            scores: answers::scores(record),
            phq9: Phq9Part::of(record),
            questions: questions(record),
            own_words: answers::own_words(record),
            facts: closing::facts(record),
            sources: Said {
                title: e.titles.sources.clone(),
                texts: vec![crate::render::studies::sources_short(e)],
            },
            about: closing::about(e),
            crisis: closing::crisis(record),
        }
    }
}

/// What stands in the way of either option.
pub fn barriers(record: &Record) -> Listed {
    let a = &record.assessment;
    Listed {
        title: a.words.barriers.clone(),
        items: a
            .barriers
            .iter()
            .map(|b| worded::barrier(record, b))
            .collect(),
        empty: Some(a.words.no_barriers.clone()),
    }
}

/// What would change the result.
pub fn changes(record: &Record) -> Listed {
    let a = &record.assessment;
    Listed {
        title: a.words.changes.clone(),
        items: a
            .changes
            .iter()
            .filter_map(|c| worded::change(record, c))
            .collect(),
        empty: None,
    }
}

/// The questions to ask the clinician.
pub fn questions(record: &Record) -> Listed {
    let a = &record.assessment;
    Listed {
        title: a.words.questions.clone(),
        items: a
            .clinician_questions
            .iter()
            .map(|id| worded::clinician_question(record, id))
            .collect(),
        empty: None,
    }
}

impl Phq9Part {
    /// The PHQ-9's score, band, note and credit, when the person took it.
    pub fn of(record: &Record) -> Option<Phq9Part> {
        let said = &record.evidence.summary;
        record.phq9.as_ref().map(|p| {
            let (total, out_of) = (p.total.to_string(), p.out_of.to_string());
            let score = [
                ("title", p.title.as_str()),
                ("total", &total),
                ("out_of", &out_of),
                ("band", &p.band_label),
                ("note", &p.note),
            ];
            Phq9Part {
                heading: fill(&said.phq9, &score),
                title: p.title.clone(),
                line: fill(&said.phq9_line, &score),
                note: p.note.clone(),
                credit: p.credit.clone(),
            }
        })
    }
}

/// The box for the clinician, when the record has one (not schema 1).
fn clinician(record: &Record) -> Option<ClinicianPart> {
    record.clinician.as_ref().map(|b| ClinicianPart {
        title: b.title.clone(),
        lines: b
            .lines
            .iter()
            .map(|line| ClinicianLine {
                line: Labelled {
                    label: line.label.clone(),
                    text: line.text.clone(),
                },
                talk_first: line.flag,
            })
            .collect(),
    })
}

#[cfg(test)]
mod screen_tests;
#[cfg(test)]
mod tests;
