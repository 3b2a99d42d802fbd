//! The PHQ-9 in the exports, modelled on HL7's PHQ-9 Questionnaire (44249-1):
//! every code pinned as DOMAIN.md section 4b lists it, the total read from the
//! record, item 9 showing the crisis lines; and the label kept out.

use serde_json::{Value, json};

use super::{examples, item, the_questionnaire};
use crate::render::fhir::{conform, enabled_in, response};

const LOINC: &str = "http://loinc.org";

/// The items in order with their LOINC codes (DOMAIN.md section 4b).
const ITEMS: [&str; 9] = [
    "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
    "44260-8",
];
const ANSWERS: [(&str, &str, f64); 4] = [
    ("LA6568-5", "Not at all", 0.0),
    ("LA6569-3", "Several days", 1.0),
    ("LA6570-1", "More than half the days", 2.0),
    ("LA6571-9", "Nearly every day", 3.0),
];

fn loinc_of(item: &Value) -> &str {
    assert_eq!(item["code"][0]["system"], LOINC, "{}", item["linkId"]);
    item["code"][0]["code"].as_str().unwrap()
}

/// The PHQ-9 group: the one whose code is the panel's.
fn panel(q: &Value) -> &Value {
    q["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["code"][0]["code"] == "44249-1")
        .expect("a group coded 44249-1")
}

#[test]
fn the_phq9_carries_the_panel_item_answer_and_total_codes() {
    let q = the_questionnaire();
    let group = panel(&q);
    assert_eq!(loinc_of(group), "44249-1");
    let coded: Vec<&Value> = group["item"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["type"] == "choice")
        .collect();
    let codes: Vec<&str> = coded.iter().map(|i| loinc_of(i)).collect();
    assert_eq!(codes, ITEMS);
    for i in &coded {
        assert_eq!(i["code"][0]["display"], i["text"]);
        assert_eq!(i["required"], true);
        let options: Vec<(&str, &str, f64)> = i["answerOption"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| {
                assert_eq!(o["valueCoding"]["system"], LOINC);
                assert_eq!(
                    o["extension"][0]["url"],
                    "http://hl7.org/fhir/StructureDefinition/ordinalValue"
                );
                (
                    o["valueCoding"]["code"].as_str().unwrap(),
                    o["valueCoding"]["display"].as_str().unwrap(),
                    o["extension"][0]["valueDecimal"].as_f64().unwrap(),
                )
            })
            .collect();
        assert_eq!(options, ANSWERS, "{}", i["linkId"]);
    }
    let total = group["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["type"] == "integer")
        .unwrap();
    assert_eq!(loinc_of(total), "44261-6");
    assert_eq!(total["readOnly"], true);
    assert_eq!(total["enableWhen"], coded[0]["enableWhen"]);
    let sum = total["extension"][0]["valueExpression"]["expression"]
        .as_str()
        .unwrap();
    for i in &coded {
        assert!(
            sum.contains(&format!("'{}'", i["linkId"].as_str().unwrap())),
            "{sum}"
        );
    }
}

#[test]
fn a_response_answers_the_phq9_in_loinc_codes_with_the_records_total() {
    let q = the_questionnaire();
    let total_id = panel(&q)["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["type"] == "integer")
        .unwrap()["linkId"]
        .as_str()
        .unwrap()
        .to_string();
    let mut answered = 0;
    for (name, record) in examples() {
        let r = response(&record);
        assert_eq!(conform(&q, &r), Vec::<String>::new(), "{name}");
        let Some(phq9) = &record.phq9 else {
            assert!(item(&r["item"], &total_id).is_none(), "{name}");
            continue;
        };
        answered += 1;
        let total = item(&r["item"], &total_id).unwrap();
        assert_eq!(
            total["answer"],
            json!([{ "valueInteger": phq9.total }]),
            "{name}"
        );
        let first = item(&r["item"], "phq9.interest").unwrap();
        let coding = &first["answer"][0]["valueCoding"];
        assert_eq!(coding["system"], LOINC);
        let (code, display, _) = ANSWERS
            .iter()
            .find(|(_, d, _)| *d == coding["display"].as_str().unwrap())
            .unwrap();
        assert_eq!(coding["code"], *code, "{name}: {display}");
    }
    assert!(answered >= 1, "no example answers the PHQ-9");
}

#[test]
fn an_item_9_above_not_at_all_shows_the_crisis_lines() {
    let q = the_questionnaire();
    let group = panel(&q);
    let item9 = group["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"][0]["code"] == "44260-8")
        .unwrap();
    let crisis = item(
        &q["item"],
        &format!("{}.crisis", item9["linkId"].as_str().unwrap()),
    )
    .unwrap();
    let answer = |code: &str| {
        json!({ "item": [{ "linkId": group["linkId"], "item": [{ "linkId": item9["linkId"],
            "answer": [{ "valueCoding": { "system": LOINC, "code": code } }] }] }] })
    };
    assert!(!enabled_in(crisis, &answer("LA6568-5")));
    for (code, _, _) in &ANSWERS[1..] {
        assert!(enabled_in(crisis, &answer(code)), "{code}");
    }
}

#[test]
fn the_label_is_in_neither_export() {
    let bank = crate::fixtures::bank();
    let label = bank
        .clinician
        .as_ref()
        .and_then(|c| c.label.clone())
        .expect("the bank has a label question");
    let q = the_questionnaire();
    assert!(item(&q["item"], &label).is_none());
    let mut labelled = 0;
    for (_, record) in examples() {
        let r = response(&record).to_string();
        assert!(item(&response(&record)["item"], &label).is_none());
        if let Some(text) = &record.label {
            labelled += 1;
            assert!(
                !r.contains(text.as_str()),
                "the label {text} is in the response"
            );
        }
    }
    assert!(labelled >= 1, "no example has a label");
}
