//! The FHIR exports of every example against the rules a strict validator
//! keeps; each rule shown to catch a response that breaks it.

use serde_json::{Value, json};

use super::{enabled_in, response, response_id};
use crate::answers::file;
use crate::bank::Bank;
use crate::forms::fhir::questionnaire;
use crate::record::Record;

/// Every example answers file in the repository, by name, as a record.
pub(super) fn examples() -> Vec<(String, Record)> {
    let bank = crate::fixtures::bank();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questions/examples");
    let mut out: Vec<(String, Record)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let answers = file::read(bank, &text).unwrap();
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, crate::fixtures::record_of(&answers))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(out.len() >= 3, "the examples are missing");
    out
}

pub(super) fn the_questionnaire() -> Value {
    questionnaire(crate::fixtures::bank())
}

pub(super) fn unsure() -> Value {
    let (_, record) = examples()
        .into_iter()
        .find(|(n, _)| n == "unsure-needs-support")
        .unwrap();
    response(&record)
}

/// Every object in a resource, depth first.
pub(super) fn objects(value: &Value, out: &mut Vec<Value>) {
    match value {
        Value::Object(map) => {
            out.push(value.clone());
            map.values().for_each(|v| objects(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| objects(v, out)),
        _ => {}
    }
}

pub(super) fn item<'a>(items: &'a Value, link: &str) -> Option<&'a Value> {
    items.as_array()?.iter().find_map(|i| {
        if i["linkId"] == link {
            Some(i)
        } else {
            item(&i["item"], link)
        }
    })
}

pub(super) fn item_mut<'a>(items: &'a mut Value, link: &str) -> Option<&'a mut Value> {
    items.as_array_mut()?.iter_mut().find_map(|i| {
        if i["linkId"] == link {
            Some(i)
        } else {
            item_mut(&mut i["item"], link)
        }
    })
}

mod measure;
mod rules;

#[test]
fn dont_know_is_a_coded_answer_that_disables_the_number() {
    let q = the_questionnaire();
    let r = unsure();
    let fee = item(&q["item"], "money.fee").unwrap();
    assert_eq!(fee["required"], true);
    assert_eq!(
        fee["enableWhen"],
        json!([{ "question": "money.fee.dont_know", "operator": "!=", "answerCoding": {
            "system": "urn:therapy-choice:questionnaire:money.fee",
            "code": "dont_know",
            "display": "I don't know yet"
        } }])
    );
    // The box has words of its own: its question's, for a screen reader.
    let unsure_box = item(&q["item"], "money.fee.dont_know").unwrap();
    assert_eq!(unsure_box["text"], fee["text"]);
    let unsure_fee = item(&r["item"], "money.fee.dont_know").unwrap();
    assert_eq!(unsure_fee["answer"][0]["valueCoding"]["code"], "dont_know");
    assert_eq!(
        unsure_fee["answer"][0]["valueCoding"]["display"],
        "I don't know yet"
    );
    assert!(item(&r["item"], "money.fee").is_none());
    // A number that is known is answered as a number, with no "don't know".
    let budget = item(&r["item"], "money.monthly_budget").unwrap();
    assert_eq!(budget["answer"], json!([{ "valueDecimal": 150.0 }]));
    assert!(item(&r["item"], "money.monthly_budget.dont_know").is_none());
}

/// The built-in bank with a follow-up number that allows "don't know" (the
/// bank itself has none now): how many sessions of therapy before.
fn bank_with_a_follow_up_number() -> Bank {
    let mut bank = crate::fixtures::bank().clone();
    let mut months = bank.question("money.fee").unwrap().clone();
    months.id = "time.change_months".into();
    months.text = "About how many sessions did you have?".into();
    months.show_if = Some(crate::bank::Condition {
        question: "situation.therapy_before".into(),
        test: crate::bank::Test::Equals(crate::answers::Answer::YesNo(true)),
    });
    let time = bank
        .sections
        .iter_mut()
        .find(|s| s.id == "situation")
        .unwrap();
    time.questions.push(months);
    bank
}

#[test]
fn a_follow_up_number_needs_both_its_condition_and_no_dont_know() {
    let q = questionnaire(&bank_with_a_follow_up_number());
    let months = item(&q["item"], "time.change_months").unwrap();
    assert_eq!(months["enableBehavior"], "all");
    let when = months["enableWhen"].as_array().unwrap();
    assert_eq!(when.len(), 2);
    assert!(
        when.iter()
            .any(|w| w["question"] == "situation.therapy_before")
    );
    let companion = item(&q["item"], "time.change_months.dont_know").unwrap();
    assert_eq!(
        companion["enableWhen"][0]["question"],
        "situation.therapy_before"
    );
}

