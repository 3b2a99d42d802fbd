//! Pictures of 100 people: ONE function lays out the 10 x 10 grid for a count,
//! and the screen, Markdown and HTML each draw that same grid their own way
//! (the formats' layouts through their writers, escaping on).
//! Filled and empty marks differ in shape, so no colour is needed.

use crate::bank::{Evidence, IconGroup, Icons, Outcome, OutcomeWords};
use crate::text::fill;
use crate::text::wrap::wrap;

/// A filled mark: one person counted.
pub const FILLED: char = '●';
/// An empty mark: one person not counted.
pub const EMPTY: char = '○';
/// Rows and columns of the grid.
pub const SIDE: usize = 10;
/// Spaces between groups, and between the groups and the legend beside them.
const GAP: usize = 3;
/// The narrowest the legend may be to stand beside the groups.
const SIDE_TEXT: usize = 24;

/// The grid for `count` people in 100, filled row by row from the top left.
pub fn grid(count: u8) -> [[bool; SIDE]; SIDE] {
    let mut rows = [[false; SIDE]; SIDE];
    for (k, cell) in rows.iter_mut().flatten().enumerate() {
        *cell = k < usize::from(count);
    }
    rows
}

/// The icons of one study with the words that go around them.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub icons: Icons,
    pub words: OutcomeWords,
}

impl Picture {
    /// The picture on an outcome page, if it has one.
    pub fn of(evidence: &Evidence, outcome: &Outcome) -> Option<Picture> {
        outcome.icons.as_ref().map(|icons| Picture {
            icons: icons.clone(),
            words: evidence.outcome_words.clone(),
        })
    }

    /// "about 62 in 100"
    pub fn about(&self, group: &IconGroup) -> String {
        fill(&self.words.about, &[("n", &group.count.to_string())])
    }

    /// When it was counted and what a filled and an empty mark mean.
    pub fn legend(&self) -> String {
        fill(
            &self.words.legend,
            &[
                ("when", &self.icons.when),
                ("on", &FILLED.to_string()),
                ("off", &EMPTY.to_string()),
                ("filled", &self.icons.filled),
                ("empty", &self.icons.empty),
            ],
        )
    }

    /// Each group's figure as a sentence: "Long-term: about 62 in 100 had few
    /// symptoms left; more help: 33 in 100."
    pub fn sentences(&self) -> Vec<String> {
        self.icons
            .groups
            .iter()
            .map(|g| {
                let note = g
                    .note
                    .as_deref()
                    .map(|n| format!("; {n}"))
                    .unwrap_or_default();
                format!(
                    "{}: {} {}{note}.",
                    g.label,
                    self.about(g),
                    self.icons.filled
                )
            })
            .collect()
    }

    /// Each group's label, grid and figure, as columns of text.
    fn columns(&self, spaced: bool) -> Vec<Vec<String>> {
        self.icons
            .groups
            .iter()
            .map(|g| {
                let mut column = vec![g.label.clone()];
                for row in grid(g.count) {
                    let marks: Vec<String> = row
                        .iter()
                        .map(|&on| if on { FILLED } else { EMPTY }.to_string())
                        .collect();
                    column.push(marks.join(if spaced { " " } else { "" }));
                }
                column.push(self.about(g));
                column.extend(g.note.clone());
                column
            })
            .collect()
    }

    /// The picture as lines of text at most `width` wide where it can be: the
    /// groups side by side (as many as fit), with the legend beside them when
    /// there is room, above them when not.
    pub fn lines(&self, width: usize) -> Vec<String> {
        let grids = side_by_side(&self.columns(true), width);
        let used = grids.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        let room = width.saturating_sub(used + GAP);
        if room >= SIDE_TEXT {
            let side = wrap(&self.legend(), room);
            if side.len() < grids.len() {
                return grids
                    .iter()
                    .enumerate()
                    .map(
                        |(k, line)| match k.checked_sub(1).and_then(|k| side.get(k)) {
                            Some(text) => {
                                let pad = used + GAP - line.chars().count();
                                format!("{line}{}{text}", " ".repeat(pad))
                            }
                            None => line.clone(),
                        },
                    )
                    .collect();
            }
        }
        let mut out = wrap(&self.legend(), width);
        out.extend(grids);
        out
    }

    /// The groups side by side in one block, each mark next to the next:
    /// the compact grid the Markdown sets in a code block.
    pub fn compact_lines(&self) -> Vec<String> {
        side_by_side(&self.columns(false), usize::MAX)
    }
}

/// Columns of lines set side by side, as many to a row as fit in `width`.
fn side_by_side(columns: &[Vec<String>], width: usize) -> Vec<String> {
    let wide = |c: &Vec<String>| c.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let gap = GAP;
    let mut out = Vec::new();
    let mut start = 0;
    while start < columns.len() {
        let mut end = start + 1;
        let mut used = wide(&columns[start]);
        while end < columns.len() && used + gap + wide(&columns[end]) <= width {
            used += gap + wide(&columns[end]);
            end += 1;
        }
        if start > 0 {
            out.push(String::new());
        }
        let height = columns[start..end].iter().map(Vec::len).max().unwrap_or(0);
        for row in 0..height {
            let mut line = String::new();
            for (k, column) in columns[start..end].iter().enumerate() {
                let cell = column.get(row).map(String::as_str).unwrap_or("");
                line.push_str(cell);
                if k + 1 < end - start {
                    let pad = wide(column) + gap - cell.chars().count();
                    line.push_str(&" ".repeat(pad));
                }
            }
            out.push(line.trim_end().to_string());
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_fills_exactly_the_count_row_by_row() {
        for count in [0u8, 1, 5, 23, 62, 99, 100] {
            let g = grid(count);
            let filled = g.iter().flatten().filter(|&&on| on).count();
            assert_eq!(filled, usize::from(count));
            let first_empty = g.iter().flatten().position(|&on| !on).unwrap_or(100);
            assert_eq!(
                first_empty,
                usize::from(count),
                "no gaps before the last filled mark"
            );
        }
    }

    #[test]
    fn groups_go_under_each_other_when_the_screen_is_narrow() {
        let columns = vec![vec!["aaaa".to_string()], vec!["bbbb".to_string()]];
        assert_eq!(side_by_side(&columns, 20), ["aaaa   bbbb"]);
        assert_eq!(side_by_side(&columns, 8), ["aaaa", "", "bbbb"]);
    }
}
