//! `therapy-choice check`: load a question bank and report every problem.

use crate::bank::Bank;
use crate::cli::BankArgs;
use std::io::Write;

use crate::failure::{self, Failure};

pub fn check(args: BankArgs) -> Result<(), Failure> {
    let bank = Bank::load(args.questions.as_deref())?;
    let questions = bank.questions().count();
    let where_from = args.questions.as_deref().map_or_else(
        || "the built-in question bank".to_string(),
        |p| crate::render::neutral(&p.to_string_lossy()),
    );
    writeln!(
        std::io::stdout().lock(),
        "{where_from} is valid: {} sections, {questions} questions, {} rules, {} sources (bank {} version {}, facts version {}).",
        bank.sections.len(),
        bank.rules.rules.len(),
        bank.evidence.sources.len(),
        bank.id,
        bank.version,
        bank.evidence.version
    )
    .map_err(failure::output)?;
    let (short, long) = bank.rules.reach;
    writeln!(
        std::io::stdout().lock(),
        "The most reachable score each way: {short} toward short-term, {long:+} toward long-term (the score starts at {}).",
        bank.rules.start.weight
    )
    .map_err(failure::output)
}
