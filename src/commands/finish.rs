//! The end of every run: build the record at this moment, show the result,
//! save the three files, and tell the person where they are, with the crisis
//! lines. When saving fails, the result and the crisis lines are still shown,
//! but not the closing words that say the summary is ready.

use chrono::{DateTime, FixedOffset, Local};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use crate::answer::Earlier;
use crate::answers::Answers;
use crate::ask::{page_through, pages, write_page};
use crate::bank::Bank;
use crate::failure::{self, Failure};
use crate::interrupt::Session;
use crate::record::Record;
use crate::render::format::every_format;
use crate::render::neutral;
use crate::render::screen::{self, Drawing};
use crate::store;
use crate::text::wrap::wrap_block;

/// Where the summary is saved: the folder given with --out, or the person's
/// own private summaries folder.
pub struct Out {
    pub folder: PathBuf,
    /// Given with --out (anywhere the person chose), rather than the default.
    pub chosen: bool,
}

/// Where the summary goes, refused before any question when --out names a
/// file or a link to nothing, or when the default folder cannot be found (no
/// home folder, or HOME or XDG_DATA_HOME relative), so nobody answers
/// everything to learn it at the end.
pub fn check_out(out: Option<&Path>) -> Result<Out, Failure> {
    let Some(out) = out else {
        let folder = store::places::summaries_folder()
            .map_err(|relative| Failure::Usage(relative.to_string()))?
            .ok_or_else(|| {
                Failure::Usage(
                    "There is no home folder to keep your summaries in. Give a folder with --out DIR."
                        .to_string(),
                )
            })?;
        return Ok(Out {
            folder,
            chosen: false,
        });
    };
    store::folder_usable(out).map_err(|why| {
        Failure::Usage(format!(
            "--out {}: {why}. Give a folder to save the summary in; it is made if it is missing.",
            neutral(&out.to_string_lossy())
        ))
    })?;
    Ok(Out {
        folder: out.to_path_buf(),
        chosen: true,
    })
}

/// The answers a summary is made from, a yes (or rather not say) to the
/// safety question given before a break, if any, and when the answers were
/// given when that is not now (a form filled in elsewhere).
pub struct Given<'a> {
    pub answers: &'a Answers,
    pub earlier: Option<&'a Earlier>,
    pub when: Option<DateTime<FixedOffset>>,
}

/// How a run ends: where to save, how to draw the result, and what to do
/// once the files are written.
pub struct Ending<'a> {
    pub out: &'a Out,
    pub drawing: Drawing,
    /// The result with every reason and figure (--detail).
    pub detail: bool,
    /// Plain mode, typed line by line: the result's first part is printed,
    /// then a typed letter opens the rest (which the summary always holds).
    pub typed_more: bool,
    /// The whole safety page was shown while asking: when "right now" was
    /// no, the result repeats only its first lines and says the rest is at
    /// the top of the summary.
    pub help_shown: bool,
    /// How to save elsewhere if saving fails.
    pub hint: &'a str,
    /// Called as soon as the files are written, before the result is shown;
    /// what it could not do (let go of the unfinished answers) is reported
    /// once the result is shown.
    pub saved_now: &'a dyn Fn() -> Result<(), Failure>,
    /// Where a stop learns that the files are written, and where they are.
    pub session: &'a Session,
}

/// Save the summary for these answers (and a safety answer given before a
/// break, if any) and show the result and the closing words.
pub fn finish(bank: &Bank, given: Given, ending: &Ending) -> Result<Vec<PathBuf>, Failure> {
    let now = given.when.unwrap_or_else(|| Local::now().fixed_offset());
    let record = Record::build_after_break(bank, given.answers, given.earlier, now);
    let (saved, let_go) = save(&record, &now, ending);
    let shown = show(bank, &record, saved.as_deref().ok(), ending);
    // A failed save is said even when the output has gone.
    let paths = saved.map_err(|source| Failure::Save {
        folder: ending.out.folder.clone(),
        source,
        hint: ending.hint.to_string(),
    })?;
    let_go?;
    shown.map_err(failure::output)?;
    Ok(paths)
}

/// Save the record in every format; then let go of the unfinished answers.
fn save(
    record: &Record,
    now: &DateTime<FixedOffset>,
    ending: &Ending,
) -> (std::io::Result<Vec<PathBuf>>, Result<(), Failure>) {
    let folder = ending.out.folder.as_path();
    let texts = every_format(record);
    let files: Vec<(&str, &str)> = texts.iter().map(|(e, t)| (*e, t.as_str())).collect();
    // A signal waits until the files are written and the person's unfinished
    // answers are let go, so it never leaves one without the other.
    let quiet = ending.session.writing.hold_signals();
    let saved = match ending.out.chosen {
        true => store::save_summary(folder, now, &files),
        // The person's own folder is theirs alone, whatever made it before.
        false => store::own_folder(folder).and_then(|()| store::save_summary(folder, now, &files)),
    };
    let let_go = match &saved {
        Ok(paths) => {
            // A signal from now on says where the files are.
            ending.session.keeping.set_saved_in(&absolute(paths));
            (ending.saved_now)()
        }
        Err(_) => Ok(()),
    };
    drop(quiet);
    (saved, let_go)
}

