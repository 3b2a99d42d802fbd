//! The box for the clinician, made once when the record is built: at most a
//! dozen short lines that answer "is this person safe, how low are they, how
//! sure are they, what do they want, and does the aid agree". Pure.

use serde::{Deserialize, Serialize};

use super::phq9::Phq9;
use crate::answers::Answers;
use crate::bank::Bank;
use crate::bank::clinician::{Clinician, ClinicianWords, Named};
use crate::bank::rules::{BarrierKind, OptionId};
use crate::text::fill;
use crate::weigh::Assessment;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClinicianBox {
    pub title: String,
    pub lines: Vec<BoxLine>,
    /// The questions whose answers the box shows, so the summary need not repeat them.
    #[serde(default)]
    pub shows: Vec<String>,
}

/// One line: what it is about, what the person said, and whether to talk about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoxLine {
    pub id: String,
    pub label: String,
    pub text: String,
    /// Something to talk about first (a safety flag, item 9, a low SURE score, a differing lean).
    pub flag: bool,
}

/// What the box is made from, beside the bank and the answers.
pub struct Parts<'a> {
    pub safety: Option<&'a super::SafetyFlag>,
    pub phq9: Option<&'a Phq9>,
    pub scores: &'a [super::Score],
    pub assessment: &'a Assessment,
    pub label: Option<&'a str>,
}

fn line(id: &str, label: &str, text: String, flag: bool) -> BoxLine {
    BoxLine {
        id: id.to_string(),
        label: label.to_string(),
        text,
        flag,
    }
}

/// "Name: answer." for one named question, when it was answered.
fn said(bank: &Bank, answers: &Answers, named: &Named) -> Option<String> {
    let q = bank.question(&named.question)?;
    let a = answers.get(&named.question)?;
    Some(format!(
        "{}: {}.",
        named.name,
        q.shown(a, bank.money_symbol(q, answers))
    ))
}

/// Whether a named answer is one to talk about first ("Feels pushed: Yes").
fn talk_first(answers: &Answers, named: &Named) -> bool {
    named.talk_first.as_ref().is_some_and(|c| c.holds(answers))
}

/// The line `id` of the named questions that were answered, "Name: answer.
/// Name: answer.", and after it a line of its own, marked "!", for each
/// answer to talk about first.
fn named(bank: &Bank, answers: &Answers, id: &str, label: &str, list: &[Named]) -> Vec<BoxLine> {
    let (first, rest): (Vec<&Named>, Vec<&Named>) =
        list.iter().partition(|n| talk_first(answers, n));
    let together: Vec<String> = rest.iter().filter_map(|n| said(bank, answers, n)).collect();
    let mut lines = Vec::new();
    if !together.is_empty() {
        lines.push(line(id, label, together.join(" "), false));
    }
    for n in first {
        let Some(q) = bank.question(&n.question) else {
            continue;
        };
        let Some(a) = answers.get(&n.question) else {
            continue;
        };
        lines.push(line(
            &n.question,
            &n.name,
            q.shown(a, bank.money_symbol(q, answers)),
            true,
        ));
    }
    lines
}

/// The box, when the bank describes one.
pub fn build(bank: &Bank, answers: &Answers, parts: Parts) -> Option<ClinicianBox> {
    let c = bank.clinician.as_ref()?;
    let w = &c.words;
    let mut lines = vec![safety_line(bank, answers, w, parts.safety)];
    if let Some(label) = parts.label {
        lines.push(line("label", &w.label, label.to_string(), false));
    }
    lines.extend(parts.phq9.map(|p| phq9_line(w, p)));
    lines.extend(sure_line(w, parts.scores));
    lines.push(lean_line(w, parts.assessment));
    lines.push(barriers_line(w, parts.assessment));
    lines.extend(named(bank, answers, "facts", &w.facts, &c.facts));
    lines.extend(named(bank, answers, "deciding", &w.deciding, &c.deciding));
    lines.extend(own_questions_line(w, answers, &c.own_questions));
    Some(ClinicianBox {
        title: w.title.clone(),
        lines,
        shows: shows(bank, c),
    })
}

/// Every safety answer as given (record/safety_line.rs); the flag it raises
/// is read from the answers, kept beside it.
fn safety_line(
    bank: &Bank,
    answers: &Answers,
    w: &ClinicianWords,
    flag: Option<&super::SafetyFlag>,
) -> BoxLine {
    let text = flag
        .map(|flag| flag.said.clone())
        .filter(|said| !said.is_empty())
        .or_else(|| super::safety_line::said(bank, answers, None))
        .unwrap_or_default();
    line("safety", &w.safety, text, flag.is_some())
}

