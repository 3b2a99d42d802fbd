//! The bank as a FHIR R4 Questionnaire: one group per section, linkId = the
//! question id, answerOption codings, enableWhen from show_if, the SDC slider
//! for 0-10 ratings.

use serde_json::{Value, json};

use super::option_system;
use crate::bank::{Bank, Condition, Kind, Question, Test};

const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const CONTROL_CODES: &str = "http://hl7.org/fhir/questionnaire-item-control";

fn control(code: &str) -> Value {
    json!({
        "url": ITEM_CONTROL,
        "valueCodeableConcept": { "coding": [{ "system": CONTROL_CODES, "code": code }] }
    })
}

fn answer_value(
    bank: &Bank,
    condition: &Condition,
    value: &crate::answers::Answer,
) -> Option<(String, Value)> {
    use crate::answers::Answer;
    let system = option_system(&bank.url, &condition.question);
    match value {
        Answer::YesNo(b) => Some(("answerBoolean".into(), json!(b))),
        Answer::Choice(id) => Some((
            "answerCoding".into(),
            json!({ "system": system, "code": id }),
        )),
        Answer::Scale(n) => Some(("answerInteger".into(), json!(n))),
        Answer::Number(n) => Some(("answerDecimal".into(), json!(n))),
        Answer::Text(t) => Some(("answerString".into(), json!(t))),
        _ => None,
    }
}

fn enable_when(bank: &Bank, condition: &Condition) -> (Vec<Value>, Option<&'static str>) {
    let system = option_system(&bank.url, &condition.question);
    let coding = |id: &str| json!({ "question": condition.question, "operator": "=", "answerCoding": { "system": system, "code": id } });
    match &condition.test {
        Test::Equals(value) => match answer_value(bank, condition, value) {
            Some((key, v)) => {
                let mut when = json!({ "question": condition.question, "operator": "=" });
                when[key] = v;
                (vec![when], None)
            }
            None => (Vec::new(), None),
        },
        Test::AnyOf(ids) => (ids.iter().map(|id| coding(id)).collect(), Some("any")),
        Test::Includes(id) => (vec![coding(id)], None),
        Test::Between(lo, hi) => (
            vec![
                json!({ "question": condition.question, "operator": ">=", "answerDecimal": lo }),
                json!({ "question": condition.question, "operator": "<=", "answerDecimal": hi }),
            ],
            Some("all"),
        ),
        Test::PickedAtLeast(_) => (Vec::new(), None),
    }
}

fn item(bank: &Bank, q: &Question) -> Value {
    let mut item = json!({ "linkId": q.id, "text": q.text, "required": q.required });
    let system = option_system(&bank.url, &q.id);
    let options = |opts: &[crate::bank::Choice]| -> Vec<Value> {
        opts.iter()
            .map(
                |o| json!({ "valueCoding": { "system": system, "code": o.id, "display": o.text } }),
            )
            .collect()
    };
    match &q.kind {
        Kind::Single { options: o } => {
            item["type"] = json!("choice");
            item["answerOption"] = json!(options(o));
        }
        Kind::Multi { options: o } => {
            item["type"] = json!("choice");
            item["repeats"] = json!(true);
            item["answerOption"] = json!(options(o));
        }
        Kind::YesNo => item["type"] = json!("boolean"),
        Kind::Scale {
            min,
            max,
            low,
            high,
        } => {
            item["type"] = json!("integer");
            item["extension"] = json!([
                control("slider"),
                { "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": min },
                { "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": max },
                { "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue", "valueInteger": 1 },
                { "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-lowRangeLabel", "valueString": low },
                { "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-highRangeLabel", "valueString": high }
            ]);
        }
        Kind::Number { min, max, .. } => {
            item["type"] = json!("decimal");
            item["extension"] = json!([
                { "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueDecimal": min },
                { "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueDecimal": max }
            ]);
        }
        Kind::Text { max_length } => {
            item["type"] = json!(if *max_length > 250 { "text" } else { "string" });
            item["maxLength"] = json!(max_length);
        }
    }
    if let Some(condition) = &q.show_if {
        let (when, behaviour) = enable_when(bank, condition);
        if !when.is_empty() {
            item["enableWhen"] = json!(when);
            if when.len() > 1 {
                item["enableBehavior"] = json!(behaviour.unwrap_or("all"));
            }
        }
    }
    if let Some(help) = &q.help {
        item["item"] = json!([{
            "linkId": format!("{}.help", q.id),
            "type": "display",
            "text": help,
            "extension": [control("help")]
        }]);
    }
    item
}

/// The whole bank as a Questionnaire resource.
pub fn questionnaire(bank: &Bank) -> Value {
    let items: Vec<Value> = bank
        .sections
        .iter()
        .filter(|s| !s.questions.is_empty())
        .map(|s| {
            json!({
                "linkId": s.id,
                "text": s.title,
                "type": "group",
                "item": s.questions.iter().map(|q| item(bank, q)).collect::<Vec<_>>()
            })
        })
        .collect();
    json!({
        "resourceType": "Questionnaire",
        "id": bank.id,
        "url": bank.url,
        "version": bank.version,
        "name": "TherapyChoice",
        "title": bank.title,
        "status": "active",
        "date": bank.evidence.published,
        "publisher": bank.evidence.about.authors,
        "description": bank.evidence.about.what,
        "item": items
    })
}
