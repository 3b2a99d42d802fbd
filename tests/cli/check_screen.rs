//! The check screen, short for a tired reader (issue 23): the safety answers
//! first, each on its own line; an optional block once taken (the PHQ-9,
//! the story questions) in one line, which walks the block again when
//! picked; every other answer one line. Nothing is lost: each answer can
//! still be changed, in plain mode here and in a terminal (pty.rs).

use crate::common::lines_for;
use crate::test::{Ran, Test};

/// The check screen as plain mode last printed it.
fn check_screen(out: &str) -> &str {
    let from = out.rfind("Check your answers").expect("a check screen");
    let screen = &out[from..];
    let to = screen.find("\n> ").unwrap_or(screen.len());
    &screen[..to]
}

/// The number of the line that starts with `label` on the check screen.
fn number_of(screen: &str, label: &str) -> String {
    screen
        .lines()
        .find_map(|l| {
            let (n, rest) = l.trim_start().split_once(". ")?;
            rest.starts_with(label).then(|| n.to_string())
        })
        .unwrap_or_else(|| panic!("no line for {label}:\n{screen}"))
}

/// An example answered in plain mode, then `at_check` typed at the check
/// screen (ending with the "f" that saves).
fn with_changes(name: &str, at_check: &[&str]) -> Ran {
    let mut lines = lines_for(name);
    lines.pop();
    lines.extend(at_check.iter().map(|s| s.to_string()));
    Test::new().plain(&lines).run().success()
}

