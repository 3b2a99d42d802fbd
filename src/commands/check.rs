//! `therapy-choice check`: load a question bank and report every problem.

use crate::bank::Bank;
use crate::cli::BankArgs;
use std::io::Write;

use crate::failure::{self, Failure};
use crate::render::neutral;

pub fn check(args: BankArgs) -> Result<(), Failure> {
    let bank = Bank::load(args.questions.as_deref())?;
    let questions = bank.questions().count();
    let where_from = args.questions.as_deref().map_or_else(
        || "the built-in question bank".to_string(),
        |p| neutral(&p.to_string_lossy()),
    );
    writeln!(
        std::io::stdout().lock(),
        "{where_from} is valid: {} sections, {questions} questions, {} rules, {} sources (bank {} version {}, facts version {}).",
        bank.sections.len(),
        bank.rules.rules.len(),
        bank.evidence.sources.len(),
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

/// One line per published instrument used word for word: its texts are exempt
/// from the reading-level gate (scripts/readability.py skips them).
fn verbatim_lines(bank: &Bank) -> Vec<String> {
    let mut names: Vec<&str> = bank
        .questions()
        .filter_map(|(_, q)| q.verbatim.as_deref())
        .chain(
            bank.scores
                .iter()
                .filter_map(|g| g.sum.as_ref().map(|s| s.verbatim.as_str())),
        )
        .collect();
    names.sort_unstable();
    names.dedup();
    names
        .into_iter()
        .map(|name| {
            let items = bank
                .questions()
                .filter(|(_, q)| q.verbatim.as_deref() == Some(name))
                .count();
            format!(
                "{name}: {items} question(s), their answers and its credit line are used word for word from the published instrument, so they are exempt from the reading-level gate."
            )
        })
        .collect()
}
