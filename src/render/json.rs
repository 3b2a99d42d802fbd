//! The record as JSON: the file that is saved and read back by review.

use crate::record::Record;

/// Pretty JSON with a final newline; C1 controls and bidi overrides escaped.
pub fn render(record: &Record) -> String {
    let mut text = super::json_escaped(
        serde_json::to_string_pretty(record).expect("a record always serializes"),
    );
    text.push('\n');
    text
}

/// Read a saved record back.
pub fn parse(text: &str) -> Result<Record, serde_json::Error> {
    serde_json::from_str(text)
}
