//! Every safety answer as given, in one line for the clinician's box and the
//! safety alert: "Thoughts of death, self-harm or suicide: yes
//! (self-reported); right now: yes", a "no" as "said no (self-reported, not
//! a risk assessment)", a PHQ-9 item 9 above "Not at all" beside it, and an
//! earlier answer taken back after it. Pure.

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::bank::clinician::ClinicianWords;
use crate::text::fill;

/// The line, or None when the bank has no words for the clinician's box.
pub(super) fn said(bank: &Bank, answers: &Answers, earlier: Option<&str>) -> Option<String> {
    let w = &bank.clinician.as_ref()?.words;
    let thoughts = bank.safety_question()?;
    let first = match answers.get(&thoughts.id) {
        Some(Answer::Choice(id)) => as_said(w, id, &w.said_yes, &w.said_no),
        _ => w.not_answered.clone(),
    };
    let mut parts = vec![format!("{}: {first}", w.thoughts)];
    if let Some(now) = bank.right_now()
        && let Some(Answer::Choice(id)) = answers.get(&now.id)
    {
        let answer = as_said(w, id, &w.now_yes, &w.now_no);
        parts.push(fill(&w.right_now, &[("answer", &answer)]));
    }
    // Item 9 stands beside the safety answer whenever it raises the flag,
    // even (above all) beside a "no".
    for (_, q) in bank.questions() {
        if q.flags_safety_above.is_some()
            && let Some(a) = answers.get(&q.id)
            && q.raises_safety(a)
        {
            let item9 = fill(&w.item9, &[("answer", &q.shown(a, None))]);
            parts.push(format!("{} {item9}", w.phq9));
        }
    }
    let mut line = format!("{}.", parts.join("; "));
    if let Some(earlier) = earlier {
        line.push(' ');
        line.push_str(earlier);
    }
    Some(line)
}

/// A safety answer's option id in the clinician's words.
fn as_said(w: &ClinicianWords, id: &str, yes: &str, no: &str) -> String {
    match id {
        "yes" => yes.to_string(),
        "no" => no.to_string(),
        _ => w.said_not.clone(),
    }
}
