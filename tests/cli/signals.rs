//! Signals in a real terminal give their documented exit code every time:
//! SIGTERM 143, SIGHUP 129, SIGINT 130, with one goodbye and the cursor
//! shown. Each is sent 20 times at the first screen, where the program waits
//! for a key (the race once gave 130 for SIGTERM and SIGHUP).

use expectrl::process::unix::{Signal, WaitStatus};
use expectrl::{Eof, Expect};

use crate::common::{files_in, fresh_state_dir};
use crate::terminal::spawn_with;

fn stopped_by(signal: Signal, code: i32) {
    for round in 0..20 {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let mut session = spawn_with(&out, &fresh_state_dir());
        session.expect("Press Enter to go on.").unwrap();
        session.get_process_mut().kill(signal).unwrap();
        let rest = session.expect(Eof).unwrap();
        let tail = String::from_utf8_lossy(rest.get(0).unwrap()).into_owned();
        let status = session.get_process().wait().unwrap();
        assert_eq!(
            status,
            WaitStatus::Exited(session.get_process().pid(), code),
            "{signal:?}, round {round}: {tail:?}"
        );
        assert_eq!(tail.matches("Stopped.").count(), 1, "{signal:?}: {tail:?}");
        assert!(tail.contains("\x1b[?25h"), "the cursor is shown: {tail:?}");
        assert!(files_in(&out).is_empty());
    }
}

#[test]
fn sigterm_gives_143_every_time() {
    stopped_by(Signal::SIGTERM, 143);
}

#[test]
fn sighup_gives_129_every_time() {
    stopped_by(Signal::SIGHUP, 129);
}

#[test]
fn sigint_gives_130_every_time() {
    stopped_by(Signal::SIGINT, 130);
}
