//! The rules a QuestionnaireResponse must keep against its Questionnaire, as
//! HL7's validator checks them: every linkId is an item of the questionnaire
//! at the same place (groups nest the same way, in the same order), each
//! answer has the item's value type, codings are among the answerOptions (with
//! the same display), a required item is answered when it is enabled, and a
//! disabled item is not answered at all.

use serde_json::{Map, Value};
use std::collections::HashMap;

/// The answer key each item type takes (none for groups and display items).
fn value_key(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "boolean" => "valueBoolean",
        "decimal" => "valueDecimal",
        "integer" => "valueInteger",
        "string" | "text" => "valueString",
        "choice" => "valueCoding",
        "date" => "valueDate",
        "dateTime" => "valueDateTime",
        _ => return None,
    })
}

fn list(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

fn text(value: &Value, key: &str) -> String {
    value[key].as_str().unwrap_or("").to_string()
}

/// Every answer in the response, by linkId.
fn answers_by_link(items: &Value, out: &mut HashMap<String, Vec<Value>>) {
    for item in list(items) {
        for answer in list(&item["answer"]) {
            out.entry(text(item, "linkId"))
                .or_default()
                .push(answer.clone());
            answers_by_link(&answer["item"], out);
        }
        answers_by_link(&item["item"], out);
    }
}

/// The one value of an answer or an enableWhen: its key (without the prefix) and value.
fn typed<'a>(object: &'a Map<String, Value>, prefix: &str) -> Option<(&'a str, &'a Value)> {
    object
        .iter()
        .find_map(|(k, v)| k.strip_prefix(prefix).map(|kind| (kind, v)))
}

fn same(kind: &str, a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match kind {
        "Coding" => (a["system"] == b["system"] && a["code"] == b["code"])
            .then_some(std::cmp::Ordering::Equal),
        "Decimal" | "Integer" => a.as_f64()?.partial_cmp(&b.as_f64()?),
        "String" => a.as_str()?.partial_cmp(b.as_str()?),
        _ => (a == b).then_some(std::cmp::Ordering::Equal),
    }
}

/// Whether one enableWhen clause holds, as FHIR R4 defines it.
fn clause_holds(when: &Value, answers: &HashMap<String, Vec<Value>>) -> bool {
    let given = answers
        .get(when["question"].as_str().unwrap_or(""))
        .map_or(&[][..], Vec::as_slice);
    let operator = when["operator"].as_str().unwrap_or("");
    let Some((kind, want)) = when.as_object().and_then(|w| typed(w, "answer")) else {
        return false;
    };
    if operator == "exists" {
        return want.as_bool() == Some(!given.is_empty());
    }
    let order = |answer: &Value| {
        answer
            .as_object()
            .and_then(|a| typed(a, "value"))
            .filter(|(k, _)| *k == kind)
            .and_then(|(_, v)| same(kind, v, want))
    };
    use std::cmp::Ordering::*;
    // R4: "!=" holds when no answer is equal to it, with no answer at all too.
    if operator == "!=" {
        return !given.iter().any(|answer| order(answer) == Some(Equal));
    }
    given.iter().any(|answer| {
        let Some(order) = order(answer) else {
            return false;
        };
        match operator {
            "=" => order == Equal,
            ">" => order == Greater,
            "<" => order == Less,
            ">=" => order != Less,
            "<=" => order != Greater,
            _ => false,
        }
    })
}

fn enabled(item: &Value, answers: &HashMap<String, Vec<Value>>) -> bool {
    let clauses = list(&item["enableWhen"]);
    if clauses.is_empty() {
        return true;
    }
    let mut results = clauses.iter().map(|c| clause_holds(c, answers));
    if item["enableBehavior"] == "any" {
        results.any(|r| r)
    } else {
        results.all(|r| r)
    }
}

/// Whether an item of the questionnaire is enabled by the answers of a response.
pub fn enabled_in(item: &Value, response: &Value) -> bool {
    let mut answers = HashMap::new();
    answers_by_link(&response["item"], &mut answers);
    enabled(item, &answers)
}

struct Check {
    answers: HashMap<String, Vec<Value>>,
    problems: Vec<String>,
}