#[test]
fn two_responses_made_in_the_same_second_have_different_ids() {
    let records = examples();
    let ids: Vec<String> = records.iter().map(|(_, r)| response_id(r)).collect();
    assert!(
        records
            .iter()
            .all(|(_, r)| r.created == records[0].1.created)
    );
    for (i, id) in ids.iter().enumerate() {
        assert!(!ids[i + 1..].contains(id), "{id} is used twice");
        assert!(id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    }
    // One changed answer is enough; the same record always gets the same id.
    let (_, mut record) = records[0].clone();
    assert_eq!(response_id(&record), ids[0]);
    record.sections[0].answers[0].shown.push('!');
    assert_ne!(response_id(&record), ids[0]);
    assert_eq!(response(&records[1].1)["id"], ids[1].as_str());
}

#[test]
fn every_coding_has_a_display_multiple_choices_included() {
    let bank = crate::fixtures::bank();
    let q = the_questionnaire();
    let mut all = Vec::new();
    objects(&q, &mut all);
    let mut multi = 0;
    for (_, record) in examples() {
        let r = response(&record);
        objects(&r, &mut all);
        for a in record.sections.iter().flat_map(|s| &s.answers) {
            if a.kind != crate::record::AnswerKind::Multi {
                continue;
            }
            let question = bank.question(&a.id).unwrap();
            for (coding, code) in item(&r["item"], &a.id)
                .map_or(&[][..], |i| i["answer"].as_array().unwrap())
                .iter()
                .zip(a.value.as_array().unwrap())
            {
                let code = code.as_str().unwrap();
                assert_eq!(coding["valueCoding"]["code"], code);
                assert_eq!(
                    coding["valueCoding"]["display"],
                    question.shown_choice(code).as_str()
                );
                multi += 1;
            }
        }
    }
    assert!(multi >= 3, "the examples pick too few options to tell");
    let codings: Vec<&Value> = all
        .iter()
        .filter(|o| o["code"].is_string() && o.get("system").is_some())
        .collect();
    assert!(codings.len() > 100);
    for o in codings {
        assert!(o["display"].as_str().is_some_and(|d| !d.is_empty()), "{o}");
    }
}

#[test]
fn a_record_from_before_shown_each_still_gets_displays() {
    let (_, mut record) = examples()
        .into_iter()
        .find(|(n, _)| n == "long-standing-patterns")
        .unwrap();
    for a in record.sections.iter_mut().flat_map(|s| &mut s.answers) {
        a.shown_each.clear();
    }
    let r = response(&record);
    let kinds = item(&r["item"], "situation.therapy_kind").unwrap();
    let displays: Vec<&Value> = kinds["answer"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["valueCoding"]["display"])
        .collect();
    let bank = crate::fixtures::bank();
    let question = bank.question("situation.therapy_kind").unwrap();
    assert_eq!(
        displays,
        [
            question.shown_choice("short_psychodynamic"),
            question.shown_choice("cbt")
        ]
        .map(Value::from)
        .iter()
        .collect::<Vec<_>>()
    );
}

/// An extension: a url and a value.
fn is_extension(o: &Value) -> bool {
    o.get("url").is_some()
        && o.as_object()
            .is_some_and(|m| m.keys().any(|k| k.starts_with("value")))
}

/// The built-in bank with a 0-10 rating added (the bank itself has none now).
fn bank_with_a_rating() -> Bank {
    let mut bank = crate::fixtures::bank().clone();
    let section = bank.sections.last_mut().unwrap();
    let mut rating = section.questions[0].clone();
    rating.id = "notes.rating".into();
    rating.text = "How clear is this choice now?".into();
    rating.required = true;
    rating.kind = crate::bank::Kind::Scale {
        min: 0,
        max: 10,
        low: "Not clear at all".into(),
        high: "Very clear".into(),
    };
    section.questions.push(rating);
    bank
}

#[test]
fn only_hl7_extensions_and_the_rating_ends_as_lower_and_upper_items() {
    let q = questionnaire(&bank_with_a_rating());
    let mut all = Vec::new();
    objects(&q, &mut all);
    let extensions: Vec<&str> = all
        .iter()
        .filter(|o| is_extension(o))
        .map(|o| o["url"].as_str().unwrap())
        .collect();
    assert!(extensions.len() > 10);
    for url in extensions {
        assert!(
            [
                "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                "http://hl7.org/fhir/StructureDefinition/minValue",
                "http://hl7.org/fhir/StructureDefinition/maxValue",
                "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue",
                "http://hl7.org/fhir/StructureDefinition/entryFormat",
                "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
                "http://hl7.org/fhir/StructureDefinition/ordinalValue",
                "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
            ]
            .contains(&url),
            "{url} is not an HL7 extension used here"
        );
    }
    let rating = item(&q["item"], "notes.rating").unwrap();
    assert_eq!(rating["type"], "integer");
    let ends: Vec<(&str, &str)> = rating["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert_eq!(c["type"], "display");
            let code = &c["extension"][0]["valueCodeableConcept"]["coding"][0]["code"];
            (code.as_str().unwrap(), c["text"].as_str().unwrap())
        })
        .collect();
    assert!(ends.contains(&("lower", "Not clear at all")), "{ends:?}");
    assert!(ends.contains(&("upper", "Very clear")), "{ends:?}");
    let format = rating["extension"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["url"].as_str().unwrap().ends_with("/entryFormat"))
        .unwrap();
    assert_eq!(
        format["valueString"],
        "0 = Not clear at all … 10 = Very clear"
    );
}

