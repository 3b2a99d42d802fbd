//! HL7 FHIR R4 export: the bank as a Questionnaire, a saved record as a
//! QuestionnaireResponse. Pure JSON building; no network, no validation here
//! (scripts/fhir-validate.py checks both with the fhir.resources package).

mod questionnaire;
mod response;

pub use questionnaire::questionnaire;
pub use response::response;

/// The coding system of a question's options: the bank's url and the question id.
pub fn option_system(bank_url: &str, question: &str) -> String {
    format!("{bank_url}:{question}")
}

/// A "don't know" answer: the item is given with no answer and this reason.
pub const DATA_ABSENT: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
