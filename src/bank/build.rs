//! Turns the bank as written (raw) into a checked Bank, collecting every
//! problem with its place instead of stopping at the first.

use std::collections::HashSet;

use super::question::{is_dotted, question};
use super::raw::RawBank;
use super::rules::{RawRules, Rules};
use super::{Bank, Clinician, Evidence, Problem, Question, ScoreGroup, Section, Sum, SumBand};

const FILE: &str = "bank.json";

/// Build the bank, or return every problem found.
pub fn build(
    raw: RawBank,
    rules: RawRules,
    evidence: Evidence,
    hash: String,
) -> Result<Bank, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut say = |place: &str, message: String| problems.push(Problem::new(FILE, place, message));

    for (field, value) in [
        ("id", &raw.id),
        ("version", &raw.version),
        ("url", &raw.url),
        ("title", &raw.title),
    ] {
        if value.trim().is_empty() {
            say("bank", format!("the field \"{field}\" is missing or empty"));
        }
    }
    for (field, list) in [("opening", &raw.opening), ("closing", &raw.closing)] {
        if list.is_empty() || list.iter().any(|t| t.trim().is_empty()) {
            say(
                "bank",
                format!("\"{field}\" needs at least one text, and no empty ones"),
            );
        }
    }

    let mut scores = Vec::new();
    let mut score_ids = HashSet::new();
    let mut summed = HashSet::new();
    for s in raw.scores {
        if s.id.trim().is_empty() || s.title.trim().is_empty() {
            say("scores", "every score needs an id and a title".into());
        }
        if !score_ids.insert(s.id.clone()) {
            say(
                &format!("scores.{}", s.id),
                "this score id is used twice".into(),
            );
        }
        if s.flag_below.is_some() != s.flag.is_some() {
            say(
                &format!("scores.{}", s.id),
                "\"flag_below\" and \"flag\" go together".into(),
            );
        }
        let sum = match (s.bands, s.note, s.credit, s.verbatim) {
            (None, None, None, None) => None,
            (Some(bands), Some(note), Some(credit), Some(verbatim)) => Some(Sum {
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
            }),
            _ => {
                say(
                    &format!("scores.{}", s.id),
                    "a summed score needs \"bands\", \"note\", \"credit\" and \"verbatim\" together".into(),
                );
                None
            }
        };
        if let Some(sum) = &sum {
            for problem in sum_problems(sum) {
                say(&format!("scores.{}", s.id), problem);
            }
            summed.insert(s.id.clone());
        }
        scores.push(ScoreGroup {
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
    if summed.len() > 1 {
        say(
            "scores",
            "only one score may add up points (the PHQ-9)".into(),
        );
    }

    let mut sections = Vec::new();
    let mut section_ids = HashSet::new();
    let mut question_ids = HashSet::new();
    let mut earlier: Vec<Question> = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    if raw.sections.is_empty() {
        say("bank", "there are no sections".into());
    }
    for rs in raw.sections {
        let place = format!("section {}", rs.id);
        if rs.id.trim().is_empty() {
            say(
                "section",
                format!("a section titled \"{}\" has no id", rs.title),
            );
        } else if !section_ids.insert(rs.id.clone()) {
            say(&place, "this section id is used twice".into());
        }
        if rs.title.trim().is_empty() {
            say(&place, "the title is empty".into());
        }
        if rs.intro.iter().any(|t| t.trim().is_empty()) {
            say(&place, "an intro text is empty".into());
        }
        if rs.questions.is_empty() && !rs.show_facts && rs.intro.is_empty() {
            say(
                &place,
                "the section has no questions and nothing to show".into(),
            );
        }
        if let Some(message) = super::check::intro_count::miscounted(&rs.intro, rs.questions.len())
        {
            say(&place, message);
        }
        let mut count = 0;
        for rq in rs.questions {
            let id = rq.id.clone();
            if id.trim().is_empty() {
                say(&place, format!("a question (\"{}\") has no id", rq.text));
                continue;
            }
            if !is_dotted(&id) {
                say(
                    &id,
                    "ids must be dotted lower-case words, like \"time.commitment\"".into(),
                );
            }
            if !question_ids.insert(id.clone()) {
                say(&id, "this question id is used twice".into());
                continue;
            }
            let mut here = Vec::new();
            if let Some(q) = question(rq, &earlier, &score_ids, &summed, &mut here) {
                earlier.push(q);
                count += 1;
            }
            for message in here {
                say(&id, message);
            }
        }
        sections.push(Section {
            id: rs.id,
            title: rs.title,
            intro: rs.intro,
            show_facts: rs.show_facts,
            loinc: rs.loinc,
            questions: Vec::new(),
        });
        counts.push(count);
    }
    for (place, message) in super::check::safety::problems(&earlier) {
        problems.push(Problem::new(FILE, &place, message));
    }
    for (place, message) in super::check::quiz::problems(earlier.iter(), &evidence) {
        problems.push(Problem::new(FILE, &place, message));
    }
    let (mut rules, rule_problems) = Rules::build(rules, &earlier, &evidence);
    problems.extend(rule_problems);
    rules.reach = super::check::reach::check(&rules.rules, &earlier, &mut problems);
    // Every question was checked against the ones before it; now hand each
    // section its own.
    let mut all = earlier.into_iter();
    for (section, count) in sections.iter_mut().zip(counts) {
        section.questions = all.by_ref().take(count).collect();
    }
    let clinician = raw.clinician.map(|c| {
        let (built, found) = Clinician::build(c, &sections);
        for message in found {
            problems.push(Problem::new(FILE, "clinician", message));
        }
        built
    });
    if problems.is_empty() {
        Ok(Bank {
            id: raw.id,
            version: raw.version,
            url: raw.url,
            title: raw.title,
            opening: raw.opening,
            closing: raw.closing,
            scores,
            sections,
            evidence,
            rules,
            hash,
            clinician,
            screen_words: super::ScreenWords::shipped(),
            index: Default::default(),
        })
    } else {
        Err(problems)
    }
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
