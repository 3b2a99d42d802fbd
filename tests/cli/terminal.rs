//! The terminal flow in a pseudo-terminal: arrow keys, Space, Enter, typed
//! numbers, Esc for back; the same record as the answers file; Ctrl-C.

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession as Session;
use expectrl::{Eof, Expect};
use std::process::Command;
use std::time::Duration;

use therapy_choice::answers::Answer;
use therapy_choice::ask::Step;
use therapy_choice::bank::{Bank, Kind};

use crate::common::{assert_same_record, bin_path, example_answers, steps};

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ESC: &str = "\x1b";

fn spawn(out: &std::path::Path) -> Session {
    spawn_with(out, &crate::common::fresh_state_dir())
}

/// The program in a pseudo-terminal, keeping unfinished answers in `state`.
pub fn spawn_with(out: &std::path::Path, state: &std::path::Path) -> Session {
    let mut cmd = Command::new(bin_path());
    cmd.arg("--out")
        .arg(out)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("THERAPY_CHOICE_STATE_DIR", state);
    let mut session = Session::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session
}

/// Move a menu cursor from `from` to `to`.
fn moves(from: usize, to: usize) -> String {
    if to >= from {
        DOWN.repeat(to - from)
    } else {
        UP.repeat(from - to)
    }
}

/// The keys that give this answer, starting from a fresh question.
pub fn keys(bank: &Bank, id: &str, answer: Option<&Answer>) -> String {
    let q = bank.question(id).unwrap();
    let position = |id: &str| q.kind.options().iter().position(|o| o.id == id).unwrap();
    match (&q.kind, answer) {
        (Kind::Single { .. }, Some(Answer::Choice(c))) => moves(0, position(c)) + "\r",
        (Kind::Multi { options }, Some(Answer::Choices(ids))) => {
            let mut k = String::new();
            for o in options {
                if ids.contains(&o.id) {
                    k.push(' ');
                }
                k.push_str(DOWN);
            }
            k + "\r"
        }
        (Kind::YesNo, Some(Answer::YesNo(b))) => moves(0, if *b { 0 } else { 1 }) + "\r",
        (Kind::Scale { min, max, .. }, Some(Answer::Scale(n))) => {
            moves(((max - min) / 2) as usize, (n - min) as usize) + "\r"
        }
        (_, Some(Answer::Number(n))) => format!("{n}\r"),
        (_, Some(Answer::DontKnow)) => "?\r".into(),
        (_, Some(Answer::Text(t))) => format!("{t}\r"),
        (_, None) => "\r".into(),
        _ => panic!("no keys for {id}"),
    }
}

pub fn send(session: &mut Session, keys: &str) {
    // Send escape sequences whole, so an arrow is never read as Esc.
    for chunk in keys.split_inclusive(|c: char| c != '\x1b' && c != '[') {
        session.send(chunk).unwrap();
    }
}

/// Walk the whole flow for an example, going back once with Esc.
fn walk_example(session: &mut Session, name: &str) {
    let bank = Bank::embedded().unwrap();
    let answers = example_answers(name);
    let mut went_back = false;
    let mut previous: Option<(String, String)> = None;
    for step in steps(&answers) {
        match step {
            Step::Page(_) => {
                if let Err(e) = session.expect("Press Enter to go on.") {
                    let mut rest = Vec::new();
                    let _ = std::io::Read::read_to_end(&mut *session, &mut rest);
                    let status = session.get_process().wait();
                    panic!(
                        "waiting for a page: {e:?} {status:?} {}",
                        String::from_utf8_lossy(&rest)
                    );
                }
                session.send("\r").unwrap();
            }
            Step::Question { id, progress } => {
                if let Err(e) = session.expect(progress.as_str()) {
                    let mut rest = Vec::new();
                    let _ = std::io::Read::read_to_end(&mut *session, &mut rest);
                    panic!(
                        "waiting for {progress} ({id}): {e:?}\n{}",
                        String::from_utf8_lossy(&rest)
                    );
                }
                let q = bank.question(&id).unwrap();
                if !went_back && matches!(q.kind, Kind::Single { .. }) && previous.is_some() {
                    // Esc returns to the previous question with its answer kept;
                    // Enter keeps it, and we come back here.
                    let (previous_id, previous_progress) = previous.clone().unwrap();
                    session.send(ESC).unwrap();
                    session.expect(previous_progress.as_str()).unwrap();
                    let pq = bank.question(&previous_id).unwrap();
                    assert!(!matches!(pq.kind, Kind::Multi { .. }));
                    session.send("\r").unwrap();
                    if pq.safety && answers.get(&previous_id) == Some(&Answer::YesNo(true)) {
                        session.expect("Press Enter to go on.").unwrap();
                        session.send("\r").unwrap();
                    }
                    session.expect(progress.as_str()).unwrap();
                    went_back = true;
                }
                send(session, &keys(&bank, &id, answers.get(&id)));
                previous = Some((id, progress));
            }
        }
    }
    session.expect("Finish and save my summary").unwrap();
    session.send("\r").unwrap();
    read_result_to_the_end(session);
    session.expect(Eof).unwrap();
    assert!(went_back, "the walk never pressed Esc");
}

