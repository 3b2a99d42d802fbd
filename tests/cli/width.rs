//! Nothing cut off: every screen of an example, as the real program wrote it
//! to a pseudo-terminal 40, 60, 80 and 160 columns wide, in the terminal and
//! in plain mode. No line may be wider than the terminal (it would wrap
//! mid-word), and no word may be split across two lines.

use std::collections::HashSet;
use std::path::Path;

use crate::common::{example_answers, fresh_state_dir, lines_for};
use crate::pty::{Pty, screens};

const SIZES: [(u16, u16); 4] = [(40, 15), (60, 15), (80, 24), (160, 50)];

/// Every word in the texts of the bank, the facts and the rules, lowercased.
fn vocabulary() -> HashSet<String> {
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    let mut texts = Vec::new();
    for name in ["bank.json", "evidence.json", "rules.json"] {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root.join(name)).unwrap()).unwrap();
        strings(&v, &mut texts);
    }
    texts
        .iter()
        .flat_map(|t| {
            t.split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A saved file's path on a line of its own: kept whole on purpose, so a
/// person can copy it, and wrapped by the terminal with no line break.
fn is_saved_path(line: &str) -> bool {
    let path = line.trim_start();
    path.starts_with('/')
        && !path.contains(' ')
        && [".md", ".html", ".json"].iter().any(|e| path.ends_with(e))
}

/// Every saved file is named whole, on one line of the screens.
fn paths_whole(screens: &[Vec<String>], out: &Path) -> Vec<String> {
    let lines: Vec<String> = screens.concat();
    crate::common::files_in(out)
        .iter()
        .map(|f| format!("  {}", std::path::absolute(f).unwrap().display()))
        .filter(|want| !lines.contains(want))
        .map(|want| format!("not whole on one line: {want:?}"))
        .collect()
}

/// Every problem with the lines of these screens at this width.
fn problems(screens: &[Vec<String>], cols: usize, words: &HashSet<String>) -> Vec<String> {
    let mut found = Vec::new();
    for screen in screens {
        for line in screen {
            let width = console::measure_text_width(line);
            if width > cols && !is_saved_path(line) {
                found.push(format!("{width} columns: {line:?}"));
            }
        }
        for pair in screen.windows(2) {
            let (Some(end), Some(start)) = (
                pair[0].split_whitespace().last(),
                pair[1].split_whitespace().next(),
            ) else {
                continue;
            };
            let tail: String = end
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect();
            let tail: String = tail.chars().rev().collect();
            let head: String = start.chars().take_while(|c| c.is_alphabetic()).collect();
            if tail.is_empty() || head.is_empty() || tail.len() != end.len() {
                continue;
            }
            let joined = format!("{tail}{head}").to_lowercase();
            if words.contains(&joined)
                && (!words.contains(&tail.to_lowercase()) || !words.contains(&head.to_lowercase()))
            {
                found.push(format!("a word split: {:?} / {:?}", pair[0], pair[1]));
            }
        }
    }
    found
}

#[test]
fn every_terminal_screen_fits_its_width_with_no_word_split() {
    let words = vocabulary();
    let answers = example_answers("unsure-needs-support");
    for (cols, rows) in SIZES {
        let out = tempfile::tempdir().unwrap();
        let mut pty = Pty::start(
            &["--out", out.path().to_str().unwrap()],
            cols,
            rows,
            &fresh_state_dir(),
        );
        pty.answer(&answers, usize::MAX);
        pty.finish();
        assert_eq!(pty.end(), 0);
        let shown = screens(&pty.log);
        assert!(
            shown.len() > 40,
            "{cols} columns: only {} screens",
            shown.len()
        );
        let mut found = problems(&shown, cols as usize, &words);
        found.extend(paths_whole(&shown, out.path()));
        assert!(found.is_empty(), "at {cols} columns:\n{}", found.join("\n"));
    }
}

#[test]
fn plain_mode_fits_its_width_with_no_word_split() {
    let words = vocabulary();
    let mut typed = lines_for("unsure-needs-support");
    // m under the result's first part prints the rest, to measure it too.
    typed.push("m".into());
    for (cols, rows) in SIZES {
        let out = tempfile::tempdir().unwrap();
        let mut pty = Pty::start(
            &["--plain", "--out", out.path().to_str().unwrap()],
            cols,
            rows,
            &fresh_state_dir(),
        );
        for line in &typed {
            pty.wait("\n> ");
            pty.keys(&format!("{line}\r"));
        }
        assert_eq!(pty.end(), 0);
        // The lines the program wrote; the person's typing, echoed after the
        // "> " prompt by the terminal, is theirs.
        let text = screens(&pty.log).concat();
        let lines: Vec<String> = text.into_iter().filter(|l| !l.starts_with("> ")).collect();
        assert!(
            lines.len() > 200,
            "{cols} columns: only {} lines",
            lines.len()
        );
        let found = problems(&[lines], cols as usize, &words);
        assert!(found.is_empty(), "at {cols} columns:\n{}", found.join("\n"));
    }
}
