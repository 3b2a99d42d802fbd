//! Private, atomic file writing: folders 0700, files 0600, each written to a
//! temporary file in the same folder and then linked into place, never over an
//! existing file (or a symbolic link).

pub mod aside;
pub mod places;
pub mod state;
pub mod traces;

use chrono::{DateTime, FixedOffset};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};

/// Whether a folder can be used or made: a file or a link to nothing in its
/// place is named as such (rather than "File exists").
pub fn folder_usable(folder: &Path) -> io::Result<()> {
    if folder.is_dir() {
        return Ok(());
    }
    if let Ok(meta) = folder.symlink_metadata() {
        let what = if meta.file_type().is_symlink() && folder.metadata().is_err() {
            "it is a symbolic link to something that is not there, not a folder"
        } else {
            "it is a file, not a folder"
        };
        return Err(io::Error::new(io::ErrorKind::AlreadyExists, what));
    }
    Ok(())
}

/// Make the folder (and any missing parents) private to this user.
pub fn private_folder(folder: &Path) -> io::Result<()> {
    folder_usable(folder)?;
    if folder.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(folder)
}

/// Make the person's own folder (the default for summaries) and keep it
/// private: 0700 even if it was made looser before.
pub fn own_folder(folder: &Path) -> io::Result<()> {
    private_folder(folder)?;
    #[cfg(unix)]
    {
        let mode = fs::metadata(folder)?.permissions().mode();
        if mode & 0o077 != 0 {
            fs::set_permissions(folder, fs::Permissions::from_mode(0o700))?;
        }
    }
    Ok(())
}

/// Write one hidden temporary file (mode 0600) in `folder`, durable on disk.
fn write_temp(folder: &Path, content: &[u8]) -> io::Result<NamedTempFile> {
    let mut temp = tempfile::Builder::new()
        .prefix(".therapy-choice-")
        .suffix(".part")
        .tempfile_in(folder)?;
    #[cfg(unix)]
    temp.as_file()
        .set_permissions(fs::Permissions::from_mode(0o600))?;
    temp.write_all(content)?;
    temp.as_file().sync_all()?;
    Ok(temp)
}

/// Give every written file its name, never over an existing file (or a
/// link). On a clash, the names already given are taken back and that file's
/// temporary is gone, so it is written again for the next name.
fn publish(temps: &mut [Option<NamedTempFile>], paths: &[PathBuf]) -> io::Result<()> {
    let mut done: Vec<&PathBuf> = Vec::new();
    for (temp, path) in temps.iter_mut().zip(paths) {
        let Some(file) = temp.take() else {
            return Err(io::Error::other("a summary file was not written"));
        };
        match file.persist_noclobber(path) {
            Ok(_) => done.push(path),
            Err(e) => {
                *temp = Some(e.file);
                for p in done {
                    // Cleaning up after a failed write: the write's own error is the one to report.
                    let _ = fs::remove_file(p);
                }
                return Err(e.error);
            }
        }
    }
    Ok(())
}

/// Make the names written in a folder durable (once, after all its files).
fn sync_folder(folder: &Path) {
    if let Ok(dir) = fs::File::open(folder) {
        // Some file systems cannot sync a folder; the files themselves are already synced.
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
thread_local! {
    /// Called after each temporary file is written (tests raise a signal here).
    pub(crate) static BETWEEN_FILES: std::cell::Cell<Option<fn()>> = const { std::cell::Cell::new(None) };
}

/// Save the files of one summary under a shared, unused name
/// `therapy-choice-YYYY-MM-DD-HHMMSS[-N].EXT`. All of them are written first
/// and only then named, so that the caller, holding signals off meanwhile
/// (`interrupt::hold_signals`), leaves either every file or none, and no
/// hidden temporary. Returns the paths written.
pub fn save_summary(
    folder: &Path,
    created: &DateTime<FixedOffset>,
    files: &[(&str, &str)],
) -> io::Result<Vec<PathBuf>> {
    private_folder(folder)?;
    let base = format!("therapy-choice-{}", created.format("%Y-%m-%d-%H%M%S"));
    let mut temps: Vec<Option<NamedTempFile>> = files.iter().map(|_| None).collect();
    for n in 1..10_000 {
        for (temp, (_, content)) in temps.iter_mut().zip(files) {
            if temp.is_none() {
                *temp = Some(write_temp(folder, content.as_bytes())?);
                #[cfg(test)]
                if let Some(hook) = BETWEEN_FILES.get() {
                    hook();
                }
            }
        }
        let stem = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let paths: Vec<PathBuf> = files
            .iter()
            .map(|(ext, _)| folder.join(format!("{stem}.{ext}")))
            .collect();
        if paths.iter().any(|p| p.symlink_metadata().is_ok()) {
            continue;
        }
        match publish(&mut temps, &paths) {
            Ok(()) => {
                sync_folder(folder);
                return Ok(paths);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "every summary name for this second is taken",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::noon;

    #[test]
    fn two_saves_in_one_second_get_distinct_names_and_private_modes() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new");
        let first = save_summary(&out, &noon(), &[("md", "one"), ("json", "{}")]).unwrap();
        let second = save_summary(&out, &noon(), &[("md", "two"), ("json", "{}")]).unwrap();
        assert_eq!(
            first[0].file_name().unwrap(),
            "therapy-choice-2026-11-26-120000.md"
        );
        assert_eq!(
            second[0].file_name().unwrap(),
            "therapy-choice-2026-11-26-120000-2.md"
        );
        assert_eq!(fs::read_to_string(&first[0]).unwrap(), "one");
        assert_eq!(fs::read_to_string(&second[0]).unwrap(), "two");
        #[cfg(unix)]
        {
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&first[0]), 0o600);
            assert_eq!(mode(&second[1]), 0o600);
            assert_eq!(mode(&out), 0o700);
        }
        let leftovers: Vec<_> = fs::read_dir(&out)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".part")
            })
            .collect();
        assert!(leftovers.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_in_the_way_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, "keep me").unwrap();
        std::os::unix::fs::symlink(
            &victim,
            dir.path().join("therapy-choice-2026-11-26-120000.md"),
        )
        .unwrap();
        let written = save_summary(dir.path(), &noon(), &[("md", "new")]).unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me");
        assert_eq!(
            written[0].file_name().unwrap(),
            "therapy-choice-2026-11-26-120000-2.md"
        );
    }
}
