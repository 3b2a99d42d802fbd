//! The pages of text the flow shows, built from the bank and evidence: the
//! opening, section intros, the facts, the crisis lines, quiz feedback, the end.
//! Pure: no terminal here.

pub use crate::render::page::safety_page;

use super::{Block, Page};
use crate::bank::{Bank, Evidence, Fact, ScoreGroup, Section};

fn texts(list: &[String]) -> Vec<Block> {
    list.iter().cloned().map(Block::Text).collect()
}

fn fact_texts(list: &[Fact]) -> Vec<Block> {
    list.iter().map(|f| Block::Text(f.text.clone())).collect()
}

pub fn opening(bank: &Bank) -> Page {
    Page {
        title: Some(bank.title.clone()),
        blocks: texts(&bank.opening),
        urgent: false,
    }
}

pub fn section_intro(section: &Section) -> Option<Page> {
    if section.intro.is_empty() {
        return None;
    }
    Some(Page {
        title: Some(section.title.clone()),
        blocks: texts(&section.intro),
        urgent: false,
    })
}

/// The most words a fact screen holds below its title, so a tired reader
/// never meets a wall of text (the walk test holds screens to 120 with titles).
const MOST_WORDS: usize = 111;

/// Words as a reader counts them: anything with a letter or digit in it.
fn words(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(t) | Block::Text(t) | Block::Item(t) => Some(t),
            Block::Icons(_) => None,
        })
        .flat_map(|t| t.split_whitespace())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Pieces that must stay whole (a heading with both options under it),
/// packed in order into as few screens of at most MOST_WORDS as they fit.
fn in_screens(pieces: Vec<Vec<Block>>) -> Vec<Vec<Block>> {
    let mut screens: Vec<Vec<Block>> = Vec::new();
    for piece in pieces {
        match screens.last_mut() {
            Some(screen) if words(screen) + words(&piece) <= MOST_WORDS => screen.extend(piece),
            _ => screens.push(piece),
        }
    }
    screens
}

/// The facts, in the order a person needs them: the choice, the two options
/// under the same headings, the other choices, and what to keep in mind.
pub fn facts(evidence: &Evidence) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut first = vec![Block::Text(evidence.decision.clone())];
    first.extend(fact_texts(&evidence.condition));
    first.extend(fact_texts(&evidence.therapy));
    pages.push(Page {
        title: Some(evidence.titles.choice.clone()),
        blocks: first,
        urgent: false,
    });
    let headings: Vec<Vec<Block>> = evidence
        .headings
        .iter()
        .map(|heading| {
            let mut blocks = vec![Block::Heading(heading.title.clone())];
            for option in &evidence.options {
                let text = option
                    .facts
                    .get(&heading.id)
                    .map(|f| f.text.clone())
                    .unwrap_or_default();
                blocks.push(Block::Item(format!("{}: {text}", option.name)));
            }
            blocks
        })
        .collect();
    let screens = in_screens(headings);
    let count = screens.len().to_string();
    for (n, blocks) in screens.into_iter().enumerate() {
        pages.push(Page {
            title: Some(crate::text::fill(
                &evidence.titles.side_by_side,
                &[("n", &(n + 1).to_string()), ("count", &count)],
            )),
            blocks,
            urgent: false,
        });
    }
    pages.extend(super::outcomes::pages(evidence));
    let mut others: Vec<Vec<Block>> = vec![fact_texts(&evidence.other_intro)];
    others.extend(
        evidence
            .other_choices
            .iter()
            .map(|c| vec![Block::Item(format!("{}: {}", c.name, c.text))]),
    );
    for blocks in in_screens(others) {
        pages.push(Page {
            title: Some(evidence.titles.other_choices.clone()),
            blocks,
            urgent: false,
        });
    }
    let advice = evidence
        .trade_off()
        .into_iter()
        .chain(&evidence.advice)
        .map(|fact| vec![Block::Text(fact.text.clone())]);
    for blocks in in_screens(advice.collect()) {
        pages.push(Page {
            title: Some(evidence.titles.advice.clone()),
            blocks,
            urgent: false,
        });
    }
    pages
}

/// Said after a knowledge-check answer.
pub fn feedback(group: &ScoreGroup, right: bool, text: &str) -> Page {
    let verdict = if right { &group.right } else { &group.wrong };
    let mut line = verdict.clone().unwrap_or_default();
    if !line.is_empty() {
        line.push(' ');
    }
    line.push_str(text);
    Page {
        title: None,
        blocks: vec![Block::Text(line)],
        urgent: false,
    }
}

/// The last page: the closing words and, whatever the answers, the crisis lines.
pub fn closing(bank: &Bank) -> Page {
    let mut page = closing_unsaved(bank);
    let mut blocks = texts(&bank.closing);
    blocks.append(&mut page.blocks);
    page.blocks = blocks;
    page
}

/// The last page when the summary could not be saved: the crisis lines
/// alone, for the closing words say the summary is ready.
pub fn closing_unsaved(bank: &Bank) -> Page {
    let mut blocks = vec![Block::Text(bank.evidence.crisis.always.clone())];
    blocks.extend(bank.evidence.crisis_lines().into_iter().map(Block::Item));
    Page {
        title: None,
        blocks,
        urgent: false,
    }
}
