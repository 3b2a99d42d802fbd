//! The display item after the safety question: what to do now and the crisis
//! lines, shown by a form only after an answer that raises the safety flag.

use serde_json::{Value, json};

use super::option_system;
use crate::ask::{Block, Page, pages};
use crate::bank::{Bank, Kind, Question};
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

/// The page as plain text (one line a block) and as XHTML (paragraphs and a list).
fn page_text(page: &Page) -> (String, String) {
    let mut lines: Vec<String> = page.title.iter().cloned().collect();
    let mut xhtml = String::from("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
    if let Some(title) = &page.title {
        xhtml.push_str(&format!("<p><b>{}</b></p>", esc(title)));
    }
    let mut in_list = false;
    for block in &page.blocks {
        let (text, item) = match block {
            Block::Heading(t) | Block::Text(t) => (t, false),
            Block::Item(t) => (t, true),
        };
        lines.push(if item {
            format!("- {text}")
        } else {
            text.clone()
        });
        match (in_list, item) {
            (false, true) => xhtml.push_str("<ul>"),
            (true, false) => xhtml.push_str("</ul>"),
            _ => {}
        }
        in_list = item;
        let tag = if item { "li" } else { "p" };
        xhtml.push_str(&format!("<{tag}>{}</{tag}>", esc(text)));
    }
    if in_list {
        xhtml.push_str("</ul>");
    }
    xhtml.push_str("</div>");
    (lines.join("\n"), xhtml)
}

/// The crisis page as one display item, enabled by a "yes" (or "rather not say").
pub fn crisis_item(bank: &Bank, q: &Question) -> Value {
    let (text, xhtml) = page_text(&pages::crisis(&bank.evidence));
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
