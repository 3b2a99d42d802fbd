//! The figures behind the costs that the screen, the Markdown and the HTML
//! show alike: the cost rows and notes, and the costs a month for the chart.
//! The summary's view-model (render::summary) puts them into its parts.

use crate::answers::{grouped, money, plain};
use crate::estimate::LongCourse;
use crate::text::fill;
use crate::weigh::Assessment;

/// A bar of the cost chart: what it stands for and what that costs a month.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthBar {
    pub label: String,
    pub per_month: f64,
    /// What it costs in all, and over how many years when it has no set end
    /// (long-term: its longest span); None for the budget.
    pub in_all: Option<(f64, Option<u32>)>,
}

/// The bars of the cost chart, all in one unit (a month): each short-term
/// course, long-term therapy, and what the person could spend.
pub fn month_bars(a: &Assessment) -> Vec<MonthBar> {
    let e = &a.estimate;
    let w = &a.words;
    let bar = |label: String, per_month: f64, in_all| MonthBar {
        label,
        per_month,
        in_all,
    };
    let mut rows: Vec<MonthBar> = cost_rows(a)
        .into_iter()
        .zip(&e.short)
        .filter_map(|(row, c)| per_month(c).map(|m| bar(row.label, m, c.cost.map(|t| (t, None)))))
        .collect();
    if let Some(m) = e.long_per_month {
        let longest = e
            .long
            .iter()
            .filter_map(|l| l.course.cost.map(|t| (t, Some(l.years))))
            .next_back();
        rows.push(bar(w.balance_long.clone(), m, longest));
    }
    if rows.is_empty() {
        return rows;
    }
    if let Some(budget) = e.inputs.budget_per_month {
        rows.push(bar(w.budget_year.clone(), budget, None));
    }
    rows
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
    let sessions: Vec<u32> = e.short.iter().map(|c| c.sessions).collect();
    let mut rows: Vec<CostRow> = e
        .short
        .iter()
        .zip(w.short_courses(&sessions))
        .map(|(c, label)| row(label, c))
        .collect();
    for LongCourse { years, course: c } in &e.long {
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
