//! Reading saved records: through the bounded reader, refusing a key given
//! twice anywhere, then the one record validator. One file (and `export`) is
//! read whole; for each file of a folder, `review` reads only the fields the
//! triage row shows and the validator checks, so a large folder stays quick.
//! A record from a newer program gets its own message.

use serde::Deserialize;
use std::path::{Path, PathBuf};

use super::light::Light;
use super::triage::{Conflict, InTheWay, Row};
use super::validate::{self, Facts};
use crate::record::{Record, SCHEMA_VERSION, created};
use crate::text::from_file::{self, Links, ReadError};
use crate::text::strict_json;

/// Records larger than this are not read.
pub const LARGEST_RECORD: u64 = 8 * 1024 * 1024;

/// Why a file could not be opened as a record.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}: {reason}", .path.display())]
pub struct Unreadable {
    pub path: PathBuf,
    pub reason: String,
}

#[derive(Deserialize)]
struct Version {
    schema_version: u32,
}

fn text(path: &Path) -> Result<String, Unreadable> {
    let fail = |reason: String| Unreadable {
        path: path.to_path_buf(),
        reason,
    };
    let bytes = from_file::read_bytes(path, LARGEST_RECORD, Links::Follow).map_err(|e| {
        fail(match e {
            ReadError::TooLarge(_) => {
                format!("it is larger than {LARGEST_RECORD} bytes, too large to be a summary")
            }
            e => e.to_string(),
        })
    })?;
    if bytes.starts_with(b"%PDF") {
        return Err(fail(format!("it is a PDF; {EXPECTS}")));
    }
    from_file::text(bytes).map_err(|e| fail(format!("{e}; {EXPECTS}")))
}

/// What `review` expects, said after naming a file that is something else.
const EXPECTS: &str = "review expects the .json file saved with each summary (or a folder of them)";

/// What a file that is not a record seems to be, from its first bytes.
fn looks_like(text: &str) -> Option<String> {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let lower: String = start.chars().take(64).collect::<String>().to_lowercase();
    let what = if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        "it is a web page (HTML), such as the printable summary".to_string()
    } else if start.starts_with("# ") || start.starts_with("---") {
        "it is a text document (Markdown), such as the summary to read".to_string()
    } else if start.starts_with('{') || start.starts_with('[') {
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        if value.get("answers").is_some() && value.get("schema_version").is_none() {
            return Some(
                "it is an answers file, not a summary; `therapy-choice run --answers FILE` makes a summary from it, and review reads the .json that writes".to_string(),
            );
        }
        return None;
    } else {
        "it is not a therapy-choice summary (it is not JSON at all)".to_string()
    };
    Some(format!("{what}; {EXPECTS}"))
}

/// Explain a parse failure: a newer schema, another kind of file, or what is
/// wrong and where.
fn explain(path: &Path, text: &str, error: serde_json::Error) -> Unreadable {
    if let Some(reason) = looks_like(text) {
        return Unreadable {
            path: path.to_path_buf(),
            reason,
        };
    }
    let reason = match serde_json::from_str::<Version>(text) {
        Ok(v) if v.schema_version > SCHEMA_VERSION => format!(
            "it was written by a newer therapy-choice (record schema {}); this one reads schema {SCHEMA_VERSION}. Update therapy-choice to open it",
            v.schema_version
        ),
        _ if error.is_eof() => format!(
            "it is cut short (line {}, column {}); it is not a whole summary",
            error.line(),
            error.column()
        ),
        _ => format!(
            "it is not a therapy-choice summary: {} (line {}, column {})",
            error
                .to_string()
                .split(" at line ")
                .next()
                .unwrap_or_default(),
            error.line(),
            error.column()
        ),
    };
    Unreadable {
        path: path.to_path_buf(),
        reason,
    }
}

fn older_or_same(path: &Path, version: u32) -> Result<(), Unreadable> {
    if version > SCHEMA_VERSION {
        return Err(Unreadable {
            path: path.to_path_buf(),
            reason: format!(
                "it was written by a newer therapy-choice (record schema {version}); this one reads schema {SCHEMA_VERSION}. Update therapy-choice to open it"
            ),
        });
    }
    Ok(())
}

/// The record in a text, if it is one: no key given twice, a schema this
/// program reads, and no problem the record validator finds.
fn checked(path: &Path, text: &str) -> Result<Record, Unreadable> {
    strict_json::unique_keys(text).map_err(|e| explain(path, text, e))?;
    typed(path, text)
}

