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
pub(crate) struct Unwritable(PathBuf);

impl Unwritable {
    pub(crate) fn new(folder: &Path) -> Unwritable {
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

// Cause 2: a relative HOME (or XDG folder) puts the answers in the current folder.

#[test]
fn a_relative_home_or_xdg_folder_is_refused_by_name_and_nothing_lands_here() {
    let lines = lines_for("first-episode");
    for var in ["HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"] {
        let test = Test::new();
        let here = test.home().path("here");
        let base = test
            .again()
            .in_folder("here")
            .env("THERAPY_CHOICE_STATE_DIR", "")
            .env(var, "relative/folder");
        // The state folder comes from HOME or XDG_STATE_HOME; the summaries
        // folder, with no --out, from HOME or XDG_DATA_HOME.
        let ran = match var {
            "XDG_DATA_HOME" => base
                .args(["run", "--answers"])
                .arg(crate::common::example("first-episode"))
                .run(),
            _ => base.plain(&lines).run(),
        };
        let err = ran.stderr();
        assert!(
            err.contains(&format!(
                "{var} is set to \"relative/folder\", a relative path"
            )),
            "{var}: {err}"
        );
        let ran = ran.code(2);
        assert!(ran.files().is_empty(), "{var}");
        assert!(
            crate::common::files_in(&here).is_empty(),
            "{var}: {:?}",
            crate::common::files_in(&here)
        );
    }
}

// Cause 3: summaries land in the current folder by default.

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn with_no_out_the_summary_goes_to_a_private_folder_of_ones_own_and_is_said() {
    for xdg in [false, true] {
        let test = Test::new();
        let mut run = test.again().in_folder("here");
        let own = match xdg {
            false => test.home().path(".local/share/therapy-choice/summaries"),
            true => {
                let data = test.home().path("data");
                run = run.env("XDG_DATA_HOME", &data);
                data.join("therapy-choice/summaries")
            }
        };
        // A folder someone made loose before is made private again.
        std::fs::create_dir_all(&own).unwrap();
        std::fs::set_permissions(&own, std::fs::Permissions::from_mode(0o755)).unwrap();
        let ran = run
            .args(["run", "--answers"])
            .arg(crate::common::example("first-episode"))
            .run()
            .success();
        let files = crate::common::files_in(&own);
        assert_eq!(files.len(), 3, "{files:?}");
        assert_eq!(mode(&own), 0o700);
        for file in &files {
            assert_eq!(mode(file), 0o600);
            assert!(
                ran.stdout().contains(&*file.to_string_lossy()),
                "{}",
                ran.stdout()
            );
        }
        assert!(crate::common::files_in(&test.home().path("here")).is_empty());
    }
}
