//! The one check a saved record passes before anything uses it (`review` of a
//! file or a folder, `export`): what the types alone cannot say, such as a
//! date that is not a date or a rating below zero. Each problem names its field.

use serde_json::Value;

use super::ranges::Numbers;
use crate::answers::DONT_KNOW;
use crate::record::{
    AnswerKind, EarlierAnswer, Given, Named, Record, RecordAnswer, SCHEMA_VERSION, SafetyRole,
    SafetySaid, Wording, created,
};
use crate::text::short;

/// What the validator looks at: from a whole record (one file, `export`),
/// or from the fields a folder review reads, so both get the same checks.
pub struct Facts<'a> {
    pub schema_version: u32,
    /// The time as written, when read as text (a whole record's is already
    /// a time, or it would not have been read).
    pub created: Option<&'a str>,
    pub safety_question: Option<&'a str>,
    /// Each section's answers.
    pub sections: Vec<Vec<AnswerFact<'a>>>,
    /// Earlier safety answers taken back.
    pub earlier: Vec<AnswerFact<'a>>,
    /// Every number with its range.
    pub numbers: Numbers,
    /// The facts of the assessment a record of schema 3 or later keeps no
    /// words for, by place.
    pub unworded: Vec<String>,
}

/// One saved answer as the validator reads it.
pub struct AnswerFact<'a> {
    pub id: &'a str,
    pub kind: &'a str,
    pub value: &'a Value,
    /// Which safety answer it is, when marked.
    pub mark: Option<SafetyRole>,
}

/// A saved answer, from a whole record or from a folder review's light read.
pub trait SavedAnswer {
    fn fact(&self) -> AnswerFact<'_>;
}

impl SavedAnswer for RecordAnswer {
    fn fact(&self) -> AnswerFact<'_> {
        AnswerFact {
            id: &self.id,
            kind: self.kind.name(),
            value: &self.value,
            mark: self.safety,
        }
    }
}

/// An answer taken back is always a single choice (the safety answers).
impl SavedAnswer for EarlierAnswer {
    fn fact(&self) -> AnswerFact<'_> {
        AnswerFact {
            id: &self.id,
            kind: "single",
            value: &self.value,
            mark: self.safety,
        }
    }
}

/// Each section's answers as facts.
pub fn answer_facts<'a, A: SavedAnswer + 'a>(
    sections: impl Iterator<Item = &'a [A]>,
) -> Vec<Vec<AnswerFact<'a>>> {
    sections
        .map(|answers| answers.iter().map(SavedAnswer::fact).collect())
        .collect()
}

impl<'a> Facts<'a> {
    pub fn of(record: &'a Record) -> Facts<'a> {
        Facts {
            schema_version: record.schema_version,
            created: None,
            safety_question: record.safety_flag.as_ref().map(|f| f.question.as_str()),
            sections: answer_facts(record.sections.iter().map(|s| s.answers.as_slice())),
            earlier: record
                .earlier_answers
                .iter()
                .map(SavedAnswer::fact)
                .collect(),
            numbers: Numbers::of(record),
            unworded: unworded(record.schema_version, &record.wording, &named(record)),
        }
    }

    /// The safety flag as the answers say it, whatever the stored flag claims.
    pub fn safety_said(&self) -> SafetySaid {
        let given = |a: &AnswerFact<'a>| Given {
            id: a.id,
            mark: a.mark,
            value: a.value,
        };
        SafetySaid::from_answers(
            self.sections.iter().flatten().map(given),
            self.earlier.iter().map(given),
        )
    }
}

/// The facts a whole record names, for the check of their words.
fn named(record: &Record) -> Named<'_> {
    let a = &record.assessment;
    Named {
        barriers: a
            .barriers
            .iter()
            .map(|b| (b.id.as_str(), b.said_before.is_some()))
            .collect(),
        changes: &a.changes,
        clinician_questions: &a.clinician_questions,
        confidence: (&a.confidence.level, a.confidence.said_before.is_some()),
    }
}

/// The facts without words, in a record that keeps its words apart (schema
/// 3 on; older records kept the sentences themselves).
pub fn unworded(schema_version: u32, wording: &Wording, named: &Named) -> Vec<String> {
    if schema_version < 3 {
        return Vec::new();
    }
    wording.unworded(named)
}

/// Why a record's stored flag cannot be trusted: it disagrees with what its
/// answers say. None when they agree.
pub fn inconsistent(facts: &Facts) -> Option<String> {
    let raised = facts.safety_said().raised();
    let stored = facts.safety_question.is_some();
    match (stored, raised) {
        (false, true) => Some(
            "its stored safety flag is missing, but its answers raise it (self-reported); the answers are shown, flagged".into(),
        ),
        (true, false) => Some(
            "its stored safety flag is set, but no answer in it raises the flag; check the answers it shows".into(),
        ),
        _ => None,
    }
}

/// Every problem in a record, each starting with the field it is in.
pub fn problems(record: &Record) -> Vec<String> {
    check(&Facts::of(record))
}

