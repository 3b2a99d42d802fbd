//! A JSON Schema of the answers file, made from the bank, so an editor can
//! check an answers file while it is written.

use serde_json::{Value, json};

use crate::answers::DONT_KNOW;
use crate::bank::{Bank, Condition, Kind, Question, Test};

fn question_schema(q: &Question) -> Value {
    let ids: Vec<&str> = q.kind.options().iter().map(|o| o.id.as_str()).collect();
    let mut schema = match &q.kind {
        Kind::Single { .. } => json!({ "enum": ids }),
        Kind::Multi { .. } => json!({
            "type": "array",
            "items": { "enum": ids },
            "uniqueItems": true,
            "minItems": if q.required { 1 } else { 0 }
        }),
        Kind::YesNo => json!({ "type": "boolean" }),
        Kind::Scale { min, max, .. } => {
            json!({ "type": "integer", "minimum": min, "maximum": max })
        }
        Kind::Number {
            min,
            max,
            whole,
            dont_know,
            ..
        } => {
            let number = json!({
                "type": if *whole { "integer" } else { "number" },
                "minimum": min,
                "maximum": max
            });
            if dont_know.is_some() {
                json!({ "oneOf": [number, { "const": DONT_KNOW }] })
            } else {
                number
            }
        }
        Kind::Text { max_length } => json!({ "type": "string", "maxLength": max_length }),
    };
    let mut description = q.text.clone();
    if let Some(condition) = &q.show_if {
        description.push_str(&format!(
            " (Only when {} is answered so.)",
            condition.question
        ));
    }
    schema["description"] = json!(description);
    schema
}

/// A schema that matches the answers when `condition` holds.
fn holds(condition: &Condition) -> Value {
    let on = &condition.question;
    let value = match &condition.test {
        Test::Equals(answer) => json!({ "const": answer.to_json() }),
        Test::AnyOf(ids) => json!({ "enum": ids }),
        Test::Includes(id) => json!({ "contains": { "const": id } }),
        Test::Between(lo, hi) => json!({ "type": "number", "minimum": lo, "maximum": hi }),
        Test::PickedAtLeast(n) => json!({ "type": "array", "minItems": n }),
    };
    json!({ "properties": { on: value }, "required": [on] })
}

/// The schema for answers files of this bank.
pub fn answers_schema(bank: &Bank) -> Value {
    let mut properties = serde_json::Map::new();
    let mut required = Vec::new();
    // A question asked only when an earlier answer fits must be answered then
    // (if required) and must be left out otherwise.
    let mut conditions = Vec::new();
    for (_, q) in bank.questions() {
        properties.insert(q.id.clone(), question_schema(q));
        match &q.show_if {
            None if q.required => required.push(q.id.clone()),
            None => {}
            Some(c) => conditions.push(json!({
                "if": holds(c),
                "then": if q.required { json!({ "required": [q.id] }) } else { json!({}) },
                "else": { "not": { "required": [q.id] } }
            })),
        }
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("{}:answers-schema:{}", bank.url, bank.version),
        "title": format!("Answers file for {} (bank {} {})", bank.title, bank.id, bank.version),
        "type": "object",
        "properties": {
            "$schema": { "type": "string" },
            "answers": {
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": false,
                "allOf": conditions
            }
        },
        "required": ["answers"],
        "additionalProperties": false
    })
}
