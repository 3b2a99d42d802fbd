//! In a small window the safety question still shows where we are and its
//! answers before any key is pressed, and after a stray Enter, with nothing
//! chosen.

use std::time::Duration;

use crate::pty::{DOWN, Pty, last_screen};
use crate::test::Home;

const ANSWERS: [&str; 3] = ["Yes", "No", "I'd rather not say"];

/// The last screen's lines, and whether each answer shows as a whole line
/// with nothing marked as chosen.
fn answers_in_view(pty: &Pty) -> (String, bool) {
    let screen = last_screen(&pty.log);
    let lines: Vec<&str> = screen.lines().map(str::trim_end).collect();
    let all = ANSWERS
        .iter()
        .all(|a| lines.contains(&format!("  {a}").as_str()));
    let none_marked = !lines.iter().any(|l| l.starts_with("> "));
    (screen.clone(), all && none_marked)
}

#[test]
fn a_small_window_shows_the_safety_answers_before_any_key_and_after_a_stray_enter() {
    for (cols, rows) in [(60, 15), (40, 15), (80, 12)] {
        let home = Home::new();
        let mut pty = Pty::at_home(&home, &[], cols, rows);
        pty.pass_page();
        // Before the change the answers never showed here, so this wait is
        // where an old program fails; keep it short.
        pty.session
            .set_expect_timeout(Some(Duration::from_secs(15)));
        pty.wait("I'd rather not say");
        let (screen, shown) = answers_in_view(&pty);
        assert!(shown, "{cols}x{rows}, before any key:\n{screen}");
        assert!(
            screen.starts_with("Question 1 of"),
            "{cols}x{rows}: where we are stays at the top:\n{screen}"
        );
        pty.keys("\r");
        pty.wait("Choose one");
        pty.wait("I'd rather not say");
        let (screen, shown) = answers_in_view(&pty);
        assert!(shown, "{cols}x{rows}, after a stray Enter:\n{screen}");
        assert!(screen.contains("! Choose one"), "{screen}");
        pty.keys(DOWN);
        pty.wait("> Yes");
        pty.keys("\x03");
        pty.end();
        assert!(
            !pty.text().contains("Help now"),
            "{cols}x{rows}: nothing was answered"
        );
    }
}

#[test]
fn the_stop_message_is_wrapped_at_spaces_to_a_small_window() {
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 60, 15);
    pty.pass_page();
    pty.wait("I'd rather not say");
    // "No": answers are kept from here on, so the stop says how to go on.
    pty.keys(&format!("{DOWN}{DOWN}\r"));
    // The facts come next; by then the answer is kept.
    pty.wait("The choice");
    pty.keys("\x03");
    pty.end();
    let screen = crate::pty::screens(&pty.log).concat();
    let start = screen
        .iter()
        .position(|l| l.starts_with("Stopped."))
        .expect("a stop message");
    let message = &screen[start..];
    for line in message {
        assert!(
            console::measure_text_width(line) <= 60,
            "wider than the window: {line:?}"
        );
    }
    let said = message.join(" ");
    assert!(
        said.contains("Run therapy-choice again to go on where you left off."),
        "{said}"
    );
}

#[test]
fn after_a_break_a_small_window_shows_the_earlier_safety_answer_beside_the_answers() {
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 60, 15);
    pty.pass_page();
    pty.wait("I'd rather not say");
    pty.keys(&format!("{DOWN}\r"));
    // The help page waits for a typed c; then "right now?", answered No.
    pty.pass_page();
    pty.wait("right now");
    pty.wait("I'd rather not say");
    pty.keys(&format!("{DOWN}{DOWN}\r"));
    pty.wait("The choice");
    pty.keys("\x03");
    pty.end();

    let mut pty = Pty::at_home(&home, &[], 60, 15);
    pty.wait("Continue\\?");
    pty.wait("No");
    pty.keys(&format!("{DOWN}\r"));
    pty.wait("Question 1 of");
    pty.wait("I'd rather not say");
    let (screen, shown) = answers_in_view(&pty);
    assert!(shown, "{screen}");
    let said = screen.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    assert!(
        said.contains("Before your break you answered: Yes."),
        "the earlier answer is in view:\n{screen}"
    );
    pty.keys("\x03");
    pty.end();
}

#[test]
fn at_60x15_the_safety_question_opens_at_its_first_line_with_its_answers() {
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 60, 15);
    pty.pass_page();
    pty.wait("I'd rather not say");
    let screen = last_screen(&pty.log);
    let shown = answers_in_view(&pty).1;
    assert!(shown, "{screen}");
    // The section, the help's first line and the question's first line.
    for first in [
        "How you are today",
        "We ask everyone this.",
        "Over the last 2 weeks, or now, have you had thoughts",
    ] {
        assert!(
            screen.contains(first),
            "{first:?} is not in view:\n{screen}"
        );
    }
    assert!(!screen.contains("more above"), "{screen}");
    pty.keys("\x03");
    pty.end();
}

#[test]
fn in_a_smaller_window_page_up_reaches_the_safety_questions_first_line() {
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 40, 15);
    pty.pass_page();
    pty.wait("I'd rather not say");
    // Too small for all of it: it opens at the answers, with more above.
    assert!(last_screen(&pty.log).contains("more above"));
    pty.keys("\x1b[5~");
    pty.wait("We ask everyone");
    pty.wait("more below");
    let screen = last_screen(&pty.log);
    assert!(screen.contains("How you are today"), "{screen}");
    assert!(!screen.contains("more above"), "{screen}");
    // PageDown, or any key, brings the answers back; nothing is chosen.
    pty.keys("\x1b[6~");
    pty.wait("I'd rather not say");
    pty.keys("\x03");
    pty.end();
}
