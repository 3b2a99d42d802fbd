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

use crate::common::{assert_same_as_example, bin_path, example_answers, steps};

const DOWN: &str = "\x1b[B";
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

/// The keys that give this answer, starting from a fresh question (nothing
/// chosen: the first arrow down lands on the first option).
pub fn keys(bank: &Bank, id: &str, answer: Option<&Answer>) -> String {
    let q = bank.question(id).unwrap();
    let position = |id: &str| q.kind.options().iter().position(|o| o.id == id).unwrap();
    match (&q.kind, answer) {
        (Kind::Single { .. }, Some(Answer::Choice(c))) => DOWN.repeat(position(c) + 1) + "\r",
        (Kind::Multi { options }, Some(Answer::Choices(ids))) => {
            let mut k = DOWN.to_string();
            for o in options {
                if ids.contains(&o.id) {
                    k.push(' ');
                }
                k.push_str(DOWN);
            }
            k + "\r"
        }
        (Kind::YesNo, Some(Answer::YesNo(b))) => DOWN.repeat(if *b { 1 } else { 2 }) + "\r",
        (Kind::Scale { min, .. }, Some(Answer::Scale(n))) => {
            DOWN.repeat((n - min) as usize + 1) + "\r"
        }
        (_, Some(Answer::Number(n))) => format!("{n}\r"),
        (_, Some(Answer::DontKnow)) => "?\r".into(),
        (_, Some(Answer::Text(t))) => format!("{t}\r"),
        (_, None) => "\r".into(),
        _ => panic!("no keys for {id}"),
    }
}

/// Wait until a page is drawn to its end, paging through a long one.
pub fn pass_page_wait(session: &mut Session, urgent: bool) {
    loop {
        let found = match session.expect(expectrl::Regex(
            "shows more|Press Enter to go on\\.|type c\\.",
        )) {
            Ok(found) => found,
            Err(e) => {
                let mut rest = Vec::new();
                let _ = std::io::Read::read_to_end(&mut *session, &mut rest);
                panic!(
                    "waiting for a page: {e:?} {}",
                    String::from_utf8_lossy(&rest)
                );
            }
        };
        let text = String::from_utf8_lossy(found.get(0).unwrap()).to_string();
        if text.contains("shows more") {
            session.send(" ").unwrap();
            continue;
        }
        assert_eq!(text.contains("type c"), urgent, "{text}");
        return;
    }
}

/// Go on from a page drawn to its end: Enter, or a typed c on the safety page.
pub fn pass_page_go(session: &mut Session, urgent: bool) {
    session.send(if urgent { "c" } else { "\r" }).unwrap();
}

pub fn send(session: &mut Session, keys: &str) {
    for chunk in key_chunks(keys) {
        session.send(chunk).unwrap();
    }
}

/// The keys one at a time, each escape sequence whole (ESC [, its numbers,
/// and its last character, as in PageUp's `ESC [ 5 ~`), so that an arrow or
/// PageUp is never read as Esc and some characters, however slow the machine.
fn key_chunks(keys: &str) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let len = match rest.strip_prefix("\x1b[") {
            Some(after) => {
                let params = after
                    .find(|c: char| !(c.is_ascii_digit() || c == ';'))
                    .unwrap_or(after.len());
                let last = after[params..].chars().next().map_or(0, char::len_utf8);
                2 + params + last
            }
            None => c.len_utf8(),
        };
        chunks.push(&rest[..len]);
        rest = &rest[len..];
    }
    chunks
}

#[test]
fn escape_sequences_are_sent_whole() {
    assert_eq!(
        key_chunks("a\x1b[5~\x1b[B\x1b\r\x1b[1;5C"),
        ["a", "\x1b[5~", "\x1b[B", "\x1b", "\r", "\x1b[1;5C"]
    );
}

/// Walk the whole flow for an example, going back once with Esc.
fn walk_example(session: &mut Session, name: &str) {
    let bank = crate::common::bank();
    let answers = example_answers(name);
    let mut went_back = false;
    let mut previous: Option<(String, String)> = None;
    for step in steps(&answers) {
        match step {
            Step::Page(page) => {
                pass_page_wait(session, page.urgent);
                pass_page_go(session, page.urgent);
                previous = None;
            }
            Step::Question { id, progress, sign } => {
                if let Err(e) = session.expect(progress.as_str()) {
                    let mut rest = Vec::new();
                    let _ = std::io::Read::read_to_end(&mut *session, &mut rest);
                    panic!(
                        "waiting for {progress} ({id}): {e:?}\n{}",
                        String::from_utf8_lossy(&rest)
                    );
                }
                let q = bank.question(&id).unwrap();
                if let (false, Kind::Single { .. }, Some((previous_id, previous_progress))) =
                    (went_back, &q.kind, previous.clone())
                {
                    // Esc returns to the previous question with its answer
                    // kept; Enter keeps it, and we come back here.
                    session.send(ESC).unwrap();
                    session.expect(previous_progress.as_str()).unwrap();
                    let pq = bank.question(&previous_id).unwrap();
                    assert!(!matches!(pq.kind, Kind::Multi { .. }));
                    session.send("\r").unwrap();
                    session.expect(progress.as_str()).unwrap();
                    went_back = true;
                }
                // An amount is typed with its money sign where the flow took it.
                let typed = sign.unwrap_or_default() + &keys(bank, &id, answers.get(&id));
                send(session, &typed);
                // The safety question is never offered with an earlier answer.
                previous = (!bank.about_safety(q)).then_some((id, progress));
            }
        }
    }
    session.expect("Finish and save my summary").unwrap();
    session.send(DOWN).unwrap();
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
        assert_same_as_example(out.path(), name, name);
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
    session.expect("Question 1 of").unwrap();
    session.send("\x03").unwrap();
    let rest = session.expect(Eof).unwrap();
    let tail = String::from_utf8_lossy(rest.get(0).unwrap()).to_string();
    assert_eq!(
        // Nothing is answered yet, so nothing is claimed as saved.
        tail.matches("Stopped. Nothing was saved.").count(),
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
/// time, with where the files are saved at its end) until the last saved
/// file, the JSON record, is named. Returns the screens seen.
pub fn read_result_to_the_end(session: &mut Session) -> usize {
    let mut screens = 1;
    loop {
        let found = session
            .expect(expectrl::Regex(
                "Space or Enter: more|therapy-choice-[0-9-]+\\.json",
            ))
            .unwrap_or_else(|e| {
                let mut rest = Vec::new();
                let _ = std::io::Read::read_to_end(&mut *session, &mut rest);
                panic!(
                    "paging the result: {e:?} {:?}",
                    String::from_utf8_lossy(&rest)
                )
            });
        if found.matches().any(|m| m.ends_with(b".json")) {
            return screens;
        }
        screens += 1;
        session.send(" ").unwrap();
    }
}
