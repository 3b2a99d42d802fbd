//! Small things a person and a clinician trip on (issue 24, point 7): a
//! number error says what was typed once; Ctrl-C before any answer claims
//! nothing is saved; in plain mode the check screen saves only on a typed
//! choice; input that ends at the check screen is said as that.

use therapy_choice::ask::Step;
use therapy_choice::bank::Kind;

use crate::common::{example_answers, lines_for, steps};
use crate::pty::{Pty, regex_escape};
use crate::test::{Home, Test};

#[test]
fn a_number_that_is_not_one_is_said_once_with_what_was_typed() {
    let bank = crate::common::bank();
    let answers = example_answers("first-episode");
    let questions: Vec<(String, String)> = steps(&answers)
        .into_iter()
        .filter_map(|s| match s {
            Step::Question { id, progress, .. } => Some((id, progress)),
            Step::Page(_) => None,
        })
        .collect();
    let first_number = questions
        .iter()
        .position(|(id, _)| matches!(bank.question(id).unwrap().kind, Kind::Number { .. }))
        .unwrap();
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 80, 24);
    pty.answer(&answers, first_number);
    pty.wait(&regex_escape(&questions[first_number].1));
    pty.keys("abc\r");
    pty.wait("is not a number");
    pty.wait("\r|\n");
    let said = crate::pty::last_screen(&pty.log);
    assert!(said.contains("\"abc\" is not a number."), "{said}");
    assert!(!said.contains("You typed: abc"), "said twice:\n{said}");
    pty.keys("\x03");
    pty.end();
}

#[test]
fn ctrl_c_before_any_answer_does_not_say_answers_are_saved() {
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 80, 24);
    pty.wait("Press Enter to go on");
    pty.keys("\x03");
    assert_eq!(pty.end(), 130);
    let text = pty.text();
    assert!(!text.contains("Your answers so far are saved"), "{text}");
    assert!(text.contains("Nothing was saved"), "{text}");
}

#[test]
fn in_plain_mode_a_stray_enter_on_the_check_screen_does_not_save() {
    let mut lines = lines_for("first-episode");
    assert_eq!(lines.pop().as_deref(), Some("f"));
    lines.push(String::new());
    let ran = Test::new().plain(&lines).run().code(1);
    assert!(ran.files().is_empty(), "a bare Enter saved the summary");
    let out = ran.stdout();
    assert_eq!(
        out.matches("Check your answers").count(),
        2,
        "asked again:\n{out}"
    );
    ran.stderr_has("The input ended at the check screen, before the summary was saved.")
        .stderr_lacks("before the last question");
    // A typed choice saves.
    Test::new()
        .plain(&lines_for("first-episode"))
        .run()
        .success();
}
