//! Each kind of problem the bank check must find, made by breaking a copy of
//! the built-in bank in one place.

use serde_json::{Value, json};

use super::{Bank, BankError, Problem};

fn built_in() -> (Value, Value) {
    let (bank, evidence, _) = Bank::embedded_json();
    (
        serde_json::from_str(bank).unwrap(),
        serde_json::from_str(evidence).unwrap(),
    )
}

fn problems(bank: &Value, evidence: &Value) -> Vec<Problem> {
    let rules = Bank::embedded_json().2;
    match Bank::from_json(&bank.to_string(), &evidence.to_string(), rules) {
        Ok(_) => Vec::new(),
        Err(BankError::Invalid { problems, .. }) => problems,
    }
}

/// The question with this id, to change in place.
fn question<'a>(bank: &'a mut Value, id: &str) -> &'a mut Value {
    bank["sections"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|s| s["questions"].as_array_mut().unwrap().iter_mut())
        .find(|q| q["id"] == id)
        .unwrap()
}

fn assert_one(found: &[Problem], place: &str, words: &str) {
    assert!(
        found
            .iter()
            .any(|p| p.place == place && p.message.contains(words)),
        "no problem at {place} saying \"{words}\" in {found:#?}"
    );
}

#[test]
fn the_built_in_bank_is_valid() {
    let (bank, evidence) = built_in();
    assert_eq!(problems(&bank, &evidence), Vec::new());
}

#[test]
fn a_duplicate_question_id_is_named() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "time.sessions_per_week")["id"] = json!("time.commitment");
    let found = problems(&bank, &evidence);
    assert_one(&found, "time.commitment", "used twice");
    assert_eq!(found[0].file, "bank.json");
}

#[test]
fn an_unknown_kind_is_named() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "time.commitment")["kind"] = json!("dropdown");
    assert_one(
        &problems(&bank, &evidence),
        "time.commitment",
        "unknown kind \"dropdown\"",
    );
}

#[test]
fn missing_and_duplicate_options_are_named() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "time.commitment")
        .as_object_mut()
        .unwrap()
        .remove("options");
    question(&mut bank, "lean.now")["options"][1]["id"] = json!("short_term");
    let found = problems(&bank, &evidence);
    assert_one(&found, "time.commitment", "at least 2 options");
    assert_one(&found, "lean.now", "\"short_term\" is used twice");
}

#[test]
fn show_if_naming_an_unknown_or_later_question_or_option_is_named() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "situation.therapy_result")["show_if"] =
        json!({"question": "time.nope", "equals": true});
    question(&mut bank, "money.fee")["show_if"] =
        json!({"question": "money.monthly_budget", "equals": 3});
    question(&mut bank, "situation.therapy_kind")["show_if"] =
        json!({"question": "situation.patterns", "any_of": ["always"]});
    let found = problems(&bank, &evidence);
    assert_one(
        &found,
        "situation.therapy_result",
        "\"time.nope\", which is not an earlier question",
    );
    assert_one(
        &found,
        "money.fee",
        "\"money.monthly_budget\", which is not an earlier question",
    );
    assert_one(&found, "situation.therapy_kind", "option \"always\"");
}

#[test]
fn a_show_if_that_can_never_be_met_is_named() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "situation.therapy_kind")["show_if"] =
        json!({"question": "situation.therapy_before", "equals": "maybe"});
    assert_one(
        &problems(&bank, &evidence),
        "situation.therapy_kind",
        "can never be met",
    );
}

#[test]
fn impossible_ranges_are_named() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "time.hours_per_week")["min"] = json!(50);
    *question(&mut bank, "situation.patterns") = json!({
        "id": "situation.patterns", "kind": "scale", "role": "clinical", "text": "How often?",
        "low": "Not at all", "high": "Chosen", "max": 0
    });
    let found = problems(&bank, &evidence);
    assert_one(&found, "time.hours_per_week", "impossible");
    assert_one(&found, "situation.patterns", "impossible");
}

