//! "Right now: yes" in the real terminal: the act-now lines come at once,
//! and only a typed h or c leaves them (a bare Enter or Space does not, and
//! the last screen keeps its own footer when it says so).

use std::time::Duration;

use crate::pty::{DOWN, Pty, last_screen, screens};
use crate::test::Home;

/// Say yes to the safety question, go on from its page, say yes to "right now".
fn to_act_now(pty: &mut Pty) {
    pty.pass_page();
    pty.wait("I'd rather not say");
    pty.keys(&format!("{DOWN}\r"));
    pty.pass_page();
    pty.wait("right now\\?");
    pty.wait("I'd rather not say");
    pty.keys(&format!("{DOWN}\r"));
}

/// Page to the act-now page's last screen.
fn to_last_screen(pty: &mut Pty) {
    loop {
        let found = pty.wait("shows more|Type h for");
        if found.contains("Type h") {
            return;
        }
        pty.keys(" ");
    }
}

#[test]
fn right_now_yes_shows_the_act_now_lines_and_only_a_typed_letter_goes_on() {
    for (cols, rows) in [(80, 24), (60, 15)] {
        let home = Home::new();
        let mut pty = Pty::at_home(&home, &[], cols, rows);
        pty.session
            .set_expect_timeout(Some(Duration::from_secs(15)));
        to_act_now(&mut pty);
        pty.wait("Please get help now");
        pty.wait("Call your emergency number now");
        to_last_screen(&mut pty);
        let said = screens(&pty.log).concat().join("\n");
        for line in [
            "You said these thoughts are with you right now.",
            "988 Suicide & Crisis Lifeline",
            "Samaritans (call 116 123)",
            "Contact your GP, doctor or clinician today.",
            "This program contacts no one.",
        ] {
            assert!(said.contains(line), "{cols}x{rows}: {line:?} not shown");
        }
        // A bare Enter and a Space do not choose: the last screen stays,
        // with the choice still under it.
        for key in ["\r", " "] {
            pty.keys(key);
            pty.wait("Please type h or c");
            pty.wait("Type h for");
            let screen = last_screen(&pty.log);
            assert!(
                !screen.contains("shows more"),
                "{cols}x{rows}: the last screen's footer is lost:\n{screen}"
            );
            assert!(
                !screen.contains("The choice"),
                "{cols}x{rows}: went on:\n{screen}"
            );
        }
        pty.keys("c");
        pty.wait("The choice");
        pty.keys("\x03");
        pty.end();
    }
}

#[test]
fn right_now_yes_then_h_stops_with_the_act_now_lines_left_on_the_screen() {
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 80, 24);
    to_act_now(&mut pty);
    to_last_screen(&mut pty);
    pty.keys("h");
    assert_eq!(pty.end(), 0);
    let text = pty.text();
    let stop = text.rfind("Get help now").expect("the stop screen");
    let stop = &text[stop..];
    assert!(stop.contains("Call your emergency number now"), "{stop}");
    assert!(stop.contains("This program contacts no one."), "{stop}");
    assert!(!stop.contains("The choice"), "{stop}");
    assert!(home.state().exists(), "the answers are kept");
}
