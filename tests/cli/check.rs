//! `check` and `evidence`: a valid bank, a broken one, and the facts in full.

use predicates::prelude::*;
use std::path::Path;

use crate::common::bin;

#[test]
fn the_built_in_bank_passes_check() {
    bin()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("is valid: 11 sections"));
}

#[test]
fn a_broken_bank_lists_every_problem_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    let bank = std::fs::read_to_string(root.join("bank.json"))
        .unwrap()
        .replace(
            "\"id\": \"time.sessions_per_week\"",
            "\"id\": \"time.commitment\"",
        )
        .replace("\"kind\": \"scale\"", "\"kind\": \"slider\"");
    std::fs::write(dir.path().join("bank.json"), bank).unwrap();
    for name in ["evidence.json", "rules.json"] {
        std::fs::copy(root.join(name), dir.path().join(name)).unwrap();
    }
    bin()
        .arg("check")
        .arg("--questions")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bank.json: time.commitment: this question id is used twice",
        ))
        .stderr(predicate::str::contains(
            "bank.json: matters.cost: unknown kind \"slider\"",
        ))
        .stderr(predicate::str::contains(
            "bank.json: matters.evidence: unknown kind \"slider\"",
        ));
}

#[test]
fn a_missing_bank_folder_is_named() {
    bin()
        .args(["check", "--questions", "/nonexistent/bank"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bank.json: file: could not read /nonexistent/bank/bank.json",
        ));
}

#[test]
fn evidence_prints_every_reference_in_full() {
    let assert = bin().arg("evidence").assert().success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    for citation in [
        "Fonagy P, Roth A, Higgitt A. The outcome of psychodynamic psychotherapy for psychological disorders. Clinical Neuroscience Research 2005; 4(5-6):367-377.",
        "Leichsenring F, Rabung S. Effectiveness of long-term psychodynamic psychotherapy: a meta-analysis. JAMA 2008; 300(13):1551-1565.",
        "Leichsenring F, Rabung S, Leibing E. The efficacy of short-term psychodynamic psychotherapy in specific psychiatric disorders: a meta-analysis. Archives of General Psychiatry 2004; 61(12):1208-1216.",
        "Smit Y, Huibers MJH, Ioannidis JPA, et al. The effectiveness of long-term psychoanalytic psychotherapy: a meta-analysis of randomized controlled trials. Clinical Psychology Review 2012; 32(2):81-92.",
    ] {
        assert!(out.contains(citation), "missing: {citation}");
    }
    for item in [
        "No funding. No ties to any provider of therapy.",
        "Next review by",
        "How the evidence was chosen",
        "Reading level",
    ] {
        assert!(out.contains(item), "missing: {item}");
    }
}
