//! Rendering a record into the files a person takes away. Each format is one
//! pure function from the record to text; nothing here touches the disk.

pub mod clinician;
pub mod fhir;
pub mod format;
pub mod html;
pub mod json;
pub mod markdown;
pub mod markup;
pub mod screen;
pub mod sentences;
pub mod studies;
pub mod summary;

pub use crate::text::{Neutral, acts, json_escaped, neutral, safe_char};

#[cfg(test)]
mod cost_tests;
#[cfg(test)]
mod tests;
