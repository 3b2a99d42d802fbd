//! `therapy-choice forget`: every stored trace is listed and removed only
//! after a typed `forget` (a bare Enter or any other word keeps it all);
//! with no terminal to ask in, only `--yes` removes. The summaries in the
//! person's own folder go only with `--summaries`; summaries saved elsewhere
//! with `--out`, and files this program did not make, are never touched.

use expectrl::session::OsSession as Session;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::common::{bin_path, example};
use crate::pty::Pty;
use crate::ready::Output;
use crate::test::Test;

/// The person's own summaries folder in a test's home (HOME is the home).
fn own_summaries(test: &Test) -> PathBuf {
    test.home().path(".local/share/therapy-choice/summaries")
}

/// A home holding a bit of everything: a summary in the own folder, one
/// saved elsewhere, unfinished answers, two states set aside, a save cut
/// short, and a note of the person's own in each folder.
fn a_full_home() -> Test {
    let test = Test::new();
    let state = test.home().state();
    test.again()
        .args(["run", "--answers"])
        .arg(example("first-episode"))
        .run()
        .success();
    let elsewhere = test.home().path("elsewhere");
    test.again()
        .args(["run", "--answers"])
        .arg(example("first-episode"))
        .arg("--out")
        .arg(&elsewhere)
        .run()
        .success();
    std::fs::create_dir_all(&state).unwrap();
    for name in [
        "state.json",
        "state.json.unreadable-2026-12-07-060000",
        "state.json.unreadable-2026-12-07-060000-2",
        ".state-x1y2.part",
    ] {
        std::fs::write(
            state.join(name),
            "{\"answers\": {\"safety.self_harm\": \"yes\"}}",
        )
        .unwrap();
    }
    std::fs::write(state.join("my-notes.txt"), "mine").unwrap();
    std::fs::write(own_summaries(&test).join("letter.txt"), "mine").unwrap();
    test
}

fn names(folder: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

#[test]
fn with_no_terminal_forget_refuses_unless_told_yes_and_removes_nothing() {
    let test = a_full_home();
    let state_before = names(&test.home().state());
    let ran = test
        .again()
        .arg("forget")
        .stdin("forget\n")
        .run()
        .code(2)
        .stdout_has("state.json.unreadable-2026-12-07-060000-2 (answers set aside)")
        .stderr_has("Nothing was removed.")
        .stderr_has("therapy-choice forget --yes");
    assert_eq!(names(&ran.home().state()), state_before);
}

#[test]
fn forget_yes_removes_the_answers_and_what_was_set_aside_but_keeps_summaries() {
    let test = a_full_home();
    let summaries_before = names(&own_summaries(&test));
    let ran = test
        .again()
        .args(["forget", "--yes"])
        .run()
        .success()
        .stdout_has("(your unfinished answers)")
        .stdout_has(".state-x1y2.part (a save that was cut short)")
        .stdout_has("They are removed.")
        .stdout_has("It also holds files that therapy-choice did not make.")
        .stdout_has("To remove them too, run: therapy-choice forget --summaries")
        .stdout_lacks("(a summary)");
    assert_eq!(names(&ran.home().state()), ["my-notes.txt"]);
    assert_eq!(names(&own_summaries(&test)), summaries_before);
}

#[test]
fn forget_summaries_removes_the_own_folder_and_never_one_given_with_out() {
    let test = a_full_home();
    let elsewhere = names(&test.home().path("elsewhere"));
    assert_eq!(elsewhere.len(), 3);
    std::fs::remove_file(test.home().state().join("my-notes.txt")).unwrap();
    test.again()
        .args(["forget", "--summaries", "--yes"])
        .run()
        .success()
        .stdout_has("(a summary)")
        .stdout_has("They are removed.")
        .stdout_has("not touched");
    assert!(
        !test.home().state().exists(),
        "the state folder, lock and all"
    );
    assert_eq!(names(&own_summaries(&test)), ["letter.txt"]);
    assert_eq!(names(&test.home().path("elsewhere")), elsewhere);
    test.again()
        .args(["forget", "--summaries"])
        .run()
        .success()
        .stdout_has("therapy-choice keeps nothing of yours in");
}

/// `forget` in a terminal, HOME the test's home.
fn forget_in_a_terminal(test: &Test) -> Pty {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("while [ \"$(stty size)\" != \"24 80\" ]; do sleep 0.05; done; exec \"$0\" forget")
        .arg(bin_path())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("HOME", test.home().path(""))
        .env("THERAPY_CHOICE_STATE_DIR", test.home().state());
    let mut session = Session::spawn(cmd).unwrap();
    session.get_process_mut().set_window_size(80, 24).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(40)));
    Pty {
        session,
        log: Vec::new(),
    }
}

#[test]
fn in_a_terminal_only_the_typed_word_removes_and_a_bare_enter_keeps_all() {
    let test = a_full_home();
    let state_before = names(&test.home().state());
    for keep in ["\r", "yes\r", "y\r"] {
        let mut pty = forget_in_a_terminal(&test);
        pty.wait("type forget and press Enter");
        pty.keys(keep);
        pty.wait("Nothing was removed.");
        assert_eq!(pty.end(), 0);
        assert_eq!(names(&test.home().state()), state_before, "{keep:?}");
    }
    let mut pty = forget_in_a_terminal(&test);
    pty.wait("type forget and press Enter");
    pty.keys("forget\r");
    pty.wait("They are removed.");
    assert_eq!(pty.end(), 0);
    assert_eq!(names(&test.home().state()), ["my-notes.txt"]);
}

#[test]
fn while_another_copy_holds_the_answers_forget_removes_nothing() {
    let test = a_full_home();
    let state = test.home().state();
    let before = names(&state);
    // flock runs the shell only once it holds the lock; the shell says so.
    let mut holder = Command::new("flock")
        .arg(state.join("state.lock"))
        .args(["sh", "-c", "echo locked; exec sleep 30"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("this test needs flock (util-linux)");
    Output::of(holder.stdout.take().unwrap()).wait_for("locked");
    let ran = test
        .again()
        .args(["forget", "--yes"])
        .run()
        .code(1)
        .stderr_has("Another therapy-choice is already open");
    holder.kill().unwrap();
    holder.wait().unwrap();
    let mut after = names(&ran.home().state());
    after.retain(|name| name != "state.lock");
    assert_eq!(after, before);
}

#[test]
fn a_file_that_cannot_be_removed_is_named_with_why_and_exits_1() {
    let test = a_full_home();
    let state = test.home().state();
    // The lock is there from an earlier start, so it can be taken.
    std::fs::write(state.join("state.lock"), "").unwrap();
    let ran = {
        let _locked = crate::privacy::Unwritable::new(&state);
        test.again().args(["forget", "--yes"]).run()
    };
    let ran = ran
        .code(1)
        .stderr_has("Could not remove 4 files; they are still there:")
        .stdout_lacks("They are removed.");
    assert!(
        ran.stderr()
            .contains(&state.join("state.json").display().to_string()),
        "{}",
        ran.stderr()
    );
    assert!(state.join("state.json").exists());
}
