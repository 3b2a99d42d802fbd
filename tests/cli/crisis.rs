//! The crisis numbers in the bank are exactly the ones DOMAIN.md lists: no
//! more, no fewer, none changed. Wrong numbers in mental-health apps are a
//! documented harm.

use std::path::Path;

use therapy_choice::bank::Bank;

/// DOMAIN.md section 4, as (number, where) pairs.
const EMERGENCY: [(&str, &str); 4] = [
    ("911", "US and Canada"),
    ("999", "UK"),
    ("112", "EU"),
    ("000", "Australia"),
];
const LINES: [(&str, &str); 3] = [
    ("988", "US and Canada"),
    ("116 123", "UK and Ireland"),
    ("13 11 14", "Australia"),
];

#[test]
fn the_crisis_numbers_are_exactly_the_domain_list() {
    let bank = Bank::embedded().unwrap();
    let crisis = &bank.evidence.crisis;
    let emergency: Vec<(&str, &str)> = crisis
        .emergency
        .iter()
        .map(|e| (e.number.as_str(), e.place.as_str()))
        .collect();
    let lines: Vec<(&str, &str)> = crisis
        .lines
        .iter()
        .map(|l| (l.number.as_str(), l.place.as_str()))
        .collect();
    assert_eq!(emergency, EMERGENCY);
    assert_eq!(lines, LINES);
    assert!(!crisis.checked.is_empty(), "the date checked is missing");
}

#[test]
fn every_crisis_number_appears_in_domain_md_when_it_is_beside_the_repository() {
    let domain = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/DOMAIN.md");
    let Ok(text) = std::fs::read_to_string(&domain) else {
        // A clone without shared/ beside it: the constant list above stands in.
        return;
    };
    let safety = &text[text.find("## 4. Safety").unwrap()..];
    for (number, _) in EMERGENCY.iter().chain(LINES.iter()) {
        assert!(safety.contains(number), "{number} is not in DOMAIN.md");
    }
}
