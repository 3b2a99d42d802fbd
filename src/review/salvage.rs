//! The safety answers of a file that cannot be read as a record: a summary
//! refused, cut short or broken still shows what it says about self-harm,
//! since nothing written must never read as nothing said. Read leniently,
//! from the JSON when it parses, else from the text around each known id.

use serde_json::Value;

use crate::record::{Column, Given, SafetyRole, SafetySaid, Said};

/// The safety answers found, with the words they were shown in.
#[derive(Debug, Clone, PartialEq)]
pub struct Salvaged {
    pub said: SafetySaid,
    /// "yes; right now: yes; PHQ-9 item 9: several_days", as found.
    pub words: String,
}

/// The ids and marks a safety answer can carry, with what each is called here.
const KNOWN: [(&str, &str, SafetyRole); 3] = [
    ("safety.thoughts", "thoughts", SafetyRole::Thoughts),
    ("safety.now", "right_now", SafetyRole::RightNow),
    ("phq9.better_off_dead", "item9", SafetyRole::Item9),
];

/// The safety answers in a file's text, if any can be read.
pub fn salvage(text: &str) -> Option<Salvaged> {
    let found = match serde_json::from_str::<Value>(text) {
        Ok(value) => {
            let mut found = Vec::new();
            from_value(&value, &mut found);
            found
        }
        Err(_) => from_text(text),
    };
    if found.is_empty() {
        return None;
    }
    let given: Vec<Given> = found
        .iter()
        .map(|(role, value)| Given {
            id: "",
            mark: Some(*role),
            value,
        })
        .collect();
    let said = SafetySaid::from_answers(given, []);
    Some(Salvaged {
        words: words(&said),
        said,
    })
}

/// A whole record's safety answers in those words, read from its answers.
pub fn said_words(record: &crate::record::Record) -> String {
    words(&SafetySaid::of(record))
}

/// The safety answers as a clinician reads them: "self-harm: yes; right now: yes".
pub fn words(said: &SafetySaid) -> String {
    let as_said = |s: Said| match s {
        Said::Yes => "yes",
        Said::NotSaid => "chose not to say",
        Said::No => "said no",
    };
    let mut parts = Vec::new();
    if let Some(t) = said.thoughts {
        parts.push(format!(
            "thoughts of death, self-harm or suicide: {}",
            as_said(t)
        ));
    }
    if let Some(n) = said.right_now {
        parts.push(format!("right now: {}", as_said(n)));
    }
    if let Some(raised) = said.item9 {
        let above = if raised {
            "above \"Not at all\""
        } else {
            "\"Not at all\""
        };
        parts.push(format!("PHQ-9 item 9: {above}"));
    }
    let column = match said.column() {
        Some(Column::Yes) => "SELF-HARM yes",
        Some(Column::NotSaid) => "SELF-HARM not said",
        Some(Column::No) | None => "SELF-HARM no",
    };
    parts.push("self-reported".into());
    format!("{column} ({})", parts.join("; "))
}

/// Every object in a JSON value that holds a known safety answer.
fn from_value(value: &Value, found: &mut Vec<(SafetyRole, Value)>) {
    match value {
        Value::Object(map) => {
            let mark = map
                .get("safety")
                .and_then(Value::as_str)
                .and_then(|m| KNOWN.iter().find(|k| k.1 == m).map(|k| k.2));
            let by_id = map
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| KNOWN.iter().find(|k| k.0 == id).map(|k| k.2));
            if let (Some(role), Some(v)) = (mark.or(by_id), map.get("value")) {
                found.push((role, v.clone()));
            }
            // An answers file holds them by id.
            if let Some(Value::Object(answers)) = map.get("answers") {
                for (id, _, role) in KNOWN {
                    if let Some(v) = answers.get(id) {
                        found.push((role, v.clone()));
                    }
                }
            }
            // Earlier answers taken back count too: a yes among them is kept.
            for (key, v) in map {
                if !(key == "answers" && v.is_object()) {
                    from_value(v, found);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| from_value(v, found)),
        _ => {}
    }
}

/// The safety answers in text that is not whole JSON: for each answer
/// object whose "id" is a known one, its "value" when a string, found
/// before the object ends.
fn from_text(text: &str) -> Vec<(SafetyRole, Value)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("\"id\"") {
        rest = &rest[at + 4..];
        let Some(id) = string_after_colon(rest) else {
            continue;
        };
        let Some((_, _, role)) = KNOWN.iter().find(|k| k.0 == id) else {
            continue;
        };
        let object = &rest[..rest.find('}').unwrap_or(rest.len())];
        if let Some(v) = object.find("\"value\"")
            && let Some(value) = string_after_colon(&object[v + 7..])
        {
            found.push((*role, Value::String(value.to_string())));
        }
    }
    found
}

/// The string right after a colon (`: "text"`), if that is what follows.
fn string_after_colon(text: &str) -> Option<&str> {
    let body = text
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    body.find('"').map(|end| &body[..end])
}

#[cfg(test)]
mod tests {
    use super::salvage;

    #[test]
    fn a_record_cut_short_still_shows_its_yes() {
        let text = r#"{"schema_version": 2, "sections": [{"answers": [{"id": "safety.thoughts", "question": "Q", "kind": "single", "value": "yes", "shown": "Yes"}, {"id": "safety.now", "kind": "single", "value": "rather_not_say""#;
        let found = salvage(text).unwrap();
        assert!(found.said.raised());
        assert!(found.said.right_now_raised());
        assert!(found.words.starts_with("SELF-HARM yes"), "{}", found.words);
        assert!(found.words.contains("right now: chose not to say"));
    }

    #[test]
    fn a_whole_record_refused_for_something_else_shows_its_answers() {
        let text = r#"{"schema_version": 99, "sections": [{"answers": [{"id": "safety.thoughts", "value": "no"}, {"id": "phq9.better_off_dead", "value": "several_days"}]}]}"#;
        let found = salvage(text).unwrap();
        assert!(found.said.raised());
        assert!(found.words.contains("said no"), "{}", found.words);
        assert!(
            found.words.contains("PHQ-9 item 9: above"),
            "{}",
            found.words
        );
        assert_eq!(salvage("{\"schema_version\": 2}"), None);
        assert_eq!(salvage("not json at all"), None);
    }
}
