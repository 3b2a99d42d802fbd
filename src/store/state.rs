//! The unfinished questionnaire, kept on disk after every answer so nothing is
//! lost when a person stops: a private folder (0700) holding state.json (0600,
//! replaced atomically) and a lock file that keeps a second copy of the
//! program from writing the same state.

use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[cfg(unix)]
use std::os::unix::fs::PermissionsExt;

use super::private_folder;

/// The environment variable that moves the state folder (tests use it).
pub const STATE_DIR_VAR: &str = "THERAPY_CHOICE_STATE_DIR";

const STATE: &str = "state.json";
const LOCK: &str = "state.lock";

/// What is kept between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub bank_id: String,
    pub bank_version: String,
    pub bank_hash: String,
    /// When it was last saved, RFC 3339 with the UTC offset.
    pub saved_at: String,
    /// As in an answers file: `{"<id>": value}`.
    pub answers: serde_json::Value,
    /// Questions answered or skipped, so a resumed run does not ask them again.
    pub asked: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error(
        "Another therapy-choice is already open with your unfinished answers (the lock is {}). Finish or close it first.",
        .0.display()
    )]
    Busy(PathBuf),
    #[error("Could not use the folder for unfinished answers, {}: {source}", .folder.display())]
    Folder { folder: PathBuf, source: io::Error },
}

/// The open state folder; the lock is held while this lives.
#[derive(Debug)]
pub struct StateFolder {
    path: PathBuf,
    _lock: File,
}

/// Where unfinished answers are kept: $THERAPY_CHOICE_STATE_DIR, or the
/// platform's state (or local data) folder.
pub fn state_folder_path() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(STATE_DIR_VAR).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("org", "therapy-choice", "therapy-choice")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_path_buf(),
    )
}

impl StateFolder {
    /// Open (and if need be make) the folder and take its lock.
    pub fn open(path: &Path) -> Result<StateFolder, StateError> {
        let folder_error = |source| StateError::Folder {
            folder: path.to_path_buf(),
            source,
        };
        private_folder(path).map_err(folder_error)?;
        let lock_path = path.join(LOCK);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(folder_error)?;
        #[cfg(unix)]
        let _ = lock.set_permissions(fs::Permissions::from_mode(0o600));
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

    /// The saved state, if any. A file that cannot be read is moved aside
    /// (never deleted) and reported.
    pub fn load(&self) -> Result<Option<Saved>, String> {
        let file = self.file();
        let text = match fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(self.set_aside(&e.to_string())),
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| self.set_aside(&e.to_string()))
    }

    fn set_aside(&self, why: &str) -> String {
        let aside = self.path.join("state.json.unreadable");
        let _ = fs::rename(self.file(), &aside);
        format!(
            "Your unfinished answers could not be read ({why}). The file was kept as {}.",
            aside.display()
        )
    }

    /// Replace the saved state atomically.
    pub fn save(&self, saved: &Saved) -> io::Result<()> {
        let mut temp = tempfile::Builder::new()
            .prefix(".state-")
            .suffix(".part")
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

    /// Forget the unfinished questionnaire (after the summary is written).
    pub fn clear(&self) -> io::Result<()> {
        match fs::remove_file(self.file()) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved() -> Saved {
        Saved {
            bank_id: "b".into(),
            bank_version: "1".into(),
            bank_hash: "h".into(),
            saved_at: "2026-11-26T12:00:00+00:00".into(),
            answers: serde_json::json!({"time.commitment": "not_sure"}),
            asked: vec!["time.commitment".into()],
        }
    }

    #[test]
    fn state_is_private_atomic_and_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state");
        let folder = StateFolder::open(&path).unwrap();
        assert_eq!(folder.load().unwrap(), None);
        folder.save(&saved()).unwrap();
        folder.save(&saved()).unwrap();
        assert_eq!(folder.load().unwrap(), Some(saved()));
        #[cfg(unix)]
        {
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&folder.file()), 0o600);
            assert_eq!(mode(&path), 0o700);
        }
        folder.clear().unwrap();
        assert_eq!(folder.load().unwrap(), None);
    }

    #[test]
    fn a_second_opener_is_told_the_state_is_busy() {
        let dir = tempfile::tempdir().unwrap();
        let _first = StateFolder::open(dir.path()).unwrap();
        assert!(matches!(
            StateFolder::open(dir.path()),
            Err(StateError::Busy(_))
        ));
    }

    #[test]
    fn an_unreadable_state_is_kept_aside_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let folder = StateFolder::open(dir.path()).unwrap();
        fs::write(folder.file(), "{ half").unwrap();
        let message = folder.load().unwrap_err();
        assert!(message.contains("could not be read"));
        assert!(dir.path().join("state.json.unreadable").exists());
        assert_eq!(folder.load().unwrap(), None);
    }
}
