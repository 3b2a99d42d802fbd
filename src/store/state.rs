//! The unfinished questionnaire, kept on disk after every answer so nothing is
//! lost when a person stops: a private folder (0700) holding state.json (0600,
//! replaced atomically) and a lock file that keeps a second copy of the
//! program from writing the same state.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[cfg(unix)]
use std::os::unix::fs::PermissionsExt;

use super::private_folder;
use crate::text::from_file::{Links, read_text};
use crate::text::strict_json;

mod leftover;
mod saved_at;

const STATE: &str = "state.json";
const LOCK: &str = "state.lock";
/// Why a state file is set aside: `state.json.unreadable-<time>`.
pub const UNREADABLE: &str = "unreadable";
/// Set aside for a fresh start: `state.json.fresh-<time>`.
pub const FRESH: &str = "fresh";
/// The hidden file each save is written to before it becomes state.json.
const PART_PREFIX: &str = ".state-";
const PART_SUFFIX: &str = ".part";

/// A saved state larger than this is not read.
pub const LARGEST_STATE: u64 = 4 * 1024 * 1024;

/// Read the text of a state file; the reason it cannot be used, if not.
pub fn parse(text: &str) -> Result<Saved, String> {
    strict_json::parse(text).map_err(|e| e.to_string())
}

/// What is kept between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub bank_id: String,
    pub bank_version: String,
    pub bank_hash: String,
    /// When it was last saved, with its UTC offset; none when the file's
    /// time could not be read.
    #[serde(default, with = "saved_at")]
    pub saved_at: Option<DateTime<FixedOffset>>,
    /// As in an answers file: `{"<id>": value}`.
    pub answers: serde_json::Value,
    /// Questions answered or skipped, so a resumed run does not ask them again.
    pub asked: Vec<String>,
    /// A yes, or rather not say, to the safety question given before an
    /// earlier break, kept though the question is asked again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier_safety: Option<SavedEarlier>,
}

/// An earlier safety answer, as in an answers file, and when it was kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedEarlier {
    pub answer: serde_json::Value,
    #[serde(default, with = "saved_at")]
    pub given: Option<DateTime<FixedOffset>>,
    /// The answers it brought, as in an answers file.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub with: serde_json::Map<String, serde_json::Value>,
    /// Changed later in the same sitting, not asked again after a break.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub taken_back: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error(
        "Another therapy-choice is already open with your unfinished answers (the lock is {}). Finish or close it first.",
        .0.display()
    )]
    Busy(PathBuf),
    #[error("The folder for unfinished answers, {}, is not safe to use: {why}.", .folder.display())]
    Unsafe { folder: PathBuf, why: &'static str },
    #[error("Could not use the folder for unfinished answers, {}: {source}", .folder.display())]
    Folder { folder: PathBuf, source: io::Error },
}

/// The open state folder; the lock is held while this lives.
#[derive(Debug)]
pub struct StateFolder {
    path: PathBuf,
    _lock: File,
}

pub use super::places::STATE_DIR_VAR;

/// Where unfinished answers are kept: $THERAPY_CHOICE_STATE_DIR, or the
/// platform's state (or local data) folder; a relative one is refused.
pub fn state_folder_path() -> Result<Option<PathBuf>, super::places::Relative> {
    super::places::state_folder()
}

/// Why a state folder must not be used: owned by someone else, or writable
/// by others (who could swap its files). None when it is fine.
fn folder_not_private(path: &Path) -> io::Result<Option<&'static str>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = fs::metadata(path)?;
        let me = rustix::process::geteuid().as_raw();
        return Ok(folder_problem(meta.uid(), meta.mode(), me));
    }
    #[allow(unreachable_code)]
    Ok(None)
}

/// The rule behind `folder_not_private`, on the folder's owner and mode.
pub fn folder_problem(owner: u32, mode: u32, me: u32) -> Option<&'static str> {
    if owner != me {
        Some("it belongs to another user")
    } else if mode & 0o022 != 0 {
        Some("other users can change what is in it")
    } else {
        None
    }
}

/// Open the lock file without following a link. Only a lock made here gets
/// its mode set; one that was already there is used as it is.
fn open_lock(path: &Path) -> io::Result<File> {
    let mut new = OpenOptions::new();
    new.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        new.mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC);
    }
    match new.open(path) {
        Ok(lock) => {
            #[cfg(unix)]
            lock.set_permissions(fs::Permissions::from_mode(0o600))?;
            return Ok(lock);
        }
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
        Err(_) => {}
    }
    let mut existing = OpenOptions::new();
    existing.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        existing.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC);
    }
    let lock = existing.open(path).map_err(|e| {
        if e.raw_os_error() == Some(libc::ELOOP) {
            io::Error::other(format!(
                "the lock {} is a symbolic link; remove it and try again",
                path.display()
            ))
        } else {
            e
        }
    })?;
    if !lock.metadata()?.is_file() {
        return Err(io::Error::other(format!(
            "the lock {} is not a regular file",
            path.display()
        )));
    }
    Ok(lock)
}

