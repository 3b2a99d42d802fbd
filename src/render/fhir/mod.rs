//! HL7 FHIR R4 from a saved record: the record as a QuestionnaireResponse to
//! the bank's Questionnaire (forms/fhir), and, compiled for the tests only, the rules a
//! response must keep against its questionnaire. Pure JSON building; no network.

#[cfg(test)]
mod conform;
mod earlier;
mod response;

#[cfg(test)]
pub use conform::{conform, enabled_in};
pub use earlier::earlier_answer_url;
pub use response::{response, response_id};

#[cfg(test)]
mod tests;
