//! The triage table as text: a compact layout that fits an 80-column
//! terminal (the default) and a wide one with every detail. No meaning is
//! carried by colour; "!" marks what to talk about, and a legend says so.

use std::io::{self, Write};

mod apart;

use apart::Apart;

use super::triage::{InTheWay, Row};
use crate::bank::rules::{BarrierKind, OptionId};
use crate::record::Column;
use crate::render::neutral;

/// The widest a compact row may be.
pub const COMPACT_WIDTH: usize = 80;

/// Which layout to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Compact,
    Wide,
}

/// The lines under the table: every word and sign it uses.
pub const LEGEND: &str = "\
SELF-HARM: yes, not said or no, as the person said; not a risk assessment.
! talk about this first. - not given, or none. ~ cut to fit (file names lose
the start they all share). FIT: what the answers fit, short, long or even (both
could fit), with the score from -100 (short-term) to +100 (long-term). OWN: the
person's own leaning (unsure: not sure yet). BARRIERS: T time, C cost, M a big
life change coming, in the way of S short- or L long-term (TL: time, long-term).";

/// What every column means, for `review --help`.
pub const COLUMNS: &str = "\
Columns of the table (a folder, or several files):
  SELF-HARM  what the person said about thoughts of death, self-harm or
            suicide, read from their answers: yes (the safety question, \"right
            now\" or PHQ-9 item 9 above 0), not said (they chose not to say:
            flagged and sorted exactly like yes), or no (said no; not a risk
            assessment). Self-reported, not assessed. yes and not said come first.
            (--wide heads it SELF-HARM (SAID).)
  PHQ-9     the PHQ-9 total (0-27), if the person chose to answer it; ! when
            item 9 (thoughts of being better off dead or of self-harm) is above 0.
  SURE      how sure the person feels about the choice (a SURE-style score, 0-4);
            ! when under 4, a sign of decisional conflict. These rows come next.
  FIT       the side the aid's weighing leans to, with its score from -100
            (short-term) to +100 (long-term); even when both could fit.
  OWN       the person's own leaning: short, long, unsure, or - if not given;
            ! when it differs from FIT (talk about this).
  BARRIERS  what stands in the way: T time, C cost or M a big life change
            coming (a move, a new job), of S short-term or L long-term
            therapy (TL = time stands in the way of long-term).
  DATE      when the summary was made, in its own time zone.
  LABEL/FILE  the name, initials or clinic number the person gave, or else
            the file name from where the names differ (~ marks the start
            they share, cut). A label two rows share gets the differing
            part of its file name beside it.
Sorted: yes and not said under SELF-HARM first, then a flagged SURE score, then the newest.
--wide shows the lean in words, every barrier, the label and the full path.";

/// The safety column's value: yes, not said, no, or - when not answered.
fn said_cell(r: &Row) -> &'static str {
    match r.safety_said {
        Some(Column::Yes) => "yes",
        Some(Column::NotSaid) => "not said",
        Some(Column::No) => "no",
        // Flagged by an answer the row cannot name: still never blank.
        None if r.safety => "yes",
        None => "-",
    }
}

fn side(side: Option<OptionId>) -> &'static str {
    match side {
        Some(OptionId::ShortTerm) => "short",
        Some(OptionId::LongTerm) => "long",
        None => "even",
    }
}

fn barrier_code(b: InTheWay) -> String {
    let kind = match b.kind {
        BarrierKind::Time => 'T',
        BarrierKind::Cost => 'C',
        BarrierKind::Change => 'M',
    };
    let option = match b.option {
        OptionId::ShortTerm => 'S',
        OptionId::LongTerm => 'L',
    };
    format!("{kind}{option}")
}

