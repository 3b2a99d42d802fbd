//! A response's items as answers-file values, checked against the bank's own
//! Questionnaire: each linkId is one of its items, each answer has the
//! item's value type, each coding is one of the item's codes (a PHQ-9 LOINC
//! answer code back to its option, a coding from another system refused),
//! the "I'm not sure" item back to "don't know". Calculated items (the PHQ-9
//! total) are left out: the score is worked out again from the answers.

use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

use super::{dont_know_value, given, unsure_item};
use crate::answers::DONT_KNOW;
use crate::answers::file::{AnswerProblem, problem};
use crate::bank::{Bank, Kind, Question};
use crate::forms::fhir::{option_coding, option_system, questionnaire};

/// What the response's items gave: the values by question id, each as the
/// response wrote it (for messages), and the questions whose answers could
/// not be read (already named in a problem).
pub struct Given {
    pub values: Map<String, Value>,
    pub shown: Map<String, Value>,
    pub unreadable: HashSet<String>,
}

/// The questionnaire's items by linkId.
fn index(items: &Value, out: &mut HashMap<String, Value>) {
    for item in items.as_array().into_iter().flatten() {
        if let Some(link) = item["linkId"].as_str() {
            out.insert(link.to_string(), item.clone());
        }
        index(&item["item"], out);
    }
}

/// Gather every answered question item of the response, by linkId.
fn gather(
    items: &Value,
    asked: &HashMap<String, Value>,
    found: &mut BTreeMap<String, Value>,
    problems: &mut Vec<AnswerProblem>,
) {
    let list = match items {
        Value::Null => return,
        Value::Array(list) => list,
        other => {
            problems.push(problem(
                "item",
                format!("expected a list of items. Given: {}", given(other)),
            ));
            return;
        }
    };
    for item in list {
        let Some(link) = item["linkId"].as_str() else {
            problems.push(problem(
                "item",
                format!("an item without a linkId. Given: {}", given(item)),
            ));
            continue;
        };
        let answers = &item["answer"];
        let answered = answers.as_array().is_some_and(|a| !a.is_empty());
        let Some(question) = asked.get(link) else {
            problems.push(problem(
                link,
                format!(
                    "the questionnaire has no item with this linkId. Given: {}",
                    given(answers)
                ),
            ));
            continue;
        };
        match question["type"].as_str().unwrap_or("") {
            "group" | "display" if answered => problems.push(problem(
                link,
                format!(
                    "this item is a heading or words to read, and takes no answer. Given: {}",
                    given(answers)
                ),
            )),
            _ if question["readOnly"] == true || !answered => {}
            _ if found.contains_key(link) => problems.push(problem(
                link,
                "this item is answered more than once; give it once, with all its answers".into(),
            )),
            _ => {
                found.insert(link.to_string(), answers.clone());
            }
        }
        gather(&item["item"], asked, found, problems);
        for answer in answers.as_array().into_iter().flatten() {
            gather(&answer["item"], asked, found, problems);
        }
    }
}

/// The response's items as answers-file values, by question id.
pub fn values(bank: &Bank, root: &Value, problems: &mut Vec<AnswerProblem>) -> Given {
    let mut asked = HashMap::new();
    index(&questionnaire(bank)["item"], &mut asked);
    let mut found = BTreeMap::new();
    gather(&root["item"], &asked, &mut found, problems);
    let mut out = Given {
        values: Map::new(),
        shown: Map::new(),
        unreadable: HashSet::new(),
    };
    for (_, q) in bank.questions() {
        let unsure_link = unsure_item(q);
        let own = found.get(&q.id);
        let unsure = unsure_link.as_ref().and_then(|l| found.get(l));
        let (link, answers, read) = match (own, unsure, &unsure_link) {
            (Some(_), Some(_), Some(link)) => {
                problems.push(problem(
                    link,
                    format!(
                        "both a number ({}) and \"I'm not sure\" are given for {}; give one of them",
                        given(&own_values(own)),
                        q.id
                    ),
                ));
                out.unreadable.insert(q.id.clone());
                continue;
            }
            (None, Some(answers), Some(link)) => (link, answers, unsure_answer(bank, q, answers)),
            (Some(answers), _, _) => (&q.id, answers, value(bank, q, answers)),
            _ => continue,
        };
        match read {
            Ok(value) => {
                out.values.insert(q.id.clone(), value);
                out.shown.insert(q.id.clone(), answers.clone());
            }
            Err(why) => {
                problems.push(problem(
                    link,
                    format!(
                        "{why}. Given: {}. Expected: {}.",
                        given(answers),
                        expected(bank, q)
                    ),
                ));
                out.unreadable.insert(q.id.clone());
            }
        }
    }
    out
}

fn own_values(own: Option<&Value>) -> Value {
    own.cloned().unwrap_or(Value::Null)
}

