//! A question's `show_if` as FHIR enableWhen clauses. Some conditions have no
//! exact FHIR form (at least two of a multiple choice); the caller is told, so
//! that such an item is never marked required when it might be hidden.

use serde_json::{Value, json};

use super::{option_coding, option_system};
use crate::answers::Answer;
use crate::bank::{Bank, Condition, Kind, Test};

/// The clauses, whether any one of them (rather than all) enables the item,
/// and whether they say exactly what the condition says.
#[derive(Clone)]
pub struct EnableWhen {
    pub clauses: Vec<Value>,
    pub any: bool,
    pub exact: bool,
}

impl EnableWhen {
    /// Write the clauses (and the behaviour, when there are several) onto an item.
    pub fn apply(&self, item: &mut Value) {
        if self.clauses.is_empty() {
            return;
        }
        item["enableWhen"] = json!(self.clauses);
        if self.clauses.len() > 1 {
            item["enableBehavior"] = json!(if self.any { "any" } else { "all" });
        }
    }
}

fn clause(question: &str, operator: &str, key: &str, value: Value) -> Value {
    let mut when = json!({ "question": question, "operator": operator });
    when[key] = value;
    when
}

pub fn enable_when(bank: &Bank, condition: &Condition) -> EnableWhen {
    let question = condition.question.as_str();
    let asked = bank.question(question);
    let coding = |id: &str| match asked.and_then(|q| Some((q, q.option(id)?))) {
        Some((q, choice)) => option_coding(bank, q, choice),
        None => json!({ "system": option_system(&bank.url, question), "code": id, "display": id }),
    };
    let is_scale = matches!(asked.map(|q| &q.kind), Some(Kind::Scale { .. }));
    let exact = |clauses: Vec<Value>, any: bool| EnableWhen {
        clauses,
        any,
        exact: true,
    };
    match &condition.test {
        Test::Equals(value) => {
            let (key, v) = match value {
                Answer::YesNo(b) => ("answerBoolean", json!(b)),
                Answer::Choice(id) => ("answerCoding", coding(id)),
                Answer::Scale(n) => ("answerInteger", json!(n)),
                Answer::Number(n) => ("answerDecimal", json!(n)),
                Answer::Text(t) => ("answerString", json!(t)),
                Answer::Choices(_) | Answer::DontKnow => {
                    return EnableWhen {
                        clauses: Vec::new(),
                        any: false,
                        exact: false,
                    };
                }
            };
            exact(vec![clause(question, "=", key, v)], false)
        }
        Test::AnyOf(ids) => exact(
            ids.iter()
                .map(|id| clause(question, "=", "answerCoding", coding(id)))
                .collect(),
            true,
        ),
        Test::Includes(id) => exact(
            vec![clause(question, "=", "answerCoding", coding(id))],
            false,
        ),
        Test::Between(lo, hi) => {
            // A rating is a whole number: round the bounds inward.
            let bound = |n: f64| {
                if is_scale {
                    ("answerInteger", json!(n as i64))
                } else {
                    ("answerDecimal", json!(n))
                }
            };
            let (key_lo, lo) = bound(if is_scale { lo.ceil() } else { *lo });
            let (key_hi, hi) = bound(if is_scale { hi.floor() } else { *hi });
            exact(
                vec![
                    clause(question, ">=", key_lo, lo),
                    clause(question, "<=", key_hi, hi),
                ],
                false,
            )
        }
        Test::PickedAtLeast(least) => EnableWhen {
            clauses: vec![clause(question, "exists", "answerBoolean", json!(true))],
            any: false,
            exact: *least <= 1,
        },
    }
}
