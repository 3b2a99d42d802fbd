//! `review` and `export`: a folder of good, corrupt, truncated and
//! future-version records; one file in full; the FHIR exports.

use std::path::{Path, PathBuf};

use crate::common::EXAMPLES;
use crate::test::{Home, Ran, Test};
use therapy_choice::record::SCHEMA_VERSION;

/// A home whose `out/` holds the three example summaries (all three files
/// each) and three broken records. Returns the last run, to run again in
/// that home, and the example records by name.
fn clinic() -> (Ran, Vec<(String, PathBuf)>) {
    let mut test = Test::new();
    let mut records = Vec::new();
    let mut last = None;
    for name in EXAMPLES {
        let ran = test.answers(name).run().success();
        records.push((name.to_string(), ran.record()));
        test = ran.again();
        last = Some(ran);
    }
    let last = last.unwrap();
    let dir = last.home().out();
    let good = std::fs::read_to_string(&records[0].1).unwrap();
    std::fs::write(dir.join("truncated.json"), &good[..good.len() / 2]).unwrap();
    std::fs::write(dir.join("corrupt.json"), "this is not json").unwrap();
    std::fs::write(
        dir.join("future.json"),
        good.replacen(
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
            "\"schema_version\": 99",
            1,
        ),
    )
    .unwrap();
    (last, records)
}

/// The JSON `export` prints for these arguments.
fn exported(args: &[&str], file: Option<&Path>) -> serde_json::Value {
    let mut test = Test::new().arg("export").args(args);
    if let Some(file) = file {
        test = test.arg(file);
    }
    test.run().success().json()
}

fn file_name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().to_string()
}

#[test]
fn a_folder_gives_a_triage_table_safety_first_and_lists_what_it_skipped() {
    let (clinic, records) = clinic();
    let ran = clinic
        .again()
        .arg("review")
        .arg(clinic.home().out())
        .run()
        .code(1);
    let (out, err) = (ran.stdout(), ran.stderr());
    let lines: Vec<&str> = out.lines().collect();
    let legend = therapy_choice::review::LEGEND.lines().count();
    assert_eq!(
        lines.len(),
        5 + legend,
        "a header, three rows, the legend and a footer:\n{out}"
    );
    assert_eq!(
        lines[4 + legend],
        "Passed over 6 files saved beside these summaries (their .md and .html)."
    );
    for line in &lines {
        assert!(line.chars().count() <= 80, "wider than 80 columns: {line}");
    }
    let row_of = |name: &str| {
        if name == "first-episode" {
            // This example puts a label on its summary, shown instead of the file.
            return lines.iter().position(|l| l.ends_with("J.S. 4471")).unwrap();
        }
        let file = file_name(&records.iter().find(|(n, _)| n == name).unwrap().1);
        let stem = file.trim_end_matches(".json");
        // The file name loses the start all names share; its end tells files apart.
        // "therapy-choice-YYYY-MM-DD-" is the start all three share.
        let end: String = format!(" ~{}", stem.chars().skip(26).collect::<String>());
        lines.iter().position(|l| l.ends_with(&end)).unwrap()
    };
    // Safety first, then flagged decisional conflict, then the rest.
    assert_eq!(row_of("unsure-needs-support"), 1);
    assert_eq!(row_of("long-standing-patterns"), 2);
    assert_eq!(row_of("first-episode"), 3);
    assert!(lines[0].starts_with("SELF-HARM PHQ-9 SURE"), "{}", lines[0]);
    assert!(lines[1].starts_with("yes "), "{}", lines[1]);
    assert!(lines[3].starts_with("no "), "{}", lines[3]);
    assert!(lines[2].contains("3/4 !"));
    assert!(lines[3].contains(" TL ML "), "{}", lines[3]);
    assert!(lines[4].starts_with("SELF-HARM: yes, not said or no"));
    assert!(lines[5].starts_with("! talk about this"));
    assert!(err.contains("truncated.json: it is cut short"), "{err}");
    assert!(
        err.contains("corrupt.json: it is not a therapy-choice summary"),
        "{err}"
    );
    assert!(
        err.contains("future.json: it was written by a newer therapy-choice (record schema 99)"),
        "{err}"
    );
    assert!(err.contains("3 files could not be read"));
}

