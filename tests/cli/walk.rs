//! The walk: each example answered through the real binary in plain mode, as a
//! person would, and measured: screens, questions shown, keypresses, words
//! read (anything with a letter or digit), every word a screen reader says
//! (the whole transcript at 80 columns, prompts included), and minutes of
//! reading at 200 words a minute. `scripts/walk.sh` prints the table.
//!
//! The short path is first-episode with the clinician's optional blocks (the
//! PHQ-9 and the story questions) declined. It is held to at most 30
//! questions, 15 minutes of reading, 1,100 words on its information pages
//! and 3,500 words of transcript; every example to 18 minutes; every
//! information screen to 120 words on its first view (the comparison table
//! and the safety page, whose words DOMAIN.md sets, are exempt). The time the
//! welcome and the key points state is one value, bank.json's "minutes",
//! filled into both where they say {minutes}; it must be the short path's
//! reading plus about 10 seconds an answer, rounded to the nearest whole
//! minute (half up). `scripts/walk.sh --write` puts the measured value there.

use therapy_choice::answers::{Answer, Answers};
use therapy_choice::ask::{Block, Step};
use therapy_choice::bank::Bank;
use therapy_choice::page::{Pictures, write_page_as};

use crate::common::{EXAMPLES, example_answers, lines_for_answers, steps};
use crate::test::Test;

// Issue 23's targets: 30 questions, 15 minutes, 18 an example, 3,500 words
// of transcript.
const MOST_QUESTIONS: usize = 30;
const MOST_MINUTES: f64 = 15.0;
const MOST_MINUTES_AN_EXAMPLE: f64 = 18.0;
const MOST_PAGE_WORDS: usize = 1100;
const MOST_TRANSCRIPT_WORDS: usize = 3500;
const MOST_WORDS_A_SCREEN: usize = 120;
const WORDS_A_MINUTE: f64 = 200.0;
const SECONDS_AN_ANSWER: f64 = 10.0;

struct Figures {
    screens: usize,
    questions: usize,
    keypresses: usize,
    words: usize,
    /// Every word printed, marks and all, as a screen reader meets them.
    transcript: usize,
    /// Each information screen's title (or first words), its word count,
    /// and whether it is the table (exempt from the screen limit).
    pages: Vec<(String, usize, bool)>,
}

impl Figures {
    fn minutes(&self) -> f64 {
        self.words as f64 / WORDS_A_MINUTE
    }

    /// Reading, and about 10 seconds for each answer.
    fn minutes_in_all(&self) -> f64 {
        self.minutes() + self.questions as f64 * SECONDS_AN_ANSWER / 60.0
    }

    fn page_words(&self) -> usize {
        self.pages.iter().map(|(_, n, _)| n).sum()
    }

    fn row(&self, name: &str) -> String {
        format!(
            "{name:<27} {:>7}  {:>9}  {:>10}  {:>5}  {:>10}  {:>7.1}  {:>8.1}\n",
            self.screens,
            self.questions,
            self.keypresses,
            self.words,
            self.transcript,
            self.minutes(),
            self.minutes_in_all()
        )
    }
}

fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// An example's answers with the clinician's optional blocks declined (the
/// PHQ-9 and the story questions), as the short path takes them.
fn short_path(name: &str) -> Answers {
    let mut answers = example_answers(name);
    let bank = crate::common::bank();
    let offers: Vec<String> = bank
        .questions()
        .map(|(_, q)| q.id.clone())
        .filter(|id| id.ends_with(".offer"))
        .collect();
    for offer in offers {
        let section = offer.trim_end_matches(".offer");
        let inside: Vec<String> = answers
            .iter()
            .map(|(id, _)| id.clone())
            .filter(|id| id.starts_with(&format!("{section}.")))
            .collect();
        for id in inside {
            answers.remove(&id);
        }
        answers.insert(offer, Answer::YesNo(false));
    }
    answers
}

