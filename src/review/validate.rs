//! The one check a saved record passes before anything uses it (`review` of a
//! file or a folder, `export`): what the types alone cannot say, such as a
//! date that is not a date or a rating below zero. Each problem names its field.

use chrono::DateTime;
use serde_json::Value;

use crate::answers::DONT_KNOW;
use crate::record::{Record, RecordAnswer, SCHEMA_VERSION};

/// What the validator looks at: from a whole record (one file, `export`),
/// or from the fields a folder review reads, so both get the same checks.
pub struct Facts<'a> {
    pub schema_version: u32,
    pub created: &'a str,
    pub safety_question: Option<&'a str>,
    /// Each section's answers.
    pub sections: Vec<Vec<AnswerFact<'a>>>,
    /// Each score's points, and what it is out of.
    pub scores: Vec<(u32, u32)>,
}

/// One saved answer as the validator reads it.
pub struct AnswerFact<'a> {
    pub id: &'a str,
    pub kind: &'a str,
    pub value: &'a Value,
}

/// A saved answer, from a whole record or from a folder review's light read.
pub trait SavedAnswer {
    fn fact(&self) -> AnswerFact<'_>;
}

impl SavedAnswer for RecordAnswer {
    fn fact(&self) -> AnswerFact<'_> {
        AnswerFact {
            id: &self.id,
            kind: &self.kind,
            value: &self.value,
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
            created: &record.created,
            safety_question: record.safety_flag.as_ref().map(|f| f.question.as_str()),
            sections: answer_facts(record.sections.iter().map(|s| s.answers.as_slice())),
            scores: record.scores.iter().map(|s| (s.points, s.out_of)).collect(),
        }
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
    if DateTime::parse_from_rfc3339(record.created).is_err() {
        found.push(format!(
            "created: \"{}\" is not a date and time like 2026-11-26T12:00:00+00:00",
            short(record.created)
        ));
    }
    for (s, section) in record.sections.iter().enumerate() {
        for (a, answer) in section.iter().enumerate() {
            if let Err(why) = value_fits(answer.kind, answer.value) {
                found.push(format!(
                    "sections[{s}].answers[{a}].value ({}): {why}",
                    short(answer.id)
                ));
            }
        }
    }
    for (k, (points, out_of)) in record.scores.iter().enumerate() {
        if points > out_of {
            found.push(format!(
                "scores[{k}].points: {points} is more than out_of ({out_of})"
            ));
        }
    }
    if record.safety_question.is_some_and(|q| q.trim().is_empty()) {
        found.push("safety_flag.question: it is empty".into());
    }
    found
}

/// Whether an answer's value is one its kind of question can have.
fn value_fits(kind: &str, value: &Value) -> Result<(), String> {
    let fits = match kind {
        "single" | "text" => value.is_string(),
        "multi" => value
            .as_array()
            .is_some_and(|items| items.iter().all(Value::is_string)),
        "yes_no" => value.is_boolean(),
        "scale" => value.as_u64().is_some_and(|n| n <= u64::from(u8::MAX)),
        "number" => {
            value.as_f64().is_some_and(|n| n.is_finite() && n >= 0.0)
                || value.as_str() == Some(DONT_KNOW)
        }
        other => return Err(format!("\"{}\" is not a kind of question", short(other))),
    };
    if fits {
        return Ok(());
    }
    let expected = match kind {
        "single" => "an option id (text)",
        "text" => "text",
        "multi" => "a list of option ids",
        "yes_no" => "true or false",
        "scale" => "a whole number of 0 or more",
        _ => "a number of 0 or more, or \"dont_know\"",
    };
    Err(format!(
        "expected {expected} for a {kind} question, found {}",
        short(&value.to_string())
    ))
}

/// Outside text cut to a length that fits in a message.
fn short(text: &str) -> String {
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text.to_string()
    }
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
        r.created = "yesterday".into();
        let rating = r
            .sections
            .iter()
            .flat_map(|s| &s.answers)
            .find(|a| a.kind == "scale")
            .unwrap()
            .id
            .clone();
        answer_mut(&mut r, &rating).value = json!(-3);
        answer_mut(&mut r, "money.fee").value = json!("ten");
        let found = problems(&r);
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
}
