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