/// Every problem in what a record says, each starting with its field.
pub fn check(record: &Facts) -> Vec<String> {
    let mut found = Vec::new();
    if record.schema_version == 0 || record.schema_version > SCHEMA_VERSION {
        found.push(format!(
            "schema_version: {} is not a record schema this program reads (1 to {SCHEMA_VERSION})",
            record.schema_version
        ));
    }
    if let Some(Err(why)) = record.created.map(created::parse) {
        found.push(format!("created: {why}"));
    }
    for (s, section) in record.sections.iter().enumerate() {
        for (a, answer) in section.iter().enumerate() {
            let place = format!("sections[{s}].answers[{a}]");
            let id = short(answer.id);
            match AnswerKind::named(answer.kind) {
                None => found.push(format!(
                    "{place}.kind ({id}): \"{}\" is not a kind of question this program knows ({})",
                    short(answer.kind),
                    known_kinds()
                )),
                Some(kind) => {
                    if let Err(why) = value_fits(kind, answer.value) {
                        found.push(format!("{place}.value ({id}): {why}"));
                    }
                }
            }
        }
    }
    found.extend(record.numbers.problems());
    found.extend(record.unworded.iter().cloned());
    let thoughts = record.safety_said().thoughts_answered;
    if thoughts > 1 {
        found.push(format!(
            "sections: the safety question is answered {thoughts} times; a summary answers it once"
        ));
    }
    if record.safety_question.is_some_and(|q| q.trim().is_empty()) {
        found.push("safety_flag.question: it is empty".into());
    }
    found
}

/// The kinds this program knows, as a record names them: "single, multi ... or text".
fn known_kinds() -> String {
    let names: Vec<&str> = AnswerKind::ALL.iter().map(|k| k.name()).collect();
    match names.split_last() {
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Whether an answer's value is one its kind of question can have.
fn value_fits(kind: AnswerKind, value: &Value) -> Result<(), String> {
    let fits = match kind {
        AnswerKind::Single | AnswerKind::Text => value.is_string(),
        AnswerKind::Multi => value
            .as_array()
            .is_some_and(|items| items.iter().all(Value::is_string)),
        AnswerKind::YesNo => value.is_boolean(),
        AnswerKind::Scale => value.as_u64().is_some_and(|n| n <= u64::from(u8::MAX)),
        AnswerKind::Number => {
            value.as_f64().is_some_and(|n| n.is_finite() && n >= 0.0)
                || value.as_str() == Some(DONT_KNOW)
        }
    };
    if fits {
        return Ok(());
    }
    let expected = match kind {
        AnswerKind::Single => "an option id (text)",
        AnswerKind::Text => "text",
        AnswerKind::Multi => "a list of option ids",
        AnswerKind::YesNo => "true or false",
        AnswerKind::Scale => "a whole number of 0 or more",
        AnswerKind::Number => "a number of 0 or more, or \"dont_know\"",
    };
    Err(format!(
        "expected {expected} for a {} question, found {}",
        kind.name(),
        short(&value.to_string())
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record() -> Record {
        let text = include_str!("../../fuzz/seeds/record/therapy-choice-2026-11-26-103317.json");
        crate::render::json::parse(text).unwrap()
    }

    fn answer_mut<'a>(r: &'a mut Record, id: &str) -> &'a mut crate::record::RecordAnswer {
        r.sections
            .iter_mut()
            .flat_map(|s| s.answers.iter_mut())
            .find(|a| a.id == id)
            .unwrap()
    }

    #[test]
    fn a_saved_record_has_no_problems() {
        assert_eq!(problems(&record()), Vec::<String>::new());
    }

    #[test]
    fn a_bad_date_a_negative_rating_and_a_text_fee_are_each_named() {
        let mut r = record();
        let rating = r
            .sections
            .iter()
            .flat_map(|s| &s.answers)
            .find(|a| a.kind == AnswerKind::Scale)
            .unwrap()
            .id
            .clone();
        answer_mut(&mut r, &rating).value = json!(-3);
        answer_mut(&mut r, "money.fee").value = json!("ten");
        let mut facts = Facts::of(&r);
        facts.created = Some("yesterday");
        let found = check(&facts);
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(found[0].starts_with("created: \"yesterday\" is not a date"));
        assert!(
            found.iter().any(
                |p| p.contains(&format!("({rating}): expected a whole number"))
                    && p.contains("found -3")
            ),
            "{found:#?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains("(money.fee): expected a number") && p.contains("\"ten\"")),
            "{found:#?}"
        );
    }

    #[test]
    fn a_kind_this_program_does_not_know_is_named_with_its_place() {
        let r = record();
        let mut facts = Facts::of(&r);
        let id = facts.sections[1][0].id;
        facts.sections[1][0].kind = "rating";
        let found = check(&facts);
        assert_eq!(
            found,
            vec![format!(
                "sections[1].answers[0].kind ({id}): \"rating\" is not a kind of question this program knows (single, multi, yes_no, scale, number or text)"
            )]
        );
    }
}