fn barrier_words(barriers: &[InTheWay]) -> String {
    if barriers.is_empty() {
        return "-".into();
    }
    barriers
        .iter()
        .map(|b| {
            let kind = match b.kind {
                BarrierKind::Time => "time",
                BarrierKind::Cost => "cost",
                BarrierKind::Change => "life-change",
            };
            let option = match b.option {
                OptionId::ShortTerm => "short",
                OptionId::LongTerm => "long",
            };
            format!("{kind}:{option}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text made safe and put on one line.
fn one_line(text: &str) -> String {
    neutral(text).replace(['\n', '\r', '\t'], " ")
}

/// Text cut or padded to exactly `width` columns; a cut ends in "~".
fn cell(text: &str, width: usize) -> String {
    let text = one_line(text);
    if console::measure_text_width(&text) <= width {
        return console::pad_str(&text, width, console::Alignment::Left, None).into_owned();
    }
    let mut kept = String::new();
    let mut used = 1;
    for c in text.chars() {
        let w = console::measure_text_width(&c.to_string());
        if used + w > width {
            break;
        }
        used += w;
        kept.push(c);
    }
    kept.push('~');
    console::pad_str(&kept, width, console::Alignment::Left, None).into_owned()
}

/// Text kept to at most `width` columns by cutting from the left ("~" first).
fn tail(text: &str, width: usize) -> String {
    let text = one_line(text);
    if console::measure_text_width(&text) <= width {
        return text;
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        let w = console::measure_text_width(&c.to_string());
        if used + w > width {
            break;
        }
        used += w;
        kept.push(c);
    }
    std::iter::once('~').chain(kept.into_iter().rev()).collect()
}

fn phq9_cell(r: &Row) -> String {
    match r.phq9 {
        Some(total) => format!("{total}{}", if r.phq9_item9 { " !" } else { "" }),
        None => "-".into(),
    }
}

fn sure_cell(r: &Row) -> String {
    match &r.conflict {
        Some(c) => format!(
            "{}/{}{}",
            c.points,
            c.out_of,
            if c.flagged { " !" } else { "" }
        ),
        None => "-".into(),
    }
}

fn own_cell(r: &Row) -> String {
    let own = match (&r.own_lean, r.own_side) {
        (None, _) => "-",
        (Some(_), None) => "unsure",
        (Some(_), Some(s)) => side(Some(s)),
    };
    format!("{own}{}", if r.mismatch { " !" } else { "" })
}

/// The compact columns: (heading, width); the last takes what is left.
const COMPACT: [(&str, usize); 8] = [
    ("SELF-HARM", 9),
    ("PHQ-9", 5),
    ("SURE", 5),
    ("FIT", 10),
    ("OWN", 8),
    ("BARRIERS", 8),
    ("DATE", 16),
    ("LABEL/FILE", 0),
];

/// The room left for the last column.
fn last_width() -> usize {
    COMPACT_WIDTH - COMPACT.iter().map(|(_, w)| w + 1).sum::<usize>()
}

/// A compact line; the last cell must already fit `last_width()`.
fn compact_line(cells: [String; 8]) -> String {
    let mut line = String::new();
    for (k, ((_, width), text)) in COMPACT.iter().zip(cells).enumerate() {
        if k + 1 == COMPACT.len() {
            line.push_str(&text);
        } else {
            line.push_str(&cell(&text, *width));
            line.push(' ');
        }
    }
    line.trim_end().to_string()
}

/// When the summary was made, to the minute.
fn date(r: &Row) -> String {
    r.created.format("%Y-%m-%d %H:%M").to_string()
}

fn compact_row(r: &Row, apart: &Apart) -> String {
    let barriers: Vec<String> = r.barriers.iter().map(|b| barrier_code(*b)).collect();
    compact_line([
        said_cell(r).into(),
        phq9_cell(r),
        sure_cell(r),
        format!("{} {:+}", side(r.fit), r.score),
        own_cell(r),
        if barriers.is_empty() {
            "-".into()
        } else {
            barriers.join(" ")
        },
        date(r),
        apart.shown(r, last_width()),
    ])
}

fn wide_row(r: &Row) -> String {
    format!(
        "{}  {}  {}  {}  {}  {}  {}  {}  {}",
        cell(said_cell(r), 16),
        cell(&phq9_cell(r), 5),
        cell(&sure_cell(r), 6),
        cell(&format!("{} ({:+})", r.lean, r.score), 38),
        cell(
            &format!(
                "{}{}",
                r.own_lean.as_deref().unwrap_or("-"),
                if r.mismatch { " !" } else { "" }
            ),
            24
        ),
        cell(&barrier_words(&r.barriers), 20),
        cell(&r.created.format("%Y-%m-%d %H:%M %:z").to_string(), 23),
        cell(r.label.as_deref().unwrap_or("-"), 24),
        one_line(&r.path.display().to_string()),
    )
}

/// Write the table as text, a row at a time, with the legend under it.
pub fn write_table(
    out: &mut impl Write,
    rows: impl Iterator<Item = Row> + Clone,
    layout: Layout,
) -> io::Result<()> {
    match layout {
        Layout::Compact => {
            let apart = Apart::of(rows.clone(), last_width());
            writeln!(out, "{}", compact_line(COMPACT.map(|(h, _)| h.to_string())))?;
            for r in rows {
                writeln!(out, "{}", compact_row(&r, &apart))?;
            }
        }
        Layout::Wide => {
            writeln!(
                out,
                "{}  {}  {}  {}  {}  {}  {}  {}  FILE",
                cell("SELF-HARM (SAID)", 16),
                cell("PHQ-9", 5),
                cell("SURE", 6),
                cell("LEAN (SCORE)", 38),
                cell("OWN LEANING", 24),
                cell("BARRIERS", 20),
                cell("DATE", 23),
                cell("LABEL", 24),
            )?;
            for r in rows {
                writeln!(out, "{}", wide_row(&r))?;
            }
        }
    }
    writeln!(out, "{LEGEND}")
}

#[cfg(test)]
mod tests;
