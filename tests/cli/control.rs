//! The person stays in control, in a real terminal: a stray Enter never
//! answers anything, the safety page waits for a typed c, Esc goes back from
//! every page and from the first question after a resume, a resumed run asks
//! the safety question again, and the check screen shows every answer whole.

use therapy_choice::answers::Answer;
use therapy_choice::ask::Step;

use crate::common::{example_answers, files_in, steps};
use crate::pty::{DOWN, ESC, Pty, regex_escape};
use crate::test::Home;

const FIRST: &str = "Question 1 of";

/// A new run in `home`, past the opening, at the safety question.
fn at_the_safety_question(home: &Home) -> Pty {
    let mut pty = Pty::at_home(home, &[], 80, 24);
    pty.wait("Press Enter to go on");
    pty.keys("\r");
    pty.wait(FIRST);
    pty
}

#[test]
fn enter_pressed_again_and_again_from_the_start_answers_nothing() {
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 80, 24);
    pty.wait("Press Enter to go on");
    pty.keys(&"\r".repeat(25));
    pty.wait("Choose one");
    // Esc after them goes back to the opening: once it shows, every Enter
    // before it has been read.
    pty.keys(ESC);
    pty.wait(&welcome());
    pty.keys("\x03");
    pty.end();
    let text = pty.text();
    assert!(
        !text.contains("question 2 of"),
        "an Enter went past the first question"
    );
    assert!(
        !text.contains("Help now"),
        "an Enter answered the safety question"
    );
    let saved = std::fs::read_to_string(home.state().join("state.json")).unwrap_or_default();
    assert!(!saved.contains("safety.thoughts"), "{saved}");
    assert!(files_in(&home.out()).is_empty());
}

#[test]
fn the_safety_page_does_not_go_on_with_a_bare_enter_and_esc_goes_back() {
    let home = Home::new();
    let mut pty = at_the_safety_question(&home);
    pty.keys(&format!("{DOWN}\r"));
    pty.wait("Help now");
    // Page to the end, then press Enter many times: it stays.
    loop {
        let found = pty.wait("shows more|type c\\.");
        if found.contains("type c") {
            break;
        }
        pty.keys(" ");
    }
    pty.keys("\r\r\r");
    pty.wait("To go on, type the letter c");
    // Esc goes back to the safety question, the answer given in this
    // sitting chosen (not cleared); once it shows, every Enter before it
    // has been read.
    pty.keys(ESC);
    pty.wait(FIRST);
    pty.wait("> Yes");
    assert!(
        !pty.text().contains("right now?"),
        "the page went on without a c"
    );
    // Rather not say shows the page too; a c goes on to "right now".
    pty.keys(&format!("{DOWN}{DOWN}\r"));
    pty.wait("Help now");
    pty.keys("c");
    pty.wait("Are these thoughts with you right now\\?");
    pty.keys("\x03");
    pty.end();
}

#[test]
fn esc_on_a_fact_page_goes_back_to_the_safety_question() {
    let home = Home::new();
    let mut pty = at_the_safety_question(&home);
    pty.keys(&format!("{DOWN}{DOWN}\r"));
    // The first fact page.
    pty.wait("The choice");
    pty.wait("shows more|Press Enter to go on");
    pty.keys(ESC);
    pty.wait(FIRST);
    // And Esc on the first question goes back to the opening.
    pty.keys(ESC);
    pty.wait(&welcome());
    pty.keys("\x03");
    pty.end();
}

#[test]
fn a_resumed_run_asks_the_safety_question_again_and_esc_goes_back_to_earlier_answers() {
    let name = "first-episode";
    let answers = example_answers(name);
    let questions: Vec<(String, String)> = steps(&answers)
        .into_iter()
        .filter_map(|s| match s {
            Step::Question { id, progress, .. } => Some((id, progress)),
            Step::Page(_) => None,
        })
        .collect();
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 80, 24);
    pty.answer(&answers, 4);
    pty.wait(&regex_escape(&questions[4].1));
    pty.keys("\x03");
    pty.end();

    let mut pty = Pty::at_home(&home, &[], 80, 24);
    pty.wait("Continue\\?");
    pty.keys(&format!("{DOWN}\r"));
    // The safety question again, with nothing chosen.
    pty.wait(FIRST);
    pty.keys("\r");
    pty.wait("Choose one");
    assert_eq!(
        answers.get("safety.thoughts"),
        Some(&Answer::Choice("no".into()))
    );
    pty.keys(&format!("{DOWN}{DOWN}\r"));
    // Then the first question not yet answered; Esc goes back to the one before.
    pty.wait(&regex_escape(&questions[4].1));
    pty.keys(ESC);
    pty.wait(&regex_escape(&questions[3].1));
    // Its answer is offered again: Enter keeps it.
    pty.keys("\r");
    pty.wait(&regex_escape(&questions[4].1));
    pty.keys("\x03");
    pty.end();
    let bank = crate::common::bank();
    assert!(bank.question(&questions[3].0).is_some());
}

#[test]
fn the_check_screen_shows_a_200_character_answer_whole_and_comes_back_to_it() {
    let mut answers = example_answers("first-episode");
    let words = "I want to talk about my sleep, my work and my family before we start, and ask how long each kind of therapy would take and what it would cost me each month in the end.";
    let long = format!("{words} {}", "Thank you. ".repeat(5));
    let mut long: String = long.chars().take(199).collect();
    long.push('!');
    assert_eq!(long.chars().count(), 200);
    answers.insert("notes.note".into(), Answer::Text(long.clone()));
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 80, 24);
    pty.answer(&answers, usize::MAX);
    pty.wait("Finish and save my summary");
    let last_word = regex_escape(long.split_whitespace().last().unwrap());
    // To the long answer: the last (End), then up past the answers after it.
    let ids: Vec<String> = steps(&answers)
        .into_iter()
        .filter_map(|s| match s {
            Step::Question { id, .. } => Some(id),
            Step::Page(_) => None,
        })
        .collect();
    let after = ids.len() - 1 - ids.iter().position(|id| id == "notes.note").unwrap();
    pty.keys(&format!("\x1b[F{}", "\x1b[A".repeat(after)));
    pty.wait(&last_word);
    let marker = pty.log.len();
    pty.keys("x");
    pty.wait(&last_word);
    let screen = crate::pty::screens(&pty.log[marker..])
        .last()
        .cloned()
        .unwrap()
        .join(" ");
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat(&screen).contains(&flat(&long)), "{screen}");
    // Change it: Enter opens it with the answer kept; Enter again keeps it,
    // and the check screen comes back with the cursor on that answer.
    pty.keys("\r");
    pty.wait("Type on one line");
    pty.keys("\r");
    pty.wait("Finish and save my summary|more above");
    pty.wait(&last_word);
    let back = crate::pty::screens(&pty.log).last().cloned().unwrap();
    let focused = back.iter().find(|l| l.starts_with("> ")).cloned();
    assert!(
        focused
            .as_deref()
            .is_some_and(|l| l.contains("To ask or tell")),
        "{back:?}"
    );
    pty.keys("\x03");
    pty.end();
}

/// The welcome's first words, from the bank (a wrapped line keeps them).
fn welcome() -> String {
    let first = &crate::common::bank().opening[0];
    first
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
}
