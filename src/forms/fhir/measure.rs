//! A published measure inside the bank (the PHQ-9), modelled on HL7's own
//! PHQ-9 Questionnaire (44249-1): LOINC codes on the panel, on each item and
//! on each answer (with its points as the ordinalValue), and the total score
//! as a read-only, calculated item with its own LOINC code.

use serde_json::{Value, json};

use super::LOINC;
use super::enable_when::enable_when;
use crate::bank::{Bank, Question, ScoreGroup, Section};

const CALCULATED: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";

/// The linkId of a summed score's total.
pub fn total_id(group: &str) -> String {
    format!("{group}.total")
}

fn loinc(code: &str, display: &str) -> Value {
    json!([{ "system": LOINC, "code": code, "display": display }])
}

/// The summed score (with a LOINC code) whose questions a section holds.
fn summed_in<'a>(bank: &'a Bank, section: &Section) -> Option<&'a ScoreGroup> {
    bank.scores.iter().find(|g| {
        g.sum.is_some()
            && g.loinc.is_some()
            && section
                .questions
                .iter()
                .any(|q| q.sums_into.as_deref() == Some(g.id.as_str()))
    })
}

/// The panel's code on a section that is a published measure.
pub fn panel_code(bank: &Bank, section: &Section) -> Option<Value> {
    let code = section.loinc.as_deref()?;
    let name = summed_in(bank, section)
        .and_then(|g| g.sum.as_ref())
        .map_or(section.title.as_str(), |s| s.verbatim.as_str());
    Some(loinc(code, name))
}

/// An item's code in a published measure: its words are the measure's own.
pub fn item_code(q: &Question) -> Option<Value> {
    Some(loinc(q.loinc.as_deref()?, &q.text))
}

/// The total after the last question that adds to it, as a read-only integer
/// shown when its questions are, computed from the answers' ordinalValue (the
/// response gives the record's total; a form reading it back must agree).
pub fn total_after(bank: &Bank, section: &Section, q: &Question) -> Option<Value> {
    let group = summed_in(bank, section)?;
    let mine = |q: &Question| q.sums_into.as_deref() == Some(group.id.as_str());
    let last = section.questions.iter().rev().find(|q| mine(q))?;
    if last.id != q.id {
        return None;
    }
    let mut total = json!({
        "linkId": total_id(&group.id),
        "text": group.title,
        "type": "integer",
        "required": false,
        "readOnly": true,
        "code": loinc(group.loinc.as_deref()?, &group.title)
    });
    // The sum of the answers' points, so that a form computes it as it is filled.
    let items: Vec<String> = section
        .questions
        .iter()
        .filter(|q| mine(q))
        .map(|q| format!("linkId = '{}'", q.id))
        .collect();
    let sum = format!(
        "%resource.repeat(item).where({}).answer.value.weight().sum()",
        items.join(" or ")
    );
    total["extension"] = json!([{
        "url": CALCULATED,
        "valueExpression": { "language": "text/fhirpath", "expression": sum }
    }]);
    let first = section.questions.iter().find(|q| mine(q))?;
    if let Some(shown) = first.show_if.as_ref().map(|c| enable_when(bank, c)) {
        shown.apply(&mut total);
    }
    Some(total)
}