impl Check {
    /// Response items `given` against questionnaire items `asked`, at one level.
    fn level(&mut self, asked: &Value, given: &Value, parent_enabled: bool, place: &str) {
        let asked = list(asked);
        let mut next = 0;
        for g in list(given) {
            let link = text(g, "linkId");
            match asked.iter().position(|a| a["linkId"] == g["linkId"]) {
                None => self.problems.push(format!(
                    "{place}: \"{link}\" is not an item here in the questionnaire"
                )),
                Some(i) if i < next => self.problems.push(format!(
                    "{place}: \"{link}\" is out of the questionnaire's order"
                )),
                Some(i) => next = i + 1,
            }
            if list(given)
                .iter()
                .filter(|o| o["linkId"] == g["linkId"])
                .count()
                > 1
            {
                self.problems
                    .push(format!("{place}: \"{link}\" appears more than once"));
            }
        }
        for a in asked {
            let link = text(a, "linkId");
            let here = format!("{place}/{link}");
            let on = parent_enabled && enabled(a, &self.answers);
            let found: Vec<&Value> = list(given)
                .iter()
                .filter(|g| g["linkId"] == a["linkId"])
                .collect();
            let kind = text(a, "type");
            if kind == "display" {
                if !found.is_empty() {
                    self.problems
                        .push(format!("{here}: a display item is never answered"));
                }
                continue;
            }
            let answered = found.iter().any(|g| {
                !list(&g["answer"]).is_empty() || (kind == "group" && !list(&g["item"]).is_empty())
            });
            if !on && answered {
                self.problems
                    .push(format!("{here}: answered, but the item is disabled"));
            }
            if on && a["required"] == true && !answered {
                self.problems
                    .push(format!("{here}: required and enabled, but not answered"));
            }
            for g in found {
                if g.get("text").is_some() && g["text"] != a["text"] {
                    self.problems
                        .push(format!("{here}: the text differs from the questionnaire's"));
                }
                if kind == "group" {
                    if g.get("answer").is_some() {
                        self.problems
                            .push(format!("{here}: a group has no answers"));
                    }
                    self.level(&a["item"], &g["item"], on, &here);
                } else {
                    self.answer(a, g, on, &here);
                }
            }
        }
    }

    /// The answers of one question item.
    fn answer(&mut self, asked: &Value, given: &Value, on: bool, here: &str) {
        let answers = list(&given["answer"]);
        if given.get("item").is_some() {
            self.problems.push(format!(
                "{here}: a question's items belong under its answer"
            ));
        }
        if answers.len() > 1 && asked["repeats"] != true {
            self.problems.push(format!(
                "{here}: more than one answer to a question that does not repeat"
            ));
        }
        let key = value_key(asked["type"].as_str().unwrap_or(""));
        for answer in answers {
            let Some(object) = answer.as_object() else {
                continue;
            };
            let values: Vec<&String> = object.keys().filter(|k| k.starts_with("value")).collect();
            if values.len() != 1 || Some(values[0].as_str()) != key {
                self.problems.push(format!(
                    "{here}: answer {:?} does not fit an item of type {}",
                    values,
                    asked["type"].as_str().unwrap_or("?")
                ));
                continue;
            }
            let value = &answer[values[0].as_str()];
            if values[0] == "valueCoding" {
                self.coding(asked, value, here);
            }
            if let Some(options) = asked["answerOption"].as_array()
                && values[0] != "valueCoding"
                && !options
                    .iter()
                    .any(|o| o.get(values[0].as_str()) == Some(value))
            {
                self.problems
                    .push(format!("{here}: {value} is not among the answerOptions"));
            }
            if let (Some(max), Some(t)) = (asked["maxLength"].as_u64(), value.as_str())
                && t.chars().count() as u64 > max
            {
                self.problems
                    .push(format!("{here}: longer than its maxLength {max}"));
            }
            self.bounds(asked, value, here);
            self.level(&asked["item"], &answer["item"], on, here);
        }
    }

    fn coding(&mut self, asked: &Value, coding: &Value, here: &str) {
        if coding["display"].as_str().is_none_or(str::is_empty) {
            self.problems
                .push(format!("{here}: a coding without a display"));
        }
        let option = list(&asked["answerOption"]).iter().find(|o| {
            o["valueCoding"]["system"] == coding["system"]
                && o["valueCoding"]["code"] == coding["code"]
        });
        match option {
            None => self.problems.push(format!(
                "{here}: {} is not among the answerOptions",
                coding["code"]
            )),
            Some(o) if o["valueCoding"]["display"] != coding["display"] => {
                self.problems.push(format!(
                    "{here}: the display of {} differs from the answerOption's",
                    coding["code"]
                ))
            }
            Some(_) => {}
        }
    }

    /// A number within the item's minValue and maxValue extensions.
    fn bounds(&mut self, asked: &Value, value: &Value, here: &str) {
        let Some(n) = value.as_f64() else {
            return;
        };
        for ext in list(&asked["extension"]) {
            let url = ext["url"].as_str().unwrap_or("");
            let limit = ext
                .as_object()
                .and_then(|e| typed(e, "value"))
                .and_then(|(_, v)| v.as_f64());
            let Some(limit) = limit else { continue };
            let out = (url.ends_with("/minValue") && n < limit)
                || (url.ends_with("/maxValue") && n > limit);
            if out {
                self.problems
                    .push(format!("{here}: {n} is outside the item's bounds"));
            }
        }
    }
}

/// Every way the response breaks the rules of its questionnaire, one sentence
/// each naming the place (`/group/linkId`); empty when it conforms.
pub fn conform(questionnaire: &Value, response: &Value) -> Vec<String> {
    let mut answers = HashMap::new();
    answers_by_link(&response["item"], &mut answers);
    let mut check = Check {
        answers,
        problems: Vec::new(),
    };
    let expected = format!(
        "{}|{}",
        text(questionnaire, "url"),
        text(questionnaire, "version")
    );
    if response["questionnaire"] != expected.as_str() {
        check.problems.push(format!(
            "the response names {} and not {expected}",
            response["questionnaire"]
        ));
    }
    check.level(&questionnaire["item"], &response["item"], true, "");
    check.problems
}
