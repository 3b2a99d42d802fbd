//! The result as it appears on screen after the last question: the safety
//! page first when the person asked for help, then barriers, the fit beside
//! their own leaning, the reasons each way, confidence, costs, time and what
//! would change it. No number unless asked for in detail. Pure text from the
//! record; nothing depends on colour.

use crate::text::Built;

use crate::record::Record;

use super::markup::Span;
use super::summary::{self, Balance, CostsPart, FitPart, Listed, ReasonLine};

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
    pub fn fitting(self, record: &Record, width: usize) -> Drawing {
        let fit = FitPart::of(record, true);
        let widest = balance(&fit.balance, self, true)
            .into_iter()
            .chain(cost_bars(&CostsPart::of(record), self))
            .map(|l| console::measure_text_width(&l) + 2)
            .max()
            .unwrap_or(0);
        if widest > width { Drawing::Words } else { self }
    }
}

const BALANCE_WIDTH: usize = 41;
/// Room is left beside the bars for the cost a month and in all.
const BAR_WIDTH: usize = 16;

/// The balance bar: the score marked between short-term and long-term, with
/// the scale's numbers only in detail.
pub fn balance(a: &Balance, drawing: Drawing, detail: bool) -> Vec<String> {
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
    let short = &a.short;
    let long = &a.long;
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
pub fn cost_bars(c: &CostsPart, drawing: Drawing) -> Vec<String> {
    let most = c.bars.iter().map(|b| b.amount).fold(0.0, f64::max);
    let label_width = c.bars.iter().map(|b| b.label.chars().count()).max();
    let block = match drawing {
        Drawing::Unicode => "█",
        Drawing::Ascii => "#",
        Drawing::Words => {
            return c.bars.iter().map(|b| b.in_words.clone()).collect();
        }
    };
    let label_width = label_width.unwrap_or(0);
    c.bars
        .iter()
        .map(|b| {
            let length = if most > 0.0 {
                ((b.amount / most) * BAR_WIDTH as f64).round() as usize
            } else {
                0
            };
            format!(
                "{:<label_width$}  {:<BAR_WIDTH$}  {}",
                b.label,
                block.repeat(length),
                b.text
            )
        })
        .collect()
}

/// Each option's cost in all, beside the bars a month: the bars alike do not
/// mean the same price. Left out when no cost is known.
pub fn costs_in_all(c: &CostsPart, unknown: &str) -> Vec<String> {
    const TOTAL: usize = 3;
    if c.rows.iter().all(|row| row[TOTAL] == unknown) {
        return Vec::new();
    }
    let label_width = c.rows.iter().map(|r| r[0].chars().count()).max();
    let total_width = c.rows.iter().map(|r| r[TOTAL].chars().count()).max();
    let (label_width, total_width) = (label_width.unwrap_or(0), total_width.unwrap_or(0));
    let mut lines = vec![c.header[TOTAL].clone()];
    lines.extend(
        c.rows
            .iter()
            .map(|r| format!("  {:<label_width$}  {:>total_width$}", r[0], r[TOTAL])),
    );
    lines
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

/// The result in detail for the clinician (`review`): without the safety
/// page, whose words speak to the person about the aid's own steps; the
/// safety alert above it carries the crisis lines once.
pub fn result_for_clinician(record: &Record, drawing: Drawing) -> String {
    let mut s = Built::new();
    body(&mut s, record, drawing, true);
    s.into_string()
}

/// The safety page, first, when the flag is set: the same page the questions
/// showed, built by `pages::safety_page`, under a line that says what raised
/// it (the safety question, or an answer in a score such as PHQ-9 item 9)
/// and the flag as answered, self-reported. When the whole page was shown
/// while asking (`help_shown`) and "right now" was no, only its first lines
/// come again, under the flag alone, with where the rest is: the top of the
/// summary.
fn safety_first(s: &mut Built, record: &Record, help_shown: bool) {
    // The answers say whether the flag is raised, not the stored flag.
    let said = crate::record::SafetySaid::of(record);
    if !said.raised() && record.safety_flag.is_none() {
        return;
    }
    let calm_now = said.right_now == Some(crate::record::Said::No) && said.earlier.is_empty();
    let flag = record.safety_flag.as_ref().map(|f| f.said.clone());
    let flag = flag.unwrap_or_default();
    let first_lines = crate::page::safety_page_first_lines(&record.evidence)
        .filter(|_| help_shown && calm_now && said.raised() && !flag.is_empty());
    let short = first_lines.is_some();
    let mut page = first_lines.unwrap_or_else(|| crate::page::safety_page(&record.evidence));
    let w = &record.assessment.words;
    let not_said =
        said.thoughts == Some(crate::record::Said::NotSaid) && !w.safety_first_not_said.is_empty();
    let line =
        if !said.thoughts.is_some_and(crate::record::Said::raises) && said.item9 == Some(true) {
            &w.safety_first_score
        } else if not_said {
            &w.safety_first_not_said
        } else {
            &w.safety_first
        };
    // The first lines open with the flag alone: what raised it, it says.
    let line = if short { String::new() } else { line.clone() };
    for text in [flag, line] {
        if !text.is_empty() {
            page.blocks.insert(0, crate::page::Block::Text(text));
        }
    }
    let mut out = Vec::new();
    // Writing into memory cannot fail.
    let _ = crate::page::write_page(&page, usize::MAX / 2, &mut out);
    s.push_str(String::from_utf8_lossy(&out).trim());
    s.push_str("\n\n");
}

fn result_with(record: &Record, drawing: Drawing, detail: bool) -> String {
    result_in_parts(record, drawing, detail, false).whole(record)
}

/// The result in two parts, as the pager shows it: what a person takes in
/// at a glance (the safety lines first when the flag is raised), and the
/// rest, which plain mode prints only when asked and the summary always holds.
pub struct Parts {
    pub glance: String,
    pub rest: String,
}

impl Parts {
    /// Both parts, with the line between them that says what is further down.
    pub fn whole(&self, record: &Record) -> String {
        let more = &record.assessment.words.more_below;
        let more = if more.is_empty() {
            String::new()
        } else {
            format!("\n{more}\n")
        };
        format!("{}{more}{}", self.glance, self.rest)
    }
}

/// The result's glance and its rest, without the line between them that
/// says what more is further down. `help_shown`: the whole safety page was
/// shown while asking, so the result need not say all of it again.
pub fn result_in_parts(record: &Record, drawing: Drawing, detail: bool, help_shown: bool) -> Parts {
    let mut s = Built::new();
    safety_first(&mut s, record, help_shown);
    // The first part fits two screens of 80x24 with the line under it:
    // the three strongest reasons each way, or two.
    let more = &record.assessment.words.more_below;
    let made = |most: usize| {
        let mut g = Built::new();
        glance(&mut g, record, drawing, detail, most);
        (g.into_string(), most)
    };
    let under = match more.is_empty() {
        true => 0,
        false => {
            1 + crate::text::wrap::wrap_block(more, GLANCE_WIDTH)
                .lines()
                .count()
        }
    };
    let fits = |g: &str| {
        crate::text::wrap::wrap_block(g, GLANCE_WIDTH)
            .lines()
            .count()
            + under
            <= GLANCE_LINES
    };
    let (first, most) = Some(made(3))
        .filter(|(g, _)| fits(g))
        .unwrap_or_else(|| made(2));
    s.push_str(&first);
    let glance = s.into_string();
    let mut rest = Built::new();
    self::rest(&mut rest, record, drawing, detail, most);
    Parts {
        glance,
        rest: rest.into_string(),
    }
}

/// The width the result is wrapped to in an 80-column terminal.
pub const GLANCE_WIDTH: usize = 78;
/// Two screens of a 24-row terminal, less the pager's line on each.
pub const GLANCE_LINES: usize = 46;

/// What a person takes in at a glance: barriers, their own leaning beside
/// the fit, the `most` strongest reasons each way with their sources, and
/// what would change it. The reason says the answer in its own words; the
/// answer quoted comes in the rest.
fn glance(s: &mut Built, record: &Record, drawing: Drawing, detail: bool, most: usize) {
    let fit = FitPart::of(record, detail);
    opening(s, record, &fit, drawing, detail);
    for side in &fit.sides {
        heading(s, &side.title);
        if let Some(empty) = &side.empty {
            writeln!(s, "{empty}");
        }
        for r in strongest(side, most).0 {
            reason_line(s, r, detail);
            if !r.source.is_empty() {
                writeln!(s, "      {}", r.source);
            }
        }
    }
    listed(s, &summary::changes(record), false);
}

/// A side's `most` strongest reasons, and the others, each in their order.
fn strongest<'a>(
    side: &'a summary::Side,
    most: usize,
) -> (Vec<&'a ReasonLine>, Vec<&'a ReasonLine>) {
    let mut ranked: Vec<usize> = (0..side.reasons.len()).collect();
    ranked.sort_by_key(|&k| std::cmp::Reverse(side.reasons[k].strength));
    ranked.truncate(most);
    let (first, others): (Vec<_>, Vec<_>) = side
        .reasons
        .iter()
        .enumerate()
        .partition(|(k, _)| ranked.contains(k));
    let only = |list: Vec<(usize, &'a ReasonLine)>| -> Vec<&'a ReasonLine> {
        list.into_iter().map(|(_, r)| r).collect()
    };
    (only(first), only(others))
}

/// The rest, further down: how clear it is, the PHQ-9, the other reasons
/// with what the person said, the costs, the time and the questions to ask.
/// `most` is how many reasons each way the first part showed, with their
/// sources: what each of them left out (what was said), the rest says.
fn rest(s: &mut Built, record: &Record, drawing: Drawing, detail: bool, most: usize) {
    let a = &record.assessment;
    let fit = FitPart::of(record, detail);
    heading(s, &fit.confidence.title);
    writeln!(s, "{}\n{}", fit.confidence.text, fit.confidence.unsure);
    if let Some(p) = summary::Phq9Part::of(record) {
        heading(s, &p.title);
        writeln!(s, "{}\n{}", p.line, p.credit);
    }
    let left: Vec<(&summary::Side, Vec<&ReasonLine>, Vec<&ReasonLine>)> = fit
        .sides
        .iter()
        .map(|side| {
            let (unsaid, others) = strongest(side, most);
            (side, unsaid, others)
        })
        .filter(|(_, unsaid, others)| unsaid.iter().chain(others).any(|r| !r.said.is_empty()))
        .collect();
    if !left.is_empty() {
        heading(s, &a.words.all_reasons);
        for (side, unsaid, others) in left {
            writeln!(s, "{}", side.title);
            // A reason shown above gets what was said, not its words again.
            for r in unsaid.into_iter().filter(|r| !r.said.is_empty()) {
                writeln!(s, "   -  {}", Span::plain(&r.said));
            }
            for r in others {
                reason_line(s, r, detail);
                said_and_source(s, r);
            }
        }
    }
    costs_and_time(s, record, drawing);
    listed(s, &summary::questions(record), false);
}

/// The title, the barriers, the person's own leaning beside the fit, and the bar.
fn opening(s: &mut Built, record: &Record, fit: &FitPart, drawing: Drawing, detail: bool) {
    writeln!(
        s,
        "{}\n{}",
        fit.title,
        "=".repeat(fit.title.chars().count())
    );
    writeln!(s, "{}", fit.not_a_verdict);
    let barriers = summary::barriers(record);
    heading(s, &barriers.title);
    if barriers.items.is_empty() {
        writeln!(s, "{}", barriers.empty.unwrap_or_default());
    }
    for b in &barriers.items {
        writeln!(s, "! {b}");
    }
    writeln!(s);
    for line in &fit.lines {
        writeln!(s, "{}", line.text);
    }
    // In words alone the fit's line says it all: no gap for a missing bar.
    let bar = balance(&fit.balance, drawing, detail);
    if !bar.is_empty() {
        writeln!(s);
    }
    for line in bar {
        writeln!(s, "  {line}");
    }
}

/// One reason, with its weight in detail.
fn reason_line(s: &mut Built, r: &ReasonLine, detail: bool) {
    if detail {
        writeln!(s, "{:>4}  {}", r.weight, r.reason);
    } else {
        writeln!(s, "   -  {}", r.reason);
    }
}

/// What the person said for a reason, and its source, a line each.
fn said_lines(r: &ReasonLine) -> Vec<String> {
    let mut lines = Vec::new();
    if !r.said.is_empty() {
        lines.push(Span::plain(&r.said));
    }
    if !r.source.is_empty() {
        lines.push(r.source.clone());
    }
    lines
}

/// What the person said for a reason, and its source, under it.
fn said_and_source(s: &mut Built, r: &ReasonLine) {
    for line in said_lines(r) {
        writeln!(s, "      {line}");
    }
}

/// The costs a month (with each in all) and the time each option takes.
fn costs_and_time(s: &mut Built, record: &Record, drawing: Drawing) {
    let a = &record.assessment;
    let costs = CostsPart::of(record);
    heading(s, &costs.chart);
    for line in cost_bars(&costs, drawing).iter().chain(&costs.notes) {
        writeln!(s, "  {line}");
    }
    let totals = costs_in_all(&costs, &a.words.unknown);
    if !totals.is_empty() {
        writeln!(s);
    }
    for line in totals {
        writeln!(s, "  {line}");
    }
    let time = &costs.time;
    heading(s, &time.title);
    writeln!(s, "{}", time.intro);
    for option in &time.options {
        writeln!(s, "  {option}");
    }
}

/// The result after the safety page: barriers, fit, reasons, costs, time,
/// what would change it, questions to ask.
fn body(s: &mut Built, record: &Record, drawing: Drawing, detail: bool) {
    let fit = FitPart::of(record, detail);
    opening(s, record, &fit, drawing, detail);
    heading(s, &fit.confidence.title);
    writeln!(s, "{}\n{}", fit.confidence.text, fit.confidence.unsure);
    if let Some(p) = summary::Phq9Part::of(record) {
        heading(s, &p.title);
        writeln!(s, "{}\n{}", p.line, p.credit);
    }
    reasons(s, &fit, detail);
    costs_and_time(s, record, drawing);
    listed(s, &summary::changes(record), false);
    listed(s, &summary::questions(record), false);
}

/// The reasons each way, under their side's heading; weights only in detail.
fn reasons(s: &mut Built, fit: &FitPart, detail: bool) {
    for side in &fit.sides {
        heading(s, &side.title);
        if let Some(empty) = &side.empty {
            writeln!(s, "{empty}");
        }
        for r in &side.reasons {
            reason_line(s, r, detail);
            said_and_source(s, r);
        }
    }
}

/// A heading and its items marked with "-"; an empty list is left out
/// unless `always`.
fn listed(s: &mut Built, l: &Listed, always: bool) {
    if l.items.is_empty() && !always {
        return;
    }
    heading(s, &l.title);
    for item in &l.items {
        writeln!(s, "- {item}");
    }
}
