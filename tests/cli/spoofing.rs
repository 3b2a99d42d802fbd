//! Hostile inputs, round three: no invisible character can spoof a label or
//! an id. Zero-width characters, the byte order mark and the direction marks
//! and isolates are made visible (U+FFFD, as escapes are) wherever text from a
//! file or a person is shown: the triage table, --wide, the one-file view,
//! the .md and .html, error messages, and the terminal's check screen. ZWJ
//! and ZWNJ, which scripts and emoji need, are left alone.

use expectrl::Expect;
use serde_json::Value;

use crate::common::{example, files_in};
use crate::test::Test;

/// Each character that hides or reorders text without showing.
const HIDDEN: [char; 13] = [
    '\u{200B}', '\u{2060}', '\u{FEFF}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{202A}', '\u{202B}',
    '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2069}',
];

/// A Persian name with ZWNJ, and a family emoji joined by ZWJ: kept whole.
const JOINED: &str =
    "\u{645}\u{6CC}\u{200C}\u{62E}\u{648}\u{627}\u{647}\u{645} \u{1F469}\u{200D}\u{1F467}";

fn assert_nothing_hidden(text: &str, what: &str) {
    for c in HIDDEN {
        assert!(
            !text.contains(c),
            "{what} holds U+{:04X} raw: {text:?}",
            c as u32
        );
    }
}

fn answers_with(label: &str, note: &str) -> Value {
    let text = std::fs::read_to_string(example("first-episode")).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["answers"]["notes.label"] = label.into();
    v["answers"]["notes.note"] = note.into();
    v
}

#[test]
fn invisible_characters_are_made_visible_in_every_file_and_view() {
    let note: String = HIDDEN.iter().map(|c| format!("x{c}y ")).collect();
    let ran = Test::new()
        .answers(answers_with(
            "J.S. 44\u{200B}71",
            &format!("{note}{JOINED}"),
        ))
        .run()
        .success();
    assert_nothing_hidden(&ran.stdout(), "the result");
    for (file, _) in ran.files() {
        let text = std::fs::read_to_string(&file).unwrap();
        let what = file.display().to_string();
        assert_nothing_hidden(&text, &what);
        let joined = match file.extension().unwrap().to_str().unwrap() {
            "json" => serde_json::to_string(JOINED)
                .unwrap()
                .trim_matches('"')
                .to_string(),
            _ => JOINED.to_string(),
        };
        assert!(text.contains(&joined), "{what} lost the joiners");
    }
    let out = ran.out().to_path_buf();
    for args in [
        vec!["review".to_string()],
        vec!["review".into(), "--wide".into()],
    ] {
        let folder = ran.again().args(&args).arg(&out).run().success();
        let shown = folder.stdout();
        assert_nothing_hidden(&shown, &format!("{args:?}"));
        assert!(shown.contains("J.S. 44\u{FFFD}71"), "{args:?}: {shown}");
        let one = ran.again().args(&args).arg(ran.record()).run().success();
        assert_nothing_hidden(&one.stdout(), &format!("{args:?} of one file"));
    }
}

#[test]
fn an_id_in_an_error_message_shows_its_invisible_characters() {
    let mut v = answers_with("x", "y");
    v["answers"]["time.commit\u{200B}ment"] = "not_sure".into();
    let ran = Test::new().answers(v).run().code(2);
    let err = ran.stderr();
    assert!(err.contains("time.commit\u{FFFD}ment"), "{err}");
    assert_nothing_hidden(&err, "the error");
}

#[test]
fn a_label_of_only_invisible_characters_falls_back_to_the_file_name() {
    let ran = Test::new()
        .answers(answers_with("\u{200B}\u{2060}\u{FEFF} \u{200E}", "y"))
        .run()
        .success();
    let record = ran.record();
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&record).unwrap()).unwrap();
    assert!(json.get("label").is_none(), "{}", json["label"]);
    let rows = ran
        .again()
        .args(["review", "--format", "json"])
        .arg(ran.out())
        .run()
        .success()
        .json();
    assert_eq!(rows["rows"][0]["label"], Value::Null, "{rows}");
    let table = ran.again().arg("review").arg(ran.out()).run().success();
    let stem = record.file_stem().unwrap().to_string_lossy().into_owned();
    assert!(
        table.stdout().contains(&stem[stem.len() - 6..]),
        "{}",
        table.stdout()
    );
}

// The terminal's check screen: a resumed note's escapes are neutralised as
// plain mode and review neutralise them.

#[test]
fn a_resumed_note_is_neutralised_on_the_terminal_check_screen() {
    use therapy_choice::store::state::{Saved, StateFolder};
    let bank = crate::common::bank();
    let mut answers = crate::common::example_answers("first-episode");
    let hostile = "hi \u{1b}]0;pwned\u{7} \u{9b}2J zqx\u{200B}end";
    answers.insert(
        "notes.note".into(),
        therapy_choice::answers::Answer::Text(hostile.into()),
    );
    let dir = tempfile::tempdir().unwrap();
    let (state, out) = (dir.path().join("state"), dir.path().join("out"));
    let asked: Vec<String> = crate::common::steps(&answers)
        .into_iter()
        .filter_map(|s| match s {
            therapy_choice::ask::Step::Question { id, .. } => Some(id),
            _ => None,
        })
        .collect();
    let folder = StateFolder::open(&state).unwrap();
    folder
        .save(&Saved {
            bank_id: bank.id.clone(),
            bank_version: bank.version.clone(),
            bank_hash: bank.hash.clone(),
            saved_at: None,
            answers: answers.to_file_json()["answers"].clone(),
            asked,
            earlier_safety: None,
        })
        .unwrap();
    drop(folder);
    let mut session = crate::terminal::spawn_with(&out, &state);
    session.expect("Continue?").unwrap();
    crate::terminal::send(&mut session, "\x1b[B\r");
    // The safety question is asked again; then the check screen.
    let safety = bank.questions().map(|(_, q)| q).find(|q| q.safety).unwrap();
    let start: Vec<&str> = safety.text.split_whitespace().take(3).collect();
    session.expect(start.join(" ").as_str()).unwrap();
    session.expect("rather not say").unwrap();
    let keys = crate::terminal::keys(bank, &safety.id, answers.get(&safety.id));
    crate::terminal::send(&mut session, &keys);
    session.expect("Finish and save my summary").unwrap();
    // The note is near the end of the list: move down to it.
    crate::terminal::send(&mut session, &"\x1b[B".repeat(60));
    let shown = session.expect("zqx").unwrap();
    let screen = String::from_utf8_lossy(shown.before()).into_owned();
    assert!(!screen.contains("\u{1b}]0;pwned"), "{screen:?}");
    assert!(!screen.contains('\u{9b}'), "{screen:?}");
    assert!(
        screen.contains("hi \u{FFFD}]0;pwned\u{FFFD} \u{FFFD}2J"),
        "{screen:?}"
    );
    session.expect("\u{FFFD}end").unwrap();
    let _ = session
        .get_process_mut()
        .kill(expectrl::process::unix::Signal::SIGKILL);
    assert!(files_in(&out).is_empty());
}
