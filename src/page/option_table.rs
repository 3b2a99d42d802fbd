//! The options compared in one table (Option Grid style), built from
//! evidence.json, and its three plain layouts: a grid on a screen of 80
//! columns or more, one option per block below that, and row by row with the
//! option named on every line for a screen reader. Pure: no terminal here.

use crate::bank::Evidence;
use crate::text::wrap::wrap;

/// The table: a column for each option, a row for each question people ask.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionTable {
    pub title: String,
    pub caption: String,
    /// The options' names, in the order of the cells.
    pub columns: Vec<String>,
    pub rows: Vec<TableRow>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub key: char,
    pub label: String,
    /// The cost row: the summary adds the person's own cost to it.
    pub cost: bool,
    /// One text for each column.
    pub cells: Vec<String>,
}

/// The narrowest grid drawn: a screen of 80 columns leaves 78 for text.
pub const GRID_WIDTH: usize = 78;
/// The widest grid drawn.
const MOST_WIDTH: usize = 98;
/// The label column of the grid, with the row's letter.
const LABEL: usize = 14;
const GAP: usize = 2;

impl OptionTable {
    /// The table of the evidence, or None when it has none (older records).
    pub fn of(e: &Evidence) -> Option<OptionTable> {
        let t = &e.table;
        if t.rows.is_empty() {
            return None;
        }
        Some(OptionTable {
            title: t.title.clone(),
            caption: t.caption.clone(),
            columns: e
                .options
                .iter()
                .map(|o| t.names.get(&o.id).unwrap_or(&o.name).clone())
                .collect(),
            rows: t
                .rows
                .iter()
                .map(|r| TableRow {
                    key: r.key,
                    label: r.label.clone(),
                    cost: r.cost,
                    cells: e
                        .options
                        .iter()
                        .map(|o| {
                            r.cells
                                .get(&o.id)
                                .map(|c| c.text.clone())
                                .unwrap_or_default()
                        })
                        .collect(),
                })
                .collect(),
            notes: t.notes.clone(),
        })
    }

    /// The table as lines `width` wide: a grid from 80 columns up, one
    /// option per block below, the rows in the same order.
    pub fn lines(&self, width: usize) -> Vec<String> {
        if width >= GRID_WIDTH && self.columns.len() == 2 {
            self.grid(width.min(MOST_WIDTH))
        } else {
            self.blocks(width)
        }
    }

    fn grid(&self, width: usize) -> Vec<String> {
        let n = self.columns.len();
        let cell = (width - LABEL - GAP * (n - 1)) / n;
        let mut lines = vec![self.grid_line(&[String::new()], &self.columns, cell)];
        for row in &self.rows {
            let label = wrap(&format!("{} {}", row.key, row.label), LABEL - 1);
            let cells: Vec<Vec<String>> = row.cells.iter().map(|c| wrap(c, cell)).collect();
            let height = cells
                .iter()
                .map(Vec::len)
                .max()
                .unwrap_or(1)
                .max(label.len());
            for k in 0..height {
                let texts: Vec<String> = cells
                    .iter()
                    .map(|c| c.get(k).cloned().unwrap_or_default())
                    .collect();
                let label = label.get(k).cloned().unwrap_or_default();
                lines.push(self.grid_line(&[label], &texts, cell));
            }
        }
        for note in &self.notes {
            lines.extend(wrap(note, width));
        }
        lines
    }

    fn grid_line(&self, label: &[String], texts: &[String], cell: usize) -> String {
        let mut line = pad(&label[0], LABEL);
        for (k, text) in texts.iter().enumerate() {
            if k > 0 {
                line.push_str(&" ".repeat(GAP));
            }
            line.push_str(&pad(text, cell));
        }
        line.trim_end().to_string()
    }

    /// One block for each option, the rows in the same order.
    fn blocks(&self, width: usize) -> Vec<String> {
        let mut lines = Vec::new();
        for (k, column) in self.columns.iter().enumerate() {
            if k > 0 {
                lines.push(String::new());
            }
            lines.extend(wrap(column, width));
            for row in &self.rows {
                let text = format!("{} {}: {}", row.key, row.label, row.cells[k]);
                for (n, line) in wrap(&text, width.saturating_sub(2).max(10))
                    .into_iter()
                    .enumerate()
                {
                    lines.push(if n == 0 { line } else { format!("  {line}") });
                }
            }
        }
        lines.push(String::new());
        for note in &self.notes {
            lines.extend(wrap(note, width));
        }
        lines
    }

    /// Row by row, the option named on every line, for a screen reader.
    pub fn spoken(&self, width: usize) -> Vec<String> {
        let mut lines = Vec::new();
        for row in &self.rows {
            lines.extend(wrap(&format!("{}. {}", row.key, row.label), width));
            for (column, cell) in self.columns.iter().zip(&row.cells) {
                let text = format!("{column}: {cell}.");
                for line in wrap(&text, width.saturating_sub(2).max(10)) {
                    lines.push(format!("  {line}"));
                }
            }
        }
        for note in &self.notes {
            lines.extend(wrap(note, width));
        }
        lines
    }

    /// Every text of the table, for counting words.
    pub fn texts(&self) -> Vec<&str> {
        let mut all: Vec<&str> = self.columns.iter().map(String::as_str).collect();
        for row in &self.rows {
            all.push(&row.label);
            all.extend(row.cells.iter().map(String::as_str));
        }
        all.extend(self.notes.iter().map(String::as_str));
        all
    }
}

fn pad(text: &str, width: usize) -> String {
    let used = console::measure_text_width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(used)))
}