/// Show the result, the closing words (only a saved summary is said to be
/// ready) and where the files are.
fn show(
    bank: &Bank,
    record: &Record,
    saved: Option<&[PathBuf]>,
    ending: &Ending,
) -> std::io::Result<()> {
    let drawing = ending.drawing;
    let width = match drawing {
        Drawing::Unicode => (console::Term::stdout().size().1 as usize).clamp(40, 102) - 2,
        _ => crate::text::wrap::output_width(),
    };
    // Bars too wide for the window are said in words instead.
    let bars = drawing.fitting(record, width);
    let tail = closing_words(bank, saved, width);
    let parts = screen::result_in_parts(record, bars, ending.detail, ending.help_shown);
    // Only a saved summary holds the rest; unsaved, all of it is shown.
    if ending.typed_more && saved.is_some() && drawing != Drawing::Unicode {
        return glance_then_more(bank, &parts, width, &tail);
    }
    let result = wrap_block(&parts.whole(record), width);
    match drawing {
        // In a terminal the result is long: show it, and where it is saved,
        // a screen at a time, so no line is lost above the window. Ctrl-C
        // here says where the files are.
        Drawing::Unicode => {
            // The files are saved; a terminal error while paging loses nothing.
            let _ = page_through(&format!("{result}{tail}"), &bank.screen_words.result);
            Ok(())
        }
        _ => {
            let mut stdout = std::io::stdout().lock();
            write!(stdout, "\n{result}{tail}").and_then(|()| stdout.flush())
        }
    }
}

/// Plain mode, as the pager does: the first part, then a line that says the
/// rest is in the summary; a typed m shows it here, Enter (or the end of the
/// input) goes on to the closing words.
fn glance_then_more(
    bank: &Bank,
    parts: &screen::Parts,
    width: usize,
    tail: &str,
) -> std::io::Result<()> {
    let words = &bank.screen_words.result;
    let mut stdout = std::io::stdout().lock();
    write!(stdout, "\n{}", wrap_block(&parts.glance, width))?;
    let ask = crate::text::fill(&words.typed_more, &[("key", &words.more_key)]);
    writeln!(stdout, "\n{}", wrap_block(&ask, width).trim_end())?;
    write!(stdout, "> ")?;
    stdout.flush()?;
    let mut line = String::new();
    // The summary is saved: input that cannot be read only ends the result.
    let _ = std::io::stdin().lock().read_line(&mut line);
    if line.trim().eq_ignore_ascii_case(&words.more_key) {
        write!(stdout, "{}", wrap_block(&parts.rest, width))?;
    } else if line.is_empty() {
        // The input ended: the next words start on a line of their own.
        writeln!(stdout)?;
    }
    write!(stdout, "{tail}")?;
    stdout.flush()
}

/// The closing page, then where the files are saved; a failed save is said last.
fn closing_words(bank: &Bank, saved: Option<&[PathBuf]>, width: usize) -> String {
    let mut tail = Vec::new();
    let closing = match saved {
        Some(_) => pages::closing(bank),
        None => pages::closing_unsaved(bank),
    };
    // Writing into memory cannot fail.
    let _ = write_page(&closing, width, &mut tail);
    if let Some(paths) = saved {
        // Writing into memory cannot fail.
        let _ = writeln!(tail, "\n{}", bank.screen_words.result.saved_in);
        for path in absolute(paths) {
            // Writing into memory cannot fail.
            let _ = writeln!(tail, "  {}", neutral(&path.to_string_lossy()));
        }
    }
    // Each path is a line of one word, which wrapping keeps whole.
    wrap_block(&String::from_utf8_lossy(&tail), width)
}

fn absolute(paths: &[PathBuf]) -> Vec<PathBuf> {
    paths
        .iter()
        .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHILD: &str = "THERAPY_CHOICE_TEST_SIGTERM_INTO";
    const NAME: &str =
        "commands::finish::tests::a_sigterm_between_the_summary_files_leaves_all_or_none";

    /// Save a summary into `out`, raising SIGTERM after the first file is written.
    fn save_with_a_sigterm_between_files(out: &Path) {
        let bank = crate::fixtures::bank();
        let answers = crate::fixtures::example("first-episode");
        fn stop() {
            signal_hook::low_level::raise(libc::SIGTERM).unwrap();
        }
        store::BETWEEN_FILES.set(Some(stop));
        // The signal raised between the files ends this child before it returns.
        let _ = finish(
            bank,
            Given {
                answers: &answers,
                earlier: None,
                when: None,
            },
            &Ending {
                out: &Out {
                    folder: out.to_path_buf(),
                    chosen: true,
                },
                drawing: Drawing::Ascii,
                detail: false,
                typed_more: false,
                help_shown: false,
                hint: "",
                saved_now: &|| Ok(()),
                session: &Session::new(),
            },
        );
        unreachable!("SIGTERM ends the program once the files are written");
    }

    #[test]
    fn a_sigterm_between_the_summary_files_leaves_all_or_none() {
        // The test runs itself again as a child that the signal stops.
        if let Some(out) = std::env::var_os(CHILD) {
            save_with_a_sigterm_between_files(Path::new(&out));
        }
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", NAME, "--test-threads=1", "--nocapture"])
            .env(CHILD, &out)
            .output()
            .unwrap();
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(child.status.signal(), Some(libc::SIGTERM), "{child:?}");
        let mut names: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert!(
            names.iter().all(|n| !n.starts_with('.')),
            "a hidden temporary is left: {names:?}"
        );
        let kinds: Vec<&str> = names.iter().filter_map(|n| n.rsplit('.').next()).collect();
        assert_eq!(kinds, ["html", "json", "md"], "{names:?}");
    }
}
