//! Hostile faults, round three: nothing kept is ever lost. A file set aside
//! is never replaced by the next one; a signal during a save (made slow by
//! strace's fault injection, which delays fsync) never loses the newest
//! answer nor changes the exit code; a save cut short by SIGKILL is picked up
//! by the next start. No test waits on a clock: each polls for the file the
//! program is writing, then acts.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Output};

use crate::common::{files_in, lines_for};
use crate::test::Test;

/// strace's words to run the binary with `fault` injected into fsync.
fn strace(fault: &str) -> Vec<String> {
    assert!(
        std::process::Command::new("strace")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success()),
        "these tests need strace (apt-get install strace)"
    );
    [
        "strace",
        "-f",
        "-qq",
        "-o",
        "/dev/null",
        "-e",
        "trace=fsync",
        "-e",
    ]
    .iter()
    .map(|w| w.to_string())
    .chain([fault.to_string()])
    .collect()
}

use crate::ready::until as poll;

/// The program strace started, by its process id.
fn tracee(strace: &Child) -> i32 {
    let children = format!("/proc/{0}/task/{0}/children", strace.id());
    poll("the traced program", || {
        std::fs::read_to_string(&children)
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    })
}

/// A hidden file being written in `folder` (its name starting with
/// `prefix`), once it holds a whole JSON value or something at all.
fn written(folder: &Path, prefix: &str, whole_json: bool) -> (PathBuf, String) {
    poll(&format!("a {prefix}* file in {}", folder.display()), || {
        files_in(folder).into_iter().find_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            if !name.starts_with(prefix) || !name.ends_with(".part") {
                return None;
            }
            let text = std::fs::read_to_string(&p).ok()?;
            let ready = match whole_json {
                true => serde_json::from_str::<serde_json::Value>(&text).is_ok(),
                false => !text.is_empty(),
            };
            ready.then_some((p, text))
        })
    })
}

fn send(child: &mut Child, lines: &[String]) {
    let stdin = child.stdin.as_mut().unwrap();
    for line in lines {
        writeln!(stdin, "{line}").unwrap();
    }
    stdin.flush().unwrap();
}

fn signal(pid: i32, signal: i32) {
    // SAFETY: kill sends a signal to a process this test started.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
}

fn hidden_parts(folder: &Path) -> Vec<PathBuf> {
    files_in(folder)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "part"))
        .collect()
}

fn answers_in(text: &str) -> serde_json::Map<String, serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["answers"].as_object().unwrap().clone()
}

fn said(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

// Cause 1: a second file set aside replaces the first.

#[test]
fn every_unreadable_state_is_set_aside_under_a_new_name_the_message_gives() {
    let test = Test::new();
    let state = test.home().state();
    std::fs::create_dir_all(&state).unwrap();
    let mut kept: Vec<PathBuf> = Vec::new();
    for round in 0..3 {
        std::fs::write(state.join("state.json"), format!("{{ cut {round}")).unwrap();
        let ran = test.again().plain(&[] as &[&str]).run();
        let out = ran.stdout();
        let new: Vec<PathBuf> = files_in(&state)
            .into_iter()
            .filter(|p| p.to_string_lossy().contains("state.json.unreadable"))
            .filter(|p| !kept.contains(p))
            .collect();
        assert_eq!(new.len(), 1, "round {round}: {new:?}");
        let name = new[0].file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            out.contains(&name),
            "round {round}: {name} not said in {out}"
        );
        kept.extend(new);
    }
    for (round, path) in kept.iter().enumerate() {
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            format!("{{ cut {round}")
        );
    }
}

// Cause 2: SIGTERM while an answer is being saved says "saved" but loses it.

/// A questionnaire begun and stopped in `test`'s home, and the lines that
/// go on from it: the answers kept, and "continue", the safety answer again
/// and the next answers.
fn begun(test: &Test) -> (serde_json::Map<String, serde_json::Value>, Vec<String>) {
    let lines = lines_for("first-episode");
    test.again().plain(&lines[..5]).run().code(1);
    let state = test.home().state().join("state.json");
    let before = answers_in(&std::fs::read_to_string(state).unwrap());
    let mut rest = vec!["y".to_string(), lines[0].clone()];
    rest.extend_from_slice(&lines[5..9]);
    (before, rest)
}

/// The hidden save being written that holds more answers than `before`.
fn newer_save(state: &Path, before: usize) -> serde_json::Map<String, serde_json::Value> {
    poll("a save with a new answer", || {
        let (_, text) = written(state, ".state-", true);
        let answers = answers_in(&text);
        (answers.len() > before).then_some(answers)
    })
}