/// The value key each kind of question takes in a response.
fn value_key(kind: &Kind) -> &'static str {
    match kind {
        Kind::Single { .. } | Kind::Multi { .. } => "valueCoding",
        Kind::YesNo => "valueBoolean",
        Kind::Scale { .. } => "valueInteger",
        Kind::Number { .. } => "valueDecimal",
        Kind::Text { .. } => "valueString",
    }
}

/// The one value of each answer, when it has the key the item takes.
fn each_value<'a>(kind: &Kind, answers: &'a Value) -> Result<Vec<&'a Value>, String> {
    let want = value_key(kind);
    let mut out = Vec::new();
    for answer in answers.as_array().into_iter().flatten() {
        let keys: Vec<&String> = answer
            .as_object()
            .into_iter()
            .flat_map(|a| a.keys())
            .filter(|k| k.starts_with("value"))
            .collect();
        match keys.as_slice() {
            [key] if key.as_str() == want => out.push(&answer[want]),
            [key] => return Err(format!("the answer is a {key}, but this item takes {want}")),
            _ => return Err(format!("each answer must hold one {want}")),
        }
    }
    Ok(out)
}

/// The option a coding stands for: the same system and code as one of the
/// question's answerOptions.
fn option_of(bank: &Bank, q: &Question, coding: &Value) -> Result<String, String> {
    let options = q.kind.options();
    if let Some(o) = options.iter().find(|o| {
        let own = option_coding(bank, q, o);
        own["system"] == coding["system"] && own["code"] == coding["code"]
    }) {
        return Ok(o.id.clone());
    }
    let system = options
        .first()
        .map(|o| option_coding(bank, q, o)["system"].clone())
        .unwrap_or_default();
    if coding["system"] != system {
        Err(format!(
            "the coding is from the system {}, not this question's",
            given(&coding["system"])
        ))
    } else {
        Err(format!(
            "the code {} is not one of this question's",
            given(&coding["code"])
        ))
    }
}

/// The answers of a question's own item as an answers-file value.
fn value(bank: &Bank, q: &Question, answers: &Value) -> Result<Value, String> {
    let values = each_value(&q.kind, answers)?;
    if let Kind::Multi { .. } = q.kind {
        let ids: Result<Vec<Value>, String> = values
            .iter()
            .map(|c| option_of(bank, q, c).map(Value::String))
            .collect();
        return ids.map(Value::Array);
    }
    let [one] = values.as_slice() else {
        return Err(format!(
            "this item takes one answer, and {} are given",
            values.len()
        ));
    };
    match &q.kind {
        Kind::Single { .. } => option_of(bank, q, one).map(Value::String),
        Kind::YesNo if one.is_boolean() => Ok((*one).clone()),
        Kind::Scale { .. } | Kind::Number { .. } if one.is_number() => Ok((*one).clone()),
        Kind::Text { .. } if one.is_string() => Ok((*one).clone()),
        kind => Err(format!(
            "the {} does not hold a value of its type",
            value_key(kind)
        )),
    }
}

/// The answer of the "I'm not sure" item: its one coding.
fn unsure_answer(bank: &Bank, q: &Question, answers: &Value) -> Result<Value, String> {
    let values = each_value(&Kind::Multi { options: vec![] }, answers)?;
    let system = option_system(&bank.url, &q.id);
    match values.as_slice() {
        [coding] if coding["system"] == system.as_str() && coding["code"] == DONT_KNOW => {
            Ok(dont_know_value())
        }
        [coding] if coding["system"] != system.as_str() => Err(format!(
            "the coding is from the system {}, not this question's",
            given(&coding["system"])
        )),
        _ => Err("the \"I'm not sure\" item takes only its one code".into()),
    }
}

/// What the response must give for a question, in FHIR's terms.
pub fn expected(bank: &Bank, q: &Question) -> String {
    let codes = || {
        let options = q.kind.options();
        let codings: Vec<Value> = options.iter().map(|o| option_coding(bank, q, o)).collect();
        let system = codings
            .first()
            .map(|c| c["system"].clone())
            .unwrap_or_default();
        let list: Vec<String> = codings
            .iter()
            .map(|c| format!("{} ({})", c["code"], c["display"].as_str().unwrap_or("")))
            .collect();
        format!("from the system {system}, one of {}", list.join(", "))
    };
    match &q.kind {
        Kind::Single { .. } => format!("one valueCoding {}", codes()),
        Kind::Multi { .. } => format!("valueCoding answers {}", codes()),
        Kind::YesNo => "one valueBoolean, true or false".into(),
        Kind::Scale { min, max, .. } => format!("one valueInteger from {min} to {max}"),
        Kind::Number {
            min,
            max,
            dont_know,
            ..
        } => {
            let unsure = match dont_know {
                Some(_) => format!(
                    ", or the \"I'm not sure\" item {} ticked instead",
                    unsure_item(q).unwrap_or_default()
                ),
                None => String::new(),
            };
            format!(
                "one valueDecimal from {} to {}{unsure}",
                crate::answers::plain(*min),
                crate::answers::plain(*max)
            )
        }
        Kind::Text { max_length } => {
            format!("one valueString of at most {max_length} characters")
        }
    }
}
