//! Every trace this program keeps on the computer, found so that `forget`
//! can list it and remove it: in the state folder the unfinished answers
//! (state.json), the files set aside beside them (`state.json.WHY-<time>`),
//! saves cut short (`.state-*.part`) and the lock (which holds no answers,
//! so it is not listed, only removed with the rest); in the person's own
//! summaries folder the summaries (`therapy-choice-*.md|.json|.html`) and
//! a summary write cut short (`.therapy-choice-*.part`). A file this program
//! did not name is never listed, so never removed.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The state folder's lock file.
const LOCK: &str = "state.lock";

/// What one kept file is, in the person's words (screens.json's `forget`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// state.json: the answers of a questionnaire not yet finished.
    Unfinished,
    /// A state set aside (unreadable, or left when starting over).
    SetAside,
    /// A save or a summary write cut short by a kill.
    CutShort,
    /// A summary file in the person's own summaries folder.
    Summary,
}

/// One file kept, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trace {
    pub path: PathBuf,
    pub kind: Kind,
}

/// What a file in the state folder is, by its name; None for a file this
/// program did not name.
fn in_state(name: &str) -> Option<Kind> {
    match name {
        "state.json" => Some(Kind::Unfinished),
        _ if name.starts_with("state.json.") => Some(Kind::SetAside),
        _ if name.starts_with(".state-") && name.ends_with(".part") => Some(Kind::CutShort),
        _ => None,
    }
}

/// What a file in the summaries folder is, by its name.
fn in_summaries(name: &str) -> Option<Kind> {
    let summary = name.starts_with("therapy-choice-")
        && [".md", ".json", ".html"].iter().any(|e| name.ends_with(e));
    if summary {
        Some(Kind::Summary)
    } else if name.starts_with(".therapy-choice-") && name.ends_with(".part") {
        Some(Kind::CutShort)
    } else {
        None
    }
}

/// The files of `folder` that `kind_of` names, sorted, and how many others
/// it holds, `lock` (if any) left out of both. A folder that is not there holds nothing; a link or anything
/// but a plain file is not one of ours.
fn found_in(
    folder: &Path,
    kind_of: fn(&str) -> Option<Kind>,
    lock: Option<&str>,
) -> io::Result<(Vec<Trace>, usize)> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((Vec::new(), 0)),
        Err(e) => return Err(e),
    };
    let mut ours = Vec::new();
    let mut others = 0;
    for entry in entries {
        let entry = entry?;
        if lock.is_some_and(|lock| entry.file_name() == lock) {
            continue;
        }
        let plain = entry.file_type()?.is_file();
        match kind_of(&entry.file_name().to_string_lossy()) {
            Some(kind) if plain => ours.push(Trace {
                path: entry.path(),
                kind,
            }),
            _ => others += 1,
        }
    }
    ours.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((ours, others))
}

/// What is kept in one folder.
#[derive(Debug, Default)]
pub struct Kept {
    pub folder: PathBuf,
    pub files: Vec<Trace>,
    /// Files and folders in it that this program did not make.
    pub others: usize,
    /// The state folder's lock, removed after the rest.
    lock: Option<PathBuf>,
}

impl Kept {
    /// The traces in the state folder.
    pub fn state(folder: &Path) -> io::Result<Kept> {
        let (files, others) = found_in(folder, in_state, Some(LOCK))?;
        Ok(Kept {
            folder: folder.to_path_buf(),
            files,
            others,
            lock: Some(folder.join(LOCK)),
        })
    }

    /// The traces in the person's own summaries folder.
    pub fn summaries(folder: &Path) -> io::Result<Kept> {
        let (files, others) = found_in(folder, in_summaries, None)?;
        Ok(Kept {
            folder: folder.to_path_buf(),
            files,
            others,
            lock: None,
        })
    }

    /// Remove every file listed, then the folder if nothing else is in it.
    /// Returns the files that could not be removed, with why; the rest are
    /// removed whatever happens to one.
    pub fn remove(&self) -> Vec<(PathBuf, io::Error)> {
        let mut failed = Vec::new();
        for trace in &self.files {
            match fs::remove_file(&trace.path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => {
                    failed.push((trace.path.clone(), e));
                }
                _ => {}
            }
        }
        if !failed.is_empty() {
            return failed;
        }
        // The lock and the folder go last (the lock holds no answers, so
        // one left behind is nothing to report); a folder that something
        // else still holds is simply kept.
        if let Some(lock) = &self.lock {
            let _ = fs::remove_file(lock);
        }
        if self.others == 0 {
            let _ = fs::remove_dir(&self.folder);
        }
        failed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_names_this_program_gives_are_its_own() {
        assert_eq!(in_state("state.json"), Some(Kind::Unfinished));
        assert_eq!(
            in_state("state.json.unreadable-2026-12-07-060000-2"),
            Some(Kind::SetAside)
        );
        assert_eq!(in_state(".state-Ab12.part"), Some(Kind::CutShort));
        assert_eq!(in_state("state.lock"), None);
        assert_eq!(in_state("notes.txt"), None);
        assert_eq!(in_state("state.jsonx"), None);
        assert_eq!(
            in_summaries("therapy-choice-2026-12-07-060000.html"),
            Some(Kind::Summary)
        );
        assert_eq!(
            in_summaries(".therapy-choice-x1.part"),
            Some(Kind::CutShort)
        );
        assert_eq!(in_summaries("therapy-choice-notes.txt"), None);
        assert_eq!(in_summaries("letter.md"), None);
    }

    #[test]
    fn removing_keeps_other_files_and_then_their_folder() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("summaries");
        fs::create_dir(&folder).unwrap();
        fs::write(folder.join("therapy-choice-2026-12-07-060000.md"), "x").unwrap();
        fs::write(folder.join("mine.txt"), "keep").unwrap();
        let kept = Kept::summaries(&folder).unwrap();
        assert_eq!(kept.files.len(), 1);
        assert_eq!(kept.others, 1);
        assert!(kept.remove().is_empty());
        assert_eq!(fs::read_to_string(folder.join("mine.txt")).unwrap(), "keep");
        fs::remove_file(folder.join("mine.txt")).unwrap();
        fs::write(folder.join("therapy-choice-2026-12-07-060000.json"), "{}").unwrap();
        assert!(Kept::summaries(&folder).unwrap().remove().is_empty());
        assert!(!folder.exists());
    }
}
