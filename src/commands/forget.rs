//! `therapy-choice forget`: list what this program keeps on the computer (the
//! unfinished answers, the answers set aside, saves cut short and, with
//! `--summaries`, the summaries in the person's own folder), then remove it
//! once the person types `forget`. A bare Enter, or anything else, keeps it
//! all; with no terminal to ask in, only `--yes` removes.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::bank::ScreenWords;
use crate::bank::screens::ForgetWords;
use crate::cli::ForgetArgs;
use crate::failure::{self, Failure};
use crate::render::neutral;
use crate::store::places;
use crate::store::state::StateFolder;
use crate::store::traces::{Kept, Kind};
use crate::text::wrap::{output_width, wrap_block};

/// The word the person types to remove everything listed.
const CONFIRMATION: &str = "forget";

pub fn forget(args: ForgetArgs) -> Result<(), Failure> {
    let words = ScreenWords::shipped().forget;
    let state_path = places::state_folder()?;
    let summaries_path = places::summaries_folder()?;
    let state = look(state_path.as_deref(), Kept::state)?;
    let summaries = look(summaries_path.as_deref(), Kept::summaries)?;
    let (chosen, left): (Vec<&Kept>, Option<&Kept>) = if args.summaries {
        (state.iter().chain(&summaries).collect(), None)
    } else {
        (state.iter().collect(), summaries.as_ref())
    };
    let mut out = std::io::stdout().lock();
    if chosen.iter().all(|kept| kept.files.is_empty()) {
        for kept in &chosen {
            say(&mut out, &fill(&words.nothing, &kept.folder))?;
        }
        return say_what_stays(&mut out, &words, left);
    }
    say(&mut out, &words.listed)?;
    for kept in chosen.iter().filter(|kept| !kept.files.is_empty()) {
        say(&mut out, &fill(&words.in_folder, &kept.folder))?;
        for trace in &kept.files {
            let name = trace.path.file_name().unwrap_or_default();
            let what = kind_words(&words, trace.kind);
            say(&mut out, &format!("  {} ({what})", shown(Path::new(name))))?;
        }
    }
    if !args.yes && !confirmed(&mut out, &words)? {
        say(&mut out, &words.kept)?;
        return say_what_stays(&mut out, &words, left);
    }
    // Holding the lock keeps a copy that is asking questions from writing
    // the answers again while they are removed.
    let _lock = match &state_path {
        Some(path) if path.is_dir() => Some(StateFolder::open(path)?),
        _ => None,
    };
    remove(&mut out, &words, &chosen, left)
}

/// What one folder holds, or nothing when there is no home folder.
fn look(
    folder: Option<&Path>,
    find: fn(&Path) -> std::io::Result<Kept>,
) -> Result<Option<Kept>, Failure> {
    folder
        .map(|folder| {
            find(folder).map_err(|source| Failure::Look {
                folder: folder.to_path_buf(),
                source,
            })
        })
        .transpose()
}

/// Ask for the typed word; true only when it is typed. No terminal to ask
/// in is refused, so that a pipe or a script never removes by accident.
fn confirmed(out: &mut impl Write, words: &ForgetWords) -> Result<bool, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::ForgetUnasked);
    }
    say(out, &words.ask)?;
    out.flush().map_err(failure::output)?;
    let mut typed = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut typed)
        .map_err(Failure::Terminal)?;
    Ok(typed.trim() == CONFIRMATION)
}

/// Remove every file listed; say what is removed and what stays.
fn remove(
    out: &mut impl Write,
    words: &ForgetWords,
    chosen: &[&Kept],
    left: Option<&Kept>,
) -> Result<(), Failure> {
    let failed: Vec<(PathBuf, std::io::Error)> =
        chosen.iter().flat_map(|kept| kept.remove()).collect();
    if failed.is_empty() {
        say(out, &words.removed)?;
    }
    for kept in chosen.iter().filter(|kept| kept.others > 0) {
        say(out, &fill(&words.others_kept, &kept.folder))?;
    }
    say_what_stays(out, words, left)?;
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Failure::NotForgotten(failed))
    }
}

/// The summaries not asked about, and those saved elsewhere, stay.
fn say_what_stays(
    out: &mut impl Write,
    words: &ForgetWords,
    left: Option<&Kept>,
) -> Result<(), Failure> {
    if let Some(kept) = left.filter(|kept| !kept.files.is_empty()) {
        say(out, &fill(&words.summaries_kept, &kept.folder))?;
    }
    say(out, &words.elsewhere)
}

fn kind_words(words: &ForgetWords, kind: Kind) -> &str {
    match kind {
        Kind::Unfinished => &words.unfinished,
        Kind::SetAside => &words.set_aside,
        Kind::CutShort => &words.cut_short,
        Kind::Summary => &words.summary,
    }
}

/// A path as it is shown: whatever it holds made visible.
fn shown(path: &Path) -> String {
    neutral(&path.to_string_lossy())
}

fn fill(text: &str, folder: &Path) -> String {
    text.replace("{folder}", &shown(folder))
}

/// Write a line, wrapped at spaces to the terminal (a path stays whole).
fn say(out: &mut impl Write, line: &str) -> Result<(), Failure> {
    write!(out, "{}", wrap_block(line, output_width())).map_err(failure::output)
}
