//! The sentences and rows that the screen, the Markdown and the HTML show
//! alike: the reasons each way with what the person said, the lean lines,
//! the cost rows and notes, and the costs a month for the chart.

use crate::answers::{grouped, money, plain};
use crate::text::fill;
use crate::weigh::{Assessment, Reason};

/// A bar of the cost chart: what it stands for and what that costs a month.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthBar {
    pub label: String,
    pub per_month: f64,
}

/// The bars of the cost chart, all in one unit (a month): each short-term
/// course, long-term therapy, and what the person could spend.
pub fn month_bars(a: &Assessment) -> Vec<MonthBar> {
    let e = &a.estimate;
    let w = &a.words;
    let bar = |label: String, per_month: f64| MonthBar { label, per_month };
    let mut rows: Vec<MonthBar> = cost_rows(a)
        .into_iter()
        .zip(&e.short)
        .filter_map(|(row, c)| per_month(c).map(|m| bar(row.label, m)))
        .collect();
    if let Some(m) = e.long_per_month {
        rows.push(bar(w.balance_long.clone(), m));
    }
    if rows.is_empty() {
        return rows;
    }
    if let Some(budget) = e.inputs.budget_per_month {
        rows.push(bar(w.budget_year.clone(), budget));
    }
    rows
}

/// The reasons each way, under their titles: toward short-term, then long-term.
pub fn sides(a: &Assessment) -> [(&str, Vec<&Reason>); 2] {
    let toward = |short: bool| {
        a.reasons
            .iter()
            .filter(|r| (r.weight < 0) == short)
            .collect()
    };
    [
        (a.words.toward_short.as_str(), toward(true)),
        (a.words.toward_long.as_str(), toward(false)),
    ]
}

/// "You said: ..." for a reason, each answer put through `quote` (which
/// escapes and quotes for the format); None when the reason has no answers.
pub fn you_said(a: &Assessment, r: &Reason, quote: impl Fn(&str) -> String) -> Option<String> {
    if r.answers.is_empty() {
        return None;
    }
    let said: Vec<String> = r.answers.iter().map(|s| quote(&s.answer)).collect();
    Some(fill(&a.words.you_said, &[("answers", &said.join(", "))]))
}

/// "You said you lean toward: ..." when the person said.
pub fn own_lean_line(a: &Assessment) -> Option<String> {
    a.own_lean
        .as_ref()
        .map(|lean| fill(&a.words.your_lean, &[("lean", &lean.answer)]))
}

/// The fit of the person's answers; with its score in detail.
pub fn computed_line(a: &Assessment, detail: bool) -> String {
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

/// Said when the person's own leaning and the fit of their answers differ.
pub fn mismatch_line(a: &Assessment) -> Option<String> {
    (a.mismatch && !a.words.mismatch.is_empty()).then(|| a.words.mismatch.clone())
}

/// How many answers were "not sure" or "don't know".
pub fn unsure_line(a: &Assessment) -> String {
    fill(
        &a.words.unsure_count,
        &[
            ("unsure", &a.confidence.unsure.to_string()),
            ("counted", &a.confidence.counted.to_string()),
        ],
    )
}

/// One row of the cost and time table, as text.
#[derive(Debug, Clone, PartialEq)]
pub struct CostRow {
    pub label: String,
    pub sessions: String,
    pub months: String,
    /// The cost of the whole course or span, named in the label.
    pub cost: Option<String>,
    /// That cost spread over the months it takes.
    pub per_month: Option<String>,
    pub hours: Option<String>,
}

/// What a course costs a month: its total over the months it takes.
fn per_month(c: &crate::estimate::Course) -> Option<f64> {
    c.cost.map(|cost| {
        if c.months > 0.0 {
            cost / c.months
        } else {
            cost
        }
    })
}

/// The cost and time table: each short-term course, then long-term by year.
pub fn cost_rows(a: &Assessment) -> Vec<CostRow> {
    let e = &a.estimate;
    let w = &a.words;
    let row = |label: String, c: &crate::estimate::Course| CostRow {
        label,
        sessions: c.sessions.to_string(),
        months: plain((c.months * 10.0).round() / 10.0),
        cost: c.cost.map(|x| money(x.round(), &e.symbol)),
        per_month: per_month(c).map(|x| money(x.round(), &e.symbol)),
        hours: c.hours.map(|h| grouped(h.round())),
    };
    let mut rows: Vec<CostRow> = e
        .short
        .iter()
        .zip([&w.short_20, &w.short_30])
        .map(|(c, label)| row(label.clone(), c))
        .collect();
    for (years, c) in &e.long {
        let label = if *years == 1 {
            w.long_one_year.clone()
        } else {
            fill(&w.long_years, &[("years", &years.to_string())])
        };
        rows.push(row(label, c));
    }
    rows
}

/// The lines under the costs: what the person could spend, a month and a
/// year, and what the figures leave out.
pub fn cost_notes(a: &Assessment) -> Vec<String> {
    let e = &a.estimate;
    let w = &a.words;
    let mut notes = Vec::new();
    if e.inputs.fee.is_none() {
        notes.push(w.cost_unknown.clone());
    }
    if let Some(budget) = e.inputs.budget_per_month {
        notes.push(fill(
            &w.budget_month,
            &[
                ("cost", &money(budget.round(), &e.symbol)),
                ("year", &money((budget * 12.0).round(), &e.symbol)),
            ],
        ));
    }
    if e.inputs.covered_per_year.is_none() && e.inputs.fee.is_some() {
        notes.push(w.cover_unknown.clone());
    }
    if e.inputs.per_week_assumed && e.inputs.fee.is_some() {
        notes.push(w.usual_frequency.clone());
    }
    notes
}