#[test]
fn a_sigterm_during_a_slow_autosave_keeps_the_newest_answer_and_says_so() {
    let test = Test::new();
    let state = test.home().state();
    let (before, rest) = begun(&test);
    // From the second save on (the first new answer), each fsync waits two seconds.
    let mut child = test
        .again()
        .under(&strace("inject=fsync:delay_enter=2000000:when=2+"))
        .plain(&[] as &[&str])
        .spawn();
    send(&mut child, &rest);
    let newest = newer_save(&state, before.len());
    signal(tracee(&child), libc::SIGTERM);
    let output = child.wait_with_output().unwrap();
    let err = said(&output);
    assert_eq!(output.status.code(), Some(143), "{err}");
    assert!(err.contains("Your answers so far are saved"), "{err}");
    let kept = answers_in(&std::fs::read_to_string(state.join("state.json")).unwrap());
    for (id, answer) in &newest {
        assert_eq!(kept.get(id), Some(answer), "{id} was lost: kept {kept:?}");
    }
    assert!(hidden_parts(&state).is_empty(), "{:?}", files_in(&state));
}

// Cause 2, the kill test's case: SIGKILL cannot be waited for, so the next
// start finds the whole save left in its hidden file and goes on from it.

#[test]
fn a_save_cut_short_by_sigkill_is_picked_up_by_the_next_start() {
    let test = Test::new();
    let state = test.home().state();
    let (before, rest) = begun(&test);
    let mut child = test
        .again()
        .under(&strace("inject=fsync:delay_enter=5000000:when=2+"))
        .plain(&[] as &[&str])
        .spawn();
    send(&mut child, &rest);
    let newest = newer_save(&state, before.len());
    signal(tracee(&child), libc::SIGKILL);
    child.wait().unwrap();
    assert_eq!(
        answers_in(&std::fs::read_to_string(state.join("state.json")).unwrap()),
        before,
        "the killed save was already in place"
    );
    // The next start offers the newest answers; the input ends there.
    let ran = test.again().plain(&[] as &[&str]).run().code(1);
    assert!(
        ran.stdout()
            .contains(&format!("You have {} of", newest.len())),
        "{}",
        ran.stdout()
    );
    let kept = answers_in(&std::fs::read_to_string(state.join("state.json")).unwrap());
    assert_eq!(kept, newest);
    assert!(hidden_parts(&state).is_empty(), "{:?}", files_in(&state));
}

// Cause 3: SIGTERM while the summary is written exits 0 some of the time.

/// How many times a whole plain run of `lines` calls fsync.
fn fsyncs_in_a_run(lines: &[String]) -> usize {
    let test = Test::new();
    let log = test.home().path("fsync.log");
    let log_arg = log.to_string_lossy().into_owned();
    test.again()
        .under(&["strace", "-f", "-qq", "-o", &log_arg, "-e", "trace=fsync"])
        .plain(lines)
        .run()
        .success();
    std::fs::read_to_string(&log)
        .unwrap()
        .matches("fsync(")
        .count()
}

#[test]
fn a_sigterm_during_the_summary_write_gives_143_and_whole_files_every_time() {
    let lines = lines_for("first-episode");
    // The summary's three files and their folder are synced last.
    let first_summary_sync = fsyncs_in_a_run(&lines) - 3;
    let mut rounds = Vec::new();
    for _ in 0..4 {
        let test = Test::new();
        let out = test.home().out();
        let fault = format!("inject=fsync:delay_enter=500000:when={first_summary_sync}+");
        let mut child = test
            .again()
            .under(&strace(&fault))
            .plain(&[] as &[&str])
            .spawn();
        send(&mut child, &lines);
        written(&out, ".therapy-choice-", false);
        signal(tracee(&child), libc::SIGTERM);
        let output = child.wait_with_output().unwrap();
        let names: Vec<String> = files_in(&out)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        rounds.push((output.status.code(), said(&output), names));
    }
    let codes: Vec<Option<i32>> = rounds.iter().map(|r| r.0).collect();
    assert_eq!(codes, [Some(143); 4], "{rounds:?}");
    for (_, err, names) in rounds {
        assert_eq!(err.matches("Stopped.").count(), 1, "{err}");
        assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
        assert!(names.is_empty() || names.len() == 3, "{names:?}");
        for name in names {
            assert!(err.contains(&name), "{name} not said: {err}");
        }
    }
}
