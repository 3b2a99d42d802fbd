//! Each kind of rule, each barrier, confidence, and what would change.

use super::*;
use crate::answers::file;

fn bank() -> Bank {
    Bank::embedded().unwrap()
}

/// A plain starting point: middling answers that weigh little either way.
fn middling(bank: &Bank) -> Answers {
    let text = include_str!("../../tests/personas/no-strong-reason-either-way.json");
    let doc: serde_json::Value = serde_json::from_str(text).unwrap();
    file::read(
        bank,
        &serde_json::json!({ "answers": doc["answers"] }).to_string(),
    )
    .unwrap()
}

fn with(bank: &Bank, changes: &[(&str, Answer)]) -> Assessment {
    let mut answers = middling(bank);
    for (id, a) in changes {
        answers.insert(id.to_string(), a.clone());
    }
    weigh(bank, &answers)
}

fn counted(a: &Assessment, rule: &str) -> bool {
    a.reasons.iter().any(|r| r.rule == rule)
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.into())
}

#[test]
fn the_starting_tilt_toward_short_term_always_counts_with_its_source() {
    let b = bank();
    let a = weigh(&b, &middling(&b));
    let start = a.reasons.iter().find(|r| r.rule == "start").unwrap();
    assert_eq!(start.weight, b.rules.start.weight);
    assert!(start.weight < 0);
    assert_eq!(start.source_short, b.evidence.source("seed").unwrap().short);
}

#[test]
fn an_any_of_rule_counts_only_for_its_options() {
    let b = bank();
    let base = weigh(&b, &middling(&b));
    let a = with(&b, &[("time.commitment", choice("under_6_months"))]);
    assert!(counted(&a, "time.under_6_months"));
    assert!(!counted(&base, "time.under_6_months"));
    // 1_to_2_years (+5) gives way to under_6_months (-30).
    assert_eq!(a.score, base.score - 35);
    let reason = a
        .reasons
        .iter()
        .find(|r| r.rule == "time.under_6_months")
        .unwrap();
    assert_eq!(
        reason.answers,
        vec![(
            "How long could you keep going to therapy?".to_string(),
            "Less than 6 months".to_string()
        )]
    );
}

#[test]
fn an_equals_rule_counts_for_a_yes() {
    let b = bank();
    let a = with(
        &b,
        &[
            ("time.big_change", Answer::YesNo(true)),
            ("time.change_kind", Answer::Choices(vec!["move".into()])),
            ("time.change_months", Answer::Number(5.0)),
        ],
    );
    assert!(counted(&a, "time.big_change"));
}

#[test]
fn a_between_rule_counts_from_its_lower_bound() {
    let b = bank();
    assert!(!counted(
        &with(&b, &[("matters.cost", Answer::Scale(6))]),
        "matters.cost"
    ));
    assert!(counted(
        &with(&b, &[("matters.cost", Answer::Scale(7))]),
        "matters.cost"
    ));
    assert!(counted(
        &with(&b, &[("matters.cost", Answer::Scale(10))]),
        "matters.cost"
    ));
}

#[test]
fn a_picked_at_least_rule_needs_enough_picks() {
    let b = bank();
    let one = with(
        &b,
        &[(
            "situation.other_difficulties",
            Answer::Choices(vec!["anxiety".into()]),
        )],
    );
    let two = with(
        &b,
        &[(
            "situation.other_difficulties",
            Answer::Choices(vec!["anxiety".into(), "work".into()]),
        )],
    );
    assert!(!counted(&one, "situation.several"));
    assert!(counted(&two, "situation.several"));
}

#[test]
fn a_rule_with_two_conditions_needs_both() {
    let b = bank();
    let before = [("situation.therapy_before", Answer::YesNo(true))];
    let short_ok = with(
        &b,
        &[
            before[0].clone(),
            (
                "situation.therapy_kind",
                Answer::Choices(vec!["short_psychodynamic".into()]),
            ),
            ("situation.therapy_result", choice("helped")),
        ],
    );
    let cbt_not_enough = with(
        &b,
        &[
            before[0].clone(),
            (
                "situation.therapy_kind",
                Answer::Choices(vec!["cbt".into()]),
            ),
            ("situation.therapy_result", choice("not_enough")),
        ],
    );
    let short_not_enough = with(
        &b,
        &[
            before[0].clone(),
            (
                "situation.therapy_kind",
                Answer::Choices(vec!["short_psychodynamic".into()]),
            ),
            ("situation.therapy_result", choice("not_enough")),
        ],
    );
    assert!(!counted(&short_ok, "situation.short_not_enough"));
    assert!(!counted(&cbt_not_enough, "situation.short_not_enough"));
    assert!(counted(&short_not_enough, "situation.short_not_enough"));
}

