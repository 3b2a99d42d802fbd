//! The outcome pages as the terminal draws them, in a pseudo-terminal with no
//! colour: each picture holds exactly its checked figures, and one page is
//! kept as a snapshot.

use expectrl::{Eof, Expect};
use std::collections::BTreeMap;

use therapy_choice::ask::Step;
use therapy_choice::bank::Bank;

use crate::common::{example_answers, fresh_state_dir, steps};
use crate::figures::{checked_icons, text_counts};
use crate::terminal::{keys, send, spawn_with};

/// What the terminal showed of a page: from its title to "Press Enter".
fn screen(before: &[u8], title: &str) -> String {
    let text = console::strip_ansi_codes(&String::from_utf8_lossy(before)).replace('\r', "");
    let start = text.rfind(title).expect("the page title is on screen");
    text[start..].trim_end().to_string()
}

#[test]
fn outcome_pages_on_the_terminal_draw_their_checked_figures() {
    let bank = Bank::embedded().unwrap();
    let outcomes = &bank.evidence.outcomes;
    let out = tempfile::tempdir().unwrap();
    let mut session = spawn_with(out.path(), &fresh_state_dir());
    let answers = example_answers("first-episode");
    let mut screens: BTreeMap<String, String> = BTreeMap::new();
    for step in steps(&answers) {
        match step {
            Step::Page(page) => {
                let found = session.expect("Press Enter to go on.").unwrap();
                let title = page.title.clone().unwrap_or_default();
                if let Some(o) = outcomes.iter().find(|o| o.title == title) {
                    screens.insert(o.id.clone(), screen(found.before(), &title));
                }
                session.send("\r").unwrap();
            }
            Step::Question { id, progress } => {
                session.expect(progress.as_str()).unwrap();
                send(&mut session, &keys(&bank, &id, answers.get(&id)));
            }
        }
        if screens.len() == outcomes.len() {
            break;
        }
    }
    session.send("\x03").unwrap();
    session.expect(Eof).unwrap();
    assert_eq!(
        screens.len(),
        outcomes.len(),
        "every outcome page was shown"
    );
    for o in outcomes {
        let shown = &screens[&o.id];
        assert_eq!(text_counts(shown), checked_icons(&o.source), "{}", o.id);
        // One screen of 80 x 24 holds it, "Press Enter" included.
        assert!(shown.lines().count() < 24, "{} is too long:\n{shown}", o.id);
    }
    insta::assert_snapshot!("helsinki_10_years.terminal", screens["helsinki_10_years"]);
}
