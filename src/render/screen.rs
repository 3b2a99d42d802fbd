//! The result as it appears on screen after the last question: the safety
//! page first when the person asked for help, then barriers, the fit beside
//! their own leaning, the reasons each way, confidence, costs, time and what
//! would change it. No number unless asked for in detail. Pure text from the
//! record; nothing depends on colour.

use std::fmt::Write;

use crate::answers::{grouped, money, plain};
use crate::record::Record;
use crate::text::fill;
use crate::weigh::{Assessment, Reason};

/// How bars are drawn: Unicode blocks in a terminal, ASCII in plain mode,
/// or in words alone where the window is too narrow for them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Drawing {
    Unicode,
    Ascii,
    Words,
}

impl Drawing {
    /// This drawing, or words alone when its bars would not fit in `width`.
    pub fn fitting(self, a: &Assessment, width: usize) -> Drawing {
        let widest = balance(a, self, true)
            .into_iter()
            .chain(cost_bars(a, self))
            .map(|l| console::measure_text_width(&l) + 2)
            .max()
            .unwrap_or(0);
        if widest > width { Drawing::Words } else { self }
    }
}

const BALANCE_WIDTH: usize = 41;
const BAR_WIDTH: usize = 24;

/// The balance bar: the score marked between short-term and long-term, with
/// the scale's numbers only in detail.
pub fn balance(a: &Assessment, drawing: Drawing, detail: bool) -> Vec<String> {
    let (line, centre, mark) = match drawing {
        Drawing::Unicode => ('─', '┼', '●'),
        Drawing::Ascii => ('-', '+', 'X'),
        // The line above the bar says the score in words.
        Drawing::Words => return Vec::new(),
    };
    // A saved record is outside input: keep whatever score it holds on the bar.
    let score = a.score.clamp(-100, 100);
    let at = ((score + 100) as usize * (BALANCE_WIDTH - 1) + 100) / 200;
    let bar: String = (0..BALANCE_WIDTH)
        .map(|i| {
            if i == at {
                mark
            } else if i == BALANCE_WIDTH / 2 {
                centre
            } else {
                line
            }
        })
        .collect();
    let short = &a.words.balance_short;
    let long = &a.words.balance_long;
    let pad = " ".repeat(short.chars().count() + 1);
    let scale = format!(
        "{:<w$}{:^9}{:>w$}",
        "-100",
        "0",
        "+100",
        w = (BALANCE_WIDTH - 9) / 2
    );
    let mut lines = vec![format!("{short} {bar} {long}")];
    if detail {
        lines.push(format!("{pad}{scale}"));
    }
    lines
}

/// The bars of the cost chart, all in one unit (a month): each short-term
/// course, long-term therapy, and what the person could spend.
pub fn month_bars(a: &Assessment) -> Vec<(String, f64)> {
    let e = &a.estimate;
    let w = &a.words;
    let mut rows: Vec<(String, f64)> = cost_rows(a)
        .into_iter()
        .zip(&e.short)
        .filter_map(|(row, c)| per_month(c).map(|m| (row.label, m)))
        .collect();
    if let Some(m) = e.long_per_month {
        rows.push((w.balance_long.clone(), m));
    }
    if rows.is_empty() {
        return rows;
    }
    if let Some(budget) = e.inputs.budget_per_month {
        rows.push((w.budget_year.clone(), budget));
    }
    rows
}

