//! The end of every run: build the record at this moment, show the result,
//! save the three files, and tell the person where they are, with the crisis
//! lines. When saving fails, the result is still shown.

use chrono::Local;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::answers::Answers;
use crate::ask::{page_through, pages, write_page};
use crate::bank::Bank;
use crate::failure::{self, Failure};
use crate::record::Record;
use crate::render::neutral;
use crate::render::screen::{self, Drawing};
use crate::render::{html, json, markdown};
use crate::store;
use crate::text::wrap::wrap_block;

/// Save the summary for these answers in `out` and print the result and the
/// closing words. `hint` says how to save elsewhere if this fails; `saved` is
/// called as soon as the files are written, before the result is shown.
pub fn finish(
    bank: &Bank,
    answers: &Answers,
    out: Option<&Path>,
    drawing: Drawing,
    hint: &str,
    saved_now: &dyn Fn(),
) -> Result<Vec<PathBuf>, Failure> {
    let folder = out.unwrap_or(Path::new("."));
    let now = Local::now().fixed_offset();
    let record = Record::build(bank, answers, now);
    let md = markdown::render(&record);
    let page = html::render(&record);
    let js = json::render(&record);
    // A signal waits until the files are written and the person's unfinished
    // answers are let go, so it never leaves one without the other.
    let quiet = crate::interrupt::hold_signals();
    let saved = store::save_summary(folder, &now, &[("md", &md), ("html", &page), ("json", &js)]);
    if saved.is_ok() {
        saved_now();
    }
    drop(quiet);
    let result = screen::result(&record, drawing);
    let result = match drawing {
        Drawing::Unicode => wrap_block(
            &result,
            (console::Term::stdout().size().1 as usize).clamp(40, 100) - 1,
        ),
        Drawing::Ascii => result,
    };
    let shown = match drawing {
        // In a terminal the result is long: show it a screen at a time.
        Drawing::Unicode => {
            // Ctrl-C here only stops the paging: the files are written.
            let _ = page_through(&result);
            Ok(())
        }
        Drawing::Ascii => write!(std::io::stdout().lock(), "\n{result}"),
    };
    // A failed save is said even when the output has gone.
    let paths = saved.map_err(|source| Failure::Save {
        folder: folder.to_path_buf(),
        source,
        hint: hint.to_string(),
    })?;
    shown.map_err(failure::output)?;
    let mut stdout = std::io::stdout().lock();
    write_page(&pages::closing(bank), &mut stdout).map_err(failure::output)?;
    writeln!(stdout, "\nYour summary is saved in these files:").map_err(failure::output)?;
    for path in &paths {
        let shown = std::path::absolute(path).unwrap_or_else(|_| path.clone());
        writeln!(stdout, "  {}", neutral(&shown.to_string_lossy())).map_err(failure::output)?;
    }
    stdout.flush().map_err(failure::output)?;
    Ok(paths)
}