/// The PHQ-9 total and its band, and item 9 as answered (to talk about
/// first above 0).
fn phq9_line(w: &ClinicianWords, p: &Phq9) -> BoxLine {
    let mut text = fill(
        &w.phq9_score,
        &[
            ("total", &p.total.to_string()),
            ("out_of", &p.out_of.to_string()),
            ("band", &p.band_label),
        ],
    );
    if let Some(item) = &p.item9 {
        text.push_str("; ");
        text.push_str(&fill(&w.item9, &[("answer", &item.answer)]));
    }
    let item9_raised = p.item9.as_ref().is_some_and(|i| i.points > 0);
    line("phq9", &w.phq9, text, item9_raised)
}

/// How sure the person is (the score with a flag), flagged when low.
fn sure_line(w: &ClinicianWords, scores: &[super::Score]) -> Option<BoxLine> {
    let sure = scores.iter().find(|s| s.flag_below.is_some())?;
    let mut text = fill(
        &w.sure_score,
        &[
            ("points", &sure.points.to_string()),
            ("out_of", &sure.out_of.to_string()),
        ],
    );
    if sure.flag.is_some() {
        let below = sure.flag_below.unwrap_or_default().to_string();
        text.push_str(&format!(", {}", fill(&w.sure_flag, &[("below", &below)])));
    }
    Some(line("sure", &w.sure, text, sure.flag.is_some()))
}

/// The person's own leaning beside the fit, flagged when they differ.
fn lean_line(w: &ClinicianWords, a: &Assessment) -> BoxLine {
    let own = a
        .own_lean
        .as_ref()
        .map_or(w.not_answered.as_str(), |l| l.answer.as_str());
    let mut lean = fill(
        &w.own_and_fit,
        &[
            ("own", own),
            ("fit", &a.band_label),
            ("score", &format!("{:+}", a.score)),
        ],
    );
    if a.mismatch {
        lean.push_str(&format!("; {}", w.differs));
    }
    line("lean", &w.lean, lean, a.mismatch)
}

/// What is in the way of each option: time, cost, a coming change.
fn barriers_line(w: &ClinicianWords, a: &Assessment) -> BoxLine {
    let mut barriers: Vec<String> = a
        .barriers
        .iter()
        .map(|b| {
            let option = match b.option {
                OptionId::ShortTerm => &a.words.balance_short,
                OptionId::LongTerm => &a.words.balance_long,
            };
            let option = option.to_lowercase();
            let kind = match b.kind {
                BarrierKind::Time => &w.time,
                BarrierKind::Cost => &w.cost,
                // The change itself, not only the time it takes up.
                BarrierKind::Change => return fill(&w.change, &[("option", &option)]),
            };
            fill(&w.barrier, &[("kind", kind), ("option", &option)])
        })
        .collect();
    // Two barriers of one kind on one option read as one.
    barriers.dedup();
    let barriers = if barriers.is_empty() {
        w.none.clone()
    } else {
        barriers.join("; ")
    };
    line("barriers", &w.barriers, barriers, false)
}

/// What the person wants to ask or tell, in their own words, if anything.
fn own_questions_line(w: &ClinicianWords, answers: &Answers, ids: &[String]) -> Option<BoxLine> {
    let own_questions: Vec<String> = ids
        .iter()
        .filter_map(|id| match answers.get(id) {
            Some(crate::answer::Answer::Text(t)) if !t.trim().is_empty() => {
                Some(t.trim().to_string())
            }
            _ => None,
        })
        .collect();
    (!own_questions.is_empty()).then(|| {
        line(
            "own_questions",
            &w.own_questions,
            own_questions.join(" "),
            false,
        )
    })
}

/// The questions whose answers the box shows, so the summary need not
/// repeat them.
fn shows(bank: &Bank, c: &Clinician) -> Vec<String> {
    let offers = offers(bank);
    bank.questions()
        .map(|(_, q)| q)
        .filter(|q| q.safety || q.sums_into.is_some() || offers.contains(q.id.as_str()))
        .map(|q| q.id.clone())
        .chain([bank.rules.own_lean.question.clone()])
        // The story answers stay together in their own section of the
        // summary too: the box names only some of them.
        .chain(c.deciding.iter().map(|n| n.question.clone()))
        .chain(c.own_questions.iter().cloned())
        .chain(c.label.iter().cloned())
        .collect()
}

/// The questions that only open a summed score (the PHQ-9 offer), gathered
/// once: asked of each question in turn, a large bank took its size squared.
fn offers(bank: &Bank) -> std::collections::HashSet<&str> {
    bank.questions()
        .filter(|(_, q)| q.sums_into.is_some())
        .filter_map(|(_, q)| q.show_if.as_ref().map(|c| c.question.as_str()))
        .collect()
}
