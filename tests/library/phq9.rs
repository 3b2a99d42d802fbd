//! The optional PHQ-9: its words, answers and codes pinned to the copy of
//! DOMAIN.md section 4b kept in tests/data/phq9.md; its bands at every
//! boundary; item 9 and the safety question together.

use std::path::Path;

use crate::fixtures::{example_answers, steps};
use therapy_choice::answer::{Answer, Answers};
use therapy_choice::ask::Step;
use therapy_choice::bank::{Bank, Kind};
use therapy_choice::record::{Record, band_of};
use therapy_choice::render::screen::{self, Drawing};

fn domain() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/phq9.md");
    std::fs::read_to_string(path).unwrap()
}

/// The text between `before` and the next `end`, on one line.
fn between(text: &str, before: &str, end: &str) -> String {
    let start = text.find(before).unwrap() + before.len();
    let len = text[start..].find(end).unwrap();
    text[start..start + len]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The items of the table: (number, text, LOINC code).
fn table(text: &str) -> Vec<(u32, String, String)> {
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let n = cells.get(1)?.parse().ok()?;
            Some((n, cells[2].to_string(), cells[3].to_string()))
        })
        .collect()
}

fn items(bank: &Bank) -> Vec<&therapy_choice::bank::Question> {
    bank.questions()
        .map(|(_, q)| q)
        .filter(|q| q.sums_into.as_deref() == Some("phq9"))
        .collect()
}

#[test]
fn items_answers_and_codes_are_the_published_ones_word_for_word() {
    let text = domain();
    let bank = crate::fixtures::bank();
    let rows = table(&text);
    assert_eq!(rows.len(), 9, "the copy of the table has nine items");
    let stem = between(&text, "Stem: \"", "\"");
    let asked = items(bank);
    assert_eq!(asked.len(), 9);
    for ((n, item, code), q) in rows.iter().zip(&asked) {
        assert_eq!(&q.text, item, "item {n}");
        assert_eq!(q.loinc.as_deref(), Some(code.as_str()), "item {n}");
        assert_eq!(
            q.help.as_deref(),
            Some(stem.as_str()),
            "item {n} shows the stem"
        );
        assert_eq!(q.verbatim.as_deref(), Some("PHQ-9"));
        assert!(
            q.required,
            "item {n}: the total needs every item once begun"
        );
        let answers = between(&text, "scored 0-3: ", ".\n");
        let expected: Vec<(String, String)> = answers
            .split("), ")
            .map(|a| {
                let (words, code) = a.trim_end_matches(')').split_once(" (").unwrap();
                (words.to_string(), code.to_string())
            })
            .collect();
        let Kind::Single { options } = &q.kind else {
            panic!("item {n} is not a single choice");
        };
        let given: Vec<(String, String)> = options
            .iter()
            .map(|o| (o.text.clone(), o.loinc.clone().unwrap()))
            .collect();
        assert_eq!(given, expected, "item {n}");
        let points: Vec<u32> = options.iter().map(|o| o.points.unwrap()).collect();
        assert_eq!(points, [0, 1, 2, 3], "item {n}");
    }
    // Only item 9 raises the safety flag, above "Not at all".
    let raising: Vec<&str> = asked
        .iter()
        .filter(|q| q.flags_safety_above.is_some())
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(raising, [rows[8].1.as_str()]);
    assert_eq!(asked[8].flags_safety_above, Some(0));

    let section = bank.sections.iter().find(|s| s.id == "phq9").unwrap();
    let panel = between(&text, "Panel ", ";");
    assert_eq!(section.loinc.as_deref(), Some(panel.as_str()));
    let group = bank.score_group("phq9").unwrap();
    let total = between(&text, "total score ", " ");
    assert_eq!(group.loinc.as_deref(), Some(total.as_str()));
    let sum = group.sum.as_ref().unwrap();
    let credit = between(&text, "shown with it: \"", "\"");
    assert_eq!(sum.credit, credit);
    let note = between(&text, "score with \"", "\"");
    assert_eq!(sum.note.to_lowercase().trim_end_matches('.'), note);
    let bands = between(&text, "Severity bands (Kroenke 2001): ", ". ");
    let given: Vec<String> = sum
        .bands
        .iter()
        .map(|b| format!("{}-{} {}", b.from, b.to, b.label))
        .collect();
    assert_eq!(given.join(", "), bands);
}

/// The first example with the PHQ-9 answered to add up to `total`, item 9
/// answered with `item9` points.
fn answered(total: u32, item9: u32) -> Answers {
    let bank = crate::fixtures::bank();
    let mut answers = example_answers("first-episode");
    answers.insert("phq9.offer".into(), Answer::YesNo(true));
    let list = items(bank);
    let mut left = total - item9;
    for (k, q) in list.iter().enumerate() {
        let points = if k == 8 { item9 } else { left.min(3) };
        if k != 8 {
            left -= points;
        }
        let id = &q.kind.options()[points as usize].id;
        answers.insert(q.id.clone(), Answer::Choice(id.clone()));
    }
    assert_eq!(left, 0, "{total} cannot be made with item 9 at {item9}");
    answers
}

