//! The outcome pages as the terminal draws them, in a pseudo-terminal with no
//! colour, each opened by its letter where the short path offers it: each
//! picture holds exactly its checked figures, and one page is kept as a
//! snapshot.

use expectrl::{Eof, Expect};
use std::collections::BTreeMap;

use therapy_choice::ask::Step;

use crate::common::{example_answers, fresh_state_dir, steps};
use crate::fixtures::figures::{checked_icons, text_counts};
use crate::terminal::{keys, send, spawn_with};

/// What the terminal showed of a page: from its title to "Press Enter".
fn screen(before: &[u8], title: &str) -> String {
    let text = console::strip_ansi_codes(&String::from_utf8_lossy(before)).replace('\r', "");
    let start = text.rfind(title).expect("the page title is on screen");
    text[start..].trim_end().to_string()
}

/// Page down to the end of a page, where it says "Press Enter to go on.".
fn to_the_end(session: &mut expectrl::session::OsSession) -> expectrl::Captures {
    loop {
        let found = session
            .expect(expectrl::Regex("shows more|Press Enter to go on\\."))
            .unwrap();
        if !String::from_utf8_lossy(found.get(0).unwrap()).contains("shows more") {
            return found;
        }
        session.send(" ").unwrap();
    }
}

#[test]
fn outcome_pages_on_the_terminal_draw_their_checked_figures() {
    let bank = crate::common::bank();
    let outcomes = &bank.evidence.outcomes;
    let out = tempfile::tempdir().unwrap();
    let mut session = spawn_with(out.path(), &fresh_state_dir());
    let answers = example_answers("first-episode");
    let mut screens: BTreeMap<String, String> = BTreeMap::new();
    for step in steps(&answers) {
        match step {
            Step::Page(page) => {
                let found = to_the_end(&mut session);
                let title = page.title.clone().unwrap_or_default();
                if let Some(o) = outcomes.iter().find(|o| o.title == title) {
                    screens.insert(o.id.clone(), screen(found.before(), &title));
                }
                // Each outcome page one key away: its letter opens it, Enter
                // comes back to this page.
                for more in &page.more {
                    let Some(o) = outcomes
                        .iter()
                        .find(|o| Some(&o.title) == more.page.title.as_ref())
                    else {
                        continue;
                    };
                    if screens.contains_key(&o.id) {
                        continue;
                    }
                    session.send(more.key.to_string()).unwrap();
                    let found = to_the_end(&mut session);
                    screens.insert(o.id.clone(), screen(found.before(), &o.title));
                    session.send("\r").unwrap();
                    // Back at the same place on the same page.
                    to_the_end(&mut session);
                }
                session.send("\r").unwrap();
            }
            Step::Question { id, progress, .. } => {
                session.expect(progress.as_str()).unwrap();
                send(&mut session, &keys(bank, &id, answers.get(&id)));
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
    insta::assert_snapshot!(
        "helsinki_10_years.terminal",
        crate::redact::redact(&screens["helsinki_10_years"])
    );
}
