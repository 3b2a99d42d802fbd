//! The display item after the safety question, its "right now" follow-up
//! and PHQ-9 item 9: the safety page with the act-now lines first and the
//! crisis lines, shown by a form only after an answer that raises the safety
//! flag (or says the thoughts are there right now).

use maud::html;
use serde_json::{Value, json};

use super::option_coding;

use crate::answers::Answer;
use crate::bank::{Bank, Evidence, Kind, Question, SafetyAnswer};
use crate::page::{Block, safety_page};
use crate::text::html::t;

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
    // Each block kept, with whether it is a list item and a heading.
    let kept: Vec<(&String, bool, bool)> = page
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Heading(t) => Some((t, false, true)),
            Block::Text(t) => Some((t, false, false)),
            Block::Item(t) => Some((t, true, false)),
            // The safety page has no pictures and no table.
            Block::Icons(_) | Block::Table(_) => None,
        })
        .filter(|(text, _, _)| !program_only.contains(text))
        .collect();
    let mut lines: Vec<String> = page.title.iter().cloned().collect();
    lines.extend(kept.iter().map(|&(text, item, _)| match item {
        true => format!("- {text}"),
        false => text.clone(),
    }));
    (lines.join("\n"), xhtml(page.title.as_deref(), &kept))
}

/// The page as XHTML: the title and headings in bold, items in lists.
fn xhtml(title: Option<&str>, kept: &[(&String, bool, bool)]) -> String {
    let runs = kept.chunk_by(|a, b| a.1 == b.1);
    html! {
        div xmlns="http://www.w3.org/1999/xhtml" {
            @if let Some(title) = title { p { b { (t(title)) } } }
            @for run in runs {
                @if run[0].1 {
                    ul { @for (text, _, _) in run { li { (t(text)) } } }
                } @else {
                    @for &(text, _, heading) in run {
                        @if heading { p { b { (t(text)) } } } @else { p { (t(text)) } }
                    }
                }
            }
        }
    }
    .into_string()
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
