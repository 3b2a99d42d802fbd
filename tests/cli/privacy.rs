//! Hostile faults, round three: no health data left behind in silence or put
//! where the person did not choose. Answers that cannot be removed at the end
//! are said, with their path; relative HOME and XDG folders are refused by
//! name; summaries go to a private folder of the person's own by default.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::lines_for;
use crate::test::Test;

/// A folder nobody can change while this lives: 0500, and for root (whom
/// modes do not stop) immutable as well.
struct Unwritable(PathBuf);

impl Unwritable {
    fn new(folder: &Path) -> Unwritable {
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o500)).unwrap();
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } == 0 {
            let made = Command::new("chattr").arg("+i").arg(folder).status();
            assert!(
                made.is_ok_and(|s| s.success()),
                "as root, this test needs chattr +i to make a folder unwritable"
            );
        }
        Unwritable(folder.to_path_buf())
    }
}

impl Drop for Unwritable {
    fn drop(&mut self) {
        if unsafe { libc::geteuid() } == 0 {
            let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
        }
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o700));
    }
}

// Cause 1: answers left behind in silence when the state folder is read-only.

#[test]
fn answers_that_cannot_be_removed_at_the_end_are_said_with_their_path() {
    let lines = lines_for("first-episode");
    let first = Test::new().plain(&lines[..5]).run().code(1);
    let state = first.home().state();
    let saved = state.join("state.json");
    assert!(saved.exists());
    let mut rest = vec!["y".to_string(), lines[0].clone()];
    rest.extend_from_slice(&lines[5..]);
    let ran = {
        let _locked = Unwritable::new(&state);
        first.again().plain(&rest).run()
    };
    let err = ran.stderr();
    assert_eq!(ran.files().len(), 3, "the summary is still saved: {err}");
    assert!(
        err.contains("your unfinished answers could not be removed"),
        "{err}"
    );
    assert!(err.contains(&*saved.to_string_lossy()), "{err}");
    let ran = ran.code(1);
    assert!(!ran.stderr().contains("panicked"));
}
