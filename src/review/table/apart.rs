//! The last column of the compact table, told apart: file names are shown
//! from where they start to differ (the start they all share is cut, never
//! the end that differs), and a label that two rows share, or that reads the
//! same once cut, gets the differing part of its file name beside it.

use std::collections::HashMap;

use super::super::triage::Row;
use super::{cell, tail};

/// What the rows' names have in common, found in one pass over the rows.
pub struct Apart {
    /// Where every file name starts to differ, when there are two rows or more.
    files: Shared,
    /// For each label as cut to the column, and the minute it was made: how
    /// many rows show it, and where their file names start to differ.
    labels: HashMap<(String, String), Shared>,
}

/// The start that a group of file names share.
#[derive(Default)]
struct Shared {
    first: String,
    chars: usize,
    count: usize,
    /// Whether any name differs from the first (the same name twice, in two
    /// folders, has no differing part to show).
    differ: bool,
}

impl Shared {
    fn add(&mut self, name: &str) {
        if self.count == 0 {
            self.first = name.to_string();
            self.chars = name.chars().count();
        } else {
            self.chars = self.chars.min(common(&self.first, name));
            self.differ |= name != self.first;
        }
        self.count += 1;
    }

    /// How many characters to cut: back to just after the last "-", "_" or
    /// ".", so "055416" is never cut to "5416"; none for a single name.
    fn cut(&self) -> usize {
        if self.count < 2 || !self.differ {
            return 0;
        }
        let start: Vec<char> = self.first.chars().take(self.chars).collect();
        start
            .iter()
            .rposition(|c| matches!(c, '-' | '_' | '.'))
            .map_or(0, |k| k + 1)
    }

    /// The part of `name` after the shared start, "~" marking the cut.
    fn rest(&self, name: &str) -> String {
        let cut = self.cut();
        if cut == 0 {
            return name.to_string();
        }
        let rest: String = name.chars().skip(cut).collect();
        format!("~{rest}")
    }
}

fn stem(r: &Row) -> String {
    r.path
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| r.path.display().to_string())
}

/// The characters `a` and `b` start with in common.
fn common(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn key(r: &Row, label: &str, width: usize) -> (String, String) {
    (cell(label, width), super::date(r))
}

impl Apart {
    pub fn of(rows: impl Iterator<Item = Row>, width: usize) -> Apart {
        let mut files = Shared::default();
        let mut labels: HashMap<(String, String), Shared> = HashMap::new();
        for r in rows {
            let name = stem(&r);
            files.add(&name);
            if let Some(label) = &r.label {
                labels.entry(key(&r, label, width)).or_default().add(&name);
            }
        }
        Apart { files, labels }
    }

    /// The last cell of the row, at most `width` columns.
    pub fn shown(&self, r: &Row, width: usize) -> String {
        let Some(label) = &r.label else {
            return tail(&self.files.rest(&stem(r)), width);
        };
        let cut = cell(label, width);
        let group = self.labels.get(&key(r, label, width));
        let Some(group) = group.filter(|g| g.count > 1) else {
            return cut;
        };
        // Rows with one label and one minute: the file's differing part
        // stays whole, and the label gives way.
        let file = tail(&group.rest(&stem(r)), width.saturating_sub(4).max(1));
        let room = width.saturating_sub(console::measure_text_width(&file) + 1);
        format!("{} {file}", cell(label, room).trim_end())
    }
}
