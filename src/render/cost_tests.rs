//! The costs are told in one unit: each row's total is named by its span and
//! carries its own cost a month; the chart and the notes compare months with
//! the monthly budget, never a total with a year.

use super::sentences::{cost_notes, cost_rows, month_bars};
use crate::answers::Answer;
use crate::record::Record;

/// The first example, with a fee of 100 a session and 20 sessions a year covered.
fn covered_record() -> Record {
    let bank = crate::fixtures::bank();
    let mut answers = crate::fixtures::example("first-episode");
    answers.insert("money.fee".into(), Answer::Number(100.0));
    answers.insert("money.covered_sessions".into(), Answer::Number(20.0));
    answers.insert("money.monthly_budget".into(), Answer::Number(300.0));
    let noon = crate::fixtures::noon();
    Record::build(bank, &answers, noon)
}

#[test]
fn each_row_has_its_own_cost_a_month_and_notes_name_no_other() {
    let a = covered_record().assessment;
    let rows = cost_rows(&a);
    // 20 sessions, all covered: nothing in all, nothing a month.
    assert_eq!(rows[0].cost.as_deref(), Some("$0"));
    assert_eq!(rows[0].per_month.as_deref(), Some("$0"));
    // 30 sessions: 10 paid at $100 over about 7 months (never 7.5).
    assert_eq!(rows[1].cost.as_deref(), Some("$1,000"));
    assert_eq!(rows[1].per_month.as_deref(), Some("$143"));
    // A year of long-term: 48 sessions less 20 covered, at $100, over 12 months.
    assert_eq!(rows[2].cost.as_deref(), Some("$2,800"));
    assert_eq!(rows[2].per_month.as_deref(), Some("$233"));
    assert_eq!(rows[4].per_month.as_deref(), Some("$233"));
    let notes = cost_notes(&a).join("\n");
    assert!(notes.contains("$300 a month"), "{notes}");
    assert!(notes.contains("$3,600 a year"), "{notes}");
    for figure in ["$0", "$143", "$233"] {
        assert!(
            !notes.contains(figure),
            "a note repeats a row's figure: {notes}"
        );
    }
}

#[test]
fn the_chart_compares_months_with_the_monthly_budget() {
    let a = covered_record().assessment;
    let bars = month_bars(&a);
    let amounts: Vec<i64> = bars.iter().map(|b| b.per_month.round() as i64).collect();
    // Short-term 20 and 30 sessions, long-term, then what the person could spend.
    assert_eq!(amounts, [0, 143, 233, 300]);
    assert_eq!(bars[3].label, a.words.budget_year);
}

/// The cost row of the comparison table in a summary: its line in the
/// Markdown, its row in the HTML.
fn cost_row(record: &Record) -> (String, String) {
    let md = super::markdown::render(record);
    let line = md
        .lines()
        .find(|l| l.starts_with("| d Total cost? |"))
        .expect("the cost row in the .md")
        .to_string();
    let page = super::html::render(record);
    let from = page
        .find("<tr><th>d Total cost?</th>")
        .expect("the cost row in the .html");
    let row = &page[from..];
    (line, row[..row.find("</tr>").unwrap()].to_string())
}

#[test]
fn the_table_s_cost_row_carries_the_figures_of_what_it_might_cost_for_both_options() {
    let record = covered_record();
    let (md, html) = cost_row(&record);
    // 20 sessions covered at $100: short-term $0 and $1,000; long-term 28
    // paid sessions a year.
    let short = "For you: $0 for 20 sessions, $1,000 for 30 sessions";
    let long = "For you: $2,800 for 1 year, $5,600 for 2 years, $8,400 for 3 years";
    assert_eq!(
        md,
        format!(
            "| d Total cost? | The fee times 20-30 sessions. {short} | The fee times every session, for a year or more. {long} |"
        )
    );
    assert_eq!(
        html,
        format!(
            "<tr><th>d Total cost?</th><td>The fee times 20-30 sessions<br>{short}</td><td>The fee times every session, for a year or more<br>{long}</td>"
        )
    );
    // Never a new figure: each is a cost of the "What it might cost" table.
    let costs: Vec<String> = cost_rows(&record.assessment)
        .into_iter()
        .filter_map(|r| r.cost)
        .collect();
    for figure in md.split(' ').filter(|w| w.starts_with('$')) {
        assert!(
            costs.contains(&figure.to_string()),
            "{figure} is not in {costs:?}"
        );
    }
    assert_eq!(md.matches('$').count(), costs.len());
}

#[test]
fn without_the_fee_the_cost_row_is_as_before() {
    // unsure-needs-support does not know the fee yet.
    let record = crate::fixtures::record("unsure-needs-support");
    assert!(record.assessment.estimate.inputs.fee.is_none());
    let (md, html) = cost_row(&record);
    assert_eq!(
        md,
        "| d Total cost? | The fee times 20-30 sessions | The fee times every session, for a year or more |"
    );
    assert!(!html.contains("For you"), "{html}");
    // A record made before these words: the row reads as it always did.
    let mut older = covered_record();
    older.evidence.table.for_you_sessions.clear();
    let (md, _) = cost_row(&older);
    assert!(!md.contains("For you"), "{md}");
}
