//! What every end-to-end test needs: the binary, the built-in bank loaded
//! once, the one fixed clock, the examples and their records (each built
//! once), the files a run wrote, and the steps a person meets for a given
//! answers file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use therapy_choice::answers::{Answer, Answers, file};
use therapy_choice::ask::{Progress, Scripted, Step, walk};
use therapy_choice::bank::Bank;
use therapy_choice::record::Record;

use crate::test::{Ran, Test};

pub const EXAMPLES: [&str; 3] = [
    "first-episode",
    "long-standing-patterns",
    "unsure-needs-support",
];

/// A new, empty folder for unfinished answers, left for the OS to clean.
pub fn fresh_state_dir() -> PathBuf {
    tempfile::tempdir().unwrap().keep()
}

pub fn bin_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_therapy-choice"))
}

/// Every Rust file below `dir`, for the tests that read the source.
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

pub fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("questions/examples")
        .join(format!("{name}.json"))
}

/// The text of one of the built-in bank's files (bank.json, evidence.json,
/// rules.json).
pub fn built_in(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("questions")
            .join(name),
    )
    .unwrap()
}

/// The same clock as the unit tests': noon on 26 November 2026 at -05:00.
#[path = "../../src/fixtures/clock.rs"]
mod clock;
pub use clock::noon;

/// The built-in bank, loaded once for every test.
pub fn bank() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| Bank::embedded().expect("the built-in bank loads"))
}

pub fn example_answers(name: &str) -> Answers {
    file::read(bank(), &std::fs::read_to_string(example(name)).unwrap()).unwrap()
}

/// The record of these answers, made at the fixed noon.
pub fn record_of(answers: &Answers) -> Record {
    Record::build(bank(), answers, noon())
}

/// An example's record, made at the fixed noon; each is built once.
pub fn example_record(name: &str) -> Record {
    static RECORDS: OnceLock<Mutex<HashMap<String, Record>>> = OnceLock::new();
    let records = RECORDS.get_or_init(Mutex::default);
    if let Some(built) = records.lock().unwrap().get(name) {
        return built.clone();
    }
    let built = record_of(&example_answers(name));
    records
        .lock()
        .unwrap()
        .entry(name.to_string())
        .or_insert(built)
        .clone()
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

/// The steps of the flow for these answers, as the answers-file prompter met them.
pub fn steps(answers: &Answers) -> Vec<Step> {
    steps_from(answers, Progress::default())
}

/// The steps left after `progress`, as a resumed run meets them.
pub fn steps_from(answers: &Answers, progress: Progress) -> Vec<Step> {
    let mut scripted = Scripted::new(answers.clone());
    walk(bank(), &mut scripted, progress, &mut |_| {}).unwrap();
    scripted.steps
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
