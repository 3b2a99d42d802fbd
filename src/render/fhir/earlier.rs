//! Safety answers taken back (before a break, or later in the same sitting)
//! carried by the QuestionnaireResponse without answering a question twice:
//! one extension each on the response, naming the question (its linkId and
//! words), the earlier answer as a coding, and, on the safety question's,
//! every safety answer as the summary says it.

use serde_json::{Value, json};

use crate::forms::fhir::option_system;
use crate::record::{Record, SafetyRole};

/// The extension's url: the bank's own, with this name after it.
pub fn earlier_answer_url(bank_url: &str) -> String {
    format!("{bank_url}:earlier-answer")
}

/// One extension per earlier answer in the record (none when there are none).
pub fn extensions(record: &Record) -> Vec<Value> {
    let said = record
        .safety_flag
        .as_ref()
        .map(|f| f.said.as_str())
        .filter(|s| !s.is_empty());
    record
        .earlier_answers
        .iter()
        .map(|a| {
            let code = a.value.as_str().unwrap_or_default();
            let mut parts = vec![
                json!({ "url": "linkId", "valueString": a.id }),
                json!({ "url": "question", "valueString": a.question }),
                json!({ "url": "answer", "valueCoding": {
                    "system": option_system(&record.bank.url, &a.id),
                    "code": code,
                    "display": a.shown
                }}),
            ];
            if let (Some(said), Some(SafetyRole::Thoughts)) = (said, a.safety) {
                parts.push(json!({ "url": "said", "valueString": said }));
            }
            json!({ "url": earlier_answer_url(&record.bank.url), "extension": parts })
        })
        .collect()
}