impl StateFolder {
    /// Open (and if need be make) the folder and take its lock.
    pub fn open(path: &Path) -> Result<StateFolder, StateError> {
        let folder_error = |source| StateError::Folder {
            folder: path.to_path_buf(),
            source,
        };
        private_folder(path).map_err(folder_error)?;
        if let Some(why) = folder_not_private(path).map_err(folder_error)? {
            return Err(StateError::Unsafe {
                folder: path.to_path_buf(),
                why,
            });
        }
        let lock_path = path.join(LOCK);
        let lock = open_lock(&lock_path).map_err(folder_error)?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Err(StateError::Busy(lock_path)),
            Err(fs::TryLockError::Error(e)) => return Err(folder_error(e)),
        }
        Ok(StateFolder {
            path: path.to_path_buf(),
            _lock: lock,
        })
    }

    pub fn file(&self) -> PathBuf {
        self.path.join(STATE)
    }

    /// The saved state, if any. A file that cannot be read (not a regular
    /// file, too large, not JSON, a key given twice) is set aside under a
    /// new name (never deleted, never over one set aside before) and
    /// reported. A newer, whole save left in a hidden `.part` (the program
    /// was killed while saving) is used instead of the older state.json.
    pub fn load(&self) -> Result<Option<Saved>, String> {
        let text = match read_text(&self.file(), LARGEST_STATE, Links::Refuse) {
            Ok(text) => Some(text),
            Err(e) if e.is_missing() => None,
            Err(e) => return Err(self.set_aside(&e.to_string())),
        };
        let saved = match text.as_deref().map(parse) {
            Some(Ok(saved)) => Some(saved),
            Some(Err(why)) => return Err(self.set_aside(&why)),
            None => None,
        };
        Ok(leftover::newest(&self.path, &self.file(), saved))
    }

    fn set_aside(&self, why: &str) -> String {
        let now = chrono::Local::now().fixed_offset();
        match super::aside::set_aside(&self.file(), UNREADABLE, &now) {
            Ok(aside) => format!(
                "Your unfinished answers could not be read ({why}). The file was kept as {}.",
                aside.display()
            ),
            Err(e) => format!(
                "Your unfinished answers could not be read ({why}), and could not be set aside (they are still in {}: {e}).",
                self.file().display()
            ),
        }
    }

    /// Replace the saved state atomically.
    pub fn save(&self, saved: &Saved) -> io::Result<()> {
        let mut temp = tempfile::Builder::new()
            .prefix(PART_PREFIX)
            .suffix(PART_SUFFIX)
            .tempfile_in(&self.path)?;
        #[cfg(unix)]
        temp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o600))?;
        let text = serde_json::to_string_pretty(saved).map_err(io::Error::other)?;
        temp.write_all(text.as_bytes())?;
        temp.as_file().sync_all()?;
        temp.persist(self.file()).map_err(|e| e.error)?;
        Ok(())
    }

    /// Set the unfinished answers aside for a fresh start, under a new name
    /// each time (never deleted, never over one set aside before). Returns
    /// the new name and what it holds (when it can be read), or None when
    /// there were no unfinished answers. A newer whole save left behind is
    /// set aside in their place.
    pub fn set_aside_fresh(&self) -> io::Result<Option<(PathBuf, Option<Saved>)>> {
        let read = read_text(&self.file(), LARGEST_STATE, Links::Refuse);
        let saved = match read {
            Ok(text) => parse(&text).ok(),
            Err(_) => None,
        };
        // An unreadable state.json is set aside as it is, never replaced.
        let unreadable = saved.is_none() && self.file().exists();
        let saved = if unreadable {
            None
        } else {
            leftover::newest(&self.path, &self.file(), saved)
        };
        if !self.file().exists() {
            return Ok(None);
        }
        let now = chrono::Local::now().fixed_offset();
        let aside = super::aside::set_aside(&self.file(), FRESH, &now)?;
        Ok(Some((aside, saved)))
    }

    /// Forget the unfinished questionnaire (after the summary is written).
    pub fn clear(&self) -> io::Result<()> {
        match fs::remove_file(self.file()) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests;
