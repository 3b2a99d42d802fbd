//! The options compared in one table, as a person meets it: in a
//! pseudo-terminal of 80 x 24 it fits one screen; below 80 columns it becomes
//! one option per block with the rows in the same order; a row's letter opens
//! its detail and Enter comes back to the same place; the summaries hold the
//! same table. (What needs no program, the layouts' snapshots among it, is in
//! tests/library/option_table.rs.)

use therapy_choice::page::option_table::OptionTable;

use crate::pty::{Pty, last_screen, screens};
use crate::test::Home;

const TITLE: &str = "The two options side by side";

/// Start, answer "No" to the safety question, and pass the key points:
/// the table is on screen.
fn at_the_table(cols: u16, rows: u16) -> Pty {
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], cols, rows);
    pty.pass_page();
    pty.wait("Question 1 of");
    pty.wait("Enter");
    pty.keys(&format!("{}{}\r", crate::pty::DOWN, crate::pty::DOWN));
    pty.pass_page();
    pty.wait(TITLE);
    pty
}

fn table() -> OptionTable {
    OptionTable::of(&crate::common::bank().evidence).unwrap()
}

#[test]
fn the_table_fits_one_screen_of_80_by_24() {
    let mut pty = at_the_table(80, 24);
    pty.wait("Press Enter to go on");
    let screen = last_screen(&pty.log);
    let t = table();
    assert!(screen.contains(TITLE), "{screen}");
    // Every row's label and every note are on this one screen.
    for row in &t.rows {
        let first = row.label.split_whitespace().next().unwrap();
        assert!(
            screen.contains(&format!("{} {first}", row.key)),
            "row {} is not on the screen:\n{screen}",
            row.key
        );
    }
    for note in &t.notes {
        assert!(screen.contains(note.as_str()), "{screen}");
    }
    assert!(!screen.contains("shows more"), "{screen}");
    assert!(screen.lines().count() <= 24);
    assert!(screen.lines().all(|l| console::measure_text_width(l) <= 80));
    pty.keys("\x03");
    pty.end();
}

#[test]
fn below_80_columns_the_table_is_one_option_per_block_rows_in_order() {
    let mut pty = at_the_table(60, 15);
    // Page down to the end, keeping every screen.
    loop {
        let found = pty.wait("shows more|Press Enter to go on");
        if found.contains("Press Enter") {
            break;
        }
        pty.keys(" ");
    }
    let t = table();
    let text: String = screens(&pty.log)
        .iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join("\n");
    let from = text.rfind(TITLE).unwrap_or(0);
    let text = &text[from..];
    assert!(
        text.lines().all(|l| console::measure_text_width(l) <= 60),
        "{text}"
    );
    // Each option's block holds every row, in the table's order.
    let short = text
        .find(&format!("\n{}\n", t.columns[0]))
        .expect(&t.columns[0]);
    let long = text
        .find(&format!("\n{}\n", t.columns[1]))
        .expect(&t.columns[1]);
    assert!(short < long);
    for (block, end) in [(&text[short..long], 0), (&text[long..], 1)] {
        let mut at = 0;
        for row in &t.rows {
            let first = row.cells[end].split_whitespace().next().unwrap();
            let label = format!("{} {}: {first}", row.key, row.label);
            let found = block[at..]
                .find(&label)
                .unwrap_or_else(|| panic!("{label:?} missing or out of order in:\n{block}"));
            at += found + 1;
        }
    }
    pty.keys("\x03");
    pty.end();
}

#[test]
fn a_rows_letter_opens_its_detail_and_enter_comes_back_to_the_same_place() {
    let mut pty = at_the_table(80, 24);
    pty.wait("Press Enter to go on");
    let before = last_screen(&pty.log);
    // "d" is the cost row: its detail is both options' cost texts.
    let bank = crate::common::bank();
    let cost = &bank.evidence.options[0].facts["cost"].text;
    let first_words: String = cost
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    pty.keys("d");
    pty.wait(&crate::pty::regex_escape(&first_words));
    pty.wait("Press Enter to go on");
    let detail = last_screen(&pty.log);
    assert!(!detail.contains(TITLE), "{detail}");
    pty.keys("\r");
    pty.wait(TITLE);
    pty.wait("Press Enter to go on");
    assert_eq!(last_screen(&pty.log), before, "back at the same place");
    // A key that opens nothing leaves the screen as it is; Enter goes on.
    pty.keys("\r");
    pty.wait("Helsinki");
    pty.keys("\x03");
    pty.end();
}

#[test]
fn the_summaries_hold_the_same_table_as_a_real_table() {
    use therapy_choice::render::{html, markdown};
    let ran = crate::test::Test::new()
        .answers("first-episode")
        .run()
        .success();
    let record: therapy_choice::record::Record =
        serde_json::from_str(&std::fs::read_to_string(ran.record()).unwrap()).unwrap();
    let t = table();
    let md = markdown::render(&record);
    let header = format!("| | {} | {} |", t.columns[0], t.columns[1]);
    let at = md.find(&header).expect("a Markdown table header");
    let lines: Vec<&str> = md[at..].lines().take(2 + t.rows.len()).collect();
    assert_eq!(lines[1], "|---|---|---|");
    for (line, row) in lines[2..].iter().zip(&t.rows) {
        // Three cells: the row, then each option's answer from one source.
        assert_eq!(line.matches(" | ").count(), 2, "{line}");
        assert!(
            line.contains(&row.label) && line.contains(&row.cells[0]),
            "{line}"
        );
        assert!(line.contains(&row.cells[1]), "{line}");
    }
    let page = html::render(&record);
    let caption = t.caption.replace('\'', "&#39;");
    assert!(
        page.contains(&format!("<caption>{caption}</caption>")),
        "a caption"
    );
    for row in &t.rows {
        assert!(page.contains(&format!(
            "<th>{} {}</th>",
            row.key,
            row.label.replace('\'', "&#39;")
        )));
    }
    assert!(md.contains(&crate::common::bank().evidence.next_steps.title));
}
