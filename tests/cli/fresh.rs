//! `start --fresh` (or "no" to going on) never deletes unfinished answers:
//! they are set aside under a new name each time, and the screen names it
//! (and says when they hold a yes to the safety question).

use std::path::PathBuf;

use crate::common::lines_for;
use crate::test::{Ran, Test};

/// Yes to the safety question, the page, "right now": no, then stop.
fn stopped_after_a_yes() -> Ran {
    Test::new().plain(&["1", "c", "2"]).run().code(1)
}

/// The files set aside for a fresh start in the state folder.
fn set_aside(ran: &Ran) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(ran.home().state())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("state.json.fresh-")
        })
        .collect();
    found.sort();
    found
}

#[test]
fn start_fresh_sets_a_yes_aside_and_says_where() {
    let first = stopped_after_a_yes();
    let before = std::fs::read_to_string(first.home().state().join("state.json")).unwrap();
    let fresh = first
        .again()
        .arg("--fresh")
        .plain(&lines_for("first-episode"))
        .run()
        .success();
    let aside = set_aside(&fresh);
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read_to_string(&aside[0]).unwrap(), before);
    let out = fresh.stdout();
    assert!(
        out.contains("Your unfinished answers were set aside"),
        "{out}"
    );
    assert!(
        out.contains(&format!("they are kept in {}.", aside[0].display())),
        "{out}"
    );
    assert!(
        out.contains("They hold your answer to the question about thoughts of harming yourself."),
        "{out}"
    );
    assert!(
        !out.contains("You have an unfinished questionnaire"),
        "{out}"
    );
}

#[test]
fn each_fresh_start_sets_aside_under_a_new_name() {
    let first = stopped_after_a_yes();
    let second = first
        .again()
        .arg("--fresh")
        .plain(&["2", "1"])
        .run()
        .code(1);
    let third = second
        .again()
        .arg("--fresh")
        .plain(&["2", "1"])
        .run()
        .code(1);
    let aside = set_aside(&third);
    assert_eq!(aside.len(), 2, "{aside:?}");
    assert!(
        std::fs::read_to_string(&aside[0])
            .unwrap()
            .contains("safety.thoughts")
    );
    // The second held only a "no": it is kept, and no yes is claimed.
    assert!(
        !third.stdout().contains("They hold your answer"),
        "{}",
        third.stdout()
    );
}

#[test]
fn no_to_going_on_sets_the_answers_aside_too() {
    let first = stopped_after_a_yes();
    let mut typed = vec!["n".to_string()];
    typed.extend(lines_for("first-episode"));
    let again = first.again().plain(&typed).run().success();
    assert_eq!(set_aside(&again).len(), 1);
    assert!(
        again
            .stdout()
            .contains("Your unfinished answers were set aside")
    );
}
