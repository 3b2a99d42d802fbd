//! The outcome pages: for each study, who was studied, what was counted and
//! over what time, how many in 100, and its cautions. Built from evidence.json;
//! pure, no terminal here.

use super::{Block, Page};
use crate::bank::{Evidence, Outcome};
use crate::page::icons::Picture;

/// One outcome page.
pub fn page(evidence: &Evidence, outcome: &Outcome) -> Page {
    let mut blocks = vec![Block::Text(outcome.who.clone())];
    blocks.extend(outcome.before.iter().cloned().map(Block::Text));
    blocks.extend(Picture::of(evidence, outcome).map(Block::Icons));
    blocks.extend(outcome.after.iter().cloned().map(Block::Text));
    Page {
        title: Some(outcome.title.clone()),
        blocks,
        urgent: false,
        ..Default::default()
    }
}

/// Every outcome page, in the order of evidence.json.
pub fn pages(evidence: &Evidence) -> Vec<Page> {
    evidence
        .outcomes
        .iter()
        .map(|o| page(evidence, o))
        .collect()
}
