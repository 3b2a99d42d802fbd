//! The display item after the safety question: what to do now and the crisis
//! lines, shown by a form only after an answer that raises the safety flag.

use serde_json::{Value, json};

use super::option_coding;

use crate::bank::{Bank, Choice, Evidence, Kind, Question};
use crate::render::html::esc;

const RENDERING_XHTML: &str = "http://hl7.org/fhir/StructureDefinition/rendering-xhtml";

/// The options of a single-choice safety question that show the crisis lines.
const SHOWS_CRISIS: [&str; 2] = ["yes", "rather_not_say"];

/// The linkId of the crisis display item after a safety question.
pub fn crisis_id(question: &str) -> String {
    format!("{question}.crisis")
}

/// Whether the question has answers that raise the safety flag: the safety
/// question, and a measure's item that does above some points (PHQ-9 item 9).
pub fn raises_flag(q: &Question) -> bool {
    q.safety || q.flags_safety_above.is_some()
}

/// The enableWhen clauses: every answer that shows the crisis lines in the program.
fn shown_by(bank: &Bank, q: &Question) -> Vec<Value> {
    let raises = |o: &Choice| match q.flags_safety_above {
        Some(above) => o.points.is_some_and(|p| p > above),
        None => SHOWS_CRISIS.contains(&o.id.as_str()),
    };
    match &q.kind {
        Kind::Single { options } => options
            .iter()
            .filter(|o| raises(o))
            .map(|o| {
                json!({
                    "question": q.id,
                    "operator": "=",
                    "answerCoding": option_coding(bank, q, o)
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