/// One labelled bar a row, each a cost a month, scaled to the largest.
pub fn cost_bars(a: &Assessment, drawing: Drawing) -> Vec<String> {
    let e = &a.estimate;
    let rows = month_bars(a);
    let most = rows.iter().map(|r| r.1).fold(0.0, f64::max);
    let label_width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let block = match drawing {
        Drawing::Unicode => "█",
        Drawing::Ascii => "#",
        Drawing::Words => {
            return rows
                .iter()
                .map(|(label, amount)| {
                    let cost = money(amount.round(), &e.symbol);
                    format!("{label}: {}", fill(&a.words.per_month, &[("cost", &cost)]))
                })
                .collect();
        }
    };
    rows.iter()
        .map(|(label, amount)| {
            let length = if most > 0.0 {
                ((amount / most) * BAR_WIDTH as f64).round() as usize
            } else {
                0
            };
            format!(
                "{label:<label_width$}  {:<BAR_WIDTH$}  {}",
                block.repeat(length),
                fill(
                    &a.words.per_month,
                    &[("cost", &money(amount.round(), &e.symbol))]
                )
            )
        })
        .collect()
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

fn heading(s: &mut String, text: &str) {
    let _ = writeln!(s, "\n{text}\n{}", "-".repeat(text.chars().count()));
}

/// The whole result screen, as the person sees it: no numbers.
pub fn result(record: &Record, drawing: Drawing) -> String {
    result_with(record, drawing, false)
}

/// The result screen with the score, the scale and each reason's weight.
pub fn result_in_detail(record: &Record, drawing: Drawing) -> String {
    result_with(record, drawing, true)
}

/// The safety page, first, when the person said yes or would rather not say:
/// the same page the questions showed, built by `pages::safety_page`.
fn safety_first(s: &mut String, record: &Record) {
    if record.safety_flag.is_none() {
        return;
    }
    let mut page = super::page::safety_page(&record.evidence);
    let w = &record.assessment.words;
    if !w.safety_first.is_empty() {
        page.blocks
            .insert(0, super::page::Block::Text(w.safety_first.clone()));
    }
    let mut out = Vec::new();
    let _ = super::page::write_page(&page, usize::MAX / 2, &mut out);
    s.push_str(String::from_utf8_lossy(&out).trim());
    s.push_str("\n\n");
}

fn result_with(record: &Record, drawing: Drawing, detail: bool) -> String {
    let a = &record.assessment;
    let w = &a.words;
    let mut s = String::new();
    safety_first(&mut s, record);
    let _ = writeln!(s, "{}\n{}", w.title, "=".repeat(w.title.chars().count()));
    let _ = writeln!(s, "{}", w.not_a_verdict);

    heading(&mut s, &w.barriers);
    if a.barriers.is_empty() {
        let _ = writeln!(s, "{}", w.no_barriers);
    }
    for b in &a.barriers {
        let _ = writeln!(s, "! {}", b.text);
    }
    let _ = writeln!(s);

    if let Some(line) = own_lean_line(a) {
        let _ = writeln!(s, "{line}");
    }
    let _ = writeln!(s, "{}", computed_line(a, detail));
    if let Some(line) = mismatch_line(a) {
        let _ = writeln!(s, "{line}");
    }
    let _ = writeln!(s);
    for line in balance(a, drawing, detail) {
        let _ = writeln!(s, "  {line}");
    }

    heading(&mut s, &w.confidence);
    let _ = writeln!(s, "{}", a.confidence.text);
    let _ = writeln!(s, "{}", unsure_line(a));

    if let Some(p) = &record.phq9 {
        heading(&mut s, &p.title);
        let _ = writeln!(
            s,
            "{} of {} ({}). {}",
            p.total, p.out_of, p.band_label, p.note
        );
        let _ = writeln!(s, "{}", p.credit);
    }

    for (title, reasons) in sides(a) {
        heading(&mut s, title);
        if reasons.is_empty() {
            let _ = writeln!(s, "{}", w.no_reasons);
        }
        for r in reasons {
            if detail {
                let _ = writeln!(s, "{:+4}  {}", r.weight, r.reason);
            } else {
                let _ = writeln!(s, "   -  {}", r.reason);
            }
            if let Some(said) = you_said(a, r, |x| format!("\"{x}\"")) {
                let _ = writeln!(s, "      {said}");
            }
            let _ = writeln!(
                s,
                "      {}",
                fill(&w.source, &[("source", &r.source_short)])
            );
        }
    }

    heading(&mut s, &w.costs);
    let e = &a.estimate;
    for line in cost_bars(a, drawing) {
        let _ = writeln!(s, "  {line}");
    }
    for note in cost_notes(a) {
        let _ = writeln!(s, "  {note}");
    }

    heading(&mut s, &w.time);
    match e.inputs.hours_per_week {
        None => {
            let _ = writeln!(s, "{}", w.time_unknown);
        }
        Some(hours) => {
            let _ = writeln!(s, "{}", fill(&w.hours_week, &[("hours", &grouped(hours))]));
            for c in &e.short {
                let _ = writeln!(
                    s,
                    "  {}",
                    fill(
                        &w.hours_short,
                        &[
                            ("sessions", &c.sessions.to_string()),
                            ("hours", &grouped(c.hours.unwrap_or(0.0).round()))
                        ]
                    )
                );
            }
            if let Some((_, year)) = e.long.first() {
                let _ = writeln!(
                    s,
                    "  {}",
                    fill(
                        &w.hours_long,
                        &[("hours", &grouped(year.hours.unwrap_or(0.0).round()))]
                    )
                );
            }
        }
    }

    heading(&mut s, &w.changes);
    for c in &a.changes {
        let _ = writeln!(s, "- {c}");
    }

    if !a.clinician_questions.is_empty() {
        heading(&mut s, &w.questions);
        for q in &a.clinician_questions {
            let _ = writeln!(s, "- {q}");
        }
    }
    s
}