fn record(answers: &Answers) -> Record {
    crate::fixtures::record_of(answers)
}

#[test]
fn totals_fall_in_their_bands_at_every_boundary() {
    let bank = crate::fixtures::bank();
    let bands = &bank
        .score_group("phq9")
        .unwrap()
        .sum
        .as_ref()
        .unwrap()
        .bands;
    for (total, band) in [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately severe"),
        (19, "moderately severe"),
        (20, "severe"),
        (27, "severe"),
    ] {
        assert_eq!(band_of(total, bands).unwrap().label, band, "total {total}");
        let item9 = if total == 27 { 3 } else { 0 };
        let phq9 = record(&answered(total, item9)).phq9.unwrap();
        assert_eq!((phq9.total, phq9.out_of), (total, 27));
        assert_eq!(phq9.band_label, band, "total {total}");
    }
    assert!(band_of(28, bands).is_none(), "nothing above 27");
}

#[test]
fn saying_no_to_the_offer_asks_none_of_the_items_and_scores_nothing() {
    let mut answers = example_answers("first-episode");
    answers.insert("phq9.offer".into(), Answer::YesNo(false));
    let asked: Vec<String> = steps(&answers)
        .into_iter()
        .filter_map(|s| match s {
            Step::Question { id, .. } => Some(id),
            _ => None,
        })
        .collect();
    assert!(asked.contains(&"phq9.offer".to_string()));
    assert!(
        !asked
            .iter()
            .any(|id| id.starts_with("phq9.") && id != "phq9.offer")
    );
    assert_eq!(record(&answers).phq9, None);
}

fn safety_pages(answers: &Answers) -> usize {
    steps(answers)
        .iter()
        .filter(|s| matches!(s, Step::Page(p) if p.urgent))
        .count()
}

#[test]
fn item_9_after_a_safety_no_shows_the_safety_page_once_and_sets_the_flag() {
    let calm = answered(10, 0);
    assert_eq!(
        calm.get("safety.thoughts"),
        Some(&Answer::Choice("no".into()))
    );
    assert_eq!(safety_pages(&calm), 0);
    assert_eq!(record(&calm).safety_flag, None);

    let mut raised = answered(10, 1);
    // "Right now?" is asked whenever the flag is raised, by item 9 too.
    raised.insert("safety.now".into(), Answer::Choice("no".into()));
    assert_eq!(safety_pages(&raised), 1);
    // The page comes at once: right after item 9, before the next question.
    let steps = steps(&raised);
    let at = steps
        .iter()
        .position(|s| matches!(s, Step::Question { id, .. } if id == "phq9.better_off_dead"))
        .unwrap();
    assert!(matches!(&steps[at + 1], Step::Page(p) if p.urgent));
    assert!(matches!(&steps[at + 2], Step::Question { id, .. } if id == "safety.now"));
    let flag = record(&raised).safety_flag.unwrap();
    assert_eq!(
        flag.question,
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    );
    assert_eq!(flag.answer, "Several days");
    assert!(flag.also.is_empty());
}

#[test]
fn item_9_after_a_safety_yes_does_not_show_the_page_twice_and_is_kept_beside_it() {
    let mut answers = answered(12, 2);
    answers.insert("safety.thoughts".into(), Answer::Choice("yes".into()));
    answers.insert("safety.now".into(), Answer::Choice("no".into()));
    assert_eq!(
        safety_pages(&answers),
        1,
        "the safety question showed it already"
    );
    let flag = record(&answers).safety_flag.unwrap();
    assert_eq!(flag.answer, "Yes");
    assert_eq!(flag.also.len(), 1);
    assert_eq!(flag.also[0].answer, "More than half the days");
}

#[test]
fn the_result_screen_says_what_raised_the_safety_flag() {
    let bank = crate::fixtures::bank();
    let words = &bank.rules.words;
    // A "no" to the safety question, then PHQ-9 item 9 on several days.
    let item9_only = screen::result(&record(&answered(10, 1)), Drawing::Ascii);
    assert!(
        item9_only.contains(&words.safety_first_score),
        "{item9_only}"
    );
    assert!(!item9_only.contains(&words.safety_first), "{item9_only}");
    assert!(!item9_only.contains("or chose not to say"), "{item9_only}");

    let mut yes = answered(12, 2);
    yes.insert("safety.thoughts".into(), Answer::Choice("yes".into()));
    yes.insert("safety.now".into(), Answer::Choice("no".into()));
    let both = screen::result(&record(&yes), Drawing::Ascii);
    assert!(both.contains(&words.safety_first), "{both}");
    assert!(!both.contains(&words.safety_first_score), "{both}");

    let calm = screen::result(&record(&answered(10, 0)), Drawing::Ascii);
    assert!(!calm.contains(&words.safety_first) && !calm.contains(&words.safety_first_score));
}
