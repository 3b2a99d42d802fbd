//! The costs and time in the summary and on the screen: the table, the notes
//! under it, the bars a month, and the hours it might take.

use super::parts::{Bar, CostsPart, TimePart};
use crate::answers::{grouped, money};
use crate::record::Record;
use crate::render::sentences::{cost_notes, cost_rows, month_bars};
use crate::text::fill;
use crate::weigh::Assessment;

impl CostsPart {
    pub fn of(record: &Record) -> CostsPart {
        let a = &record.assessment;
        let w = &a.words;
        let e = &a.estimate;
        let or_unknown = |x: Option<String>| x.unwrap_or_else(|| w.unknown.clone());
        CostsPart {
            title: fill(
                &record.evidence.summary.costs_time,
                &[("costs", &w.costs), ("time", &w.time)],
            ),
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
                .map(|bar| {
                    let cost = money(bar.per_month.round(), &e.symbol);
                    let text = bar_text(w, &cost, bar.in_all, &e.symbol);
                    let in_words = [("label", bar.label.as_str()), ("cost", &text)];
                    Bar {
                        in_words: fill(&record.evidence.summary.bar_in_words, &in_words),
                        text,
                        label: bar.label,
                        amount: bar.per_month,
                    }
                })
                .collect(),
            last_is_budget: e.inputs.budget_per_month.is_some(),
            time: time(a),
        }
    }
}

/// A bar's own words: its cost a month, and in all beside it, so bars alike
/// a month never hide how far apart the options are in all.
fn bar_text(
    w: &crate::bank::rules::Words,
    cost: &str,
    in_all: Option<(f64, Option<u32>)>,
    symbol: &str,
) -> String {
    let template = match in_all {
        Some((_, None)) => &w.per_month_in_all,
        Some((_, Some(_))) => &w.per_month_in_years,
        None => &w.per_month,
    };
    let Some((total, years)) = in_all.filter(|_| !template.is_empty()) else {
        return fill(&w.per_month, &[("cost", cost)]);
    };
    let total = money(total.round(), symbol);
    let years = years.map(|y| y.to_string()).unwrap_or_default();
    fill(
        template,
        &[("cost", cost), ("total", &total), ("years", &years)],
    )
}

/// The hours a week the person could give, and what each option takes.
fn time(a: &Assessment) -> TimePart {
    let w = &a.words;
    let e = &a.estimate;
    let hours = |h: Option<f64>| grouped(h.unwrap_or(0.0).round());
    let Some(week) = e.inputs.hours_per_week else {
        return TimePart {
            title: w.time.clone(),
            intro: w.time_unknown.clone(),
            options: Vec::new(),
        };
    };
    let mut options: Vec<String> = e
        .short
        .iter()
        .map(|c| {
            fill(
                &w.hours_short,
                &[
                    ("sessions", &c.sessions.to_string()),
                    ("hours", &hours(c.hours)),
                ],
            )
        })
        .collect();
    if let Some(year) = e.long.first().map(|long| &long.course) {
        options.push(fill(&w.hours_long, &[("hours", &hours(year.hours))]));
    }
    TimePart {
        title: w.time.clone(),
        intro: fill(
            if week == 1.0 && !w.hours_week_one.is_empty() {
                &w.hours_week_one
            } else {
                &w.hours_week
            },
            &[("hours", &grouped(week))],
        ),
        options,
    }
}
