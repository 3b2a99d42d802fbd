//! `therapy-choice review PATH...`: one summary in full, or a triage table of
//! many, flags first. Among many, unreadable files are listed with the reason
//! and skipped; one named file that cannot be read is one sentence, exit 2.

use serde_json::json;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::ask::page_through;
use crate::cli::{Format, ReviewArgs};
use crate::failure::{self, Failure};
use crate::render::json as record_json;
use crate::render::screen::Drawing;
use crate::render::{json_escaped, neutral};
use crate::review::{
    Layout, Triage, Unreadable, inconsistent, read_record, read_row, salvage_file, view,
    write_table,
};
use crate::text::wrap::wrap_block;

const NO_SUCH: &str = "there is no such file or folder";

pub fn review(args: ReviewArgs) -> Result<(), Failure> {
    // One path that is not a folder is one summary: if it cannot be read,
    // one sentence names it, with no empty table.
    if let [only] = args.paths.as_slice()
        && !only.is_dir()
    {
        return review_one(only, args.format);
    }
    let Found {
        mut rows,
        skipped,
        beside,
    } = gather(&args.paths);
    if rows.is_empty() && skipped.is_empty() {
        if args.format == Format::Json {
            write_json(&rows, &skipped, beside).map_err(failure::output)?;
        }
        let places: Vec<String> = args
            .paths
            .iter()
            .map(|p| neutral(&p.display().to_string()))
            .collect();
        return Err(Failure::NoSummaries(places.join(", ")));
    }
    rows.sort();
    let layout = if args.wide {
        Layout::Wide
    } else {
        Layout::Compact
    };
    let written = match args.format {
        Format::Json => write_json(&rows, &skipped, beside),
        Format::Text => write_text(&rows, &skipped, beside, layout),
    };
    let disagree: Vec<PathBuf> = rows
        .rows()
        .filter(|r| r.inconsistent)
        .map(|r| r.path)
        .collect();
    written_and_left_out(written, &skipped, &disagree)
}

/// Every summary in the paths given: each folder's files, and each file.
fn gather(paths: &[PathBuf]) -> Found {
    let mut found = Found::default();
    for path in paths {
        if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    for entry in entries {
                        match entry {
                            Ok(entry) => found.take(&entry.path()),
                            Err(e) => found.skipped.push(unreadable(path, e.to_string())),
                        }
                    }
                }
                Err(e) => found
                    .skipped
                    .push(unreadable(path, format!("could not open the folder: {e}"))),
            }
        } else if beside_a_summary(path) {
            found.beside += 1;
        } else if path.exists() {
            found.add(path);
        } else {
            found.skipped.push(unreadable(path, NO_SUCH.into()));
        }
    }
    found
}

/// How the table's writing went, then the files that could not be read and
/// those whose stored flag disagrees with their answers: each is news, said
/// even to a closed pipe, with exit 1.
fn written_and_left_out(
    written: std::io::Result<()>,
    skipped: &[Unreadable],
    disagree: &[PathBuf],
) -> Result<(), Failure> {
    if skipped.is_empty() && disagree.is_empty() {
        return written.map_err(failure::output);
    }
    written.map_err(failure::output)?;
    if !disagree.is_empty() {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(
            err,
            "\nInconsistent (the stored safety flag disagrees with the answers; the table shows the answers):"
        );
        for path in disagree {
            let _ = writeln!(err, "  {}", neutral(&path.display().to_string()));
        }
    }
    if skipped.is_empty() {
        Err(Failure::Inconsistent(disagree.len()))
    } else {
        Err(Failure::Skipped(skipped.len()))
    }
}

/// One summary in full; one that cannot be read is one sentence (with its
/// safety answers, when they can still be read); one whose stored flag
/// disagrees with its answers is shown, then named, exit 1.
fn review_one(only: &Path, format: Format) -> Result<(), Failure> {
    if !only.exists() {
        return Err(Failure::BadRecord(unreadable(only, NO_SUCH.into())));
    }
    let record = match read_record(only) {
        Ok(record) => record,
        Err(e) => {
            // Nothing readable must never read as nothing said.
            // On standard error, with the reason it is refused: standard
            // output stays empty for a file that is not a summary.
            if let Some(found) = salvage_file(only) {
                let mut err = std::io::stderr().lock();
                writeln!(
                    err,
                    "!! This file cannot be opened as a summary, but its safety answers can be read: {}",
                    neutral(&found.words)
                )
                .map_err(failure::output)?;
            }
            return Err(Failure::BadRecord(e));
        }
    };
    let disagrees = inconsistent(&record);
    let in_a_terminal = std::io::stdout().is_terminal() && std::io::stderr().is_terminal();
    let text = match format {
        Format::Json => record_json::render(&record),
        Format::Text if in_a_terminal => {
            let width = (console::Term::stdout().size().1 as usize).clamp(40, 120) - 1;
            // Bars too wide for the window are said in words instead.
            let bars = Drawing::Unicode.fitting(&record, width);
            wrap_block(
                &with_disagreement(&record, &disagrees, view(&record, bars)),
                width,
            )
        }
        Format::Text => with_disagreement(&record, &disagrees, view(&record, Drawing::Ascii)),
    };
    if in_a_terminal && format == Format::Text {
        // A page at a time, the box first; keys come from the terminal.
        let words = crate::bank::Bank::embedded()
            .map(|b| b.screen_words.result)
            .map_err(Failure::Bank)?;
        page_through(&text, &words).map_err(failure::output)?;
    } else {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(failure::output)?;
    }
    match disagrees {
        Some(why) => {
            let _ = writeln!(
                std::io::stderr().lock(),
                "{}: {why}",
                neutral(&only.display().to_string())
            );
            Err(Failure::Inconsistent(1))
        }
        None => Ok(()),
    }
}

