//! Turns the bank as written (raw) into a checked Bank, collecting every
//! problem with its place instead of stopping at the first.

use std::collections::HashSet;

use super::question::{is_dotted, question};
use super::raw::{RawBand, RawBank, RawQuestion, RawScore, RawSection};
use super::rules::{RawRules, Rules};
use super::{Bank, Clinician, Evidence, Problem, Question, ScoreGroup, Section, Sum, SumBand};

const FILE: &str = "bank.json";

/// The problems found so far, each with its place in bank.json.
struct Found(Vec<Problem>);

impl Found {
    fn say(&mut self, place: &str, message: String) {
        self.0.push(Problem::new(FILE, place, message));
    }
}

/// The scores as built, their ids, and the ids of the summed ones (the PHQ-9).
struct Scores {
    groups: Vec<ScoreGroup>,
    ids: HashSet<String>,
    summed: HashSet<String>,
}

/// The sections (still without their questions), every question in bank
/// order, and how many questions each section holds.
struct Asked {
    sections: Vec<Section>,
    questions: Vec<Question>,
    counts: Vec<usize>,
}

/// Build the bank, or return every problem found.
pub fn build(
    raw: RawBank,
    rules: RawRules,
    mut evidence: Evidence,
    hash: String,
) -> Result<Bank, Vec<Problem>> {
    let mut found = Found(Vec::new());
    check_the_bank_fields(&raw, &mut found);
    let mut raw = raw;
    found.0.extend(super::minutes::fill(
        raw.minutes,
        &mut raw.opening,
        &mut evidence.key_points,
    ));
    let scores = scores(raw.scores, &mut found);
    let asked = sections(raw.sections, &scores, &mut found);
    let earlier = asked.questions;
    for (place, message) in super::question::money_problems(&earlier) {
        found.say(&place, message);
    }
    for (place, message) in super::check::safety::problems(&earlier) {
        found.say(&place, message);
    }
    for (place, message) in super::check::quiz::problems(earlier.iter(), &evidence) {
        found.say(&place, message);
    }
    let (mut rules, rule_problems) = Rules::build(rules, &earlier, &evidence);
    found.0.extend(rule_problems);
    rules.reach = super::check::reach::check(&rules.rules, &earlier, &mut found.0);
    // Every question was checked against the ones before it; now hand each
    // section its own.
    let mut sections = asked.sections;
    let mut all = earlier.into_iter();
    for (section, count) in sections.iter_mut().zip(asked.counts) {
        section.questions = all.by_ref().take(count).collect();
    }
    for (place, message) in super::check::one_line::problems(&sections) {
        found.say(&place, message);
    }
    let clinician = raw.clinician.map(|c| {
        let (built, messages) = Clinician::build(c, &sections);
        for message in messages {
            found.say("clinician", message);
        }
        built
    });
    if !found.0.is_empty() {
        return Err(found.0);
    }
    Ok(Bank {
        id: raw.id,
        version: raw.version,
        url: raw.url,
        title: raw.title,
        opening: raw.opening,
        minutes: raw.minutes,
        closing: raw.closing,
        scores: scores.groups,
        sections,
        evidence,
        rules,
        hash,
        clinician,
        screen_words: super::ScreenWords::shipped(),
        index: Default::default(),
    })
}

/// The bank's own fields: its id, version, url and title, its opening and closing.
fn check_the_bank_fields(raw: &RawBank, found: &mut Found) {
    for (field, value) in [
        ("id", &raw.id),
        ("version", &raw.version),
        ("url", &raw.url),
        ("title", &raw.title),
    ] {
        if value.trim().is_empty() {
            found.say("bank", format!("the field \"{field}\" is missing or empty"));
        }
    }
    for (field, list) in [("opening", &raw.opening), ("closing", &raw.closing)] {
        if list.is_empty() || list.iter().any(|t| t.trim().is_empty()) {
            found.say(
                "bank",
                format!("\"{field}\" needs at least one text, and no empty ones"),
            );
        }
    }
}

