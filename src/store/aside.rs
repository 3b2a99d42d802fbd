//! Setting a file aside: it keeps its content under a new name beside it,
//! `NAME.WHY-YYYY-MM-DD-HHMMSS` (then `-2`, `-3`, ...), never over a file
//! already there, so a second file set aside never replaces the first.

use chrono::{DateTime, FixedOffset};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Move `file` aside as `NAME.WHY-<time>[-N]` in the same folder and return
/// the new name. The new name is made with a hard link, which fails rather
/// than replace a file, and only then is the old name removed.
pub fn set_aside(file: &Path, why: &str, now: &DateTime<FixedOffset>) -> io::Result<PathBuf> {
    let name = file
        .file_name()
        .ok_or_else(|| io::Error::other("a file set aside needs a name"))?
        .to_string_lossy();
    let base = format!("{name}.{why}-{}", now.format("%Y-%m-%d-%H%M%S"));
    for n in 1..10_000 {
        let aside = match n {
            1 => file.with_file_name(&base),
            n => file.with_file_name(format!("{base}-{n}")),
        };
        match fs::hard_link(file, &aside) {
            Ok(()) => {
                fs::remove_file(file)?;
                return Ok(aside);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "every name to set it aside under is taken",
    ))
}

/// Whether a file name is one `set_aside` gave for this name and reason.
pub fn is_set_aside(file_name: &str, name: &str, why: &str) -> bool {
    file_name
        .strip_prefix(name)
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|rest| rest.strip_prefix(why))
        .is_some_and(|rest| rest.starts_with('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_file_set_aside_gets_a_new_name_and_none_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let now = crate::fixtures::noon();
        let file = dir.path().join("state.json");
        let mut names = Vec::new();
        for round in 0..3 {
            fs::write(&file, format!("round {round}")).unwrap();
            names.push(set_aside(&file, "unreadable", &now).unwrap());
            assert!(!file.exists());
        }
        let short: Vec<String> = names
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            short,
            [
                "state.json.unreadable-2026-11-26-120000",
                "state.json.unreadable-2026-11-26-120000-2",
                "state.json.unreadable-2026-11-26-120000-3"
            ]
        );
        for (round, path) in names.iter().enumerate() {
            assert_eq!(fs::read_to_string(path).unwrap(), format!("round {round}"));
            assert!(is_set_aside(&short[round], "state.json", "unreadable"));
        }
        assert!(!is_set_aside("state.json", "state.json", "unreadable"));
    }
}
