//! The result in the summary: the fit with its lines, the reasons each way
//! with what the person said, the balance, and the costs and time.

use super::parts::{Balance, Bar, CostsPart, FitLine, FitPart, ReasonLine, Side};
use crate::answers::money;
use crate::render::markup::Span;
use crate::render::sentences::{
    computed_line, cost_notes, cost_rows, mismatch_line, month_bars, own_lean_line, sides,
    unsure_line,
};
use crate::text::fill;
use crate::weigh::Assessment;

pub(super) fn fit(a: &Assessment) -> FitPart {
    let w = &a.words;
    let line = |text: String, stands_out: bool| FitLine { text, stands_out };
    let mut lines: Vec<FitLine> = Vec::new();
    lines.extend(own_lean_line(a).map(|text| line(text, false)));
    lines.push(line(computed_line(a, true), true));
    lines.extend(mismatch_line(a).map(|text| line(text, true)));
    let confidence = format!("{}: {} {}", w.confidence, a.confidence.text, unsure_line(a));
    lines.push(line(confidence, false));
    FitPart {
        title: w.title.clone(),
        not_a_verdict: w.not_a_verdict.clone(),
        lines,
        sides: sides(a)
            .into_iter()
            .map(|(title, reasons)| Side {
                title: title.to_string(),
                empty: reasons.is_empty().then(|| w.no_reasons.clone()),
                reasons: reasons
                    .into_iter()
                    .map(|r| ReasonLine {
                        weight: format!("{:+}", r.weight),
                        reason: r.reason.clone(),
                        said: said(&w.you_said, r.answers.iter().map(|s| &s.answer)),
                        source: fill(&w.source, &[("source", &r.source_short)]),
                    })
                    .collect(),
            })
            .collect(),
        balance: Balance {
            score: a.score,
            label: format!("{}: {:+}", a.band_label, a.score),
            short: w.balance_short.clone(),
            long: w.balance_long.clone(),
        },
    }
}

/// "You said: "a", "b"." with each answer quoted; nothing when there are none.
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
    let mut spans = Span::fill(template, vec![("answers", quoted)]);
    spans.push(Span::Plain(".".into()));
    spans
}

pub(super) fn costs(a: &Assessment) -> CostsPart {
    let w = &a.words;
    let e = &a.estimate;
    let or_unknown = |x: Option<String>| x.unwrap_or_else(|| w.unknown.clone());
    CostsPart {
        title: format!("{} / {}", w.costs, w.time),
        header: [
            w.table_option.clone(),
            w.table_sessions.clone(),
            w.table_months.clone(),
            w.table_cost.clone(),
            w.table_per_month.clone(),
            w.table_hours.clone(),
        ],
        rows: cost_rows(a)
            .into_iter()
            .map(|row| {
                [
                    row.label,
                    row.sessions,
                    row.months,
                    or_unknown(row.cost),
                    or_unknown(row.per_month),
                    or_unknown(row.hours),
                ]
            })
            .collect(),
        notes: cost_notes(a),
        chart: w.costs.clone(),
        bars: month_bars(a)
            .into_iter()
            .map(|bar| Bar {
                text: fill(
                    &w.per_month,
                    &[("cost", &money(bar.per_month.round(), &e.symbol))],
                ),
                label: bar.label,
                amount: bar.per_month,
            })
            .collect(),
        last_is_budget: e.inputs.budget_per_month.is_some(),
    }
}