#[test]
fn answers_to_hidden_questions_never_count() {
    let b = bank();
    let mut answers = middling(&b);
    answers.insert(
        "situation.therapy_kind".into(),
        Answer::Choices(vec!["short_psychodynamic".into()]),
    );
    answers.insert("situation.therapy_result".into(), choice("not_enough"));
    // situation.therapy_before is false, so both are hidden.
    assert!(!counted(&weigh(&b, &answers), "situation.short_not_enough"));
}

#[test]
fn the_time_barrier_stands_apart_from_the_score() {
    let b = bank();
    let a = with(&b, &[("time.commitment", choice("6_to_12_months"))]);
    assert_eq!(a.barriers.len(), 1);
    assert_eq!(a.barriers[0].id, "time.long_term");
    assert_eq!(a.barriers[0].kind, BarrierKind::Time);
    assert_eq!(
        a.score,
        score(&b, &{
            let mut x = middling(&b);
            x.insert("time.commitment".into(), choice("6_to_12_months"));
            x
        })
    );
    assert!(a.changes[0].contains("a year or more"));
}

#[test]
fn a_cost_barrier_on_long_term_names_the_monthly_cost_and_what_would_lift_it() {
    let b = bank();
    // 100 a session, once a week, 48 weeks: 400 a month against 300.
    let a = with(&b, &[("money.monthly_budget", Answer::Number(300.0))]);
    let ids: Vec<&str> = a.barriers.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["cost.long_term", "cost.short_term"]);
    assert!(
        a.barriers[0].text.contains("$400 a month"),
        "{}",
        a.barriers[0].text
    );
    assert!(a.barriers[0].text.contains("$300"));
    assert!(
        a.changes.iter().any(|c| c.contains("about $400 a month")),
        "{:?}",
        a.changes
    );

    // With 20 sessions covered, short-term (20 sessions) costs nothing; long-term still 233.33 a month.
    let covered = with(
        &b,
        &[
            ("money.monthly_budget", Answer::Number(200.0)),
            ("money.covered_sessions", Answer::Number(20.0)),
        ],
    );
    let ids: Vec<&str> = covered.barriers.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["cost.long_term"]);
    assert!(
        covered
            .changes
            .iter()
            .any(|c| c.contains("about $240 a month")),
        "{:?}",
        covered.changes
    );
}

#[test]
fn an_unknown_fee_cover_or_budget_never_makes_a_cost_barrier() {
    let b = bank();
    for id in [
        "money.fee",
        "money.covered_sessions",
        "money.monthly_budget",
    ] {
        let a = with(
            &b,
            &[
                ("money.monthly_budget", Answer::Number(50.0)),
                (id, Answer::DontKnow),
            ],
        );
        assert!(a.barriers.is_empty(), "{id}: {:?}", a.barriers);
        assert!(
            !a.clinician_questions.is_empty(),
            "{id}: a don't know should become a question"
        );
    }
    let a = with(&b, &[("money.fee", Answer::DontKnow)]);
    assert!(
        a.clinician_questions
            .contains(&"What would each session cost me?".to_string())
    );
}

#[test]
fn confidence_falls_with_not_sure_answers() {
    let b = bank();
    let sure = weigh(&b, &middling(&b));
    let unsure = with(
        &b,
        &[
            ("time.commitment", choice("not_sure")),
            ("time.sessions_per_week", choice("not_sure")),
            ("wants.main_goal", choice("not_sure")),
            ("money.fee", Answer::DontKnow),
        ],
    );
    assert_eq!(sure.confidence.level, "high");
    assert_eq!(unsure.confidence.level, "low");
    assert_eq!(unsure.confidence.unsure, sure.confidence.unsure + 4);
}

#[test]
fn what_would_change_names_an_answer_that_moves_the_band() {
    let b = bank();
    let a = weigh(&b, &middling(&b));
    assert_eq!(a.band, "balanced");
    assert!(!a.changes.is_empty());
    assert!(
        a.changes.iter().all(|c| c.starts_with("If your answer to")),
        "{:?}",
        a.changes
    );
    assert!(!a.changes[0].contains("balanced"));
}

#[test]
fn the_own_lean_is_kept_beside_the_computed_one() {
    let b = bank();
    let a = with(&b, &[("lean.now", choice("long_term"))]);
    let lean = a.own_lean.unwrap();
    assert_eq!(lean.option, Some(OptionId::LongTerm));
    assert_eq!(lean.answer, "Long-term therapy");
}

#[test]
fn what_would_change_points_both_ways_when_it_can() {
    let b = bank();
    let a = weigh(&b, &middling(&b));
    assert_eq!(a.band, "balanced");
    assert!(
        a.changes.iter().any(|c| c.ends_with("short-term.")),
        "{:?}",
        a.changes
    );
    assert!(
        a.changes.iter().any(|c| c.ends_with("long-term.")),
        "{:?}",
        a.changes
    );
    assert!(a.changes.len() <= 3);
}