fn answer_of(record: &serde_json::Value, id: &str) -> Option<serde_json::Value> {
    record["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["answers"].as_array().unwrap())
        .find(|a| a["id"] == id)
        .map(|a| a["value"].clone())
}

#[test]
fn the_safety_answers_come_first_and_each_block_is_one_line() {
    let ran = with_changes("unsure-needs-support", &["f"]);
    let out = ran.stdout();
    let screen = check_screen(&out);
    let lines: Vec<&str> = screen.lines().skip(2).collect();
    assert!(
        lines[0].starts_with("  1. Thoughts of harm, last 2 weeks -> Yes"),
        "{screen}"
    );
    assert!(
        lines[1].starts_with("  2. Those thoughts right now -> No"),
        "{screen}"
    );
    assert!(
        lines[2].starts_with("  3. Better off dead, or hurting yourself -> Several days"),
        "{screen}"
    );
    assert!(
        screen.contains(". PHQ-9 questions -> Yes, 9 answers, score 20 of 27\n"),
        "{screen}"
    );
    assert!(
        screen.contains(". Story questions -> Yes, 6 answers\n"),
        "{screen}"
    );
    // The blocks' own questions are not listed one by one.
    for inside in [
        "Little interest or pleasure",
        "Low this time for",
        "Medicine for mood",
    ] {
        assert!(!screen.contains(inside), "{inside}:\n{screen}");
    }
    // 42 questions were asked; the screen is 29 lines, one a number.
    let numbered = lines
        .iter()
        .filter(|l| l.starts_with("  ") && l.contains(". "))
        .count();
    assert_eq!(numbered, 29, "{screen}");
}

#[test]
fn a_block_picked_on_the_check_screen_is_walked_again_with_its_answers_kept() {
    let first = with_changes("first-episode", &["f"]);
    let out = first.stdout();
    let n = number_of(check_screen(&out), "PHQ-9 questions");
    assert!(check_screen(&out).contains("PHQ-9 questions -> Yes, 9 answers, score 10 of 27"));
    // The offer kept (Enter), item 1 to "Nearly every day", the other eight kept.
    let mut typed = vec![n.as_str(), "", "4"];
    typed.extend([""; 8]);
    typed.push("f");
    let ran = with_changes("first-episode", &typed);
    let out = ran.stdout();
    let again = &out[out.find("Check your answers").unwrap()..];
    assert!(
        again.contains("Press Enter to keep your answer: Yes."),
        "{again}"
    );
    assert_eq!(
        again.matches("Press Enter to keep your answer:").count(),
        10,
        "the offer and all nine items are asked again"
    );
    assert!(
        check_screen(&out).contains("PHQ-9 questions -> Yes, 9 answers, score 11 of 27"),
        "{}",
        check_screen(&out)
    );
    let record = crate::common::record_without_time(ran.out());
    assert_eq!(
        answer_of(&record, "phq9.interest").unwrap(),
        "nearly_every_day"
    );
    assert_eq!(answer_of(&record, "phq9.down").unwrap(), "more_than_half");
    assert_eq!(record["phq9"]["total"], 11);
    // Nothing outside the block was asked again.
    assert!(!again.contains("How long could you keep going"), "{again}");
}

#[test]
fn a_block_declined_from_the_check_screen_drops_its_answers() {
    let first = with_changes("first-episode", &["f"]);
    let out = first.stdout();
    let n = number_of(check_screen(&out), "Story questions");
    let ran = with_changes("first-episode", &[n.as_str(), "n", "f"]);
    let out = ran.stdout();
    assert!(
        check_screen(&out).contains(". Story questions -> No\n"),
        "{}",
        check_screen(&out)
    );
    let record = crate::common::record_without_time(ran.out());
    assert_eq!(answer_of(&record, "situation.offer").unwrap(), false);
    assert!(answer_of(&record, "situation.how_long").is_none());
}

#[test]
fn one_answer_picked_on_the_check_screen_is_asked_alone() {
    let first = with_changes("first-episode", &["f"]);
    let out = first.stdout();
    let n = number_of(check_screen(&out), "Budget a month");
    let ran = with_changes("first-episode", &[n.as_str(), "300", "f"]);
    let out = ran.stdout();
    let again = &out[out.find("Check your answers").unwrap()..];
    assert_eq!(again.matches("Press Enter to keep your answer:").count(), 1);
    assert!(
        check_screen(&out).contains(&format!("{n}. Budget a month -> $300\n")),
        "{}",
        check_screen(&out)
    );
}

#[test]
fn in_a_terminal_the_phq9_line_walks_the_block_again_and_comes_back_to_it() {
    use crate::pty::{DOWN, Pty, regex_escape};
    let first = with_changes("first-episode", &["f"]);
    let out = first.stdout();
    let n: usize = number_of(check_screen(&out), "PHQ-9 questions")
        .parse()
        .unwrap();
    let answers = crate::common::example_answers("first-episode");
    let home = crate::test::Home::new();
    let mut pty = Pty::at_home(&home, &[], 80, 24);
    pty.answer(&answers, usize::MAX);
    pty.wait("Finish and save my summary");
    // Nothing is marked at first; the first Down marks Finish, the first
    // line, then the answers as numbered.
    pty.keys(&DOWN.repeat(n + 1));
    pty.wait("> PHQ-9 questions -> Yes, 9 answers, score 10 of 27");
    pty.keys("\r");
    pty.wait("> Yes");
    pty.keys("\r");
    // Each item comes with its answer marked; the first one down a step
    // ("Nearly every day"), the rest kept.
    let items: Vec<String> = crate::common::bank()
        .questions()
        .map(|(_, q)| q)
        .filter(|q| q.sums_into.is_some())
        .map(|q| q.text.clone())
        .collect();
    assert_eq!(items.len(), 9);
    for (k, item) in items.iter().enumerate() {
        // Its first words: a long item wraps.
        let start: Vec<&str> = item.split_whitespace().take(4).collect();
        pty.wait(&regex_escape(&start.join(" ")));
        pty.keys(if k == 0 { "\x1b[B\r" } else { "\r" });
    }
    pty.wait("> PHQ-9 questions -> Yes, 9 answers, score 11 of 27");
    pty.keys("\x03");
    pty.end();
}
