//! The result as it appears on screen after the last question: the safety
//! page first when the person asked for help, then barriers, the fit beside
//! their own leaning, the reasons each way, confidence, costs, time and what
//! would change it. No number unless asked for in detail. Pure text from the
//! record; nothing depends on colour.

use crate::text::Built;

use crate::answers::{grouped, money};
use crate::record::Record;
use crate::text::fill;
use crate::weigh::Assessment;

use super::sentences::{
    MonthBar, computed_line, cost_notes, mismatch_line, month_bars, own_lean_line, sides,
    unsure_line, you_said,
};

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

/// One labelled bar a row, each a cost a month, scaled to the largest.
pub fn cost_bars(a: &Assessment, drawing: Drawing) -> Vec<String> {
    let e = &a.estimate;
    let rows = month_bars(a);
    let most = rows.iter().map(|r| r.per_month).fold(0.0, f64::max);
    let width = |r: &MonthBar| r.label.chars().count();
    let label_width = rows.iter().map(width).max().unwrap_or(0);
    let block = match drawing {
        Drawing::Unicode => "█",
        Drawing::Ascii => "#",
        Drawing::Words => {
            return rows
                .iter()
                .map(|MonthBar { label, per_month }| {
                    let cost = money(per_month.round(), &e.symbol);
                    format!("{label}: {}", fill(&a.words.per_month, &[("cost", &cost)]))
                })
                .collect();
        }
    };
    rows.iter()
        .map(|MonthBar { label, per_month }| {
            let length = if most > 0.0 {
                ((per_month / most) * BAR_WIDTH as f64).round() as usize
            } else {
                0
            };
            format!(
                "{label:<label_width$}  {:<BAR_WIDTH$}  {}",
                block.repeat(length),
                fill(
                    &a.words.per_month,
                    &[("cost", &money(per_month.round(), &e.symbol))]
                )
            )
        })
        .collect()
}

fn heading(s: &mut Built, text: &str) {
    writeln!(s, "\n{text}\n{}", "-".repeat(text.chars().count()));
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
fn safety_first(s: &mut Built, record: &Record) {
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
    // Writing into memory cannot fail.
    let _ = super::page::write_page(&page, usize::MAX / 2, &mut out);
    s.push_str(String::from_utf8_lossy(&out).trim());
    s.push_str("\n\n");
}

fn result_with(record: &Record, drawing: Drawing, detail: bool) -> String {
    let a = &record.assessment;
    let w = &a.words;
    let mut s = Built::new();
    safety_first(&mut s, record);
    writeln!(s, "{}\n{}", w.title, "=".repeat(w.title.chars().count()));
    writeln!(s, "{}", w.not_a_verdict);

    heading(&mut s, &w.barriers);
    if a.barriers.is_empty() {
        writeln!(s, "{}", w.no_barriers);
    }
    for b in &a.barriers {
        writeln!(s, "! {}", b.text);
    }
    writeln!(s);

    if let Some(line) = own_lean_line(a) {
        writeln!(s, "{line}");
    }
    writeln!(s, "{}", computed_line(a, detail));
    if let Some(line) = mismatch_line(a) {
        writeln!(s, "{line}");
    }
    writeln!(s);
    for line in balance(a, drawing, detail) {
        writeln!(s, "  {line}");
    }

    heading(&mut s, &w.confidence);
    writeln!(s, "{}", a.confidence.text);
    writeln!(s, "{}", unsure_line(a));

    if let Some(p) = &record.phq9 {
        heading(&mut s, &p.title);
        writeln!(
            s,
            "{} of {} ({}). {}",
            p.total, p.out_of, p.band_label, p.note
        );
        writeln!(s, "{}", p.credit);
    }

    for (title, reasons) in sides(a) {
        heading(&mut s, title);
        if reasons.is_empty() {
            writeln!(s, "{}", w.no_reasons);
        }
        for r in reasons {
            if detail {
                writeln!(s, "{:+4}  {}", r.weight, r.reason);
            } else {
                writeln!(s, "   -  {}", r.reason);
            }
            if let Some(said) = you_said(a, r, |x| format!("\"{x}\"")) {
                writeln!(s, "      {said}");
            }
            writeln!(
                s,
                "      {}",
                fill(&w.source, &[("source", &r.source_short)])
            );
        }
    }

    heading(&mut s, &w.costs);
    let e = &a.estimate;
    for line in cost_bars(a, drawing) {
        writeln!(s, "  {line}");
    }
    for note in cost_notes(a) {
        writeln!(s, "  {note}");
    }

    heading(&mut s, &w.time);
    match e.inputs.hours_per_week {
        None => {
            writeln!(s, "{}", w.time_unknown);
        }
        Some(hours) => {
            writeln!(s, "{}", fill(&w.hours_week, &[("hours", &grouped(hours))]));
            for c in &e.short {
                writeln!(
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
                writeln!(
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
        writeln!(s, "- {c}");
    }

    if !a.clinician_questions.is_empty() {
        heading(&mut s, &w.questions);
        for q in &a.clinician_questions {
            writeln!(s, "- {q}");
        }
    }
    s.into_string()
}