#[test]
fn review_as_json_has_every_row_and_every_skipped_file() {
    let (clinic, _) = clinic();
    let doc = clinic
        .again()
        .args(["review", "--format", "json"])
        .arg(clinic.home().out())
        .run()
        .code(1)
        .json();
    assert_eq!(doc["rows"].as_array().unwrap().len(), 3);
    assert_eq!(doc["skipped"].as_array().unwrap().len(), 3);
    assert_eq!(doc["rows"][0]["safety"], true);
}

#[test]
fn a_good_folder_exits_0() {
    let (clinic, records) = clinic();
    let dir = clinic.home().out();
    for name in ["truncated.json", "corrupt.json", "future.json"] {
        std::fs::remove_file(dir.join(name)).unwrap();
    }
    clinic.again().arg("review").arg(&dir).run().success();
    clinic
        .again()
        .arg("review")
        .arg(&records[0].1)
        .arg(&records[1].1)
        .run()
        .success();
}

#[test]
fn one_file_shows_the_clinician_view_flags_first() {
    let (_dir, records) = clinic();
    let (_, unsure) = records
        .iter()
        .find(|(n, _)| n == "unsure-needs-support")
        .unwrap();
    Test::new()
        .arg("review")
        .arg(unsure)
        .run()
        .success()
        .stdout_starts("For the clinician\n")
        .stdout_has("! Safety (self-reported, not assessed): Thoughts of death, self-harm or suicide: yes (self-reported); right now: no")
        .stdout_has("! PHQ-9: 20 of 27, severe; item 9: Several days")
        .stdout_has("!! SAFETY")
        .stdout_has("!! How sure you feel: 0 of 4")
        .stdout_has("What your answers suggest");
}

#[test]
fn one_broken_file_alone_is_bad_input() {
    let (clinic, _) = clinic();
    clinic
        .again()
        .arg("review")
        .arg(clinic.home().out().join("future.json"))
        .run()
        .code(2)
        .stderr_has("newer therapy-choice");
}

#[test]
fn one_missing_file_alone_is_one_sentence_naming_it_with_no_table() {
    let home = Home::new();
    let missing = home.path("nonexist.json");
    let ran = Test::new()
        .arg("review")
        .arg(&missing)
        .run()
        .code(2)
        .no_stdout()
        .stderr_has(&format!(
            "Could not open the summary {}: there is no such file or folder.",
            missing.display()
        ));
    assert!(!ran.stderr().contains("Skipped"), "{}", ran.stderr());
    // Two names, one missing, still give the table and the skipped list.
    let (clinic, records) = clinic();
    clinic
        .again()
        .arg("review")
        .arg(&records[0].1)
        .arg(&missing)
        .run()
        .code(1)
        .stdout_has("LABEL/FILE")
        .stderr_has("Skipped 1 file:");
}

#[test]
fn the_fhir_response_answers_questions_of_the_fhir_questionnaire() {
    let (_clinic, records) = clinic();
    let q = exported(&["fhir-questionnaire"], None);
    assert_eq!(q["resourceType"], "Questionnaire");
    fn ids(items: &serde_json::Value, out: &mut Vec<String>) {
        for item in items.as_array().into_iter().flatten() {
            out.push(item["linkId"].as_str().unwrap().to_string());
            ids(&item["item"], out);
        }
    }
    let mut known = Vec::new();
    ids(&q["item"], &mut known);
    let slider = q.to_string().contains("\"code\":\"slider\"");
    let bank = crate::common::bank();
    let ratings = bank
        .questions()
        .any(|(_, q)| matches!(q.kind, therapy_choice::bank::Kind::Scale { .. }));
    assert_eq!(
        slider, ratings,
        "0-10 ratings, and only they, need the SDC slider control"
    );
    for (_, record) in &records {
        let r = exported(&["fhir-response"], Some(record));
        assert_eq!(r["status"], "completed");
        assert_eq!(
            r["questionnaire"],
            format!(
                "{}|{}",
                q["url"].as_str().unwrap(),
                q["version"].as_str().unwrap()
            )
        );
        let mut answered = Vec::new();
        ids(&r["item"], &mut answered);
        assert!(answered.len() > 30);
        for id in answered {
            assert!(known.contains(&id), "{id} is not in the questionnaire");
        }
    }
}

