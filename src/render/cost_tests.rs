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
