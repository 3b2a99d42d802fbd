//! The formats a summary is saved in: one shape for all, a file's extension
//! and one pure function from the record to its text, each format in its own
//! file (markdown/, html/, json.rs).

use crate::record::Record;
use crate::render::{html, json, markdown};

/// One file format of the summary.
pub struct Format {
    /// The file name's extension, without its dot.
    pub extension: &'static str,
    /// The record as this format's text.
    pub render: fn(&Record) -> String,
}

/// Every format a summary is saved in, in the order the files are written.
pub const SAVED: [Format; 3] = [
    Format {
        extension: "md",
        render: markdown::render,
    },
    Format {
        extension: "html",
        render: html::render,
    },
    Format {
        extension: "json",
        render: json::render,
    },
];

/// The record in every saved format, as (extension, text).
pub fn every_format(record: &Record) -> Vec<(&'static str, String)> {
    SAVED
        .iter()
        .map(|f| (f.extension, (f.render)(record)))
        .collect()
}