#[test]
fn the_terminal_flow_gives_the_same_record_as_the_answers_file() {
    for name in ["first-episode", "long-standing-patterns"] {
        let out = tempfile::tempdir().unwrap();
        let mut session = spawn(out.path());
        walk_example(&mut session, name);
        let file_out = tempfile::tempdir().unwrap();
        crate::common::run_example(name, file_out.path());
        assert_same_record(out.path(), file_out.path(), name);
    }
}

#[test]
fn ctrl_c_exits_130_and_leaves_the_cursor_shown() {
    let out = tempfile::tempdir().unwrap();
    let mut session = spawn(out.path());
    session.expect("Press Enter to go on.").unwrap();
    let pages = steps(&example_answers("first-episode"))
        .iter()
        .take_while(|step| matches!(step, Step::Page(_)))
        .count();
    for _ in 0..pages {
        session.send("\r").unwrap();
    }
    session.expect("question 1 of").unwrap();
    session.send("\x03").unwrap();
    let rest = session.expect(Eof).unwrap();
    let tail = String::from_utf8_lossy(rest.get(0).unwrap()).to_string();
    assert_eq!(
        tail.matches("Stopped. Your answers so far are saved.")
            .count(),
        1,
        "{tail:?}"
    );
    assert!(
        tail.trim_end_matches(['\r', '\n']).ends_with("\x1b[?25h"),
        "{tail:?}"
    );
    let status = session.get_process().wait().unwrap();
    assert_eq!(status, WaitStatus::Exited(session.get_process().pid(), 130));
    assert!(crate::common::files_in(out.path()).is_empty());
}

/// The opening screen's bytes with these options and environment.
fn opening_bytes(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new(bin_path());
    cmd.args(args)
        .env_remove("NO_COLOR")
        .env("TERM", "xterm")
        .env("THERAPY_CHOICE_STATE_DIR", crate::common::fresh_state_dir());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut session = Session::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let found = session.expect("Press Enter to go on.").unwrap();
    let text = String::from_utf8_lossy(found.before()).to_string();
    let _ = session
        .get_process_mut()
        .kill(expectrl::process::unix::Signal::SIGKILL);
    text
}

#[test]
fn colour_follows_the_color_flag_and_no_color() {
    const BOLD: &str = "\x1b[1m";
    assert!(opening_bytes(&["--color", "always"], &[]).contains(BOLD));
    assert!(!opening_bytes(&["--color", "never"], &[("CLICOLOR_FORCE", "1")]).contains(BOLD));
    assert!(!opening_bytes(&[], &[("NO_COLOR", "1")]).contains(BOLD));
    assert!(opening_bytes(&[], &[("CLICOLOR_FORCE", "1")]).contains(BOLD));
}

/// Page through the result screen to the end (it is shown a screen at a
/// time) until the saved files are named. Returns the screens seen.
pub fn read_result_to_the_end(session: &mut Session) -> usize {
    let mut screens = 1;
    loop {
        let found = session
            .expect(expectrl::Regex(
                "Press Enter for more|Your summary is saved",
            ))
            .unwrap();
        if found.matches().any(|m| m.starts_with(b"Your summary")) {
            return screens;
        }
        screens += 1;
        session.send("\r").unwrap();
    }
}
