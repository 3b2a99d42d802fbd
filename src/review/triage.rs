//! The triage table: one row per record, safety first, then decisional
//! conflict, then the newest.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use std::path::PathBuf;

use crate::bank::rules::{BarrierKind, OptionId};
use crate::render::neutral;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub safety: bool,
    /// The decisional-conflict score: title, points, out of, flagged.
    pub conflict: Option<(String, u32, u32, bool)>,
    pub score: i32,
    pub lean: String,
    pub barriers: Vec<(BarrierKind, OptionId)>,
    pub created: DateTime<FixedOffset>,
    pub path: PathBuf,
}

/// Safety flags first, then flagged conflict (lowest score first), then newest.
pub fn sort_rows(rows: &mut [Row]) {
    rows.sort_by(|a, b| {
        let key = |r: &Row| {
            let (flagged, points) = match &r.conflict {
                Some((_, points, _, flagged)) => (*flagged, *points),
                None => (false, u32::MAX),
            };
            (!r.safety, !flagged, points)
        };
        key(a)
            .cmp(&key(b))
            .then(b.created.cmp(&a.created))
            .then(a.path.cmp(&b.path))
    });
}

fn barrier_words(barriers: &[(BarrierKind, OptionId)]) -> String {
    if barriers.is_empty() {
        return "-".into();
    }
    barriers
        .iter()
        .map(|(kind, option)| {
            let kind = match kind {
                BarrierKind::Time => "time",
                BarrierKind::Cost => "cost",
            };
            let option = match option {
                OptionId::ShortTerm => "short",
                OptionId::LongTerm => "long",
            };
            format!("{kind}:{option}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn cell(text: &str, width: usize) -> String {
    let text: String = neutral(text).replace('\n', " ");
    let count = text.chars().count();
    if count > width {
        let cut: String = text.chars().take(width.saturating_sub(1)).collect();
        format!("{cut}~")
    } else {
        format!("{text}{}", " ".repeat(width - count))
    }
}

/// The table as text: no meaning carried by colour.
pub fn table(rows: &[Row]) -> String {
    let mut out = format!(
        "{}  {}  {}  {}  {}  FILE\n",
        cell("SAFETY", 6),
        cell("SURE", 6),
        cell("LEAN (SCORE)", 38),
        cell("BARRIERS", 20),
        cell("DATE", 23),
    );
    for r in rows {
        let safety = if r.safety { "YES" } else { "-" };
        let conflict = match &r.conflict {
            Some((_, points, out_of, flagged)) => {
                format!("{points}/{out_of}{}", if *flagged { " !" } else { "" })
            }
            None => "-".into(),
        };
        out.push_str(&format!(
            "{}  {}  {}  {}  {}  {}\n",
            cell(safety, 6),
            cell(&conflict, 6),
            cell(&format!("{} ({:+})", r.lean, r.score), 38),
            cell(&barrier_words(&r.barriers), 20),
            cell(&r.created.format("%Y-%m-%d %H:%M %:z").to_string(), 23),
            neutral(&r.path.display().to_string()),
        ));
    }
    out
}