#[test]
fn the_wide_table_has_the_lean_in_words_and_the_whole_path() {
    let (clinic, records) = clinic();
    let out = clinic
        .again()
        .args(["review", "--wide"])
        .arg(clinic.home().out())
        .run()
        .code(1)
        .stdout();
    assert!(out.contains("time:long"), "{out}");
    assert!(out.contains("clearly fits short-term better"), "{out}");
    for (_, record) in &records {
        assert!(out.contains(&record.display().to_string()), "{out}");
    }
}

#[test]
fn review_help_explains_every_column() {
    let out = Test::new()
        .args(["review", "--help"])
        .run()
        .success()
        .stdout();
    assert!(!out.contains("SAFE "), "{out}");
    for column in [
        "SELF-HARM",
        "PHQ-9",
        "SURE",
        "FIT",
        "OWN",
        "BARRIERS",
        "DATE",
        "LABEL/FILE",
        "--wide",
    ] {
        assert!(
            out.lines().any(|l| l.trim_start().starts_with(column)),
            "{column} is not explained:\n{out}"
        );
    }
}

#[test]
fn a_summary_that_is_not_the_json_says_what_it_is_and_what_review_expects() {
    let (clinic, records) = clinic();
    let json = &records[0].1;
    for (ending, what) in [
        ("md", "it is a text document (Markdown)"),
        ("html", "it is a web page (HTML)"),
    ] {
        let other = json.with_extension(ending);
        clinic
            .again()
            .arg("review")
            .arg(&other)
            .run()
            .code(2)
            .stderr_has(what)
            .stderr_has("review expects the .json file saved with each summary");
    }
    let answers = crate::common::example("first-episode");
    clinic
        .again()
        .arg("review")
        .arg(&answers)
        .run()
        .code(2)
        .stderr_has("it is an answers file, not a summary");
    let pdf = clinic.home().out().join("printed.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n\x80\x81binary").unwrap();
    clinic
        .again()
        .arg("review")
        .arg(&pdf)
        .run()
        .code(2)
        .stderr_has("it is a PDF; review expects");
}

#[test]
fn a_schema_1_record_still_opens_in_review_and_export() {
    let old = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/records/schema-1.json");
    let text = std::fs::read_to_string(&old).unwrap();
    assert!(text.contains("\"schema_version\": 1"));
    Test::new()
        .arg("review")
        .arg(&old)
        .run()
        .success()
        .stdout_has("leans clearly short-term (score -100");
    Test::new()
        .args(["export", "fhir-response"])
        .arg(&old)
        .run()
        .success()
        .stdout_has("\"status\": \"completed\"");
}

#[test]
fn a_schema_1_record_with_a_safety_yes_still_opens_in_review_and_export() {
    // Written before the safety question became a single choice: its answer
    // is true, and its crisis lines are not grouped by country.
    let old = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/records/schema-1-unsure-needs-support.json");
    Test::new()
        .arg("review")
        .arg(&old)
        .run()
        .success()
        .stdout_starts("!! SAFETY")
        .stdout_has("116 123");
    let r = exported(&["fhir-response"], Some(&old));
    assert!(r.to_string().contains("\"valueBoolean\":true"));
}

