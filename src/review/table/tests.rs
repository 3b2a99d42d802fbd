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
    worst.safety_said = Some(Column::NotSaid);
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
    let legend = LEGEND.lines().count();
    assert_eq!(
        rows.len(),
        4 + legend,
        "heading, three rows, legend:\n{text}"
    );
    assert!(
        rows[1].starts_with("not said  27 !  0/4 ! short -100 unsure ! TS TL C~"),
        "{}",
        rows[1]
    );
    assert!(rows[1].ends_with("~6-183200-2"), "{}", rows[1]);
    assert!(rows[2].ends_with("~"), "a long label is cut: {}", rows[2]);
    assert!(rows[2].contains("Dr. Wide's"), "{}", rows[2]);
    assert!(!text.contains('\u{1b}'));
    assert_eq!(rows[4..].join("\n"), LEGEND);
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
    for line in LEGEND.lines() {
        assert!(line.chars().count() <= COMPACT_WIDTH, "{line}");
    }
}

#[test]
fn the_legend_explains_every_word_and_sign_the_compact_rows_use() {
    let mut even = sample("therapy-choice-2026-11-26-183200", "18:32");
    even.fit = None;
    even.own_side = None;
    even.mismatch = true;
    even.barriers = vec![InTheWay {
        kind: BarrierKind::Change,
        option: OptionId::LongTerm,
    }];
    let text = table(vec![even], Layout::Compact);
    let row = text.lines().nth(1).unwrap();
    assert!(row.contains("even -20"), "{row}");
    assert!(
        row.contains("ML"),
        "a life change has its own letter: {row}"
    );
    for word in [
        "even (both",
        "unsure",
        "! talk about",
        "~ cut",
        "- not given",
        "M a big",
        "S short",
        "L long",
        "T time",
        "C cost",
        "-100",
        "SELF-HARM: yes, not said or no",
    ] {
        assert!(
            LEGEND.contains(word),
            "the legend does not explain {word:?}"
        );
    }
}

#[test]
fn two_rows_with_one_label_are_told_apart_by_their_files() {
    let mut a = sample("therapy-choice-2026-11-26-183200", "18:32");
    a.label = Some("J.S. 4471".into());
    let mut b = sample("therapy-choice-2026-11-26-183245-2", "18:32");
    b.label = Some("J.S. 4471".into());
    let mut other = sample("therapy-choice-2026-11-26-183210", "18:32");
    other.label = Some("A.B.".into());
    let text = table(vec![a, b, other], Layout::Compact);
    let rows: Vec<&str> = text.lines().skip(1).take(3).collect();
    assert_ne!(rows[0], rows[1], "{text}");
    assert!(rows[0].ends_with("~183200"), "{}", rows[0]);
    // The SELF-HARM column leaves 12 columns for the label and its file.
    assert!(rows[1].ends_with("~3245-2"), "{}", rows[1]);
    assert!(rows[0].contains(" J."), "{}", rows[0]);
    assert!(
        rows[2].ends_with(" A.B."),
        "a label of its own stands alone: {}",
        rows[2]
    );
}

#[test]
fn file_names_are_shown_from_where_they_differ() {
    let a = sample("therapy-choice-2026-12-07-033640-3", "18:32");
    let b = sample("therapy-choice-2026-12-07-033232", "18:33");
    let text = table(vec![a, b], Layout::Compact);
    let rows: Vec<&str> = text.lines().skip(1).take(2).collect();
    assert!(rows[0].ends_with(" ~033640-3"), "{}", rows[0]);
    assert!(rows[1].ends_with(" ~033232"), "{}", rows[1]);
    let one = table(
        vec![sample("therapy-choice-2026-12-07-033232", "18:33")],
        Layout::Compact,
    );
    assert!(
        one.lines().nth(1).unwrap().ends_with(" ~-07-033232"),
        "one file alone keeps its end: {one}"
    );
}