#[test]
fn empty_texts_are_named() {
    let (mut bank, mut evidence) = built_in();
    question(&mut bank, "support.pressure")["text"] = json!("  ");
    question(&mut bank, "value.shape")["options"][0]["text"] = json!("");
    evidence["about"]["funding"] = json!("");
    let found = problems(&bank, &evidence);
    assert_one(&found, "support.pressure", "text is empty");
    assert_one(&found, "value.shape", "has no text");
    assert_one(&found, "about.funding", "empty");
}

#[test]
fn an_option_s_short_form_must_be_how_its_text_begins() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "value.shape")["options"][0]["short"] = json!("Open time");
    question(&mut bank, "value.when_better")["options"][0]["short"] = json!(" ");
    let found = problems(&bank, &evidence);
    assert_one(&found, "value.shape", "not how its text begins");
    assert_one(&found, "value.when_better", "not how its text begins");
}

#[test]
fn references_that_point_nowhere_are_named() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "quiz.first_year")["score"] = json!("quiz");
    question(&mut bank, "money.fee")["money_from"] = json!("money.kind");
    question(&mut bank, "quiz.further")["correct"] = json!("decades");
    let found = problems(&bank, &evidence);
    assert_one(
        &found,
        "quiz.first_year",
        "\"quiz\", which is not in \"scores\"",
    );
    assert_one(
        &found,
        "money.fee",
        "\"money.kind\", which is not a question",
    );
    assert_one(&found, "quiz.further", "\"correct\" is not a valid answer");
}

#[test]
fn options_must_be_described_under_every_heading() {
    let (bank, mut evidence) = built_in();
    evidence["options"][1]["facts"]
        .as_object_mut()
        .unwrap()
        .remove("burdens");
    assert_one(
        &problems(&bank, &evidence),
        "options.long_term",
        "\"burdens\"",
    );
}

#[test]
fn every_problem_is_reported_at_once_with_file_and_place() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "sure.values")["kind"] = json!("dropdown");
    question(&mut bank, "support.role")["text"] = json!("");
    question(&mut bank, "sure.know")["text"] = json!("");
    let found = problems(&bank, &evidence);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(
        found[2].to_string(),
        "bank.json: sure.values: unknown kind \"dropdown\"; use single, multi, yes_no, scale, number or text"
    );
}

#[test]
fn broken_json_names_the_file_and_line() {
    let (_, evidence) = built_in();
    let rules = Bank::embedded_json().2;
    let found = match Bank::from_json("{\n  \"id\": ", &evidence.to_string(), rules) {
        Err(BankError::Invalid { problems, .. }) => problems,
        Ok(_) => panic!("broken JSON was accepted"),
    };
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].file, "bank.json");
    assert!(found[0].place.starts_with("line 2"), "{found:?}");
}

#[test]
fn a_misspelt_field_is_caught() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "situation.therapy_kind")["shw_if"] = json!({});
    let found = problems(&bank, &evidence);
    assert!(
        found[0].message.contains("unknown field `shw_if`"),
        "{found:?}"
    );
}

fn rules_json() -> Value {
    serde_json::from_str(Bank::embedded_json().2).unwrap()
}

fn rule_problems(rules: &Value) -> Vec<Problem> {
    let (bank, evidence, _) = Bank::embedded_json();
    match Bank::from_json(bank, evidence, &rules.to_string()) {
        Ok(_) => Vec::new(),
        Err(BankError::Invalid { problems, .. }) => problems,
    }
}

/// The rule with this id, to change in place.
fn rule<'a>(rules: &'a mut Value, id: &str) -> &'a mut Value {
    rules["rules"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["id"] == id)
        .unwrap()
}

#[test]
fn rules_naming_unknown_questions_options_or_sources_are_named() {
    let mut rules = rules_json();
    rule(&mut rules, "shape.short_much")["when"][0]["question"] = json!("value.forever");
    rule(&mut rules, "shape.short_bit")["when"][0]["any_of"] = json!(["ten_years"]);
    rule(&mut rules, "shape.long_bit")["reason"] = json!("");
    let found = rule_problems(&rules);
    assert!(found.iter().all(|p| p.file == "rules.json"), "{found:#?}");
    assert_one(
        &found,
        "rule shape.short_much",
        "\"value.forever\", which is not a question",
    );
    assert_one(&found, "rule shape.short_bit", "option \"ten_years\"");
    assert_one(&found, "rule shape.long_bit", "reason is empty");
}

