//! Checking a section shown in one line on the check screen: it must be an
//! optional block (its first question a yes or no that may be skipped, every
//! other question shown only after it), and hold no safety question, whose
//! answers always stand on lines of their own.

use crate::bank::{Kind, Question, Section};

/// What is wrong with each such section, with its place ("section phq9").
pub fn problems(sections: &[Section]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for section in sections.iter().filter(|s| s.one_line_on_check) {
        let place = format!("section {}", section.id);
        let Some(offer) = section.questions.first() else {
            found.push((place, "one_line_on_check needs questions".into()));
            continue;
        };
        if offer.kind != Kind::YesNo || offer.required {
            found.push((
                place.clone(),
                format!("one_line_on_check: its first question ({}) must be a yes_no question that is not required, which offers the block", offer.id),
            ));
        }
        for q in &section.questions[1..] {
            if !shown_only_after(q, offer, &section.questions) {
                found.push((
                    q.id.clone(),
                    format!("in a one_line_on_check section, every question after the first must be shown only after it (show_if leading to {})", offer.id),
                ));
            }
        }
        if section.questions.iter().any(|q| q.safety) {
            found.push((
                place,
                "one_line_on_check cannot hold the safety question: its answers stand on lines of their own".into(),
            ));
        }
    }
    found
}

/// Whether `q` is shown only through `offer`: its condition names the offer,
/// or a question that is itself shown only through it.
fn shown_only_after(q: &Question, offer: &Question, section: &[Question]) -> bool {
    let mut at = q;
    for _ in 0..section.len() {
        let Some(c) = &at.show_if else {
            return false;
        };
        if c.question == offer.id {
            return true;
        }
        match section.iter().find(|other| other.id == c.question) {
            Some(other) => at = other,
            None => return false,
        }
    }
    false
}
