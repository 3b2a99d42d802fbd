//! The walk: each example answered through the real binary in plain mode, as a
//! person would, and measured: screens, questions shown, keypresses, words
//! shown and minutes of reading at 200 words a minute. `scripts/walk.sh`
//! prints the table. The test holds the first-episode path (PHQ-9 declined) to
//! at most 32 questions and every information screen to 120 words on its first
//! view; the safety page is exempt, as its words are set by DOMAIN.md.

use therapy_choice::answers::{Answer, Answers};
use therapy_choice::ask::{Step, write_page};

use crate::common::{EXAMPLES, example_answers, lines_for_answers, steps};
use crate::test::Test;

const MOST_QUESTIONS: usize = 32;
const MOST_WORDS_A_SCREEN: usize = 120;
const WORDS_A_MINUTE: f64 = 200.0;

struct Figures {
    screens: usize,
    questions: usize,
    keypresses: usize,
    words: usize,
    /// Each information screen's title (or first words) and its word count.
    pages: Vec<(String, usize)>,
}

fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// An example's answers with the PHQ-9 declined: its nine items are optional,
/// so the limit is for the path without them.
fn without_phq9(name: &str) -> Answers {
    let mut answers = example_answers(name);
    let items: Vec<String> = answers
        .iter()
        .map(|(id, _)| id.clone())
        .filter(|id| id.starts_with("phq9.") && id != "phq9.offer")
        .collect();
    for id in items {
        answers.remove(&id);
    }
    answers.insert("phq9.offer".into(), Answer::YesNo(false));
    answers
}

fn walk(answers: &Answers) -> Figures {
    let steps = steps(answers);
    let lines = lines_for_answers(answers);
    let run = Test::new().plain(&lines).run().success();
    let transcript = run.stdout() + &run.stderr();
    let mut pages = Vec::new();
    let mut questions = 0;
    for step in &steps {
        match step {
            Step::Question { .. } => questions += 1,
            Step::Page(page) if page.urgent => {}
            Step::Page(page) => {
                let mut text = Vec::new();
                write_page(page, 80, &mut text).unwrap();
                let text = String::from_utf8(text).unwrap();
                let title = page.title.clone().unwrap_or_else(|| {
                    text.split_whitespace()
                        .take(5)
                        .collect::<Vec<_>>()
                        .join(" ")
                });
                pages.push((title, words(&text)));
            }
        }
    }
    Figures {
        // Every page and question, then the check screen and the result.
        screens: steps.len() + 2,
        questions,
        keypresses: lines.iter().map(|l| l.chars().count() + 1).sum(),
        words: words(&transcript),
        pages,
    }
}

#[test]
fn the_walk_is_short_enough_for_a_tired_reader() {
    let mut table =
        String::from("example                   screens  questions  keypresses  words  minutes\n");
    for name in EXAMPLES {
        let f = walk(&example_answers(name));
        table.push_str(&format!(
            "{name:<25} {:>7}  {:>9}  {:>10}  {:>5}  {:>7.1}\n",
            f.screens,
            f.questions,
            f.keypresses,
            f.words,
            f.words as f64 / WORDS_A_MINUTE
        ));
    }
    let first = walk(&without_phq9("first-episode"));
    table.push_str(&format!(
        "{:<25} {:>7}  {:>9}  {:>10}  {:>5}  {:>7.1}\n",
        "first-episode, no PHQ-9",
        first.screens,
        first.questions,
        first.keypresses,
        first.words,
        first.words as f64 / WORDS_A_MINUTE
    ));
    table.push_str("\nfirst-episode, words on each information screen:\n");
    for (title, n) in &first.pages {
        table.push_str(&format!("{n:>5}  {title}\n"));
    }
    eprintln!("{table}");
    assert!(
        first.questions <= MOST_QUESTIONS,
        "first-episode (PHQ-9 declined) asks {} questions; at most {MOST_QUESTIONS}",
        first.questions
    );
    let long: Vec<String> = first
        .pages
        .iter()
        .filter(|(_, n)| *n > MOST_WORDS_A_SCREEN)
        .map(|(title, n)| format!("{title}: {n} words"))
        .collect();
    assert!(
        long.is_empty(),
        "screens over {MOST_WORDS_A_SCREEN} words:\n{}",
        long.join("\n")
    );
}

#[test]
fn words_are_counted_as_a_reader_meets_them() {
    assert_eq!(words("Press Enter to go on. 1) Yes  2) No -- ="), 9);
}
