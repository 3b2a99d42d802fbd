//! Where this program keeps things on the person's computer: the unfinished
//! answers (the platform's state folder, `~/.local/state/therapy-choice` on
//! Linux) and, unless `--out` says otherwise, the summaries (the platform's
//! data folder, `~/.local/share/therapy-choice/summaries`). Each comes from
//! HOME or an XDG variable; one set to a relative path would put health data
//! wherever the program happens to be run, so it is refused by name.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The environment variable that moves the state folder (tests use it).
pub const STATE_DIR_VAR: &str = "THERAPY_CHOICE_STATE_DIR";

/// A folder variable set to a relative path.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(
    "{var} is set to \"{value}\", a relative path, so your answers and summaries would be kept in whatever folder therapy-choice is run from. Set {var} to a full path (one that starts with /), or unset it."
)]
pub struct Relative {
    pub var: &'static str,
    pub value: String,
}

/// The variable's value as a folder, if it is set (an empty one counts as
/// unset, as the XDG rules say); a relative one is refused.
fn absolute(var: &'static str) -> Result<Option<PathBuf>, Relative> {
    let Some(value) = std::env::var_os(var).filter(|v: &OsString| !v.is_empty()) else {
        return Ok(None);
    };
    if Path::new(&value).is_absolute() {
        Ok(Some(PathBuf::from(value)))
    } else {
        Err(Relative {
            var,
            value: crate::render::neutral(&value.to_string_lossy()),
        })
    }
}

fn project() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "therapy-choice", "therapy-choice")
}

/// Where unfinished answers are kept: $THERAPY_CHOICE_STATE_DIR, or the
/// platform's state (or local data) folder. None without a home folder.
pub fn state_folder() -> Result<Option<PathBuf>, Relative> {
    if let Some(dir) = absolute(STATE_DIR_VAR)? {
        return Ok(Some(dir));
    }
    absolute("HOME")?;
    absolute("XDG_STATE_HOME")?;
    Ok(project().map(|dirs| {
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_path_buf()
    }))
}

/// The person's own private folder for summaries, used when no `--out` is
/// given. None without a home folder.
pub fn summaries_folder() -> Result<Option<PathBuf>, Relative> {
    absolute("HOME")?;
    absolute("XDG_DATA_HOME")?;
    Ok(project().map(|dirs| dirs.data_dir().join("summaries")))
}
