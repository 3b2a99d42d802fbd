//! The result in the summary and on the screen: the fit with its lines, how
//! clear it is, the reasons each way with what the person said, and the
//! balance. Each sentence is composed here, once.

use super::parts::{Balance, ConfidencePart, FitLine, FitPart, ReasonLine, Side};
use crate::record::Record;
use crate::render::markup::Span;
use crate::text::fill;
use crate::weigh::Assessment;

impl FitPart {
    /// The fit of the person's answers; `detail` adds the score to its line
    /// and each reason's weight (the clinician's view and `--detail`; the
    /// person's summary and screen say the fit in words alone).
    pub fn of(record: &Record, detail: bool) -> FitPart {
        let a = &record.assessment;
        let w = &a.words;
        let line = |text: String, stands_out: bool| FitLine { text, stands_out };
        let mut lines: Vec<FitLine> = Vec::new();
        if let Some(lean) = &a.own_lean {
            lines.push(line(fill(&w.your_lean, &[("lean", &lean.answer)]), false));
        }
        lines.push(line(computed_line(a, detail), true));
        if a.mismatch && !w.mismatch.is_empty() {
            lines.push(line(w.mismatch.clone(), true));
        }
        let none = a.confidence.unsure == 0 && !w.unsure_count_none.is_empty();
        let unsure = fill(
            if none {
                &w.unsure_count_none
            } else {
                &w.unsure_count
            },
            &[
                ("unsure", &a.confidence.unsure.to_string()),
                ("counted", &a.confidence.counted.to_string()),
            ],
        );
        let clear = super::worded::confidence(record);
        FitPart {
            title: w.title.clone(),
            not_a_verdict: w.not_a_verdict.clone(),
            lines,
            confidence: ConfidencePart {
                line: fill(
                    &record.evidence.summary.confidence,
                    &[
                        ("confidence", &w.confidence),
                        ("text", &clear),
                        ("unsure", &unsure),
                    ],
                ),
                title: w.confidence.clone(),
                text: clear,
                unsure,
            },
            sides: [(&w.toward_short, true), (&w.toward_long, false)]
                .into_iter()
                .map(|(title, short)| side(a, title, short, detail))
                .collect(),
            balance: Balance {
                score: a.score,
                label: fill(
                    &record.evidence.summary.balance_label,
                    &[
                        ("band", &a.band_label),
                        ("score", &format!("{:+}", a.score)),
                    ],
                ),
                short: w.balance_short.clone(),
                long: w.balance_long.clone(),
            },
        }
    }
}

/// The fit of the person's answers; with its score in detail.
fn computed_line(a: &Assessment, detail: bool) -> String {
    let score = format!("{:+}", a.score);
    let mut line = fill(
        &a.words.computed_lean,
        &[("band", &a.band_label), ("score", &score)],
    );
    if detail && !a.words.computed_detail.is_empty() {
        line.push(' ');
        line.push_str(&fill(&a.words.computed_detail, &[("score", &score)]));
    }
    line
}

/// The reasons toward short-term (`short`) or long-term, under `title`.
fn side(a: &Assessment, title: &str, short: bool, detail: bool) -> Side {
    let w = &a.words;
    let reasons: Vec<ReasonLine> = a
        .reasons
        .iter()
        .filter(|r| (r.weight < 0) == short)
        .map(|r| ReasonLine {
            weight: if detail {
                format!("{:+}", r.weight)
            } else {
                String::new()
            },
            strength: r.weight.unsigned_abs(),
            reason: r.reason.clone(),
            said: said(&w.you_said, r.answers.iter().map(|s| &s.answer)),
            source: if r.source_short.is_empty() {
                String::new()
            } else {
                fill(&w.source, &[("source", &r.source_short)])
            },
        })
        .collect();
    Side {
        title: title.to_string(),
        empty: reasons.is_empty().then(|| w.no_reasons.clone()),
        reasons,
    }
}

/// "You said: "a", "b"" with each answer quoted; nothing when there are none.
fn said<'a>(template: &str, answers: impl Iterator<Item = &'a String>) -> Vec<Span> {
    let mut quoted = Vec::new();
    for answer in answers {
        if !quoted.is_empty() {
            quoted.push(Span::Plain(", ".into()));
        }
        quoted.push(Span::Quoted(answer.clone()));
    }
    if quoted.is_empty() {
        return quoted;
    }
    Span::fill(template, vec![("answers", quoted)])
}