#[test]
fn a_yes_to_the_safety_question_enables_the_crisis_lines_and_a_no_does_not() {
    let bank = crate::fixtures::bank();
    let q = the_questionnaire();
    let (_, safety) = bank.questions().find(|(_, q)| q.safety).unwrap();
    let crisis = item(&q["item"], &format!("{}.crisis", safety.id)).unwrap();
    assert_eq!(crisis["type"], "display");
    let text = crisis["text"].as_str().unwrap();
    // Numbers DOMAIN.md section 4 lists, and every line the program shows.
    for number in ["911", "999", "112", "000", "988", "116 123", "13 11 14"] {
        assert!(text.contains(number), "{number} is missing");
    }
    // What to do now, in DOMAIN.md section 4's words; not what only holds for
    // the program on this computer.
    let words = &bank.evidence.crisis.verbatim;
    let act = bank.evidence.crisis.act_now.as_ref().unwrap();
    assert!(text.contains(&act.call_if) && text.contains(&act.today));
    assert!(!text.contains(&words.no_contact) && !text.contains("start --fresh"));
    let lines = bank.evidence.crisis_lines();
    assert!(!lines.is_empty());
    for line in lines {
        assert!(text.contains(&line), "{line} is missing");
    }
    for (name, record) in examples() {
        let flagged = record.safety_flag.is_some();
        assert_eq!(enabled_in(crisis, &response(&record)), flagged, "{name}");
    }
    assert!(enabled_in(crisis, &unsure()));
}

#[test]
fn a_single_choice_safety_question_shows_the_crisis_lines_for_yes_and_rather_not_say() {
    use crate::bank::Kind;
    let mut bank = crate::fixtures::bank().clone();
    // A plain option (no symbol, code or points) to copy.
    let plain = bank
        .questions()
        .find_map(|(_, q)| {
            q.kind
                .options()
                .iter()
                .find(|o| o.symbol.is_none() && o.loinc.is_none())
                .cloned()
        })
        .unwrap();
    let safety = bank
        .sections
        .iter_mut()
        .flat_map(|s| s.questions.iter_mut())
        .find(|q| q.safety)
        .unwrap();
    let choice = |id: &str, text: &str| {
        let mut c = plain.clone();
        c.id = id.into();
        c.text = text.into();
        c
    };
    safety.kind = Kind::Single {
        options: vec![
            choice("yes", "Yes"),
            choice("no", "No"),
            choice("rather_not_say", "I'd rather not say"),
        ],
    };
    let id = safety.id.clone();
    let q = questionnaire(&bank);
    let crisis = item(&q["item"], &format!("{id}.crisis")).unwrap();
    assert_eq!(crisis["enableBehavior"], "any");
    let answer = |code: &str| {
        json!({ "item": [{ "linkId": "x", "item": [{ "linkId": id, "answer": [{ "valueCoding": {
            "system": format!("{}:{id}", bank.url), "code": code } }] }] }] })
    };
    assert!(enabled_in(crisis, &answer("yes")));
    assert!(enabled_in(crisis, &answer("rather_not_say")));
    assert!(!enabled_in(crisis, &answer("no")));
}
