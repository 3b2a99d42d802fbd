//! The weighing's facts in the words the record keeps: the sentences weigh's
//! tests once asserted, now said by render from a record of the same answers.

use crate::answer::Answer;
use crate::answers::{Answers, file};
use crate::bank::Bank;
use crate::fixtures;
use crate::render::summary::Summary;

/// A plain starting point: middling answers that weigh little either way,
/// with some answers given instead.
fn summary_with(bank: &Bank, changes: &[(&str, Answer)]) -> Summary {
    let text = include_str!("../../../../tests/personas/no-strong-reason-either-way.json");
    let doc: serde_json::Value = serde_json::from_str(text).unwrap();
    let mut answers: Answers = file::read(
        bank,
        &serde_json::json!({ "answers": doc["answers"] }).to_string(),
    )
    .unwrap();
    for (id, a) in changes {
        answers.insert(id.to_string(), a.clone());
    }
    Summary::of(&fixtures::record_of(&answers))
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.into())
}

fn values(bank: &Bank, picks: [&str; 5]) -> Summary {
    let changes = crate::fixtures::value_picks(picks);
    summary_with(bank, &changes)
}

#[test]
fn a_time_barrier_says_what_would_lift_it() {
    let b = fixtures::bank();
    let s = summary_with(b, &[("time.commitment", choice("6_to_12_months"))]);
    let changes = &s.changes.items;
    assert!(changes[0].contains("a year or more"), "{changes:?}");
}

#[test]
fn a_big_change_coming_asks_the_clinician_how_therapy_fits_around_it() {
    let b = fixtures::bank();
    let s = summary_with(b, &[("time.change_coming", choice("7_to_12_months"))]);
    let questions = &s.questions.items;
    assert!(
        questions.iter().any(|q| q.contains("change I expect")),
        "{questions:?}"
    );
}

#[test]
fn a_cost_barrier_says_the_monthly_cost_the_budget_and_what_would_lift_it() {
    let b = fixtures::bank();
    // 100 a session, once a week, 48 weeks: 400 a month against 300.
    let s = summary_with(b, &[("money.monthly_budget", Answer::Number(300.0))]);
    let long_term = &s.barriers.items[0];
    assert!(long_term.contains("$400 a month"), "{long_term}");
    assert!(long_term.contains("$300"), "{long_term}");
    let changes = &s.changes.items;
    assert!(
        changes.iter().any(|c| c.contains("about $400 a month")),
        "{changes:?}"
    );
    // 233.33 a month for long-term, said up to the next ten.
    let covered = summary_with(
        b,
        &[
            ("money.monthly_budget", Answer::Number(200.0)),
            ("money.covered_sessions", Answer::Number(20.0)),
        ],
    );
    let changes = &covered.changes.items;
    assert!(
        changes.iter().any(|c| c.contains("about $240 a month")),
        "{changes:?}"
    );
}

#[test]
fn an_unknown_fee_asks_what_each_session_would_cost() {
    let b = fixtures::bank();
    let s = summary_with(b, &[("money.fee", Answer::DontKnow)]);
    assert!(
        s.questions
            .items
            .contains(&"What would each session cost me?".to_string()),
        "{:?}",
        s.questions.items
    );
}

#[test]
fn what_would_change_says_the_nearest_answer_each_way_in_the_bands_words() {
    let b = fixtures::bank();
    let s = summary_with(b, &[]);
    let changes = &s.changes.items;
    assert_eq!(changes.len(), 2, "{changes:?}");
    assert!(changes[0].starts_with("Answering \""), "{changes:?}");
    assert!(
        changes[0].ends_with("from \"both could fit\" to \"fits short-term better\"."),
        "{changes:?}"
    );
    assert!(
        changes[1].ends_with("from \"both could fit\" to \"fits long-term better\"."),
        "{changes:?}"
    );
    // A "much more" answer is named by its short form, how its text begins.
    assert!(
        changes[0].starts_with("Answering \"The coming months, much more\" to"),
        "{changes:?}"
    );
    let near = values(b, ["long_much", "long_bit", "long_bit", "long_bit", "same"]);
    assert_eq!(
        near.changes.items,
        [
            "Answering \"Years from now, a bit more\" to \"Sooner or years from now\" would change the result from \"clearly fits long-term better\" to \"fits long-term better\".",
        ]
    );
}

#[test]
fn the_clinical_story_is_one_question_for_the_clinician_however_many_answers_lead_to_it() {
    let b = fixtures::bank();
    let s = summary_with(
        b,
        &[
            ("situation.how_long", choice("over_2_years")),
            ("situation.comes_back", choice("on_and_off")),
            (
                "situation.other_difficulties",
                Answer::Choices(vec!["anxiety".into(), "work".into()]),
            ),
        ],
    );
    let study = s
        .questions
        .items
        .iter()
        .filter(|q| q.starts_with("Long-term therapy was studied mostly"))
        .count();
    assert_eq!(study, 1, "{:?}", s.questions.items);
}

#[test]
fn under_4_months_the_short_term_barrier_names_a_shorter_course() {
    let b = fixtures::bank();
    let s = summary_with(b, &[("time.commitment", choice("under_4_months"))]);
    assert!(
        s.barriers.items[1].contains("16-session course"),
        "{:?}",
        s.barriers.items
    );
}
