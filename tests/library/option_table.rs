//! The options compared in one table, without the program: the short path
//! shows no outcome page unasked but the one it is built around, both columns
//! carry the same rows with checked figures, and snapshots of the table's
//! layouts (tests/cli/option_table.rs meets it in a pseudo-terminal).

use std::collections::BTreeSet;

use therapy_choice::ask::{Block, Step, pages};
use therapy_choice::page::option_table::{OptionTable, TableRow};

use crate::fixtures::figures::{numbers_in, table_numbers};
use crate::fixtures::{example_answers, steps};

fn table() -> OptionTable {
    OptionTable::of(&crate::fixtures::bank().evidence).unwrap()
}

#[test]
fn the_short_path_shows_no_outcome_page_unasked_but_its_own() {
    let bank = crate::fixtures::bank();
    let e = &bank.evidence;
    let outcome_titles: BTreeSet<&str> = e.outcomes.iter().map(|o| o.title.as_str()).collect();
    for name in crate::fixtures::EXAMPLES {
        let mut pictures = 0;
        for step in steps(&example_answers(name)) {
            let Step::Page(page) = step else { continue };
            let title = page.title.clone().unwrap_or_default();
            assert!(
                !outcome_titles.contains(title.as_str()),
                "{name}: the outcome page {title:?} is shown unasked"
            );
            pictures += page
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Icons(_)))
                .count();
        }
        assert_eq!(pictures, 1, "{name}: one outcome picture on the short path");
    }
    // Every outcome page is still one key away, and `evidence` prints it.
    let shown = pages::facts(e);
    let behind: BTreeSet<String> = shown
        .iter()
        .flat_map(|p| &p.more)
        .filter_map(|m| m.page.title.clone())
        .collect();
    let all: BTreeSet<String> = pages::all_facts(e)
        .iter()
        .filter_map(|p| p.title.clone())
        .collect();
    for o in &e.outcomes {
        if o.id == e.deeper.outcome {
            continue;
        }
        assert!(behind.contains(&o.title), "{} is not one key away", o.title);
        assert!(all.contains(&o.title), "{} is not in `evidence`", o.title);
    }
}

#[test]
fn both_columns_carry_the_same_rows_and_the_figures_are_checked() {
    let bank = crate::fixtures::bank();
    let e = &bank.evidence;
    let allowed = table_numbers();
    for row in &e.table.rows {
        let ids: Vec<&String> = row.cells.keys().collect();
        let options: Vec<&String> = e.options.iter().map(|o| &o.id).collect();
        let mut options = options.clone();
        options.sort();
        assert_eq!(ids, options, "row {} has a cell for each option", row.id);
        for cell in row.cells.values() {
            assert!(!cell.text.trim().is_empty(), "row {}", row.id);
            for n in numbers_in(&cell.text) {
                assert!(
                    allowed.contains(&n),
                    "row {}: {n} is not a checked figure",
                    row.id
                );
            }
        }
    }
    let t = table();
    assert!(t.rows.iter().all(|r| r.cells.len() == t.columns.len()));
}

/// The table's shape (its rows' letters, its columns, its notes) with stand-in
/// words of set lengths, some long enough to wrap, in place of the bank's:
/// the layouts' snapshots then change with the layout, not with the words.
fn stand_in() -> OptionTable {
    let words = |seed: usize, least: usize| {
        let n = least + seed % 7;
        (0..n)
            .map(|k| ["one", "three", "fifteen", "a", "seventy"][(seed + k) % 5])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let t = table();
    OptionTable {
        title: "Title".into(),
        caption: "Caption".into(),
        columns: (1..=t.columns.len())
            .map(|k| format!("Option {k}"))
            .collect(),
        rows: t
            .rows
            .iter()
            .enumerate()
            .map(|(r, row)| TableRow {
                key: row.key,
                label: format!("Row{}", ["", " one", " a three"][r % 3]),
                cost: row.cost,
                cells: (0..row.cells.len())
                    .map(|c| words(r * 3 + c * 5, 2))
                    .collect(),
            })
            .collect(),
        notes: (0..t.notes.len())
            .map(|k| format!("Note {k}: {}", words(k, 12)))
            .collect(),
    }
}

#[test]
fn the_table_in_every_layout() {
    let t = stand_in();
    insta::assert_snapshot!("option_table.grid", t.lines(78).join("\n"));
    insta::assert_snapshot!("option_table.narrow", t.lines(58).join("\n"));
    insta::assert_snapshot!("option_table.spoken", t.spoken(80).join("\n"));
}
