//! `therapy-choice check`: load a question bank and report every problem.

use crate::bank::Bank;
use crate::cli::BankArgs;
use std::io::Write;

use crate::failure::{self, Failure};
use crate::render::neutral;
use crate::text::how_many;

pub fn check(args: BankArgs) -> Result<(), Failure> {
    let bank = Bank::load(args.questions.as_deref())?;
    let questions = bank.questions().count();
    let where_from = args.questions.as_deref().map_or_else(
        || "The built-in question bank".to_string(),
        |p| neutral(&p.to_string_lossy()),
    );
    writeln!(
        std::io::stdout().lock(),
        "{where_from} is valid: {}, {}, {}, {} (bank {} version {}, facts version {}).",
        how_many(bank.sections.len(), "section", "sections"),
        how_many(questions, "question", "questions"),
        how_many(bank.rules.rules.len(), "rule", "rules"),
        how_many(bank.evidence.sources.len(), "source", "sources"),
        neutral(&bank.id),
        neutral(&bank.version),
        neutral(&bank.evidence.version)
    )
    .map_err(failure::output)?;
    let (short, long) = (bank.rules.reach.toward_short, bank.rules.reach.toward_long);
    writeln!(
        std::io::stdout().lock(),
        "The most reachable score each way: {short} toward short-term, {long:+} toward long-term (the score starts at {}).",
        bank.rules.start.weight
    )
    .map_err(failure::output)?;
    if let Some(folder) = args.questions.as_deref()
        && !folder.join(crate::bank::screens::FILE).exists()
    {
        writeln!(
            std::io::stdout().lock(),
            "{where_from} has no {}: the words on the screens while a person answers are the built-in ones.",
            crate::bank::screens::FILE
        )
        .map_err(failure::output)?;
    }
    for line in verbatim_lines(&bank) {
        writeln!(std::io::stdout().lock(), "{line}").map_err(failure::output)?;
    }
    Ok(())
}

/// One line per text used word for word, exempt from the reading-level gate
/// (scripts/readability.py skips them): each published instrument with its
/// questions, then each other question marked verbatim, named as a person
/// knows it ("The safety question").
fn verbatim_lines(bank: &Bank) -> Vec<String> {
    let instruments: Vec<&str> = bank
        .scores
        .iter()
        .filter_map(|g| g.sum.as_ref().map(|s| s.verbatim.as_str()))
        .collect();
    let mut lines: Vec<String> = instruments
        .iter()
        .map(|name| {
            let items = bank
                .questions()
                .filter(|(_, q)| q.verbatim.as_deref() == Some(*name))
                .count();
            format!(
                "{name}: its {}, their answers and its credit line are used word for word as published, so they are exempt from the reading-level gate.",
                how_many(items, "question", "questions")
            )
        })
        .collect();
    lines.extend(
        bank.questions()
            .filter(|(_, q)| {
                q.verbatim
                    .as_deref()
                    .is_some_and(|name| !instruments.contains(&name))
            })
            .map(|(_, q)| {
                let which = if q.safety {
                    "The safety question".to_string()
                } else {
                    format!("The question {}", neutral(&q.id))
                };
                format!(
                    "{which}: its words and answers are kept exactly as written, so it is exempt from the reading-level gate."
                )
            }),
    );
    lines
}
