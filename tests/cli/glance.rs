//! The result at a glance (issue 23, point 6): in an 80x24 terminal the
//! first two screens of the result hold the barriers, the person's own
//! leaning beside the fit, the strongest reasons each way and what would
//! change it, with no signed score; the rest comes after.

use crate::common::example_answers;
use crate::pty::{DOWN, Pty};
use crate::test::Home;

#[test]
fn the_first_two_screens_of_the_result_hold_what_matters_without_a_score() {
    let home = Home::new();
    let mut pty = Pty::at_home(&home, &[], 80, 24);
    pty.answer(&example_answers("first-episode"), usize::MAX);
    pty.wait("Finish and save my summary");
    pty.keys(DOWN);
    pty.keys("\r");
    pty.wait("Space or Enter: more");
    pty.keys(" ");
    pty.wait("Space or Enter: more");
    let text = pty.text();
    let (_, shown) = text.rsplit_once("What your answers suggest").unwrap();
    // Lines wrapped at 80 columns read as one run of words.
    let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    for part in [
        "Things that stand in the way",
        "You said you lean toward: Short-term therapy",
        "How your answers line up: clearly fits short-term better.",
        "What you said fits short-term",
        "What you said fits long-term",
        "What would change this result",
        "from \"clearly fits short-term better\" to \"fits short-term better\"",
        "Further down:",
    ] {
        assert!(
            shown.contains(part),
            "not in the first two screens: {part}\n{shown}"
        );
    }
    assert!(!shown.contains("Score "), "{shown}");
    assert!(!shown.contains("-20"), "{shown}");
    assert!(
        !shown.contains("What it might cost"),
        "costs come later:\n{shown}"
    );
    pty.keys("q");
    assert_eq!(pty.end(), 0);
}

/// Plain mode prints the same first part as the pager's two screens, then
/// says the rest is in the summary: a typed m prints it here, a bare Enter
/// goes on to the closing words without it. The summary holds it either way.
#[test]
fn in_plain_mode_m_opens_the_rest_of_the_result_and_enter_does_not() {
    let after = |typed: &str| {
        let mut lines = crate::common::lines_for("first-episode");
        lines.push(typed.to_string());
        let ran = crate::test::Test::new().plain(&lines).run().success();
        let stdout = ran.stdout();
        let (_, result) = stdout.rsplit_once("What your answers suggest").unwrap();
        let md = std::fs::read_to_string(ran.record().with_extension("md")).unwrap();
        (result.to_string(), md)
    };
    let rest = [
        "How clear this is",
        "What it might cost",
        "Questions to ask your clinician",
    ];
    let (shown, md) = after("m");
    let (glance, more) = shown.split_once("Type m to read it here").unwrap();
    for part in [
        "What would change this result",
        "The rest is in your summary",
    ] {
        assert!(glance.contains(part), "{part}:\n{glance}");
    }
    for part in rest {
        assert!(!glance.contains(part), "{part} before m:\n{glance}");
        assert!(more.contains(part), "m shows no {part}:\n{more}");
        assert!(md.contains(part), "the summary lacks {part}");
    }
    assert!(more.contains("Thank you. Your summary is ready."), "{more}");
    let (shown, md) = after("");
    for part in rest {
        assert!(!shown.contains(part), "Enter shows {part}:\n{shown}");
        assert!(md.contains(part), "the summary lacks {part}");
    }
    assert!(
        shown.contains("Thank you. Your summary is ready."),
        "{shown}"
    );
}
