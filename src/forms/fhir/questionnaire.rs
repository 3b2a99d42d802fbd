//! The bank as a FHIR R4 Questionnaire: one group per section, linkId = the
//! question id, answerOption codings, enableWhen from show_if, the SDC slider
//! for 0-10 ratings with its end labels as `lower`/`upper` display items, a
//! coded "don't know" beside number questions, and the crisis lines after the
//! safety question.

use serde_json::{Value, json};

use super::crisis::{crisis_item, raises_flag};
use super::enable_when::{EnableWhen, enable_when};
use super::measure::{item_code, panel_code, total_after};
use super::{DONT_KNOW_CODE, control, dont_know_id, option_coding, option_system};
use crate::bank::{Bank, Choice, Kind, Question, Section};

const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
const ENTRY_FORMAT: &str = "http://hl7.org/fhir/StructureDefinition/entryFormat";
const SLIDER_STEP: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue";

fn options(bank: &Bank, q: &Question, opts: &[Choice]) -> Vec<Value> {
    opts.iter()
        .map(|o| {
            let mut option = json!({ "valueCoding": option_coding(bank, q, o) });
            if let Some(points) = o.points {
                option["extension"] = json!([{ "url": ORDINAL_VALUE, "valueDecimal": points }]);
            }
            option
        })
        .collect()
}

/// A display item under a question, shown the way the control code says.
fn display(id: String, text: &str, code: &str) -> Value {
    json!({ "linkId": id, "type": "display", "text": text, "extension": [control(code)] })
}

/// The question's own item, without its condition.
fn item(bank: &Bank, q: &Question) -> Value {
    let mut item = json!({ "linkId": q.id, "text": q.text, "required": q.required });
    let mut children = Vec::new();
    match &q.kind {
        Kind::Single { options: o } => {
            item["type"] = json!("choice");
            item["extension"] = json!([control("radio-button")]);
            item["answerOption"] = json!(options(bank, q, o));
        }
        Kind::Multi { options: o } => {
            item["type"] = json!("choice");
            item["repeats"] = json!(true);
            item["extension"] = json!([control("check-box")]);
            item["answerOption"] = json!(options(bank, q, o));
        }
        Kind::YesNo => item["type"] = json!("boolean"),
        Kind::Scale {
            min,
            max,
            low,
            high,
        } => {
            item["type"] = json!("integer");
            // Renderers without a slider (LHC-Forms) drop the lower/upper
            // items; the entry format puts the ends in the empty field.
            item["extension"] = json!([
                control("slider"),
                { "url": MIN_VALUE, "valueInteger": min },
                { "url": MAX_VALUE, "valueInteger": max },
                { "url": SLIDER_STEP, "valueInteger": 1 },
                { "url": ENTRY_FORMAT, "valueString": format!("{min} = {low} … {max} = {high}") }
            ]);
            children.push(display(format!("{}.lower", q.id), low, "lower"));
            children.push(display(format!("{}.upper", q.id), high, "upper"));
        }
        Kind::Number { min, max, .. } => {
            item["type"] = json!("decimal");
            item["extension"] = json!([
                { "url": MIN_VALUE, "valueDecimal": min },
                { "url": MAX_VALUE, "valueDecimal": max }
            ]);
        }
        Kind::Text { max_length } => {
            item["type"] = json!(if *max_length > 250 { "text" } else { "string" });
            item["maxLength"] = json!(max_length);
        }
    }
    if let Some(help) = &q.help {
        children.push(display(format!("{}.help", q.id), help, "help"));
    }
    if !children.is_empty() {
        item["item"] = json!(children);
    }
    item
}

/// The coding of the "I'm not sure" answer beside a number question.
fn unsure_coding(bank: &Bank, q: &Question, label: &str) -> Value {
    json!({
        "system": option_system(&bank.url, &q.id),
        "code": DONT_KNOW_CODE,
        "display": label
    })
}

/// The coded "I'm not sure" beside a number question. When it is picked the
/// number is disabled, so a required number is never left empty. Its text is
/// the number question's own, so a screen reader names the box by its
/// question, and the words stay with the box while the number is hidden.
fn dont_know(bank: &Bank, q: &Question, label: &str) -> Value {
    json!({
        "linkId": dont_know_id(&q.id),
        "text": q.text,
        "type": "choice",
        "repeats": true,
        "required": false,
        "extension": [control("check-box")],
        "answerOption": [{ "valueCoding": unsure_coding(bank, q, label) }]
    })
}

/// A question's items: its own, then a "don't know" or the crisis lines.
fn items(bank: &Bank, q: &Question) -> Vec<Value> {
    let shown = q.show_if.as_ref().map(|c| enable_when(bank, c));
    let mut own = item(bank, q);
    let mut out = Vec::new();
    if let Kind::Number {
        dont_know: Some(label),
        ..
    } = &q.kind
    {
        let mut companion = dont_know(bank, q, label);
        // "Not ticked" as "no answer is I'm not sure" (R4's "!="), not as "no
        // answer at all": a box ticked and unticked again may leave an empty
        // answer behind in a renderer, and the number must come back.
        let not_unsure = json!({
            "question": dont_know_id(&q.id), "operator": "!=",
            "answerCoding": unsure_coding(bank, q, label)
        });
        let mut when = EnableWhen {
            clauses: vec![not_unsure],
            any: false,
            exact: true,
        };
        if let Some(shown) = &shown {
            shown.apply(&mut companion);
            if shown.any && shown.clauses.len() > 1 {
                // "any of these, and not unsure" has no FHIR form: keep the
                // condition and let the number be left empty.
                when = EnableWhen {
                    exact: false,
                    ..shown.clone()
                };
            } else {
                when.clauses.extend(shown.clauses.iter().cloned());
                when.exact = shown.exact;
            }
        }
        when.apply(&mut own);
        if !when.exact {
            own["required"] = json!(false);
        }
        out.push(own);
        out.push(companion);
        return out;
    }
    if let Some(shown) = &shown {
        shown.apply(&mut own);
        if !shown.exact {
            own["required"] = json!(false);
        }
    }
    if let Some(code) = item_code(q) {
        own["code"] = code;
    }
    out.push(own);
    if raises_flag(bank, q) {
        out.push(crisis_item(bank, q));
    }
    out
}

/// A section as a group. The label question stays out: it names the person.
fn group(bank: &Bank, s: &Section) -> Value {
    let label = bank.clinician.as_ref().and_then(|c| c.label.as_deref());
    let items: Vec<Value> = s
        .questions
        .iter()
        .filter(|q| Some(q.id.as_str()) != label)
        .flat_map(|q| {
            let mut out = items(bank, q);
            out.extend(total_after(bank, s, q));
            out
        })
        .collect();
    let mut group = json!({ "linkId": s.id, "text": s.title, "type": "group", "item": items });
    if let Some(code) = panel_code(bank, s) {
        group["code"] = code;
    }
    group
}

/// The whole bank as a Questionnaire resource.
pub fn questionnaire(bank: &Bank) -> Value {
    let groups: Vec<Value> = bank
        .sections
        .iter()
        .map(|s| group(bank, s))
        .filter(|g| g["item"].as_array().is_some_and(|i| !i.is_empty()))
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
        "item": groups
    })
}
