//! `therapy-choice review PATH...`: one summary in full, or a triage table of
//! many, flags first. Unreadable files are listed with the reason and skipped.

use serde_json::json;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::cli::{Format, ReviewArgs};
use crate::failure::Failure;
use crate::render::json as record_json;
use crate::render::screen::Drawing;
use crate::review::{Layout, Triage, Unreadable, read_record, read_row, view, write_table};
use crate::text::wrap::wrap_block;

pub fn review(args: ReviewArgs) -> Result<(), Failure> {
    if let [only] = args.paths.as_slice()
        && only.is_file()
    {
        let record = read_record(only).map_err(Failure::BadRecord)?;
        let text = match args.format {
            Format::Json => record_json::render(&record),
            Format::Text => {
                if std::io::stdout().is_terminal() {
                    let width = console::Term::stdout().size().1 as usize;
                    wrap_block(&view(&record, Drawing::Unicode), width.clamp(40, 120) - 1)
                } else {
                    view(&record, Drawing::Ascii)
                }
            }
        };
        let _ = std::io::stdout().lock().write_all(text.as_bytes());
        return Ok(());
    }
    let mut rows = Triage::default();
    let mut skipped: Vec<Unreadable> = Vec::new();
    for path in &args.paths {
        if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    for entry in entries {
                        match entry {
                            Ok(entry) => take(&entry.path(), &mut rows, &mut skipped),
                            Err(e) => skipped.push(unreadable(path, e.to_string())),
                        }
                    }
                }
                Err(e) => skipped.push(unreadable(path, format!("could not open the folder: {e}"))),
            }
        } else if path.exists() {
            add(path, &mut rows, &mut skipped);
        } else {
            skipped.push(unreadable(path, "there is no such file or folder".into()));
        }
    }
    rows.sort();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Json => {
            // One row at a time, so a large folder never becomes one large string.
            let _ = write!(out, "{{\n  \"rows\": [");
            for (n, row) in rows.rows().enumerate() {
                let sep = if n == 0 { "\n    " } else { ",\n    " };
                let _ = write!(
                    out,
                    "{sep}{}",
                    serde_json::to_string(&row).unwrap_or_default()
                );
            }
            let skipped_json: Vec<_> = skipped
                .iter()
                .map(|s| json!({"path": s.path, "reason": s.reason}))
                .collect();
            let _ = writeln!(
                out,
                "\n  ],\n  \"skipped\": {}\n}}",
                serde_json::to_string(&skipped_json).unwrap_or_default()
            );
        }
        Format::Text => {
            let layout = if args.wide {
                Layout::Wide
            } else {
                Layout::Compact
            };
            let _ = write_table(&mut out, rows.rows(), layout);
            let _ = out.flush();
            if !skipped.is_empty() {
                eprintln!("\nSkipped {} file(s):", skipped.len());
                for s in &skipped {
                    eprintln!("  {}", crate::render::neutral(&s.to_string()));
                }
            }
        }
    }
    let _ = out.flush();
    if skipped.is_empty() {
        Ok(())
    } else {
        Err(Failure::Skipped(skipped.len()))
    }
}

fn unreadable(path: &Path, reason: String) -> Unreadable {
    Unreadable {
        path: PathBuf::from(path),
        reason,
    }
}

/// A file found in a folder: summaries only (.json), not their .md and .html.
fn take(path: &Path, rows: &mut Triage, skipped: &mut Vec<Unreadable>) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if name.starts_with('.') || !name.ends_with(".json") || path.is_dir() {
        return;
    }
    add(path, rows, skipped);
}

fn add(path: &Path, rows: &mut Triage, skipped: &mut Vec<Unreadable>) {
    match read_row(path) {
        Ok(row) => rows.add(row),
        Err(e) => skipped.push(e),
    }
}
