//! The response-against-questionnaire rules over every example, and each rule
//! shown to catch a response that breaks it.

use serde_json::json;

use super::{examples, item, item_mut, the_questionnaire, unsure};
use crate::render::fhir::{conform, response};

#[test]
fn every_example_response_keeps_the_rules_of_the_questionnaire() {
    let q = the_questionnaire();
    for (name, record) in examples() {
        let r = response(&record);
        assert_eq!(conform(&q, &r), Vec::<String>::new(), "{name}");
        let answered = r.to_string().matches("\"linkId\"").count();
        assert!(answered > 30, "{name}: only {answered} items");
    }
}

#[test]
fn the_checker_finds_an_unknown_or_misplaced_item() {
    let q = the_questionnaire();
    let mut r = unsure();
    r["item"][0]["item"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "linkId": "made.up", "answer": [{ "valueBoolean": true }] }));
    let moved = item(&r["item"], "money.currency").unwrap().clone();
    r["item"][0]["item"].as_array_mut().unwrap().push(moved);
    let problems = conform(&q, &r).join("\n");
    assert!(
        problems.contains("\"made.up\" is not an item here"),
        "{problems}"
    );
    assert!(
        problems.contains("\"money.currency\" is not an item here"),
        "{problems}"
    );
}

#[test]
fn the_checker_finds_a_wrong_value_type_and_a_coding_not_offered() {
    let q = the_questionnaire();
    let mut r = unsure();
    item_mut(&mut r["item"], "situation.therapy_before").unwrap()["answer"] =
        json!([{ "valueString": "no" }]);
    item_mut(&mut r["item"], "lean.now").unwrap()["answer"][0]["valueCoding"]["code"] =
        json!("medium_term");
    item_mut(&mut r["item"], "money.currency").unwrap()["answer"][0]["valueCoding"]
        .as_object_mut()
        .unwrap()
        .remove("display");
    let problems = conform(&q, &r).join("\n");
    assert!(
        problems.contains(
            "/situation/situation.therapy_before: answer [\"valueString\"] does not fit an item of type boolean"
        ),
        "{problems}"
    );
    assert!(
        problems.contains("/lean/lean.now: \"medium_term\" is not among the answerOptions"),
        "{problems}"
    );
    assert!(
        problems.contains("/money/money.currency: a coding without a display"),
        "{problems}"
    );
}

#[test]
fn the_checker_finds_a_required_item_left_empty_and_a_disabled_one_answered() {
    let q = the_questionnaire();
    let mut r = unsure();
    // Take away "I'm not sure" about the fee: the fee itself is now enabled and required.
    let money = item_mut(&mut r["item"], "money").unwrap();
    money["item"]
        .as_array_mut()
        .unwrap()
        .retain(|i| i["linkId"] != "money.fee.dont_know");
    // Answer a follow-up that "no" to therapy before hides.
    let situation = item_mut(&mut r["item"], "situation").unwrap();
    situation["item"].as_array_mut().unwrap().push(json!({
        "linkId": "situation.therapy_result",
        "text": "x",
        "answer": [{ "valueCoding": { "code": "helped", "display": "It helped a lot" } }]
    }));
    let problems = conform(&q, &r).join("\n");
    assert!(
        problems.contains("/money/money.fee: required and enabled, but not answered"),
        "{problems}"
    );
    assert!(
        problems
            .contains("/situation/situation.therapy_result: answered, but the item is disabled"),
        "{problems}"
    );
}

#[test]
fn not_equal_holds_with_no_answer_and_fails_on_an_equal_one() {
    let item = json!({ "enableWhen": [{ "question": "a", "operator": "!=",
        "answerCoding": { "system": "s", "code": "dont_know" } }] });
    let answered =
        |answers: serde_json::Value| json!({ "item": [{ "linkId": "a", "answer": answers }] });
    assert!(crate::render::fhir::enabled_in(
        &item,
        &json!({ "item": [] })
    ));
    assert!(crate::render::fhir::enabled_in(&item, &answered(json!([]))));
    let unsure = json!([{ "valueCoding": { "system": "s", "code": "dont_know" } }]);
    assert!(!crate::render::fhir::enabled_in(&item, &answered(unsure)));
}