/// The view, with the answers' own safety flag on top when the stored one disagrees.
fn with_disagreement(record: &crate::record::Record, why: &Option<String>, view: String) -> String {
    match why {
        Some(why) => format!(
            "!! Inconsistent: {why}. Answers say: {}\n{view}",
            crate::review::said_words(record)
        ),
        None => view,
    }
}

/// The rows and the skipped files as JSON, one row at a time, so a large
/// folder never becomes one large string.
fn write_json(rows: &Triage, skipped: &[Unreadable], beside: usize) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write!(out, "{{\n  \"rows\": [")?;
    for (n, row) in rows.rows().enumerate() {
        let sep = if n == 0 { "\n    " } else { ",\n    " };
        let row = serde_json::to_string(&row).map_err(std::io::Error::other)?;
        write!(out, "{sep}{}", json_escaped(row))?;
    }
    let skipped_json: Vec<_> = skipped
        .iter()
        .map(|s| {
            let found = salvage_file(&s.path);
            json!({
                "path": s.path.to_string_lossy(),
                "reason": s.reason,
                "safety": found.as_ref().map(|f| f.said.raised()),
                "safety_said": found.map(|f| f.words),
            })
        })
        .collect();
    let skipped_json = serde_json::to_string(&skipped_json).map_err(std::io::Error::other)?;
    writeln!(
        out,
        "\n  ],\n  \"skipped\": {},\n  \"beside_summaries\": {beside}\n}}",
        json_escaped(skipped_json)
    )?;
    out.flush()
}

/// The table on standard output, then the skipped files on standard error.
fn write_text(
    rows: &Triage,
    skipped: &[Unreadable],
    beside: usize,
    layout: Layout,
) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // A file that cannot be read but whose safety answers raise the flag
    // comes first, above every row.
    let mut salvaged: Vec<(&Unreadable, crate::review::Salvaged)> = skipped
        .iter()
        .filter_map(|s| salvage_file(&s.path).map(|f| (s, f)))
        .filter(|(_, f)| f.said.raised())
        .collect();
    salvaged.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    for (s, found) in &salvaged {
        writeln!(
            out,
            "!! {}: cannot be read (see below), but its safety answers can: {}",
            neutral(&s.path.display().to_string()),
            neutral(&found.words)
        )?;
    }
    write_table(&mut out, rows.rows(), layout)?;
    if beside > 0 {
        writeln!(
            out,
            "Passed over {} saved beside these summaries (their .md and .html).",
            crate::text::how_many(beside, "file", "files")
        )?;
    }
    out.flush()?;
    if !skipped.is_empty() {
        let mut err = std::io::stderr().lock();
        writeln!(
            err,
            "\nSkipped {}:",
            crate::text::how_many(skipped.len(), "file", "files")
        )?;
        for s in skipped {
            writeln!(err, "  {}", neutral(&s.to_string()))?;
        }
    }
    Ok(())
}

fn unreadable(path: &Path, reason: String) -> Unreadable {
    Unreadable {
        path: PathBuf::from(path),
        reason,
    }
}

/// What a review of many paths found: the rows, the files that could not
/// be read, and how many were a summary's own .md or .html, passed over.
#[derive(Default)]
struct Found {
    rows: Triage,
    skipped: Vec<Unreadable>,
    beside: usize,
}

impl Found {
    /// A file found in a folder: summaries only (.json); their .md and .html
    /// are counted, anything else is left alone.
    fn take(&mut self, path: &Path) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if name.starts_with('.') || path.is_dir() {
            return;
        }
        if beside_a_summary(path) {
            self.beside += 1;
        } else if name.ends_with(".json") {
            self.add(path);
        }
    }

    fn add(&mut self, path: &Path) {
        match read_row(path) {
            Ok(row) => self.rows.add(row),
            Err(e) => self.skipped.push(e),
        }
    }
}

/// A summary's own .md or .html: a file of that name with .json beside it.
fn beside_a_summary(path: &Path) -> bool {
    let own = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("html"));
    own && path.is_file() && path.with_extension("json").is_file()
}