#[test]
fn the_safety_answer_is_exported_as_a_coded_single_choice() {
    let ran = Test::new().answers("unsure-needs-support").run().success();
    let r = exported(&["fhir-response"], Some(&ran.record()));
    let safety = &r["item"][0]["item"][0];
    assert_eq!(safety["linkId"], "safety.thoughts");
    assert_eq!(safety["answer"][0]["valueCoding"]["code"], "yes");
    let q = exported(&["fhir-questionnaire"], None);
    let item = &q["item"][0]["item"][0];
    assert_eq!(item["linkId"], "safety.thoughts");
    assert_eq!(item["type"], "choice");
    assert_eq!(item["required"], true);
}

#[test]
fn an_empty_folder_says_it_holds_no_summaries() {
    let home = Home::new();
    let empty = home.path("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let ran = Test::new().arg("review").arg(&empty).run().code(1);
    assert!(!ran.stdout().contains("LABEL OR FILE"), "{}", ran.stdout());
    ran.stderr_has(&format!("No summaries in {}.", empty.display()));
}

#[test]
fn review_of_every_file_passes_over_a_summarys_own_md_and_html() {
    let (clinic, _) = clinic();
    let dir = clinic.home().out();
    for name in ["truncated.json", "corrupt.json", "future.json"] {
        std::fs::remove_file(dir.join(name)).unwrap();
    }
    let mut every: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    every.sort();
    assert_eq!(every.len(), 9, "three summaries of three files each");
    let ran = clinic.again().arg("review").args(&every).run().success();
    assert!(!ran.stderr().contains("Skipped"), "{}", ran.stderr());
    ran.stdout_has("Passed over 6 files saved beside these summaries");
    // A stray file that is not a summary is still named, and still exit 1.
    let stray = dir.join("notes.txt");
    std::fs::write(&stray, "my notes").unwrap();
    every.push(stray);
    clinic
        .again()
        .arg("review")
        .args(&every)
        .run()
        .code(1)
        .stderr_has("Skipped 1 file:")
        .stderr_has("notes.txt: it is not a therapy-choice summary");
    let doc = clinic
        .again()
        .args(["review", "--format", "json"])
        .arg(&dir)
        .run()
        .code(0)
        .json();
    assert_eq!(doc["beside_summaries"], 6);
}

/// The saved record of one example run.
fn one_record(name: &str) -> (Ran, PathBuf) {
    let ran = Test::new().answers(name).run().success();
    let record = ran.record();
    (ran, record)
}

#[test]
fn review_of_one_file_in_a_terminal_opens_in_the_pager_with_the_box_first() {
    let (ran, record) = one_record("first-episode");
    let record = record.to_str().unwrap();
    let mut pty = crate::pty::Pty::start(&["review", record], 80, 24, &ran.home().state());
    pty.wait("Space or Enter: more");
    let first = pty.text();
    assert!(
        first.trim_start().starts_with("For the clinician"),
        "{first}"
    );
    assert!(
        first.contains("In their words"),
        "the whole box on the first screen:\n{first}"
    );
    assert!(
        !first.contains("All answers"),
        "only one screen so far:\n{first}"
    );
    pty.keys("q");
    assert_eq!(pty.end(), 0);
    assert!(pty.text().contains("All answers"), "q shows the rest");
}

#[test]
fn review_of_one_file_shows_what_is_for_the_clinician_and_the_crisis_lines_once() {
    let (_ran, record) = one_record("unsure-needs-support");
    let ran = Test::new().arg("review").arg(&record).run().success();
    let out = ran.stdout();
    assert!(out.starts_with("For the clinician\n"), "{out}");
    assert!(
        !out.contains("--fresh"),
        "no command for the person:\n{out}"
    );
    assert!(!out.contains("This program contacts no one"), "{out}");
    assert_eq!(
        out.matches("Samaritans (call 116 123)").count(),
        2,
        "UK and Ireland, once each:\n{out}"
    );
    assert_eq!(
        out.matches("988 Suicide & Crisis Lifeline").count(),
        1,
        "{out}"
    );
}
