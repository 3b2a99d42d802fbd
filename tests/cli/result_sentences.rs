//! The result screen that `run --answers` prints and the Markdown summary it
//! saves say the fit, the barriers and what would change the result in the
//! same sentences, taken from one place; in a terminal too narrow for its
//! bars, `review` says them in words.

use crate::common::EXAMPLES;
use crate::pty::Pty;
use crate::test::Test;

/// Runs of white space as one space: the screen is wrapped, the file is not.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The items of the Markdown list under `heading`, markup and escapes gone.
fn items_under(md: &str, heading: &str) -> Vec<String> {
    let start = md
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("no section {heading}:\n{md}"));
    md[start..]
        .lines()
        .skip(2)
        .take_while(|line| !line.starts_with("##"))
        .filter_map(|line| line.strip_prefix("- "))
        .map(|item| item.replace("**", "").replace('\\', ""))
        .collect()
}

#[test]
fn the_screen_and_the_saved_markdown_say_the_same_fit_barriers_and_changes() {
    for name in EXAMPLES {
        let ran = Test::new().answers(name).arg("--detail").run().success();
        let screen = squeezed(&ran.stdout());
        let (md, _) = ran
            .files()
            .into_iter()
            .find(|(p, _)| p.extension().unwrap() == "md")
            .unwrap();
        let md = std::fs::read_to_string(md).unwrap();
        let fit = items_under(&md, "What your answers suggest");
        let fit_line = fit
            .iter()
            .find(|line| line.starts_with("How your answers line up: "))
            .unwrap_or_else(|| panic!("{name}: no fit line in {fit:?}"));
        // The summary says the fit in words; the score is only on the --detail screen.
        assert!(!fit_line.contains("Score "), "{name}: {fit_line}");
        assert!(
            screen.contains("Score "),
            "{name}: --detail keeps the score"
        );
        let mut shared = fit.clone();
        shared.extend(items_under(&md, "Things that stand in the way"));
        shared.extend(items_under(&md, "What would change this result"));
        // The one line the screen says under a heading of its own instead.
        shared.retain(|line| !line.starts_with("How clear this is: "));
        assert!(shared.len() >= 4, "{name}: {shared:?}");
        for sentence in &shared {
            assert!(
                screen.contains(&squeezed(sentence)),
                "{name}: the screen lacks what the summary says: {sentence}\n{screen}"
            );
        }
    }
}

#[test]
fn review_in_a_terminal_too_narrow_for_the_bars_says_them_in_words() {
    let ran = Test::new().answers("first-episode").run().success();
    let (json, _) = ran
        .files()
        .into_iter()
        .find(|(p, _)| p.extension().unwrap() == "json")
        .unwrap();
    let json = json.to_str().unwrap();
    let state = ran.home().state();
    let mut wide = Pty::start(&["review", json], 100, 200, &state);
    assert_eq!(wide.end(), 0);
    let wide = wide.text();
    assert!(
        wide.contains("Short-term ─") && wide.contains("█"),
        "{wide}"
    );
    let mut narrow = Pty::start(&["review", json], 40, 400, &state);
    assert_eq!(narrow.end(), 0);
    let narrow = narrow.text();
    assert!(!narrow.contains('─') && !narrow.contains('█'), "{narrow}");
    assert!(
        narrow.contains("Short-term, 20 sessions: $480 a")
            && narrow.contains("month, $2,400 in all"),
        "{narrow}"
    );
    assert!(
        narrow.contains("What you could spend: $500 a month"),
        "{narrow}"
    );
}