/// Every score, checked: ids used once, a flag with its limit, a summed one whole.
fn scores(raw: Vec<RawScore>, found: &mut Found) -> Scores {
    let mut scores = Scores {
        groups: Vec::new(),
        ids: HashSet::new(),
        summed: HashSet::new(),
    };
    for mut s in raw {
        let place = format!("scores.{}", s.id);
        if s.id.trim().is_empty() || s.title.trim().is_empty() {
            found.say("scores", "every score needs an id and a title".into());
        }
        if !scores.ids.insert(s.id.clone()) {
            found.say(&place, "this score id is used twice".into());
        }
        if s.flag_below.is_some() != s.flag.is_some() {
            found.say(&place, "\"flag_below\" and \"flag\" go together".into());
        }
        let parts = (
            s.bands.take(),
            s.note.take(),
            s.credit.take(),
            s.verbatim.take(),
        );
        let sum = summed_score(parts, &place, found);
        if sum.is_some() {
            scores.summed.insert(s.id.clone());
        }
        scores.groups.push(ScoreGroup {
            id: s.id,
            title: s.title,
            right: s.right,
            wrong: s.wrong,
            flag_below: s.flag_below,
            flag: s.flag,
            loinc: s.loinc,
            sum,
        });
    }
    if scores.summed.len() > 1 {
        found.say(
            "scores",
            "only one score may add up points (the PHQ-9)".into(),
        );
    }
    scores
}
/// A summed score's bands, note, credit and verbatim name: all four or none.
fn summed_score(
    parts: (
        Option<Vec<RawBand>>,
        Option<String>,
        Option<String>,
        Option<String>,
    ),
    place: &str,
    found: &mut Found,
) -> Option<Sum> {
    let sum = match parts {
        (None, None, None, None) => return None,
        (Some(bands), Some(note), Some(credit), Some(verbatim)) => Sum {
            bands: bands
                .into_iter()
                .map(|b| SumBand {
                    id: b.id,
                    from: b.from,
                    to: b.to,
                    label: b.label,
                })
                .collect(),
            note,
            credit,
            verbatim,
        },
        _ => {
            found.say(
                place,
                "a summed score needs \"bands\", \"note\", \"credit\" and \"verbatim\" together"
                    .into(),
            );
            return None;
        }
    };
    for problem in sum_problems(&sum) {
        found.say(place, problem);
    }
    Some(sum)
}

/// Every section and its questions, each question checked against the ones before it.
fn sections(raw: Vec<RawSection>, scores: &Scores, found: &mut Found) -> Asked {
    let mut asked = Asked {
        sections: Vec::new(),
        questions: Vec::new(),
        counts: Vec::new(),
    };
    let mut section_ids = HashSet::new();
    let mut question_ids = HashSet::new();
    if raw.is_empty() {
        found.say("bank", "there are no sections".into());
    }
    for rs in raw {
        let place = format!("section {}", rs.id);
        check_the_section(&rs, &place, &mut section_ids, found);
        let mut count = 0;
        for rq in rs.questions {
            let Some(id) = new_question_id(&rq, &place, &mut question_ids, found) else {
                continue;
            };
            let mut here = Vec::new();
            let built = question(rq, &asked.questions, &scores.ids, &scores.summed, &mut here);
            if let Some(q) = built {
                asked.questions.push(q);
                count += 1;
            }
            for message in here {
                found.say(&id, message);
            }
        }
        asked.sections.push(Section {
            id: rs.id,
            title: rs.title,
            intro: rs.intro,
            show_facts: rs.show_facts,
            one_line_on_check: rs.one_line_on_check,
            loinc: rs.loinc,
            questions: Vec::new(),
        });
        asked.counts.push(count);
    }
    asked
}

/// A section's id, title and intro, and that it has something to show.
fn check_the_section(rs: &RawSection, place: &str, ids: &mut HashSet<String>, found: &mut Found) {
    if rs.id.trim().is_empty() {
        found.say(
            "section",
            format!("a section titled \"{}\" has no id", rs.title),
        );
    } else if !ids.insert(rs.id.clone()) {
        found.say(place, "this section id is used twice".into());
    }
    if rs.title.trim().is_empty() {
        found.say(place, "the title is empty".into());
    }
    if rs.intro.iter().any(|t| t.trim().is_empty()) {
        found.say(place, "an intro text is empty".into());
    }
    if rs.questions.is_empty() && !rs.show_facts && rs.intro.is_empty() {
        found.say(
            place,
            "the section has no questions and nothing to show".into(),
        );
    }
    if let Some(message) = super::check::intro_count::miscounted(&rs.intro, rs.questions.len()) {
        found.say(place, message);
    }
}

/// The question's id when it is there and new (a dotted id is only warned about).
fn new_question_id(
    rq: &RawQuestion,
    place: &str,
    ids: &mut HashSet<String>,
    found: &mut Found,
) -> Option<String> {
    let id = rq.id.clone();
    if id.trim().is_empty() {
        found.say(place, format!("a question (\"{}\") has no id", rq.text));
        return None;
    }
    if !is_dotted(&id) {
        found.say(
            &id,
            "ids must be dotted lower-case words, like \"time.commitment\"".into(),
        );
    }
    if !ids.insert(id.clone()) {
        found.say(&id, "this question id is used twice".into());
        return None;
    }
    Some(id)
}

/// What is wrong with a summed score's bands: they must cover 0 upward without gaps.
fn sum_problems(sum: &Sum) -> Vec<String> {
    let mut found = Vec::new();
    let mut next = 0;
    for band in &sum.bands {
        if band.from != next || band.to < band.from || band.label.trim().is_empty() {
            found.push(format!(
                "the band \"{}\" must start at {next}, end at or after its start, and have a label",
                band.id
            ));
        }
        next = band.to + 1;
    }
    if sum.bands.is_empty() {
        found.push("a summed score needs at least one band".into());
    }
    for (field, text) in [
        ("note", &sum.note),
        ("credit", &sum.credit),
        ("verbatim", &sum.verbatim),
    ] {
        if text.trim().is_empty() {
            found.push(format!("\"{field}\" is empty"));
        }
    }
    found
}
