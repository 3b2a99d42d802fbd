//! `therapy-choice evidence`: the facts about both options, the other choices,
//! the sources in full, and what this aid is (the IPDAS items).

use std::io::Write;

use crate::ask::{Block, Page, pages, write_page};
use crate::bank::{Bank, Evidence};
use crate::cli::BankArgs;
use crate::failure::{self, Failure};
use crate::page::dated::{checked_line, version_line};

pub fn evidence(args: BankArgs) -> Result<(), Failure> {
    let bank = Bank::load(args.questions.as_deref())?;
    let width = crate::text::wrap::output_width();
    let mut out = std::io::stdout().lock();
    for page in &all_pages(&bank.evidence) {
        write_page(page, width, &mut out).map_err(failure::output)?;
    }
    out.flush().map_err(failure::output)
}

/// Everything `evidence` prints: the fact and outcome pages, every source in
/// full with what it supports, what this aid is, and the crisis lines.
pub fn all_pages(e: &Evidence) -> Vec<Page> {
    let mut all = pages::all_facts(e);
    all.push(Page {
        title: Some(e.titles.sources.clone()),
        blocks: e
            .sources
            .iter()
            .map(|s| Block::Item(format!("{} {}", s.citation, s.supports)))
            .collect(),
        urgent: false,
        ..Default::default()
    });
    let a = &e.about;
    all.push(Page {
        title: Some(e.titles.about.clone()),
        blocks: vec![
            Block::Text(a.what.clone()),
            Block::Text(a.not.clone()),
            Block::Text(a.privacy.clone()),
            Block::Heading(e.titles.who_made_it.clone()),
            Block::Text(a.authors.clone()),
            Block::Heading(e.titles.funding.clone()),
            Block::Text(a.funding.clone()),
            Block::Heading(e.titles.how_chosen.clone()),
            Block::Text(a.how_chosen.clone()),
            Block::Heading(e.titles.updates.clone()),
            Block::Text(a.update_policy.clone()),
            Block::Text(version_line(e)),
            Block::Heading(e.titles.reading_level.clone()),
            Block::Text(a.reading_level.clone()),
        ],
        urgent: false,
        ..Default::default()
    });
    let mut crisis = pages::safety_page(e);
    crisis.blocks.push(Block::Text(checked_line(e)));
    crisis.urgent = false;
    all.push(crisis);
    all
}
