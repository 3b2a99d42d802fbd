//! Our own menu keeps the safety rules that dialoguer 0.12's Select cannot
//! (README, "Why our own menu"): Enter on nothing says why (dialoguer ignores
//! it in silence), and Esc means back (dialoguer's Esc, and `q`, end the
//! prompt). Nothing focused until the person moves and a stray
//! Enter saying "Choose one" are pinned in small_window.rs too.

use crate::pty::{DOWN, Pty, last_screen};
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
