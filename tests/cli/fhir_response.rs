//! `run --fhir-response`: a QuestionnaireResponse filled in any FHIR form
//! renderer makes the same summary as the answers file would; every refusal
//! names the linkId, the value given and what was expected, exits 2 and
//! writes nothing.

use serde_json::{Value, json};

use crate::common::{EXAMPLES, first_difference};
use crate::test::{Ran, Test};

/// The example's summary record and its QuestionnaireResponse.
fn exported(name: &str) -> (Value, Value) {
    let ran = Test::new().answers(name).run().success();
    let record = ran.record();
    let response = ran
        .again()
        .args(["export", "fhir-response"])
        .arg(&record)
        .run()
        .success()
        .json();
    let record: Value = serde_json::from_str(&std::fs::read_to_string(record).unwrap()).unwrap();
    (record, response)
}

/// `run --fhir-response` on `response`, saving into the home's out/.
fn weigh(response: &Value) -> Ran {
    let test = Test::new().file("response.json", response.to_string());
    let path = test.home().path("response.json");
    let out = test.home().out();
    test.args(["run", "--fhir-response"])
        .arg(path)
        .arg("--out")
        .arg(out)
        .run()
}

fn record_of(ran: &Ran) -> Value {
    serde_json::from_str(&std::fs::read_to_string(ran.record()).unwrap()).unwrap()
}

/// A record without what a form never carries: the label that names the
/// person (kept out of the Questionnaire on purpose) and its box line.
fn comparable(mut record: Value) -> Value {
    let object = record.as_object_mut().unwrap();
    object.remove("label");
    if let Some(lines) = object
        .get_mut("clinician")
        .and_then(|c| c.get_mut("lines"))
        .and_then(Value::as_array_mut)
    {
        lines.retain(|l| l["id"] != "label");
    }
    record
}

/// The first item anywhere in the response with this linkId.
fn item<'a>(response: &'a mut Value, link: &str) -> &'a mut Value {
    fn find<'a>(items: &'a mut Value, link: &str) -> Option<&'a mut Value> {
        for item in items.as_array_mut()? {
            if item["linkId"] == link {
                return Some(item);
            }
            if let Some(found) = find(&mut item["item"], link) {
                return Some(found);
            }
        }
        None
    }
    find(&mut response["item"], link).unwrap_or_else(|| panic!("no item {link}"))
}

/// Take an item out of the response.
fn remove(response: &mut Value, link: &str) {
    fn drop_in(items: &mut Value, link: &str) {
        if let Some(list) = items.as_array_mut() {
            list.retain(|i| i["linkId"] != link);
            for i in list {
                drop_in(&mut i["item"], link);
            }
        }
    }
    drop_in(&mut response["item"], link);
}

#[track_caller]
fn refused(ran: Ran, words: &[&str]) -> Ran {
    let ran = ran.code(2);
    let err = ran.stderr();
    assert!(
        err.contains("Nothing was written"),
        "the refusal does not say nothing was written:\n{err}"
    );
    for w in words {
        assert!(err.contains(w), "no {w:?} in the refusal:\n{err}");
    }
    assert!(ran.files().is_empty(), "a refused response wrote files");
    ran
}

#[test]
fn each_example_comes_back_with_the_same_answers_fit_barriers_flags_and_box() {
    for name in EXAMPLES {
        let (before, response) = exported(name);
        let ran = weigh(&response).success();
        let after = record_of(&ran);
        assert_eq!(after["created"], response["authored"], "{name}: the date");
        for part in [
            "sections",
            "assessment",
            "safety_flag",
            "clinician",
            "phq9",
            "scores",
        ] {
            assert_eq!(
                comparable(before.clone())[part],
                comparable(after.clone())[part],
                "{name}: {part} differs at {}",
                first_difference(&before[part], &after[part])
            );
        }
        let (before, after) = (comparable(before), comparable(after));
        assert_eq!(
            before,
            after,
            "{name}: the records differ at {}",
            first_difference(&before, &after)
        );
    }
}

#[test]
fn the_record_is_dated_when_the_form_was_filled_in() {
    let (_, mut response) = exported("first-episode");
    response["authored"] = json!("2026-03-04T09:15:00+01:00");
    let ran = weigh(&response).success();
    assert_eq!(record_of(&ran)["created"], "2026-03-04T09:15:00+01:00");
    assert!(
        ran.record()
            .to_string_lossy()
            .contains("therapy-choice-2026-03-04-091500"),
        "{}",
        ran.record().display()
    );
}

