//! The triage table: one row per record, safety first, then decisional
//! conflict, then the newest. Rows are kept small while a folder is read
//! (words that repeat are stored once) and written out one at a time.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::bank::rules::{BarrierKind, OptionId};
use crate::render::neutral;

/// One record as the table shows it.
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

const BARRIERS: [(BarrierKind, OptionId); 4] = [
    (BarrierKind::Time, OptionId::ShortTerm),
    (BarrierKind::Time, OptionId::LongTerm),
    (BarrierKind::Cost, OptionId::ShortTerm),
    (BarrierKind::Cost, OptionId::LongTerm),
];

const SAFETY: u8 = 1;
const CONFLICT: u8 = 2;
const FLAGGED: u8 = 4;

/// A row as kept in memory: about a hundred bytes.
#[derive(Debug)]
struct Compact {
    created: DateTime<FixedOffset>,
    name: Box<str>,
    folder: u32,
    lean: u16,
    title: u16,
    score: i16,
    points: u8,
    out_of: u8,
    flags: u8,
    barriers: u8,
}

/// Rows gathered from many records.
#[derive(Debug, Default)]
pub struct Triage {
    words: Vec<String>,
    folders: Vec<PathBuf>,
    rows: Vec<Compact>,
}

fn intern<T: PartialEq>(list: &mut Vec<T>, value: T) -> usize {
    match list.iter().position(|v| *v == value) {
        Some(k) => k,
        None => {
            list.push(value);
            list.len() - 1
        }
    }
}

impl Triage {
    pub fn add(&mut self, row: Row) {
        let folder = row.path.parent().unwrap_or(Path::new("")).to_path_buf();
        let name = row
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut flags = if row.safety { SAFETY } else { 0 };
        let (title, points, out_of) = match row.conflict {
            Some((title, points, out_of, flagged)) => {
                flags |= CONFLICT;
                if flagged {
                    flags |= FLAGGED;
                }
                (title, points, out_of)
            }
            None => (String::new(), 0, 0),
        };
        let barriers = BARRIERS
            .iter()
            .enumerate()
            .filter(|(_, b)| row.barriers.contains(b))
            .fold(0u8, |bits, (k, _)| bits | (1 << k));
        let compact = Compact {
            created: row.created,
            name: name.into_boxed_str(),
            folder: intern(&mut self.folders, folder) as u32,
            lean: intern(&mut self.words, row.lean) as u16,
            title: intern(&mut self.words, title) as u16,
            score: row.score.clamp(-1000, 1000) as i16,
            points: points.min(255) as u8,
            out_of: out_of.min(255) as u8,
            flags,
            barriers,
        };
        self.rows.push(compact);
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Safety flags first, then flagged conflict (lowest score first), then newest.
    pub fn sort(&mut self) {
        let key = |r: &Compact| {
            // The score orders only the flagged; the rest go by date.
            let points = if r.flags & FLAGGED != 0 {
                r.points
            } else {
                u8::MAX
            };
            (r.flags & SAFETY == 0, r.flags & FLAGGED == 0, points)
        };
        let folders = &self.folders;
        self.rows.sort_by(|a, b| {
            key(a)
                .cmp(&key(b))
                .then(b.created.cmp(&a.created))
                .then_with(|| folders[a.folder as usize].cmp(&folders[b.folder as usize]))
                .then_with(|| a.name.cmp(&b.name))
        });
    }

    /// The rows, in their order, as full rows.
    pub fn rows(&self) -> impl Iterator<Item = Row> + '_ {
        self.rows.iter().map(|c| Row {
            safety: c.flags & SAFETY != 0,
            conflict: (c.flags & CONFLICT != 0).then(|| {
                (
                    self.words[c.title as usize].clone(),
                    u32::from(c.points),
                    u32::from(c.out_of),
                    c.flags & FLAGGED != 0,
                )
            }),
            score: i32::from(c.score),
            lean: self.words[c.lean as usize].clone(),
            barriers: BARRIERS
                .iter()
                .enumerate()
                .filter(|(k, _)| c.barriers & (1 << k) != 0)
                .map(|(_, b)| *b)
                .collect(),
            created: c.created,
            path: self.folders[c.folder as usize].join(&*c.name),
        })
    }
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

/// Write the table as text, a row at a time: no meaning carried by colour.
pub fn write_table(out: &mut impl Write, rows: impl Iterator<Item = Row>) -> io::Result<()> {
    writeln!(
        out,
        "{}  {}  {}  {}  {}  FILE",
        cell("SAFETY", 6),
        cell("SURE", 6),
        cell("LEAN (SCORE)", 38),
        cell("BARRIERS", 20),
        cell("DATE", 23),
    )?;
    for r in rows {
        let safety = if r.safety { "YES" } else { "-" };
        let conflict = match &r.conflict {
            Some((_, points, out_of, flagged)) => {
                format!("{points}/{out_of}{}", if *flagged { " !" } else { "" })
            }
            None => "-".into(),
        };
        writeln!(
            out,
            "{}  {}  {}  {}  {}  {}",
            cell(safety, 6),
            cell(&conflict, 6),
            cell(&format!("{} ({:+})", r.lean, r.score), 38),
            cell(&barrier_words(&r.barriers), 20),
            cell(&r.created.format("%Y-%m-%d %H:%M %:z").to_string(), 23),
            neutral(&r.path.display().to_string()),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(safety: bool, conflict: Option<u32>, hour: u32, name: &str) -> Row {
        Row {
            safety,
            conflict: conflict.map(|p| ("How sure you feel".to_string(), p, 4, p < 4)),
            score: -20,
            lean: "leans short-term".into(),
            barriers: vec![(BarrierKind::Cost, OptionId::LongTerm)],
            created: DateTime::parse_from_rfc3339(&format!("2026-11-26T{hour:02}:00:00+00:00"))
                .unwrap(),
            path: PathBuf::from(format!("/clinic/{name}.json")),
        }
    }

    #[test]
    fn rows_come_back_whole_sorted_safety_then_conflict_then_newest() {
        let mut t = Triage::default();
        let given = [
            row(false, Some(4), 9, "old-calm"),
            row(false, Some(4), 12, "new-calm"),
            row(false, Some(1), 8, "conflict-1"),
            row(true, Some(4), 7, "safety"),
            row(false, Some(3), 11, "conflict-3"),
            row(false, None, 10, "no-score"),
        ];
        for r in given.iter().cloned() {
            t.add(r);
        }
        t.sort();
        let names: Vec<String> = t
            .rows()
            .map(|r| r.path.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "safety",
                "conflict-1",
                "conflict-3",
                "new-calm",
                "no-score",
                "old-calm"
            ]
        );
        let back: Vec<Row> = t.rows().collect();
        assert!(back.contains(&given[2]), "a row comes back as it went in");
        // "leans short-term", "How sure you feel" and the empty title of the row without a score.
        assert_eq!(t.words.len(), 3, "repeated words are kept once");
    }
}
