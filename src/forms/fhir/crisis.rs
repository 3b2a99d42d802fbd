//! The display item after the safety question, its "right now" follow-up
//! and PHQ-9 item 9: the safety page with the act-now lines first and the
//! crisis lines, shown by a form only after an answer that raises the safety
//! flag (or says the thoughts are there right now).

use serde_json::{Value, json};

use super::option_coding;

use crate::answers::Answer;
use crate::bank::{Bank, Evidence, Kind, Question, SafetyAnswer};
use crate::page::{Block, safety_page};
use crate::text::html::esc;

const RENDERING_XHTML: &str = "http://hl7.org/fhir/StructureDefinition/rendering-xhtml";

/// The linkId of the crisis display item after a safety question.
pub fn crisis_id(question: &str) -> String {
    format!("{question}.crisis")
}

/// Whether the question has answers that raise the safety flag: the safety
/// question, its "right now" follow-up, and a measure's item that does above
/// some points (PHQ-9 item 9).
pub fn raises_flag(bank: &Bank, q: &Question) -> bool {
    q.safety || q.flags_safety_above.is_some() || is_right_now(bank, q)
}

/// The "right now" question the bank marks (the one shown only after the
/// safety question's answer): its yes and rather not say are the most urgent.
fn is_right_now(bank: &Bank, q: &Question) -> bool {
    bank.right_now().is_some_and(|now| now.id == q.id)
}

/// Whether this answer to the question shows the safety page in a form.
fn shows_page(bank: &Bank, q: &Question, answer: &Answer) -> bool {
    if is_right_now(bank, q) {
        return matches!(answer, Answer::Choice(id)
            if SafetyAnswer::of(id).is_some_and(SafetyAnswer::raises_safety));
    }
    q.raises_safety(answer)
}

/// The enableWhen clauses: every answer that raises the flag (and shows the
/// safety page) in the program.
fn shown_by(bank: &Bank, q: &Question) -> Vec<Value> {
    match &q.kind {
        Kind::Single { options } => options
            .iter()
            .filter(|o| shows_page(bank, q, &Answer::Choice(o.id.clone())))
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

/// The program's safety page, as plain text (one line a block) and XHTML
/// (paragraphs and lists), without what only holds for this program on this
/// computer (that it contacts no one, how to remove unfinished answers): a
/// form may be filled anywhere.
fn page_text(evidence: &Evidence) -> (String, String) {
    let page = safety_page(evidence);
    let crisis = &evidence.crisis;
    let program_only = [&crisis.verbatim.no_contact, &crisis.fresh];
    let mut lines: Vec<String> = page.title.iter().cloned().collect();
    let mut xhtml = String::from("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
    if let Some(title) = &page.title {
        xhtml.push_str(&format!("<p><b>{}</b></p>", esc(title)));
    }
    let mut in_list = false;
    for block in &page.blocks {
        let (text, item, heading) = match block {
            Block::Heading(t) => (t, false, true),
            Block::Text(t) => (t, false, false),
            Block::Item(t) => (t, true, false),
            // The safety page has no pictures and no table.
            Block::Icons(_) | Block::Table(_) => continue,
        };
        if program_only.contains(&text) {
            continue;
        }
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
        xhtml.push_str(&match (item, heading) {
            (true, _) => format!("<li>{}</li>", esc(text)),
            (false, true) => format!("<p><b>{}</b></p>", esc(text)),
            (false, false) => format!("<p>{}</p>", esc(text)),
        });
    }
    if in_list {
        xhtml.push_str("</ul>");
    }
    xhtml.push_str("</div>");
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