#[test]
fn an_unfinished_form_is_refused_with_a_sentence() {
    let (_, mut response) = exported("first-episode");
    response["status"] = json!("in-progress");
    refused(
        weigh(&response),
        &[
            "status: the form is not finished yet",
            "Expected: \"completed\"",
        ],
    );
}

#[test]
fn a_response_to_another_version_names_both_versions() {
    let (record, mut response) = exported("first-episode");
    let url = record["bank"]["url"].as_str().unwrap();
    let version = record["bank"]["version"].as_str().unwrap();
    response["questionnaire"] = json!(format!("{url}|0.0.1"));
    refused(
        weigh(&response),
        &[
            "questionnaire: this response answers version 0.0.1",
            &format!("this program asks version {version}"),
        ],
    );
    response["questionnaire"] = json!("http://example.org/Questionnaire/phq-9");
    refused(
        weigh(&response),
        &["is not to this program's questionnaire"],
    );
}

#[test]
fn a_coding_from_another_system_is_an_error_not_a_guess() {
    let (_, mut response) = exported("first-episode");
    item(&mut response, "time.commitment")["answer"][0]["valueCoding"]["system"] =
        json!("http://snomed.info/sct");
    item(&mut response, "phq9.down")["answer"][0]["valueCoding"]["code"] = json!("LA9999-9");
    refused(
        weigh(&response),
        &[
            "time.commitment: the coding is from the system \"http://snomed.info/sct\"",
            "phq9.down: the code \"LA9999-9\" is not one of this question's",
            "\"LA6568-5\" (Not at all)",
            "2 problems",
        ],
    );
}

#[test]
fn a_value_of_the_wrong_type_or_out_of_range_names_the_link_and_the_value() {
    let (_, mut response) = exported("first-episode");
    item(&mut response, "support.pressure")["answer"] = json!([{ "valueString": "no" }]);
    item(&mut response, "time.hours_per_week")["answer"] = json!([{ "valueDecimal": 400 }]);
    refused(
        weigh(&response),
        &[
            "support.pressure: the answer is a valueString, but this item takes valueBoolean",
            "time.hours_per_week: 400 is outside 0 to 40",
            "Given: [{\"valueDecimal\":400}]",
            "Expected: one valueDecimal from 0 to 40, or the \"I'm not sure\" item time.hours_per_week.dont_know ticked instead",
        ],
    );
}

#[test]
fn no_safety_answer_is_refused_never_taken_as_no() {
    let (_, mut response) = exported("first-episode");
    remove(&mut response, "safety.thoughts");
    refused(
        weigh(&response),
        &["safety.thoughts: this question needs an answer"],
    );
}

#[test]
fn a_safety_yes_shows_the_crisis_lines_at_once_and_raises_the_flag_from_the_answer() {
    let (_, mut response) = exported("unsure-needs-support");
    // Nothing else in the file may lower the flag.
    response["extension"] = json!([{ "url": "http://example.org/safe", "valueBoolean": true }]);
    let ran = weigh(&response).success();
    let out = ran.stdout();
    let page = out.find("IMPORTANT: Help now").expect("no safety page");
    let result = out.find("Your summary is saved").unwrap();
    assert!(page < result, "the safety page comes after the result");
    assert!(record_of(&ran)["safety_flag"].is_object(), "no safety flag");
}

#[test]
fn a_refused_response_with_a_readable_safety_yes_shows_the_page_first() {
    let (_, mut response) = exported("unsure-needs-support");
    response["status"] = json!("in-progress");
    let ran = refused(weigh(&response), &["status"]);
    assert!(
        ran.stdout().contains("IMPORTANT: Help now"),
        "{}",
        ran.stdout()
    );
}

#[test]
fn i_am_not_sure_comes_back_as_dont_know_and_both_at_once_is_refused() {
    let (_, mut response) = exported("unsure-needs-support");
    let ran = weigh(&response).success();
    assert!(
        record_of(&ran).to_string().contains("\"dont_know\""),
        "no don't know in the record"
    );
    let number = json!({ "linkId": "money.fee", "answer": [{ "valueDecimal": 80 }] });
    let group = item(&mut response, "money");
    group["item"].as_array_mut().unwrap().insert(0, number);
    refused(
        weigh(&response),
        &["money.fee.dont_know: both a number ([{\"valueDecimal\":80}]) and \"I'm not sure\""],
    );
}

