//! Our own menu keeps the safety rules that dialoguer 0.12's Select cannot
//! (README, "Why our own menu"): Enter on nothing says why (dialoguer ignores
//! it in silence), and Esc means back (dialoguer's Esc, and `q`, end the
//! prompt). Nothing focused until the person moves and a stray
//! Enter saying "Choose one" are pinned in small_window.rs too.

use therapy_choice::ask::Step;

use crate::common::{example_answers, fresh_state_dir, steps};
use crate::pty::{DOWN, Pty, last_screen, screens};
use crate::test::Home;

#[test]
fn esc_means_back_and_enter_on_nothing_says_why() {
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 80, 24);
    pty.pass_page();
    pty.wait("I'd rather not say");
    let first = last_screen(&pty.log);
    assert!(!first.lines().any(|l| l.starts_with("> ")), "{first}");
    pty.keys("\r");
    pty.wait("Choose one");
    // "No", the second answer.
    pty.keys(DOWN);
    pty.keys(DOWN);
    pty.wait("> No");
    // Esc in the list goes back a step, to the welcome page; nothing is answered.
    pty.keys("\x1b");
    pty.wait("Press Enter");
    let back = last_screen(&pty.log);
    assert!(
        back.starts_with("Short-term or long-term therapy?"),
        "{back}"
    );
    assert!(!back.contains("I'd rather not say"), "{back}");
    pty.keys("\x03");
    pty.end();
}

/// The rule dialoguer 0.12 cannot keep (it prints an option as given and leaves
/// wrapping to the terminal): at 60 columns a long option wraps inside the
/// window, word by word, and its second line hangs under its first word.
#[test]
fn a_long_option_wraps_at_60_columns_with_a_hanging_indent() {
    let answers = example_answers("first-episode");
    let before = steps(&answers)
        .iter()
        .take_while(|s| !matches!(s, Step::Question { id, .. } if id == "value.try_or_commit"))
        .filter(|s| matches!(s, Step::Question { .. }))
        .count();
    let mut pty = Pty::start(&[], 60, 24, &fresh_state_dir());
    pty.answer(&answers, before);
    // The whole list is drawn once its last answer is.
    pty.wait("How would you rather begin[\\s\\S]*I'm not sure");
    let screen = screens(&pty.log)
        .into_iter()
        .rev()
        .find(|s| s.iter().any(|l| l.contains("How would you rather begin?")))
        .unwrap_or_default()
        .join("\n");
    pty.keys("\x03");
    pty.end();
    let lines: Vec<&str> = screen.lines().collect();
    assert!(lines.iter().all(|l| l.chars().count() <= 60), "{screen}");
    // The longest answer of the question, as the bank words it.
    let bank = crate::common::bank();
    let Some(therapy_choice::bank::Kind::Single { options: choices }) =
        bank.question("value.try_or_commit").map(|q| q.kind.clone())
    else {
        panic!("value.try_or_commit is a single choice");
    };
    let long = choices
        .iter()
        .map(|c| c.text.clone())
        .max_by_key(|t| t.len())
        .unwrap();
    assert!(
        long.chars().count() > 58,
        "no answer needs wrapping: {long}"
    );
    let opening: String = long
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    let first = lines
        .iter()
        .position(|l| l.starts_with(&format!("  {opening}")))
        .unwrap_or_else(|| panic!("the long option is not at its place:\n{screen}"));
    // The option is over 60 columns, so it takes two lines or more, each
    // indented by the two columns of the focus mark, and no word is lost.
    let mut parts = vec![lines[first].trim_start()];
    for line in &lines[first + 1..] {
        if !line.starts_with("    ") && line.starts_with("  ") && !line.trim().is_empty() {
            parts.push(line.trim_start());
            if parts.join(" ") == long {
                break;
            }
            continue;
        }
        break;
    }
    assert!(parts.len() >= 2, "the long option did not wrap:\n{screen}");
    assert_eq!(parts.join(" "), long, "{screen}");
}
