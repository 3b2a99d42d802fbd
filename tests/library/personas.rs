//! Persona tests: each file in tests/personas holds a person's answers, the
//! band, barriers and mismatch DOMAIN.md section 2 leads us to expect (and any
//! clinician questions that must be there, by their id in rules.json), and one
//! sentence saying why.

use std::path::Path;

use therapy_choice::answers::file;
use therapy_choice::weigh::weigh;

#[test]
fn every_persona_gets_the_band_and_barriers_domain_md_expects() {
    let bank = crate::fixtures::bank();
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/personas");
    let mut seen = 0;
    let mut wrong = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let why = doc["why"].as_str().unwrap();
        assert!(
            why.len() > 40,
            "{}: say why the expectation follows",
            path.display()
        );
        let answers_file = serde_json::json!({ "answers": doc["answers"] }).to_string();
        let answers =
            file::read(bank, &answers_file).unwrap_or_else(|p| panic!("{}: {p:?}", path.display()));
        let a = weigh(bank, &answers);
        let barriers: Vec<&str> = a.barriers.iter().map(|b| b.id.as_str()).collect();
        let want_band = doc["expect"]["band"].as_str().unwrap();
        let want_barriers: Vec<&str> = doc["expect"]["barriers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_str().unwrap())
            .collect();
        let want_mismatch = doc["expect"]["mismatch"].as_bool().unwrap();
        let missing: Vec<&str> = doc["expect"]["clinician_questions"]
            .as_array()
            .map(|qs| {
                qs.iter()
                    .map(|q| q.as_str().unwrap())
                    .filter(|q| !a.clinician_questions.iter().any(|c| c == q))
                    .collect()
            })
            .unwrap_or_default();
        if a.band.name() != want_band
            || barriers != want_barriers
            || a.mismatch != want_mismatch
            || !missing.is_empty()
        {
            wrong.push(format!(
                "{}: expected {want_band} {want_barriers:?} mismatch {want_mismatch}, got {} (score {}) {barriers:?} mismatch {}; missing clinician questions {missing:?}",
                path.file_name().unwrap().to_string_lossy(),
                a.band,
                a.score,
                a.mismatch
            ));
        }
        seen += 1;
    }
    assert!(seen >= 8, "only {seen} personas");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