#[test]
fn check_refuses_a_rule_on_a_question_that_is_not_a_value() {
    let mut rules = rules_json();
    // A clinical answer may never move the score, even mirrored.
    rule(&mut rules, "shape.short_much")["when"] =
        json!([{ "question": "situation.how_long", "any_of": ["under_6_months"] }]);
    rule(&mut rules, "shape.long_much")["when"] =
        json!([{ "question": "situation.how_long", "any_of": ["over_2_years"] }]);
    let found = rule_problems(&rules);
    assert_one(
        &found,
        "rule shape.short_much",
        "reads \"situation.how_long\", a clinical question; rules may read only value questions",
    );
    assert_one(&found, "rule shape.long_much", "a clinical question");
    let mut rules = rules_json();
    rule(&mut rules, "shape.short_much")["when"] =
        json!([{ "question": "time.commitment", "any_of": ["under_4_months"] }]);
    assert_one(
        &rule_problems(&rules),
        "rule shape.short_much",
        "a barrier question",
    );
}

#[test]
fn check_refuses_an_asymmetric_pair_naming_the_unmatched_rules() {
    let mut rules = rules_json();
    rule(&mut rules, "one_therapist.short_much")["weight"] = json!(-30);
    let found = rule_problems(&rules);
    assert_one(
        &found,
        "question value.one_therapist",
        "not matched: at most -30 toward short-term (one_therapist.short_much) but +20 toward long-term (one_therapist.long_much)",
    );
    assert_one(
        &found,
        "rules",
        "the most reachable score is -110 toward short-term but +100 toward long-term",
    );
}

#[test]
fn check_refuses_a_start_other_than_zero() {
    let mut rules = rules_json();
    rules["start"]["weight"] = json!(-10);
    assert_one(
        &rule_problems(&rules),
        "start",
        "must start at 0, with no built-in tilt; it starts at -10",
    );
}

#[test]
fn check_refuses_a_rule_without_a_source() {
    let mut rules = rules_json();
    rule(&mut rules, "when_better.long_bit")
        .as_object_mut()
        .unwrap()
        .remove("source");
    assert_one(
        &rule_problems(&rules),
        "rule when_better.long_bit",
        "has no source",
    );
    // A plain description names no source, but must say so.
    rule(&mut rules, "place_in_life.long_bit")
        .as_object_mut()
        .unwrap()
        .remove("plain");
    assert_one(
        &rule_problems(&rules),
        "rule place_in_life.long_bit",
        "or \"plain\": true for a plain description",
    );
}

#[test]
fn check_refuses_a_rule_both_sourced_and_plain() {
    let mut rules = rules_json();
    rule(&mut rules, "place_in_life.long_bit")["source"] = json!("seed");
    assert_one(
        &rule_problems(&rules),
        "rule place_in_life.long_bit",
        "has both a source and \"plain\"",
    );
}

#[test]
fn check_refuses_a_source_id_that_does_not_exist() {
    let mut rules = rules_json();
    rule(&mut rules, "when_better.long_bit")["source"] = json!("nobody2020");
    assert_one(
        &rule_problems(&rules),
        "rule when_better.long_bit",
        "the source \"nobody2020\" is not in evidence.json",
    );
}

#[test]
fn check_refuses_two_rules_on_one_answer_option() {
    let mut rules = rules_json();
    // Mirrored so that the sides still match: only the double count is wrong.
    rule(&mut rules, "when_better.short_bit")["when"][0]["any_of"] = json!(["short_much"]);
    rule(&mut rules, "when_better.long_bit")["when"][0]["any_of"] = json!(["long_much"]);
    let found = rule_problems(&rules);
    assert_one(
        &found,
        "rule when_better.short_much",
        "the rules when_better.short_much, when_better.short_bit all count for the answer \"short_much\" of value.when_better; each answer may count once",
    );
    assert_one(
        &found,
        "rule when_better.long_much",
        "each answer may count once",
    );
}

