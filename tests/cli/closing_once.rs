//! At the end of a run in a terminal, the pager shows the closing words and
//! the crisis lines once after the result, not twice: on a full run and on a
//! run resumed at the end, with and without a safety flag (whose safety page
//! comes first, before the result, and is not the closing block).

use crate::common::{example_answers, fresh_state_dir};
use crate::pty::{DOWN, Pty, screens};
use therapy_choice::bank::Bank;

/// The first words of a text, short enough to stay on one line at 80 columns.
fn opening_words(text: &str) -> String {
    text.split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every text of the closing block that shows more than once after the
/// result's title in what the pager wrote.
fn repeated(bank: &Bank, paged: &[u8]) -> Vec<String> {
    let shown = screens(paged).concat().join("\n");
    let title = &bank.rules.words.title;
    let Some(at) = shown.find(title.as_str()) else {
        return vec![format!("no result title {title:?} in:\n{shown}")];
    };
    let after = &shown[at..];
    let mut texts = bank.evidence.crisis_lines();
    texts.push(bank.evidence.crisis.always.clone());
    texts.extend(bank.closing.iter().cloned());
    texts
        .iter()
        .map(|t| opening_words(t))
        .filter_map(|first| {
            let seen = after.matches(&first).count();
            (seen != 1).then(|| format!("{first:?} shows {seen} times:\n{after}"))
        })
        .collect()
}

#[test]
fn a_full_run_shows_the_closing_block_once_after_the_result() {
    let bank = crate::common::bank();
    for name in ["first-episode", "unsure-needs-support"] {
        let out = tempfile::tempdir().unwrap();
        let args = ["--out", out.path().to_str().unwrap()];
        let mut pty = Pty::start(&args, 80, 24, &fresh_state_dir());
        pty.answer(&example_answers(name), usize::MAX);
        let before = pty.log.len();
        pty.finish();
        assert_eq!(pty.end(), 0);
        let found = repeated(bank, &pty.log[before..]);
        assert!(found.is_empty(), "{name}: {}", found.join("\n"));
    }
}

#[test]
fn a_run_resumed_at_the_end_shows_the_closing_block_once() {
    let bank = crate::common::bank();
    let state = fresh_state_dir();
    let out = tempfile::tempdir().unwrap();
    let args = ["--out", out.path().to_str().unwrap()];
    let mut first = Pty::start(&args, 80, 24, &state);
    first.answer(&example_answers("first-episode"), usize::MAX);
    first.wait("Finish and save my summary");
    first.keys("\x03");
    first.end();
    let mut again = Pty::start(&args, 80, 24, &state);
    again.wait("Continue\\?");
    again.keys(DOWN);
    again.keys("\r");
    let before = again.log.len();
    // The safety question is asked again after a break: answer no.
    again.wait("rather not say");
    again.keys(&format!("{DOWN}{DOWN}\r"));
    again.finish();
    assert_eq!(again.end(), 0);
    let found = repeated(bank, &again.log[before..]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn leaving_the_pager_with_q_shows_the_rest_and_the_closing_block_once() {
    let bank = crate::common::bank();
    let out = tempfile::tempdir().unwrap();
    let args = ["--out", out.path().to_str().unwrap()];
    let mut pty = Pty::start(&args, 80, 24, &fresh_state_dir());
    pty.answer(&example_answers("long-standing-patterns"), usize::MAX);
    pty.wait("Finish and save my summary");
    let before = pty.log.len();
    pty.keys(DOWN);
    pty.keys("\r");
    pty.wait("q: leave the pager");
    pty.keys("q");
    assert_eq!(pty.end(), 0);
    let paged = &pty.log[before..];
    let found = repeated(bank, paged);
    assert!(found.is_empty(), "{}", found.join("\n"));
    let left = &bank.screen_words.result.left;
    assert!(pty.text().contains(left.as_str()), "{}", pty.text());
}
