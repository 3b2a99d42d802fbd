//! Forms made from a bank for others to fill in: the answers schema (for an
//! answers file) and the FHIR Questionnaire, and a filled FHIR form read back
//! into answers. Built from the bank alone, never from a record.

pub mod answers_schema;
pub mod fhir;