/// Walk one path and keep its transcript to read, in
/// target/tmp/walk-NAME.txt.
fn walk(name: &str, answers: &Answers) -> Figures {
    let steps = steps(answers);
    let mut lines = lines_for_answers(answers);
    // Enter under the result's first part finishes; the rest is in the summary.
    lines.push(String::new());
    let run = Test::new().plain(&lines).run().success();
    let transcript = run.stdout() + &run.stderr();
    let tmp = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(tmp).unwrap();
    let file = name.replace(|c: char| !c.is_alphanumeric(), "-");
    std::fs::write(tmp.join(format!("walk-{file}.txt")), &transcript).unwrap();
    let mut pages = Vec::new();
    let mut questions = 0;
    for step in &steps {
        match step {
            Step::Question { .. } => questions += 1,
            Step::Page(page) if page.urgent => {}
            Step::Page(page) => {
                let mut text = Vec::new();
                write_page_as(page, 80, Pictures::InWords, &mut text).unwrap();
                let text = String::from_utf8(text).unwrap();
                let title = page.title.clone().unwrap_or_else(|| {
                    text.split_whitespace()
                        .take(5)
                        .collect::<Vec<_>>()
                        .join(" ")
                });
                let table = page.blocks.iter().any(|b| matches!(b, Block::Table(_)));
                pages.push((title, words(&text), table));
            }
        }
    }
    Figures {
        // Every page and question, then the check screen and the result.
        screens: steps.len() + 2,
        questions,
        keypresses: lines.iter().map(|l| l.chars().count() + 1).sum(),
        words: words(&transcript),
        transcript: transcript.split_whitespace().count(),
        pages,
    }
}

/// The minutes a text says ("about 13 minutes"), if it says any.
fn stated_minutes(texts: &[String]) -> Vec<f64> {
    let mut found = Vec::new();
    for text in texts {
        let words: Vec<&str> = text.split_whitespace().collect();
        for pair in words.windows(2) {
            if let (true, Ok(n)) = (pair[1].starts_with("minute"), pair[0].parse::<f64>()) {
                found.push(n);
            }
        }
    }
    found
}