#[test]
fn the_phq9_total_is_worked_out_again_never_trusted() {
    let (before, mut response) = exported("unsure-needs-support");
    let total = item(&mut response, "phq9.total");
    assert!(total["answer"][0]["valueInteger"].as_u64().unwrap() > 0);
    total["answer"] = json!([{ "valueInteger": 0 }]);
    let ran = weigh(&response).success();
    assert_eq!(record_of(&ran)["phq9"]["total"], before["phq9"]["total"]);
}

#[test]
fn an_unknown_link_and_a_repeated_key_are_refused() {
    let (_, mut response) = exported("first-episode");
    let group = item(&mut response, "time");
    group["item"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "linkId": "time.forever", "answer": [{ "valueInteger": 3 }] }));
    refused(
        weigh(&response),
        &["time.forever: the questionnaire has no item with this linkId"],
    );
    let text = response.to_string().replacen(
        "\"status\":\"completed\"",
        "\"status\":\"completed\",\"status\":\"completed\"",
        1,
    );
    let test = Test::new().file("response.json", text);
    let path = test.home().path("response.json");
    refused(
        test.args(["run", "--fhir-response"]).arg(path).run(),
        &["\"status\" is given more than once"],
    );
}

/// A summary whose safety answers say yes, edited by `change`, exported:
/// what `export fhir-response` prints and says, and the home to run again in.
fn exported_after(change: impl FnOnce(&mut Value)) -> Ran {
    let mut answers: Value =
        serde_json::from_str(&crate::common::built_in("examples/first-episode.json")).unwrap();
    answers["answers"]["safety.thoughts"] = "yes".into();
    answers["answers"]["safety.now"] = "no".into();
    let ran = Test::new().answers(answers).run().success();
    let path = ran.record();
    let mut record: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    change(&mut record);
    std::fs::write(&path, serde_json::to_string_pretty(&record).unwrap()).unwrap();
    ran.again()
        .args(["export", "fhir-response"])
        .arg(&path)
        .run()
}

#[test]
fn the_export_reads_the_flag_from_the_answers_not_from_the_stored_flag() {
    let ran = exported_after(|r| r["safety_flag"] = Value::Null).code(1);
    let err = ran.stderr();
    assert!(
        err.contains("stored safety flag is missing, but its answers raise it"),
        "{err}"
    );
    assert!(
        err.contains("thoughts of death, self-harm or suicide: yes"),
        "{err}"
    );
    // The response carries the yes, so whoever reads it raises the flag.
    let mut response = ran.json();
    assert_eq!(
        item(&mut response, "safety.thoughts")["answer"][0]["valueCoding"]["code"],
        "yes"
    );
    let weighed = weigh(&response).success();
    assert!(weighed.stdout().contains("IMPORTANT: Help now"));
    assert!(
        record_of(&weighed)["safety_flag"].is_object(),
        "no safety flag"
    );
}

#[test]
fn the_export_names_a_yes_taken_back_that_the_response_cannot_carry() {
    let ran = exported_after(|r| {
        let sections = r["sections"].as_array_mut().unwrap();
        let safety = sections.iter_mut().find(|s| s["id"] == "safety").unwrap();
        let thoughts = &mut safety["answers"][0];
        let earlier = json!([{
            "id": thoughts["id"], "question": thoughts["question"],
            "value": "yes", "shown": thoughts["shown"], "safety": "thoughts"
        }]);
        thoughts["value"] = "no".into();
        thoughts["shown"] = "No".into();
        let answers = safety["answers"].as_array_mut().unwrap();
        answers.retain(|a| a["id"] != "safety.now");
        r["earlier_answers"] = earlier;
    })
    .code(1);
    let err = ran.stderr();
    assert!(err.contains("given and then taken back"), "{err}");
    assert!(err.contains("read the summary itself"), "{err}");
}

#[test]
fn a_refused_response_with_right_now_yes_shows_what_to_do_now_first() {
    let (_, mut response) = exported("unsure-needs-support");
    let now = &mut item(&mut response, "safety.now")["answer"][0]["valueCoding"];
    now["code"] = "yes".into();
    now["display"] = "Yes".into();
    response["status"] = json!("in-progress");
    let ran = refused(weigh(&response), &["status"]);
    let out = ran.stdout();
    let act_now = out.find("IMPORTANT: Please get help now").expect(&out);
    let page = out.find("IMPORTANT: Help now").expect(&out);
    assert!(act_now < page, "the act-now lines come first:\n{out}");
}
