//! A saved record as a FHIR R4 QuestionnaireResponse: status completed, the
//! time it was made, one item per answered question with the right value type,
//! a `display` on every coding, "don't know" as the coded answer of the item
//! beside the number, and an id made from the record's own content.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::forms::fhir::{DONT_KNOW_CODE, LOINC, dont_know_id, option_system, total_id};
use crate::record::{AnswerKind, Record, RecordAnswer, RecordSection};

/// The resource id: the tool's name and the start of the SHA-256 of the whole
/// record, so that two different records never share an id, even when made
/// in the same second, and the same record always gets the same one.
pub fn response_id(record: &Record) -> String {
    let bytes = serde_json::to_vec(record).unwrap_or_default();
    let hash: String = Sha256::digest(&bytes)
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("therapy-choice-{hash}")
}

/// The words of each option picked: saved with the record, or for records
/// made before that, split from the answer in words when the count fits.
fn shown_each(a: &RecordAnswer, count: usize) -> Vec<String> {
    if a.shown_each.len() == count {
        return a.shown_each.clone();
    }
    let split: Vec<String> = a.shown.split("; ").map(str::to_string).collect();
    if split.len() == count {
        return split;
    }
    Vec::new()
}

/// The response items for one recorded answer (none for an empty one).
fn items(record: &Record, a: &RecordAnswer) -> Vec<Value> {
    let system = option_system(&record.bank.url, &a.id);
    let coding =
        |code: &str, display: &str| json!({ "system": system, "code": code, "display": display });
    let answered = |values: Vec<Value>| {
        if values.is_empty() {
            Vec::new()
        } else {
            vec![json!({ "linkId": a.id, "text": a.question, "answer": values })]
        }
    };
    // Each kind is matched by name, so a new kind cannot be left out unseen;
    // within one, a value the validator let through but that says nothing
    // (an empty text) gives no item.
    match (a.kind, &a.value) {
        (AnswerKind::Single, Value::String(code)) => {
            let coding = match &a.loinc {
                Some(loinc) => json!({ "system": LOINC, "code": loinc, "display": a.shown }),
                None => coding(code, &a.shown),
            };
            answered(vec![json!({ "valueCoding": coding })])
        }
        (AnswerKind::Multi, Value::Array(codes)) => {
            let codes: Vec<&str> = codes.iter().filter_map(Value::as_str).collect();
            let words = shown_each(a, codes.len());
            answered(
                codes
                    .iter()
                    .enumerate()
                    .map(|(i, code)| {
                        let display = words.get(i).map_or(*code, String::as_str);
                        json!({ "valueCoding": coding(code, display) })
                    })
                    .collect(),
            )
        }
        (AnswerKind::YesNo, Value::Bool(b)) => answered(vec![json!({ "valueBoolean": b })]),
        (AnswerKind::Scale, Value::Number(n)) => answered(
            n.as_u64()
                .map(|n| json!({ "valueInteger": n }))
                .into_iter()
                .collect(),
        ),
        (AnswerKind::Number, Value::String(s)) if s == DONT_KNOW_CODE => vec![json!({
            "linkId": dont_know_id(&a.id),
            "answer": [{ "valueCoding": coding(DONT_KNOW_CODE, &a.shown) }]
        })],
        (AnswerKind::Number, Value::Number(n)) => answered(
            n.as_f64()
                .map(|n| json!({ "valueDecimal": n }))
                .into_iter()
                .collect(),
        ),
        (AnswerKind::Text, Value::String(t)) => answered(if t.trim().is_empty() {
            Vec::new()
        } else {
            vec![json!({ "valueString": t })]
        }),
        (
            AnswerKind::Single
            | AnswerKind::Multi
            | AnswerKind::YesNo
            | AnswerKind::Scale
            | AnswerKind::Number
            | AnswerKind::Text,
            _,
        ) => Vec::new(),
    }
}

/// The summed score's total (the PHQ-9's), after the last answer that adds
/// to it: the answers of a measure carry their LOINC code and their score.
fn total(record: &Record, section: &RecordSection, a: &RecordAnswer) -> Option<Value> {
    let summed = |a: &RecordAnswer| a.loinc.is_some() && a.score.is_some();
    let last = section.answers.iter().rev().find(|a| summed(a))?;
    if last.id != a.id {
        return None;
    }
    let phq9 = record.phq9.as_ref()?;
    phq9.loinc.as_ref()?;
    Some(json!({
        "linkId": total_id(a.score.as_deref()?),
        "text": phq9.title,
        "answer": [{ "valueInteger": phq9.total }]
    }))
}

/// The record as a QuestionnaireResponse resource.
pub fn response(record: &Record) -> Value {
    let groups: Vec<Value> = record
        .sections
        .iter()
        .filter_map(|s| {
            let items: Vec<Value> = s
                .answers
                .iter()
                .flat_map(|a| {
                    let mut out = items(record, a);
                    out.extend(total(record, s, a));
                    out
                })
                .collect();
            (!items.is_empty()).then(|| json!({ "linkId": s.id, "text": s.title, "item": items }))
        })
        .collect();
    let mut resource = json!({
        "resourceType": "QuestionnaireResponse",
        "id": response_id(record),
        "questionnaire": format!("{}|{}", record.bank.url, record.bank.version),
        "status": "completed",
        "authored": record.created_text(),
        "item": groups
    });
    // A safety answer taken back is kept beside the answers, never as a
    // second answer to its question.
    let earlier = super::earlier::extensions(record);
    if !earlier.is_empty() {
        resource["extension"] = Value::Array(earlier);
    }
    resource
}
