//! The crisis numbers in the bank are exactly the ones DOMAIN.md lists: no
//! more, no fewer, none changed. Wrong numbers in mental-health apps are a
//! documented harm.

/// DOMAIN.md section 4, grouped by country: (country, service, how, number).
const LINES: [(&str, &str, &str, &str); 15] = [
    ("US", "Emergency", "call", "911"),
    ("US", "988 Suicide & Crisis Lifeline", "call or text", "988"),
    ("Canada", "Emergency", "call", "911"),
    (
        "Canada",
        "9-8-8: Suicide Crisis Helpline",
        "call or text",
        "9-8-8",
    ),
    ("UK", "Emergency", "call", "999"),
    ("UK", "Samaritans", "call", "116 123"),
    ("Ireland", "Emergency", "call", "112"),
    ("Ireland", "Emergency", "call", "999"),
    ("Ireland", "Samaritans", "call", "116 123"),
    ("EU", "Emergency", "call", "112"),
    ("Australia", "Emergency", "call", "000"),
    ("Australia", "Lifeline", "call", "13 11 14"),
    ("Australia", "Lifeline", "text", "0477 13 11 14"),
    ("New Zealand", "Emergency", "call", "111"),
    ("New Zealand", "Need to Talk?", "call or text", "1737"),
];

#[test]
fn the_crisis_numbers_are_exactly_the_domain_list() {
    let bank = crate::fixtures::bank();
    let crisis = &bank.evidence.crisis;
    let mut found = Vec::new();
    for country in &crisis.countries {
        for line in &country.lines {
            for way in &line.ways {
                found.push((
                    country.name.as_str(),
                    line.name.as_str(),
                    way.how.as_str(),
                    way.number.as_str(),
                ));
            }
        }
    }
    assert_eq!(found, LINES);
    assert!(!crisis.checked.is_empty(), "the date checked is missing");
}

/// DOMAIN.md section 4 as the repository keeps it (tests never read ../shared).
const DOMAIN_SECTION_4: &str = include_str!("../data/domain-section-4.md");

#[test]
fn every_crisis_number_appears_in_domain_md_section_4() {
    let safety = DOMAIN_SECTION_4;
    for (_, _, _, number) in LINES {
        assert!(safety.contains(number), "{number} is not in DOMAIN.md");
    }
}

/// The words DOMAIN.md section 4 quotes, which the safety question and page
/// use as they are.
const QUESTION: &str = "Over the last 2 weeks, or now, have you had thoughts that you would be better off dead, or of hurting yourself or ending your life?";
const NO_CONTACT: &str = "This program contacts no one. Your answer is saved on this computer, in your summary and your unfinished answers; anyone who can open those files can read it.";

#[test]
fn the_safety_question_and_page_use_the_domain_words() {
    let bank = crate::fixtures::bank();
    let q = bank.question("safety.thoughts").unwrap();
    assert!(q.safety);
    assert_eq!(q.text, QUESTION);
    let ids: Vec<&str> = q.kind.options().iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["yes", "no", "rather_not_say"]);
    let first = bank.questions().next().unwrap().1;
    assert_eq!(
        first.id, "safety.thoughts",
        "the safety question is not first"
    );
    let words = &bank.evidence.crisis.verbatim;
    assert_eq!(words.no_contact, NO_CONTACT);
    let page = therapy_choice::ask::pages::safety_page(&bank.evidence);
    let text = format!("{:?}", page.blocks);
    for needed in [
        NO_CONTACT,
        "findahelpline.com",
        "Put away anything you could use to hurt yourself",
        "Go now even if you feel well",
        "You can stop here and come back later",
        "emergency department (A&E in the UK)",
        "Contact your GP, doctor or clinician today.",
        "New Zealand",
        "9-8-8: Suicide Crisis Helpline",
    ] {
        assert!(text.contains(needed), "the safety page lacks {needed:?}");
    }
    assert!(
        !text.contains("start --fresh"),
        "no command line on the safety page"
    );
    assert!(page.urgent, "the safety page must wait for a typed choice");
}

#[test]
fn the_safety_words_are_in_domain_md_section_4() {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let safety = flat(DOMAIN_SECTION_4);
    let bank = crate::fixtures::bank();
    let words = &bank.evidence.crisis.verbatim;
    for quoted in [QUESTION, &words.no_contact, &words.later] {
        assert!(
            safety.contains(quoted),
            "not in DOMAIN.md section 4: {quoted}"
        );
    }
}

/// The safety page after a "yes", the page after "right now: yes" and the
/// page left on screen after "I will get help now", word for word as plain
/// mode writes them: the one snapshot left unredacted on purpose, so any
/// change to these words is seen and reviewed.
#[test]
fn the_safety_pages_word_for_word() {
    use therapy_choice::page::{Answered, act_now_page, safety_page_after, stop_page};
    let bank = crate::fixtures::bank();
    let e = &bank.evidence;
    let pages = [
        safety_page_after(e, Answered::Yes),
        act_now_page(e, Answered::Yes).unwrap(),
        stop_page(e, true).unwrap(),
    ];
    let mut out = Vec::new();
    for page in &pages {
        therapy_choice::ask::write_page(page, usize::MAX / 2, &mut out).unwrap();
    }
    let text = String::from_utf8(out).unwrap();
    for line in e.crisis_lines() {
        assert!(text.contains(&line), "{line} is not on the safety page");
    }
    insta::assert_snapshot!("safety_pages.plain", text);
}