#[test]
fn a_bank_question_needs_a_known_role() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "support.role")
        .as_object_mut()
        .unwrap()
        .remove("role");
    question(&mut bank, "lean.now")["role"] = json!("wish");
    let found = problems(&bank, &evidence);
    assert_one(&found, "support.role", "\"role\" is missing");
    assert_one(&found, "lean.now", "unknown role \"wish\"");
}

#[test]
fn the_built_in_rules_reach_as_far_each_way() {
    let bank = crate::fixtures::bank();
    let reach = bank.rules.reach;
    assert_eq!((reach.toward_short, reach.toward_long), (-100, 100));
    assert_eq!(bank.rules.start.weight, 0);
}

#[test]
fn bands_must_cover_the_whole_scale() {
    let mut rules = rules_json();
    rules["bands"][2]["from"] = json!(-10);
    assert_one(&rule_problems(&rules), "band both", "without gaps");
}

#[test]
fn the_short_term_label_needs_its_sessions_and_not_the_old_names() {
    let mut rules = rules_json();
    rules["words"]["short_course"] = json!("Short-term");
    assert_one(&rule_problems(&rules), "words.short_course", "{sessions}");
    let mut rules = rules_json();
    let words = rules["words"].as_object_mut().unwrap();
    words.remove("short_course");
    words.insert("short_20".into(), json!("Short-term, 20 sessions"));
    words.insert("short_30".into(), json!("Short-term, 30 sessions"));
    let found = rule_problems(&rules);
    assert_one(&found, "words.short_course", "{sessions}");
    assert_one(&found, "words.short_20", "no longer used");
    assert_one(&found, "words.short_30", "no longer used");
}

#[test]
fn a_band_whose_numbers_lie_on_the_other_side_is_named() {
    let mut rules = rules_json();
    // "short" moved to above 0, "long" to below: the numbers still cover
    // the scale, but each band now says the opposite of its name.
    rules["bands"][1]["id"] = json!("long");
    rules["bands"][3]["id"] = json!("short");
    let found = rule_problems(&rules);
    assert_one(&found, "band long", "on its side of 0");
    assert_one(&found, "band short", "on its side of 0");
}

#[test]
fn a_band_this_program_does_not_know_is_named_with_its_line() {
    let mut rules = rules_json();
    rules["bands"][2]["id"] = json!("middle");
    let found = rule_problems(&rules);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].file, "rules.json");
    assert!(found[0].place.starts_with("line "), "{found:#?}");
    assert!(
        found[0].message.contains("unknown variant `middle`"),
        "{found:#?}"
    );
    assert!(found[0].message.contains("`clearly_short`"), "{found:#?}");
}

#[test]
fn the_hash_made_at_build_time_is_the_hash_of_the_built_in_files() {
    let (bank, evidence, rules) = Bank::embedded_json();
    let computed = Bank::from_json(bank, evidence, rules).unwrap().hash;
    assert_eq!(crate::fixtures::bank().hash, computed);
    assert_eq!(computed.len(), 64);
}

/// An answer that meets a condition.
fn meeting(bank: &Bank, c: &super::Condition) -> crate::answer::Answer {
    use super::Test;
    use crate::answer::Answer;
    let q = bank.question(&c.question).unwrap();
    match &c.test {
        Test::Equals(a) => a.clone(),
        Test::AnyOf(ids) => Answer::Choice(ids[0].clone()),
        Test::Includes(id) => Answer::Choices(vec![id.clone()]),
        Test::Between(lo, _) => match q.kind {
            super::Kind::Scale { .. } => Answer::Scale(*lo as u8),
            _ => Answer::Number(*lo),
        },
        Test::PickedAtLeast(n) => Answer::Choices(
            q.kind
                .options()
                .iter()
                .take(*n)
                .map(|o| o.id.clone())
                .collect(),
        ),
    }
}

