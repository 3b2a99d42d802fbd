//! Tests of table.rs.

use super::*;
use crate::review::triage::{Conflict, sample};

fn table(rows: Vec<Row>, layout: Layout) -> String {
    let mut out = Vec::new();
    write_table(&mut out, rows.into_iter(), layout).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn compact_rows_never_pass_80_columns_with_long_labels_and_every_flag() {
    let mut worst = sample(
        "a-very-long-file-name-that-goes-on-and-on-2026-11-26-183200-2",
        "18:32",
    );
    worst.safety = true;
    worst.phq9 = Some(27);
    worst.phq9_item9 = true;
    worst.conflict = Some(Conflict {
        title: "How sure you feel".into(),
        points: 0,
        out_of: 4,
        flagged: true,
    });
    worst.score = -100;
    worst.own_lean = Some("I'm not sure yet".into());
    worst.own_side = None;
    worst.mismatch = true;
    worst.barriers = [BarrierKind::Time, BarrierKind::Cost]
        .into_iter()
        .flat_map(|kind| {
            [OptionId::ShortTerm, OptionId::LongTerm].map(|option| InTheWay { kind, option })
        })
        .collect();
    let mut labelled = worst.clone();
    labelled.label =
        Some("Dr. Wide's patient 你好你好你好你好你好 clinic number 1234567890 ".repeat(4));
    let mut tabbed = worst.clone();
    tabbed.label = Some("line\none\ttab\u{1b}[31m".repeat(10));
    let text = table(vec![worst, labelled, tabbed], Layout::Compact);
    for line in text.lines() {
        let width = console::measure_text_width(line);
        assert!(width <= COMPACT_WIDTH, "{width} columns: {line}");
    }
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 5, "heading, three rows, legend:\n{text}");
    assert!(
        rows[1].starts_with("YES  27 !  0/4 ! short -100 unsure ! TS TL C~"),
        "{}",
        rows[1]
    );
    assert!(rows[1].ends_with("~-11-26-183200-2"), "{}", rows[1]);
    assert!(rows[2].ends_with("~"), "a long label is cut: {}", rows[2]);
    assert!(rows[2].contains("Dr. Wide's"), "{}", rows[2]);
    assert!(!text.contains('\u{1b}'));
    assert_eq!(rows[4], LEGEND);
}

#[test]
fn the_wide_layout_keeps_the_words_and_the_path() {
    let mut r = sample("clinic-file", "18:32");
    r.label = Some("A.B.".into());
    r.own_lean = Some("Long-term therapy".into());
    r.own_side = Some(OptionId::LongTerm);
    r.mismatch = true;
    let text = table(vec![r], Layout::Wide);
    let row = text.lines().nth(1).unwrap();
    assert!(row.contains("leans short-term (-20)"), "{row}");
    assert!(row.contains("Long-term therapy !"), "{row}");
    assert!(row.contains("cost:long"), "{row}");
    assert!(row.contains("A.B."), "{row}");
    assert!(row.ends_with("/clinic/clinic-file.json"), "{row}");
}

#[test]
fn every_compact_column_is_explained_in_the_help() {
    for (heading, _) in COMPACT {
        assert!(
            COLUMNS.lines().any(|l| l.trim_start().starts_with(heading)),
            "{heading} is not explained"
        );
    }
    assert!(LEGEND.chars().count() <= COMPACT_WIDTH);
}