/// The record in a text whose keys are already checked: a schema this
/// program reads and no problem the record validator finds. When the typed
/// read fails, the fields the validator reads are read again as text, so a
/// kind or a time this program does not know is named with its place.
fn typed(path: &Path, text: &str) -> Result<Record, Unreadable> {
    let record: Record = match serde_json::from_str(text) {
        Ok(record) => record,
        Err(e) => {
            if let Ok(light) = serde_json::from_str::<Light>(text) {
                older_or_same(path, light.schema_version)?;
                valid(path, &light.facts())?;
            }
            return Err(explain(path, text, e));
        }
    };
    older_or_same(path, record.schema_version)?;
    valid(path, &Facts::of(&record))?;
    Ok(record)
}

/// The record validator's verdict, as the reason a file is refused.
fn valid(path: &Path, facts: &Facts) -> Result<(), Unreadable> {
    let problems = validate::check(facts);
    if problems.is_empty() {
        return Ok(());
    }
    Err(Unreadable {
        path: path.to_path_buf(),
        reason: format!(
            "it is not a valid therapy-choice summary: {}",
            problems.join("; ")
        ),
    })
}

/// A record from its text with every check `review` and `export` make (for
/// the fuzz target): the reason it is refused, if it is.
pub fn record_from_text(text: &str) -> Result<Record, String> {
    checked(Path::new("record.json"), text).map_err(|e| e.reason)
}

/// The safety answers of a file that could not be read as a record, if
/// any can be found in it (read within the same size limit).
pub fn salvage_file(path: &Path) -> Option<super::Salvaged> {
    let bytes = from_file::read_bytes(path, LARGEST_RECORD, Links::Follow).ok()?;
    super::salvage(&String::from_utf8_lossy(&bytes))
}

/// Why a whole record's stored safety flag cannot be trusted, if it cannot.
pub fn inconsistent(record: &Record) -> Option<String> {
    validate::inconsistent(&Facts::of(record))
}

/// The whole record in a file, checked.
pub fn read_record(path: &Path) -> Result<Record, Unreadable> {
    checked(path, &text(path)?)
}

/// Just what the triage table shows about a file, after the same check for
/// repeated keys and the same record validator as `read_record`.
pub fn read_row(path: &Path) -> Result<Row, Unreadable> {
    row_of(path, &text(path)?)
}

/// A triage row from a record's text, read as `review` of a folder reads
/// each file (for the fuzz target): the reason it is refused, if it is.
pub fn row_from_text(text: &str) -> Result<Row, String> {
    row_of(Path::new("record.json"), text).map_err(|e| e.reason)
}

/// The triage row of the record in `text`, read from `path`.
fn row_of(path: &Path, text: &str) -> Result<Row, Unreadable> {
    // One pass: the fields the row and the validator need, every key checked.
    let record: Light = serde_json::from_str(text).map_err(|e| explain(path, text, e))?;
    older_or_same(path, record.schema_version)?;
    let facts = record.facts();
    valid(path, &facts)?;
    let said = facts.safety_said();
    let inconsistent = validate::inconsistent(&facts).is_some();
    drop(facts);
    // The validator has read the time already; this cannot fail.
    let created = created::parse(&record.created).map_err(|why| Unreadable {
        path: path.to_path_buf(),
        reason: format!("created: {why}"),
    })?;
    let conflict = record
        .scores
        .iter()
        .find(|s| s.flag_below.is_some())
        .map(|s| Conflict {
            title: s.title.clone(),
            points: s.points,
            out_of: s.out_of,
            flagged: s.flag.is_some(),
        });
    let a = record.assessment;
    let (own_lean, own_side) = match a.own_lean {
        Some(own) => (Some(own.answer), own.option),
        None => (None, None),
    };
    Ok(Row {
        safety: said.raised(),
        safety_said: said.column(),
        inconsistent,
        phq9: record.phq9.as_ref().map(|p| p.total),
        phq9_item9: record
            .phq9
            .as_ref()
            .and_then(|p| p.item9.as_ref())
            .is_some_and(|i| i.points > 0),
        conflict,
        score: a.score,
        lean: a.band_label,
        fit: a.band.side(),
        own_lean,
        own_side,
        mismatch: a.mismatch,
        barriers: a
            .barriers
            .iter()
            .map(|b| InTheWay {
                kind: b.kind,
                option: b.option,
            })
            .collect(),
        // A label that shows nothing (spaces, invisible characters) is no
        // label: the row shows the file's name instead.
        label: record.label.filter(|l| !crate::text::blank(l)),
        created,
        path: path.to_path_buf(),
    })
}

#[cfg(test)]
mod tests;
