//! The box for the clinician, as the bank describes it: its words, and which
//! answers it shows (clinical facts, how the person wants to decide, their own
//! questions, the label). Checked against the questions of the bank.

pub use super::raw::ClinicianWords;
use super::raw::{RawClinician, RawNamed};
use super::{Kind, Section};

#[derive(Debug, Clone)]
pub struct Clinician {
    pub words: ClinicianWords,
    /// The clinical facts.
    pub facts: Vec<Named>,
    /// The role the person wants and any pressure.
    pub deciding: Vec<Named>,
    /// The text questions holding the person's own questions.
    pub own_questions: Vec<String>,
    /// The text question whose answer labels the summary.
    pub label: Option<String>,
}

/// A question whose answer the box shows, and the short name it goes by
/// there ("Episodes", "Pressure").
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub question: String,
    pub name: String,
    /// When this holds, the answer is a line of its own to talk about first
    /// ("Feels pushed: Yes").
    pub talk_first: Option<super::Condition>,
}

impl Clinician {
    /// The box, with every problem found (unknown questions, wrong kinds, empty words).
    pub fn build(raw: RawClinician, sections: &[Section]) -> (Clinician, Vec<String>) {
        let mut problems = Vec::new();
        let questions: Vec<super::Question> = sections
            .iter()
            .flat_map(|s| s.questions.iter().cloned())
            .collect();
        let kind_of = |id: &str| questions.iter().find(|q| q.id == id).map(|q| &q.kind);
        let mut named = |list: Vec<RawNamed>, field: &str| -> Vec<Named> {
            list.into_iter()
                .map(|n| {
                    if kind_of(&n.question).is_none() {
                        problems.push(format!(
                            "\"{field}\" names \"{}\", which is not a question",
                            n.question
                        ));
                    }
                    if n.name.trim().is_empty() {
                        problems.push(format!("\"{field}\": \"{}\" has no name", n.question));
                    }
                    let talk_first = n.talk_first.and_then(|rc| {
                        let mut found = Vec::new();
                        let test = super::condition::test_on(rc, &questions, &mut found);
                        for f in found {
                            problems.push(format!("\"{field}\": talk_first {f}"));
                        }
                        test
                    });
                    Named {
                        question: n.question,
                        name: n.name,
                        talk_first,
                    }
                })
                .collect()
        };
        let facts = named(raw.facts, "facts");
        let deciding = named(raw.deciding, "deciding");
        for id in raw.own_questions.iter().chain(raw.label.iter()) {
            if !matches!(kind_of(id), Some(Kind::Text { .. })) {
                problems.push(format!("\"{id}\" must name a text question"));
            }
        }
        let w = &raw.words;
        for (name, text) in [
            ("title", &w.title),
            ("safety", &w.safety),
            ("phq9", &w.phq9),
            ("sure", &w.sure),
            ("lean", &w.lean),
            ("differs", &w.differs),
            ("change", &w.change),
        ] {
            if text.trim().is_empty() {
                problems.push(format!("the word \"{name}\" is empty"));
            }
        }
        (
            Clinician {
                words: raw.words,
                facts,
                deciding,
                own_questions: raw.own_questions,
                label: raw.label,
            },
            problems,
        )
    }
}
