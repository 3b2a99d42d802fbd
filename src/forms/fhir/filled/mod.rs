//! A FHIR R4 QuestionnaireResponse filled in any form renderer, read back as
//! answers against the same Questionnaire this module exports: the resource's own fields checked here (which questionnaire, its
//! status, when it was authored), its items turned into answers-file values
//! (items.rs), and then the one validator every way in shares.

mod items;

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

use crate::answers::file::{AnswerProblem, Checked, WayIn, check, json_of, problem};
use crate::answers::{Answer, Answers, DONT_KNOW};
use crate::bank::{Bank, Kind, Question};
use crate::forms::fhir::dont_know_id;
use crate::text::short;

/// The fields of an R4 QuestionnaireResponse; any other is refused.
const FIELDS: [&str; 20] = [
    "resourceType",
    "id",
    "meta",
    "implicitRules",
    "language",
    "text",
    "contained",
    "extension",
    "modifierExtension",
    "identifier",
    "basedOn",
    "partOf",
    "questionnaire",
    "status",
    "subject",
    "encounter",
    "authored",
    "author",
    "source",
    "item",
];

/// A response read back: the answers, and the time it was authored (the
/// record's own time).
pub struct Response {
    pub answers: Answers,
    pub authored: DateTime<FixedOffset>,
}

/// A refused response: every problem, and the answers that could be read
/// (so that a safety "yes" among them is still shown at once).
pub struct Refused {
    pub problems: Vec<AnswerProblem>,
    pub readable: Answers,
}

fn refused(problems: Vec<AnswerProblem>) -> Refused {
    Refused {
        problems,
        readable: Answers::default(),
    }
}

/// Read a QuestionnaireResponse's text against the bank.
pub fn read(bank: &Bank, text: &str) -> Result<Response, Refused> {
    let root = json_of(text, "each field may be given only once").map_err(|p| refused(vec![p]))?;
    if root["resourceType"] != "QuestionnaireResponse" {
        return Err(refused(vec![problem(
            "resourceType",
            format!(
                "this is not a QuestionnaireResponse. Given: {}. Expected: \"QuestionnaireResponse\".",
                given(&root["resourceType"])
            ),
        )]));
    }
    let mut problems = resource(bank, &root);
    let authored = authored(&root, &mut problems);
    let items = items::values(bank, &root, &mut problems);
    let way = AsInResponse {
        bank,
        shown: &items.shown,
    };
    let Checked {
        answers,
        problems: found,
    } = check(bank, &items.values, &way);
    // A value already said to be unreadable is not said to be missing too.
    problems.extend(
        found
            .into_iter()
            .filter(|p| !items.unreadable.contains(&p.place)),
    );
    let answers = with_empty_lists(bank, answers);
    match authored {
        Some(authored) if problems.is_empty() => Ok(Response { answers, authored }),
        _ => Err(Refused {
            problems,
            readable: answers,
        }),
    }
}

/// The resource's own fields: which questionnaire, and its status.
fn resource(bank: &Bank, root: &Value) -> Vec<AnswerProblem> {
    let mut problems = Vec::new();
    if let Some(object) = root.as_object() {
        for key in object.keys() {
            let field = key.strip_prefix('_').unwrap_or(key);
            if !FIELDS.contains(&field) {
                problems.push(problem(
                    key,
                    "a QuestionnaireResponse has no such field".into(),
                ));
            }
        }
    }
    if root.get("modifierExtension").is_some() {
        problems.push(problem(
            "modifierExtension",
            "it changes what the response means in a way this program cannot read, so it is refused".into(),
        ));
    }
    let canonical = format!("{}|{}", bank.url, bank.version);
    match root["questionnaire"].as_str() {
        Some(named) if named == canonical => {}
        Some(named) if named.split('|').next() == Some(bank.url.as_str()) => {
            let theirs = named.split_once('|').map_or("no version", |(_, v)| v);
            problems.push(problem(
                "questionnaire",
                format!(
                    "this response answers version {} of the questionnaire, but this program asks version {}. Given: {}. Expected: {canonical}. Fill in the form made by `therapy-choice export fhir-questionnaire` again.",
                    short(theirs),
                    bank.version,
                    given(&root["questionnaire"])
                ),
            ));
        }
        _ => problems.push(problem(
            "questionnaire",
            format!(
                "this response is not to this program's questionnaire. Given: {}. Expected: {canonical}.",
                given(&root["questionnaire"])
            ),
        )),
    }
    match root["status"].as_str() {
        Some("completed") => {}
        Some("in-progress") => problems.push(problem(
            "status",
            "the form is not finished yet (status \"in-progress\"). Finish it and save it as completed, then try again. Expected: \"completed\".".into(),
        )),
        _ => problems.push(problem(
            "status",
            format!(
                "only a completed form makes a summary. Given: {}. Expected: \"completed\".",
                given(&root["status"])
            ),
        )),
    }
    problems
}

/// The time the form was filled in, with its time zone.
fn authored(root: &Value, problems: &mut Vec<AnswerProblem>) -> Option<DateTime<FixedOffset>> {
    let time = root["authored"]
        .as_str()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok());
    if time.is_none() {
        problems.push(problem(
            "authored",
            format!(
                "the summary takes its date from when the form was filled in. Given: {}. Expected: a date and time with its time zone, like 2026-11-26T12:00:00+00:00.",
                given(&root["authored"])
            ),
        ));
    }
    time
}

/// A value as given in the response, cut short if long.
fn given(value: &Value) -> String {
    match value {
        Value::Null => "nothing".into(),
        value => short(&value.to_string()),
    }
}

/// The validator's messages in the response's own terms: the FHIR answer
/// as given, and the value type (and codes) the item takes.
struct AsInResponse<'a> {
    bank: &'a Bank,
    shown: &'a serde_json::Map<String, Value>,
}

impl WayIn for AsInResponse<'_> {
    fn given(&self, id: &str, value: &Value) -> String {
        given(self.shown.get(id).unwrap_or(value))
    }

    fn expected(&self, q: &Question) -> String {
        items::expected(self.bank, q)
    }
}

/// A list of boxes the form showed and the person left empty is an answer:
/// none of them (the export writes no item for an empty list).
fn with_empty_lists(bank: &Bank, mut answers: Answers) -> Answers {
    for (_, q) in bank.questions() {
        let empty = matches!(q.kind, Kind::Multi { .. })
            && !q.required
            && answers.get(&q.id).is_none()
            && bank.is_shown(q, &answers);
        if empty {
            answers.insert(q.id.clone(), Answer::Choices(Vec::new()));
        }
    }
    answers
}

/// How "I'm not sure" stands in an answers-file value.
fn dont_know_value() -> Value {
    Value::String(DONT_KNOW.into())
}

/// The linkId of the "I'm not sure" item beside a number question, if it has one.
fn unsure_item(q: &Question) -> Option<String> {
    match &q.kind {
        Kind::Number {
            dont_know: Some(_), ..
        } => Some(dont_know_id(&q.id)),
        _ => None,
    }
}
