//! What every end-to-end test needs: the binary, the files a run wrote, and
//! the lines a person types for a given answers file; with what the test
//! crates share (tests/fixtures: the bank loaded once, the one fixed clock,
//! the examples and their records) under the same names.

use std::path::{Path, PathBuf};

use therapy_choice::answers::{Answer, Answers};
use therapy_choice::ask::Step;

pub use crate::fixtures::{EXAMPLES, bank, built_in, example, example_answers, steps, steps_from};
use crate::test::{Ran, Test};

/// A new, empty folder for unfinished answers, left for the OS to clean.
pub fn fresh_state_dir() -> PathBuf {
    tempfile::tempdir().unwrap().keep()
}

pub fn bin_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_therapy-choice"))
}

/// The files in a folder, sorted.
pub fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// The one saved record in a folder, without its time.
pub fn record_without_time(dir: &Path) -> serde_json::Value {
    let json: Vec<PathBuf> = files_in(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(json.len(), 1, "expected one record in {}", dir.display());
    let mut record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json[0]).unwrap()).unwrap();
    record.as_object_mut().unwrap().remove("created");
    record
}

/// The line a person would type in plain mode for this answer.
pub fn typed(question_id: &str, answer: Option<&Answer>) -> String {
    let q = bank().question(question_id).unwrap();
    let number_of = |id: &str| {
        q.kind
            .options()
            .iter()
            .position(|o| o.id == id)
            .map(|k| (k + 1).to_string())
            .unwrap()
    };
    match answer {
        None => String::new(),
        Some(Answer::Choice(id)) => number_of(id),
        Some(Answer::Choices(ids)) if ids.is_empty() => "0".into(),
        Some(Answer::Choices(ids)) => ids
            .iter()
            .map(|id| number_of(id))
            .collect::<Vec<_>>()
            .join(" "),
        Some(Answer::YesNo(b)) => if *b { "y" } else { "n" }.into(),
        Some(Answer::Scale(n)) => n.to_string(),
        Some(Answer::Number(n)) => n.to_string(),
        Some(Answer::DontKnow) => "?".into(),
        Some(Answer::Text(t)) => t.clone(),
    }
}

/// Where two records first differ, in a line, for a readable failure.
pub fn first_difference(left: &serde_json::Value, right: &serde_json::Value) -> String {
    match (left, right) {
        (serde_json::Value::Object(a), serde_json::Value::Object(b)) => {
            for (k, v) in a {
                match b.get(k) {
                    Some(w) if v == w => {}
                    Some(w) => return format!("{k}.{}", first_difference(v, w)),
                    None => return format!("{k} is missing on the right"),
                }
            }
            "the right has more fields".into()
        }
        (serde_json::Value::Array(a), serde_json::Value::Array(b)) => {
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                if v != w {
                    return format!("[{i}].{}", first_difference(v, w));
                }
            }
            format!("lengths {} and {}", a.len(), b.len())
        }
        (a, b) => format!(" {a} != {b}"),
    }
}

/// Assert two records are the same apart from their time.
pub fn assert_same_record(left: &std::path::Path, right: &std::path::Path, what: &str) {
    let (a, b) = (record_without_time(left), record_without_time(right));
    assert!(
        a == b,
        "{what}: the records differ at {}",
        first_difference(&a, &b)
    );
}

/// The lines a person types in plain mode for an example (a "c" to go on
/// from the safety page), ending with the empty line that finishes the review.
pub fn lines_for(name: &str) -> Vec<String> {
    lines_for_answers(&example_answers(name))
}

/// The lines a person types in plain mode for these answers, ending with the
/// "f" that finishes the review.
pub fn lines_for_answers(answers: &Answers) -> Vec<String> {
    let mut lines: Vec<String> = steps(answers)
        .into_iter()
        .filter_map(|s| match s {
            // An amount is typed with its money sign where the flow took it.
            Step::Question { id, sign, .. } => {
                Some(sign.unwrap_or_default() + &typed(&id, answers.get(&id)))
            }
            // The safety page waits for a typed "c".
            Step::Page(p) if p.urgent => Some("c".into()),
            // A page with pages one key away waits for Enter.
            Step::Page(p) if !p.more.is_empty() => Some(String::new()),
            Step::Page(_) => None,
        })
        .collect();
    lines.push("f".into());
    lines
}

/// The one record in `out` is the one `run --answers` writes for the
/// example `name`, apart from its time.
pub fn assert_same_as_example(out: &Path, name: &str, what: &str) {
    let whole = Test::new().answers(name).run().success();
    assert_same_record(out, whole.out(), what);
}

/// One example record (its .json) in the `out/` of a home of its own.
pub fn a_record() -> (Ran, PathBuf) {
    let ran = Test::new().answers("first-episode").run().success();
    let json = ran.record();
    (ran, json)
}

/// `review` and `export` refuse `record` alone (exit 2, nothing on standard
/// output, each of `words` said, no panic); `review` of its folder skips it (exit 1),
/// saying each of `in_folder`.
pub fn refused_as_a_record(ran: &Ran, record: &Path, words: &[&str], in_folder: &[&str]) {
    for args in [vec!["review"], vec!["export", "fhir-response"]] {
        let err = ran
            .again()
            .args(&args)
            .arg(record)
            .run()
            .code(2)
            .no_stdout()
            .stderr();
        for w in words {
            assert!(err.contains(w), "{args:?} misses {w}: {err}");
        }
        assert!(!err.contains("panicked"), "{err}");
    }
    let folder = ran
        .again()
        .arg("review")
        .arg(ran.home().out())
        .run()
        .code(1);
    let err = folder.stderr();
    for w in in_folder {
        assert!(err.contains(w), "folder review misses {w}: {err}");
    }
}
