//! The value rules, the clearly bands, each barrier, mismatch, confidence,
//! clinician questions and what would change.

use super::*;
use crate::answers::file;

fn bank() -> Bank {
    crate::fixtures::bank().clone()
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

fn choice(id: &str) -> Answer {
    Answer::Choice(id.into())
}

fn values(bank: &Bank, picks: [&str; 5]) -> Assessment {
    let changes = crate::fixtures::value_picks(picks);
    with(bank, &changes)
}

#[test]
fn someone_who_weighs_every_pair_the_same_starts_and_stays_at_zero() {
    let b = bank();
    assert_eq!(b.rules.start.weight, 0);
    let a = weigh(&b, &middling(&b));
    assert_eq!(a.score, 0);
    assert!(a.reasons.is_empty(), "{:?}", a.reasons);
    assert_eq!(a.band_label, "both could fit");
}

#[test]
fn a_value_answer_counts_only_for_its_option_with_its_source() {
    let b = bank();
    let a = with(&b, &[("value.try_or_commit", choice("short_much"))]);
    assert_eq!(a.score, -20);
    assert_eq!(a.reasons.len(), 1);
    assert_eq!(a.reasons[0].rule, "try_or_commit.short_much");
    assert_eq!(a.reasons[0].source_short, "Knekt 2016");
    assert_eq!(
        a.reasons[0].answers,
        vec![Said {
            question: "How would you rather begin?".to_string(),
            answer: "Try a short course first, then review, much more, even if it may not be enough and I need more later"
                .to_string()
        }]
    );
    let bit = with(&b, &[("value.try_or_commit", choice("short_bit"))]);
    assert_eq!(bit.score, -10);
}

#[test]
fn clearly_needs_four_of_the_five_pairs_to_point_that_way() {
    let b = bank();
    // -60 from three pairs: fits short-term better, not clearly.
    let three = values(
        &b,
        ["short_much", "short_much", "short_much", "same", "not_sure"],
    );
    assert_eq!(three.score, -60);
    assert_eq!(three.band, BandId::Short);
    // -60 from four pairs: clearly.
    let four = values(
        &b,
        ["short_much", "short_much", "short_bit", "short_bit", "same"],
    );
    assert_eq!(four.score, -60);
    assert_eq!(four.band, BandId::ClearlyShort);
    assert!(four.band_label.contains("clearly"));
    // Four pairs one way, one the other, -40: not far enough for clearly.
    let mixed = values(
        &b,
        [
            "short_bit",
            "short_bit",
            "short_bit",
            "short_much",
            "long_bit",
        ],
    );
    assert_eq!(mixed.score, -40);
    assert_eq!(mixed.band, BandId::Short);
}

#[test]
fn relief_soon_and_an_end_date_mirror_open_time_and_years_from_now() {
    let b = bank();
    let short = values(&b, ["short_much", "short_much", "same", "same", "same"]);
    let long = values(&b, ["long_much", "long_much", "same", "same", "same"]);
    assert_eq!(short.band_label, "fits short-term better");
    assert_eq!(long.band_label, "fits long-term better");
    assert_eq!(short.score, -40);
    assert_eq!(long.score, 40);
}

#[test]
fn the_time_barrier_stands_apart_from_the_score() {
    let b = bank();
    let base = weigh(&b, &middling(&b));
    let a = with(&b, &[("time.commitment", choice("6_to_12_months"))]);
    assert_eq!(a.barriers.len(), 1);
    assert_eq!(a.barriers[0].id, "time.long_term");
    assert_eq!(a.barriers[0].kind, BarrierKind::Time);
    assert_eq!(a.score, base.score);
    assert_eq!(
        a.changes[0],
        Change::Would(WouldChange::Lift {
            barrier: "time.long_term".into()
        })
    );
}

#[test]
fn a_big_change_coming_is_a_barrier_with_its_question_not_a_weight() {
    let b = bank();
    let a = with(&b, &[("time.change_coming", choice("7_to_12_months"))]);
    assert_eq!(a.score, 0);
    let ids: Vec<&str> = a.barriers.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["life.change"]);
    assert_eq!(a.clinician_questions, ["life.change_fit"]);
}

#[test]
fn a_cost_barrier_on_long_term_names_the_monthly_cost_and_what_would_lift_it() {
    let b = bank();
    // 100 a session, once a week, 48 weeks: 400 a month against 300.
    let a = with(&b, &[("money.monthly_budget", Answer::Number(300.0))]);
    let ids: Vec<&str> = a.barriers.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["cost.long_term", "cost.short_term"]);
    assert_eq!(
        a.barriers[0].figures,
        Some(CostFigures {
            per_month: 400.0,
            budget: 300.0,
            currency: "$".into()
        })
    );
    assert!(
        a.changes.contains(&Change::Would(WouldChange::Budget {
            option: OptionId::LongTerm,
            per_month: 400.0,
            currency: "$".into()
        })),
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
    let budgets: Vec<(OptionId, f64)> = covered
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::Would(WouldChange::Budget {
                option, per_month, ..
            }) => Some((*option, (per_month * 100.0).round() / 100.0)),
            _ => None,
        })
        .collect();
    assert_eq!(budgets, [(OptionId::LongTerm, 233.33)]);
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
            .contains(&"cost.each_session".to_string()),
        "{:?}",
        a.clinician_questions
    );
}