#[test]
fn the_walk_is_short_enough_for_a_tired_reader() {
    let mut table = String::from(
        "example                     screens  questions  keypresses  words  transcript  minutes  with 10s/answer\n",
    );
    let mut examples = Vec::new();
    for name in EXAMPLES {
        let f = walk(name, &example_answers(name));
        table.push_str(&f.row(name));
        examples.push((name, f));
    }
    let with_story = {
        let mut answers = example_answers("first-episode");
        let items: Vec<String> = answers
            .iter()
            .map(|(id, _)| id.clone())
            .filter(|id| id.starts_with("phq9."))
            .collect();
        for id in items {
            answers.remove(&id);
        }
        answers.insert("phq9.offer".into(), Answer::YesNo(false));
        walk("first-episode, no PHQ-9", &answers)
    };
    table.push_str(&with_story.row("first-episode, no PHQ-9"));
    // Each transcript, to read: target/tmp/walk-*.txt.
    let first = walk("short path", &short_path("first-episode"));
    table.push_str(&first.row("short path (no PHQ-9/story)"));
    table.push_str(&format!(
        "\nshort path, words on each information screen ({} in all, the table {}):\n",
        first.page_words(),
        first
            .pages
            .iter()
            .filter(|p| p.2)
            .map(|p| p.1)
            .sum::<usize>()
    ));
    for (title, n, _) in &first.pages {
        table.push_str(&format!("{n:>5}  {title}\n"));
    }
    table.push_str(&format!(
        "\nthe welcome's time: {:.1} minutes of reading + {} answers at {SECONDS_AN_ANSWER} s = {:.1}; minutes to state: {}\n",
        first.minutes(),
        first.questions,
        first.minutes_in_all(),
        minutes_to_state(&first)
    ));
    eprintln!("{table}");

    let mut wrong = Vec::new();
    if first.questions > MOST_QUESTIONS {
        wrong.push(format!(
            "the short path asks {} questions; at most {MOST_QUESTIONS}",
            first.questions
        ));
    }
    if first.minutes() > MOST_MINUTES {
        wrong.push(format!(
            "the short path takes {:.1} minutes to read; at most {MOST_MINUTES}",
            first.minutes()
        ));
    }
    if first.page_words() > MOST_PAGE_WORDS {
        wrong.push(format!(
            "the short path's information pages hold {} words; at most {MOST_PAGE_WORDS}",
            first.page_words()
        ));
    }
    if first.transcript > MOST_TRANSCRIPT_WORDS {
        wrong.push(format!(
            "the short path's plain transcript is {} words; at most {MOST_TRANSCRIPT_WORDS}",
            first.transcript
        ));
    }
    for (name, f) in &examples {
        if f.minutes() > MOST_MINUTES_AN_EXAMPLE {
            wrong.push(format!(
                "{name} takes {:.1} minutes to read; at most {MOST_MINUTES_AN_EXAMPLE}",
                f.minutes()
            ));
        }
    }
    for (title, n, table) in &first.pages {
        if *n > MOST_WORDS_A_SCREEN && !table {
            wrong.push(format!(
                "{title}: {n} words on one screen; at most {MOST_WORDS_A_SCREEN}"
            ));
        }
    }
    // The time the welcome and the key points state is the walk's own.
    wrong.extend(stated_time_problems(&first));
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The minutes the welcome states for a path: its reading and about 10
/// seconds an answer, rounded to the nearest whole minute (half up).
fn minutes_to_state(f: &Figures) -> u32 {
    f.minutes_in_all().round() as u32
}

/// What is wrong with the time the welcome and the key points state: it is
/// typed into a text instead of said with {minutes}, or bank.json's
/// "minutes" is not the short path's measured time.
fn stated_time_problems(first: &Figures) -> Vec<String> {
    let mut wrong = Vec::new();
    let (bank_json, evidence_json, _) = Bank::embedded_json();
    let raw = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap();
    let (bank_json, evidence_json) = (raw(bank_json), raw(evidence_json));
    let says = |texts: Option<&Vec<serde_json::Value>>, field: Option<&str>| {
        texts.into_iter().flatten().any(|t| {
            let text = field.map_or(t, |f| &t[f]);
            text.as_str().is_some_and(|s| s.contains("{minutes}"))
        })
    };
    if !says(bank_json["opening"].as_array(), None) {
        wrong.push("the welcome (bank.json opening) does not say the time with {minutes}".into());
    }
    if !says(
        evidence_json["key_points"]["lines"].as_array(),
        Some("text"),
    ) {
        wrong.push("the key points (evidence.json) do not say the time with {minutes}".into());
    }
    let bank = crate::common::bank();
    let measured = minutes_to_state(first);
    if bank.minutes != Some(measured) {
        wrong.push(format!(
            "the welcome states about {} minutes (questions/bank.json \"minutes\"); the short path measures {:.1} ({:.1} of reading and {} answers at {SECONDS_AN_ANSWER} s), which rounds to {measured}: set \"minutes\": {measured}, or run scripts/walk.sh --write",
            bank.minutes.map_or("no".to_string(), |n| n.to_string()),
            first.minutes_in_all(),
            first.minutes(),
            first.questions,
        ));
    }
    // Both texts state it, filled in.
    let said = [
        stated_minutes(&bank.opening),
        stated_minutes(&therapy_choice::bank::evidence::words_of(
            &bank.evidence.key_points.lines,
        )),
    ];
    for (what, said) in ["the welcome", "the key points"].iter().zip(said) {
        if said != [f64::from(measured)] {
            wrong.push(format!(
                "the time stated in {what} is {said:?} minutes; the walk measures {measured}"
            ));
        }
    }
    wrong
}

#[test]
fn words_are_counted_as_a_reader_meets_them() {
    assert_eq!(words("Press Enter to go on. 1) Yes  2) No -- ="), 9);
}

#[test]
fn the_stated_time_is_found() {
    assert_eq!(
        stated_minutes(&["It takes about 13 minutes.".to_string()]),
        vec![13.0]
    );
    assert!(stated_minutes(&["No time here.".to_string()]).is_empty());
}
