//! HL7 FHIR R4 from a bank: the bank as a Questionnaire, the codes it uses,
//! and a filled form (a QuestionnaireResponse) read back into answers. A saved
//! record as a response is render's (render/fhir). Pure JSON building; no
//! network (scripts/fhir-check.sh checks the exports with fhir.resources, and
//! in a real form renderer, LHC-Forms).

mod crisis;
mod enable_when;
pub mod filled;
mod measure;
mod questionnaire;

pub use measure::total_id;
pub use questionnaire::questionnaire;

use serde_json::{Value, json};

use crate::bank::{Bank, Choice, Question};

/// LOINC, for the codes of a published measure (the PHQ-9).
pub const LOINC: &str = "http://loinc.org";

/// The coding system of a question's options: the bank's url and the question id.
pub fn option_system(bank_url: &str, question: &str) -> String {
    format!("{bank_url}:{question}")
}

/// An option as a coding: its LOINC answer code when every option of the
/// question has one (a published measure), else the bank's own code.
pub fn option_coding(bank: &Bank, q: &Question, choice: &Choice) -> Value {
    let options = q.kind.options();
    let loinc = !options.is_empty() && options.iter().all(|o| o.loinc.is_some());
    match (&choice.loinc, loinc) {
        (Some(code), true) => json!({ "system": LOINC, "code": code, "display": choice.text }),
        _ => {
            json!({ "system": option_system(&bank.url, &q.id), "code": choice.id, "display": choice.text })
        }
    }
}

/// The code of the "don't know" answer, as in an answers file.
pub const DONT_KNOW_CODE: &str = crate::answers::DONT_KNOW;

/// The linkId of the coded item beside a number question that holds its
/// "don't know" answer, so that "asked, not known" is a real answer.
pub fn dont_know_id(question: &str) -> String {
    format!("{question}.dont_know")
}

const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const CONTROL_CODES: &str = "http://hl7.org/fhir/questionnaire-item-control";

/// SDC's itemControl extension, with the code's display from HL7's code system.
fn control(code: &str) -> Value {
    let display = match code {
        "slider" => "Slider",
        "help" => "Help-Button",
        "lower" => "Lower-bound",
        "upper" => "Upper-bound",
        "check-box" => "Check-box",
        "radio-button" => "Radio Button",
        _ => code,
    };
    json!({
        "url": ITEM_CONTROL,
        "valueCodeableConcept": {
            "coding": [{ "system": CONTROL_CODES, "code": code, "display": display }]
        }
    })
}