#[test]
fn confidence_falls_with_not_sure_answers() {
    let b = bank();
    let sure = weigh(&b, &middling(&b));
    let unsure = with(
        &b,
        &[
            ("value.shape", choice("not_sure")),
            ("value.when_better", choice("not_sure")),
            ("value.one_therapist", choice("not_sure")),
            ("value.place_in_life", choice("not_sure")),
        ],
    );
    assert_eq!(sure.confidence.level, "high");
    assert_eq!(unsure.confidence.level, "low");
    assert_eq!(unsure.confidence.unsure, sure.confidence.unsure + 4);
}

#[test]
fn the_own_lean_is_kept_beside_the_fit_and_a_difference_is_marked() {
    let b = bank();
    let a = with(&b, &[("lean.now", choice("long_term"))]);
    let lean = a.own_lean.as_ref().unwrap();
    assert_eq!(lean.option, Some(OptionId::LongTerm));
    assert_eq!(lean.answer, "Long-term therapy");
    // Both could fit: leaning either way differs from no side.
    assert!(!a.mismatch);
    let differs = with(
        &b,
        &[
            ("lean.now", choice("long_term")),
            ("value.when_better", choice("short_much")),
        ],
    );
    assert_eq!(differs.band, BandId::Short);
    assert!(differs.mismatch);
    let agrees = with(
        &b,
        &[
            ("lean.now", choice("short_term")),
            ("value.when_better", choice("short_much")),
        ],
    );
    assert!(!agrees.mismatch);
    let unsure = with(
        &b,
        &[
            ("lean.now", choice("not_sure")),
            ("value.when_better", choice("short_much")),
        ],
    );
    assert!(!unsure.mismatch);
}

#[test]
fn what_would_change_names_the_nearest_answer_each_way() {
    let b = bank();
    let a = weigh(&b, &middling(&b));
    // The nearest: one "much more" answer (20) is enough from 0.
    assert_eq!(
        a.changes,
        [
            answer_change(
                "value.when_better",
                "short_much",
                BandId::Both,
                BandId::Short,
                -20
            ),
            answer_change(
                "value.when_better",
                "long_much",
                BandId::Both,
                BandId::Long,
                20
            ),
        ]
    );
}

#[test]
fn what_would_change_is_left_out_when_no_answer_moves_it() {
    let b = bank();
    let most = values(&b, ["long_much"; 5]);
    assert_eq!(most.score, 100);
    assert!(most.changes.is_empty(), "{:?}", most.changes);
    // Only just clearly long-term: nothing moves it further that way.
    let near = values(
        &b,
        ["long_much", "long_bit", "long_bit", "long_bit", "same"],
    );
    assert_eq!(near.score, 50);
    assert_eq!(near.band, BandId::ClearlyLong);
    assert_eq!(
        near.changes,
        [answer_change(
            "value.when_better",
            "long_bit",
            BandId::ClearlyLong,
            BandId::Long,
            40
        )]
    );
}

/// Another answer to a question, moving the fit from one band to another.
fn answer_change(question: &str, answer: &str, from: BandId, to: BandId, score: i32) -> Change {
    Change::Would(WouldChange::Answer {
        question: question.into(),
        answer: serde_json::json!(answer),
        from,
        to,
        score,
    })
}

#[test]
fn the_clinical_story_becomes_one_question_for_the_clinician_not_a_weight() {
    let b = bank();
    let a = with(
        &b,
        &[
            ("situation.how_long", choice("over_2_years")),
            ("situation.comes_back", choice("on_and_off")),
            (
                "situation.other_difficulties",
                Answer::Choices(vec!["anxiety".into(), "work".into()]),
            ),
        ],
    );
    assert_eq!(a.score, 0);
    assert_eq!(a.band_label, "both could fit");
    let study: Vec<&String> = a
        .clinician_questions
        .iter()
        .filter(|q| *q == "story.long_lasting")
        .collect();
    assert_eq!(study.len(), 1, "{:?}", a.clinician_questions);
}

/// The barriers these answers raise, by id.
fn barrier_ids(a: &Assessment) -> Vec<&str> {
    a.barriers.iter().map(|x| x.id.as_str()).collect()
}

#[test]
fn a_change_stands_in_the_way_of_an_option_only_when_it_falls_inside_its_course() {
    let b = bank();
    let change = |when: &str| with(&b, &[("time.change_coming", choice(when))]);
    // A move in 7 to 12 months does not touch a course of 5 to 7 months.
    let later = change("7_to_12_months");
    assert_eq!(barrier_ids(&later), ["life.change"]);
    for soon in ["within_4_months", "4_to_7_months"] {
        let a = change(soon);
        assert_eq!(
            barrier_ids(&a),
            ["life.change", "life.change_short"],
            "{soon}"
        );
        assert_eq!(a.score, 0, "a barrier never enters the score");
        assert_eq!(a.band, later.band);
    }
    for none in ["no", "not_sure"] {
        assert!(barrier_ids(&change(none)).is_empty(), "{none}");
    }
}

#[test]
fn under_4_months_a_usual_short_course_may_not_fit_either() {
    let b = bank();
    let choice = |id: &str| with(&b, &[("time.commitment", Answer::Choice(id.into()))]);
    let under_4 = choice("under_4_months");
    assert_eq!(barrier_ids(&under_4), ["time.long_term", "time.short_term"]);
    assert_eq!(under_4.barriers[1].figures, None);
    assert_eq!(under_4.score, 0);
    assert_eq!(barrier_ids(&choice("4_to_6_months")), ["time.long_term"]);
    assert!(barrier_ids(&choice("1_to_2_years")).is_empty());
}
