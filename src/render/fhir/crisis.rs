//! The display item after the safety question: what to do now and the crisis
//! lines, shown by a form only after an answer that raises the safety flag.

use serde_json::{Value, json};

use super::option_system;

use crate::bank::{Bank, Evidence, Kind, Question};
use crate::render::html::esc;

const RENDERING_XHTML: &str = "http://hl7.org/fhir/StructureDefinition/rendering-xhtml";

/// The options of a single-choice safety question that show the crisis lines.
const SHOWS_CRISIS: [&str; 2] = ["yes", "rather_not_say"];

/// The linkId of the crisis display item after a safety question.
pub fn crisis_id(question: &str) -> String {
    format!("{question}.crisis")
}

/// The enableWhen clauses: any answer that shows the crisis lines in the program.
fn shown_by(bank: &Bank, q: &Question) -> Vec<Value> {
    match &q.kind {
        Kind::Single { options } => options
            .iter()
            .filter(|o| SHOWS_CRISIS.contains(&o.id.as_str()))
            .map(|o| {
                json!({
                    "question": q.id,
                    "operator": "=",
                    "answerCoding": {
                        "system": option_system(&bank.url, &q.id),
                        "code": o.id,
                        "display": o.text
                    }
                })
            })
            .collect(),
        _ => vec![json!({ "question": q.id, "operator": "=", "answerBoolean": true })],
    }
}

/// What to do now and the numbers to call, as the program's crisis page has
/// them: plain text (one line a paragraph or number) and XHTML (paragraphs
/// and a list).
fn page_text(evidence: &Evidence) -> (String, String) {
    let crisis = &evidence.crisis;
    let numbers = evidence.crisis_lines();
    let mut lines = vec![crisis.title.clone()];
    lines.extend(crisis.before.iter().cloned());
    lines.extend(numbers.iter().map(|n| format!("- {n}")));
    lines.extend(crisis.after.iter().cloned());
    let paragraphs = |texts: &[String]| -> String {
        texts.iter().map(|t| format!("<p>{}</p>", esc(t))).collect()
    };
    let list: String = numbers
        .iter()
        .map(|n| format!("<li>{}</li>", esc(n)))
        .collect();
    let xhtml = format!(
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>{}</b></p>{}<ul>{list}</ul>{}</div>",
        esc(&crisis.title),
        paragraphs(&crisis.before),
        paragraphs(&crisis.after)
    );
    (lines.join("\n"), xhtml)
}

/// The crisis page as one display item, enabled by a "yes" (or "rather not say").
pub fn crisis_item(bank: &Bank, q: &Question) -> Value {
    let (text, xhtml) = page_text(&bank.evidence);
    let when = shown_by(bank, q);
    let mut item = json!({
        "linkId": crisis_id(&q.id),
        "type": "display",
        "text": text,
        "_text": { "extension": [{ "url": RENDERING_XHTML, "valueString": xhtml }] },
        "enableWhen": when
    });
    if when.len() > 1 {
        item["enableBehavior"] = json!("any");
    }
    item
}
