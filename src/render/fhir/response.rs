//! A saved record as a FHIR R4 QuestionnaireResponse: status completed, the
//! time it was made, one item per answered question with the right value type.

use serde_json::{Value, json};

use super::{DATA_ABSENT, option_system};
use crate::answers::DONT_KNOW;
use crate::record::{Record, RecordAnswer};

fn answers(record: &Record, a: &RecordAnswer) -> Option<Vec<Value>> {
    let system = option_system(&record.bank.url, &a.id);
    let coding = |code: &str| json!({ "valueCoding": { "system": system, "code": code } });
    let values = match (a.kind.as_str(), &a.value) {
        ("single", Value::String(code)) => {
            vec![json!({ "valueCoding": { "system": system, "code": code, "display": a.shown } })]
        }
        ("multi", Value::Array(codes)) => {
            codes.iter().filter_map(Value::as_str).map(coding).collect()
        }
        ("yes_no", Value::Bool(b)) => vec![json!({ "valueBoolean": b })],
        ("scale", Value::Number(n)) => vec![json!({ "valueInteger": n.as_u64().unwrap_or(0) })],
        ("number", Value::String(s)) if s == DONT_KNOW => return None,
        ("number", Value::Number(n)) => vec![json!({ "valueDecimal": n.as_f64().unwrap_or(0.0) })],
        ("text", Value::String(t)) => vec![json!({ "valueString": t })],
        _ => Vec::new(),
    };
    Some(values)
}

/// The record as a QuestionnaireResponse resource.
pub fn response(record: &Record) -> Value {
    let groups: Vec<Value> = record
        .sections
        .iter()
        .filter(|s| !s.answers.is_empty())
        .map(|s| {
            let items: Vec<Value> = s
                .answers
                .iter()
                .filter_map(|a| {
                    let mut item = json!({ "linkId": a.id, "text": a.question });
                    match answers(record, a) {
                        None => {
                            item["extension"] =
                                json!([{ "url": DATA_ABSENT, "valueCode": "asked-unknown" }]);
                            Some(item)
                        }
                        Some(values) if values.is_empty() => None,
                        Some(values) => {
                            item["answer"] = json!(values);
                            Some(item)
                        }
                    }
                })
                .collect();
            json!({ "linkId": s.id, "text": s.title, "item": items })
        })
        .filter(|g| g["item"].as_array().is_some_and(|i| !i.is_empty()))
        .collect();
    let id: String = record
        .created
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    json!({
        "resourceType": "QuestionnaireResponse",
        "id": format!("therapy-choice-{id}"),
        "questionnaire": format!("{}|{}", record.bank.url, record.bank.version),
        "status": "completed",
        "authored": record.created,
        "item": groups
    })
}