#[test]
fn every_question_can_be_reached_and_every_condition_met() {
    let bank = crate::fixtures::bank();
    for (_, q) in bank.questions() {
        // Answer whatever chain of earlier questions leads to this one.
        let mut answers = crate::answer::Answers::default();
        let mut chain = Vec::new();
        let mut at = q;
        while let Some(c) = &at.show_if {
            chain.push(c.clone());
            at = bank.question(&c.question).unwrap();
        }
        for c in chain.iter().rev() {
            let a = meeting(bank, c);
            assert!(
                bank.question(&c.question).unwrap().check(&a).is_ok(),
                "{}: {a:?}",
                c.question
            );
            answers.insert(c.question.clone(), a);
        }
        assert!(bank.is_shown(q, &answers), "{} cannot be reached", q.id);
    }
    for rule in &bank.rules.rules {
        let mut answers = crate::answer::Answers::default();
        for c in &rule.when {
            answers.insert(c.question.clone(), meeting(bank, c));
        }
        assert!(
            rule.when.iter().all(|c| c.holds(&answers)),
            "rule {} can never hold",
            rule.id
        );
    }
}

#[test]
fn the_knowledge_check_needs_both_options_among_its_right_answers() {
    let (mut bank, evidence) = built_in();
    question(&mut bank, "quiz.further")["correct"] = json!("short_term");
    assert_one(
        &problems(&bank, &evidence),
        "scores.knowledge",
        "no knowledge question has \"long_term\" as its right answer",
    );
}

#[test]
fn the_knowledge_check_has_two_or_three_items_between_the_options() {
    let (mut bank, evidence) = built_in();
    let sections = bank["sections"].as_array_mut().unwrap();
    let knowledge = sections
        .iter_mut()
        .find(|s| s["id"] == "knowledge")
        .unwrap();
    let items = knowledge["questions"].as_array_mut().unwrap();
    let mut fourth = items[0].clone();
    fourth["id"] = json!("quiz.fourth");
    fourth["options"] = json!([{ "id": "yes", "text": "Yes" }, { "id": "no", "text": "No" }]);
    fourth["correct"] = json!("yes");
    let mut third = fourth.clone();
    third["id"] = json!("quiz.third");
    items.push(third);
    items.push(fourth);
    let found = problems(&bank, &evidence);
    assert_one(
        &found,
        "scores.knowledge",
        "has 4 questions; it needs 2 to 3",
    );
    assert_one(&found, "quiz.fourth", "a single choice between the options");
}

#[test]
fn a_clinician_question_has_one_id_and_one_id_asks_one_question() {
    let mut rules = rules_json();
    let questions = rules["clinician_questions"].as_array_mut().unwrap();
    // The first three ask the same question, for three answers, under one id.
    assert_eq!(questions[0]["id"], questions[2]["id"]);
    questions[1]["text"] = json!("Another question?");
    questions[3]["id"] = json!("safety.talk_first");
    questions[4]["id"] = json!(" ");
    let found: Vec<String> = rule_problems(&rules)
        .iter()
        .map(|p| format!("{} {}", p.place, p.message))
        .collect();
    for expected in [
        "clinician_questions[1] has the id \"safety.talk_first\" of clinician_questions[0] with another text",
        "clinician_questions[3] has the id \"safety.talk_first\" of clinician_questions[0] with another text",
        "clinician_questions[4] the id is empty",
    ] {
        assert!(found.iter().any(|f| f == expected), "{expected}: {found:?}");
    }
    let mut rules = rules_json();
    rules["clinician_questions"][1]["id"] = json!("safety.talk_again");
    let found: Vec<String> = rule_problems(&rules)
        .iter()
        .map(|p| p.message.clone())
        .collect();
    assert!(
        found
            .iter()
            .any(|m| m.contains("under another id, \"safety.talk_first\"")),
        "{found:?}"
    );
    let mut rules = rules_json();
    rules["clinician_questions"][0]
        .as_object_mut()
        .unwrap()
        .remove("id");
    let found: Vec<String> = rule_problems(&rules)
        .iter()
        .map(|p| p.message.clone())
        .collect();
    assert!(
        found.iter().any(|m| m.contains("missing field `id`")),
        "{found:?}"
    );
}
