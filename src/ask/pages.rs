//! The pages of text the flow shows, built from the bank and evidence: the
//! opening, section intros, the facts, the crisis lines, quiz feedback, the end.
//! Pure: no terminal here.

pub use crate::page::{safety_page, safety_page_after};

use super::{Block, Page};
use crate::bank::{Bank, Evidence, Fact, Opens, ScoreGroup};
use crate::page::More;

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
        ..Default::default()
    }
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
            Block::Icons(_) | Block::Table(_) => None,
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

/// The facts a person meets on the way (the short path): the key points,
/// the options in one table, one outcome picture, what living with each is
/// like and what happens next; everything else one key away. A bank whose
/// evidence has no table shows every fact page instead.
pub fn facts(e: &Evidence) -> Vec<Page> {
    if e.table.rows.is_empty() {
        return all_facts(e);
    }
    let mut pages = vec![key_points(e)];
    pages.extend(table(e));
    pages.extend(headline(e));
    pages.push(living(e));
    pages.push(next_steps(e));
    pages
}

/// Every fact page, as `evidence` prints them: the short path's pages, then
/// the choice, the options under the same headings, the outcome pages, the
/// other choices and what to keep in mind.
pub fn all_facts(e: &Evidence) -> Vec<Page> {
    let mut pages = Vec::new();
    if !e.table.rows.is_empty() {
        pages.push(key_points(e));
        pages.extend(table(e));
        pages.push(living(e));
        pages.push(next_steps(e));
    }
    let mut first = vec![Block::Text(e.decision.clone())];
    first.extend(fact_texts(&e.condition));
    first.extend(fact_texts(&e.therapy));
    pages.push(page(Some(e.titles.choice.clone()), first));
    let screens = in_screens(side_by_side(e, &e.headings));
    let count = screens.len().to_string();
    for (n, blocks) in screens.into_iter().enumerate() {
        let title = crate::text::fill(
            &e.titles.side_by_side,
            &[("n", &(n + 1).to_string()), ("count", &count)],
        );
        pages.push(page(Some(title), blocks));
    }
    pages.extend(super::outcomes::pages(e));
    for blocks in in_screens(other_choices(e)) {
        pages.push(page(Some(e.titles.other_choices.clone()), blocks));
    }
    let advice = e
        .trade_off()
        .into_iter()
        .chain(&e.advice)
        .map(|fact| vec![Block::Text(fact.text.clone())]);
    for blocks in in_screens(advice.collect()) {
        pages.push(page(Some(e.titles.advice.clone()), blocks));
    }
    // Printed whole, nothing is one key away.
    for p in &mut pages {
        p.more.clear();
        p.more_title = None;
    }
    pages
}

fn page(title: Option<String>, blocks: Vec<Block>) -> Page {
    Page {
        title,
        blocks,
        ..Page::default()
    }
}

/// Each heading with both options under it, one piece a heading.
fn side_by_side(e: &Evidence, headings: &[crate::bank::Heading]) -> Vec<Vec<Block>> {
    headings
        .iter()
        .map(|heading| {
            let mut blocks = vec![Block::Heading(heading.title.clone())];
            for option in &e.options {
                let text = option
                    .facts
                    .get(&heading.id)
                    .map(|f| f.text.clone())
                    .unwrap_or_default();
                blocks.push(Block::Item(format!("{}: {text}", option.name)));
            }
            blocks
        })
        .collect()
}

fn other_choices(e: &Evidence) -> Vec<Vec<Block>> {
    let mut others: Vec<Vec<Block>> = vec![fact_texts(&e.other_intro)];
    others.extend(
        e.other_choices
            .iter()
            .map(|c| vec![Block::Item(format!("{}: {}", c.name, c.text))]),
    );
    others
}

fn advice(e: &Evidence) -> Page {
    let blocks = e
        .trade_off()
        .into_iter()
        .chain(&e.advice)
        .map(|fact| Block::Text(fact.text.clone()))
        .collect();
    page(Some(e.titles.advice.clone()), blocks)
}

fn key_points(e: &Evidence) -> Page {
    let k = &e.key_points;
    page(
        Some(k.title.clone()),
        k.lines
            .iter()
            .map(|f| Block::Item(f.text.clone()))
            .collect(),
    )
}

/// The table, each row's letter opening its detail and sources.
fn table(e: &Evidence) -> Option<Page> {
    let table = crate::page::option_table::OptionTable::of(e)?;
    let more = e
        .table
        .rows
        .iter()
        .map(|row| {
            let mut detail = opened(e, &row.opens, &row.label);
            let mut ids: Vec<&str> = Vec::new();
            for id in row.cells.values().flat_map(|c| &c.cites) {
                if !ids.contains(&id.as_str()) {
                    ids.push(id);
                }
            }
            let names: Vec<&str> = ids
                .iter()
                .filter_map(|id| e.source(id))
                .filter(|s| !s.description)
                .map(|s| s.citation.as_str())
                .collect();
            // An outcome page names its source in its own words.
            if !names.is_empty() && row.opens.outcome.is_none() {
                detail.blocks.push(Block::Heading(e.table.sources.clone()));
                detail
                    .blocks
                    .extend(names.into_iter().map(|n| Block::Item(n.to_string())));
            }
            More {
                key: row.key,
                label: row.label.clone(),
                page: detail,
            }
        })
        .collect();
    Some(Page {
        title: Some(table.title.clone()),
        blocks: vec![Block::Table(table)],
        more,
        ..Page::default()
    })
}

/// What opens behind a letter.
fn opened(e: &Evidence, opens: &Opens, title: &str) -> Page {
    if let Some(o) = opens
        .outcome
        .as_ref()
        .and_then(|id| e.outcomes.iter().find(|o| &o.id == id))
    {
        return super::outcomes::page(e, o);
    }
    if opens.others {
        let blocks = other_choices(e).into_iter().flatten().collect();
        return page(Some(e.titles.other_choices.clone()), blocks);
    }
    if opens.advice {
        return advice(e);
    }
    let headings: Vec<crate::bank::Heading> = if opens.options {
        e.headings.clone()
    } else {
        e.headings
            .iter()
            .filter(|h| opens.facts.contains(&h.id))
            .cloned()
            .collect()
    };
    let title = if opens.options {
        e.titles.two_options.clone()
    } else {
        title.to_string()
    };
    page(
        Some(title),
        side_by_side(e, &headings).into_iter().flatten().collect(),
    )
}

/// The short path's one outcome picture (Helsinki at 10 years), with the
/// year-1 result beside it, how sure the research is, and the pages one key
/// away.
fn headline(e: &Evidence) -> Option<Page> {
    let d = &e.deeper;
    let outcome = e.outcomes.iter().find(|o| o.id == d.outcome)?;
    let mut p = super::outcomes::page(e, outcome);
    p.title = Some(d.title.clone());
    let at = p.blocks.len().min(1);
    for (k, fact) in d.beside.iter().enumerate() {
        p.blocks.insert(at + k, Block::Text(fact.text.clone()));
    }
    p.blocks.extend(fact_texts(&d.uncertainty));
    p.more = pointed(e, &d.more);
    p.more_title = Some(d.more_title.clone());
    Some(p)
}

/// The pages behind a list of pointers.
fn pointed(e: &Evidence, pointers: &[crate::bank::Pointer]) -> Vec<More> {
    pointers
        .iter()
        .map(|m| More {
            key: m.key,
            label: m.label.clone(),
            page: opened(e, &m.opens, &m.label),
        })
        .collect()
}

/// What living with each option is like: the same for both first, then each
/// option's own lines, and that no source gives numbers for these.
fn living(e: &Evidence) -> Page {
    let l = &e.living;
    let mut blocks = fact_texts(&l.both);
    for option in &e.options {
        if let Some(lines) = l.options.get(&option.id) {
            blocks.extend(lines.iter().map(|f| Block::Item(f.text.clone())));
        }
    }
    blocks.push(Block::Text(l.no_numbers.clone()));
    page(Some(l.title.clone()), blocks)
}

/// What happens next, for either option: steps, then questions to ask.
pub fn next_steps(e: &Evidence) -> Page {
    let n = &e.next_steps;
    let mut blocks: Vec<Block> = n
        .steps
        .iter()
        .map(|f| Block::Item(f.text.clone()))
        .collect();
    blocks.push(Block::Heading(n.questions_title.clone()));
    blocks.extend(n.questions.iter().cloned().map(Block::Item));
    let mut p = page(Some(n.title.clone()), blocks);
    if !e.deeper.next_more.is_empty() {
        p.more = pointed(e, &e.deeper.next_more);
        p.more_title = Some(e.deeper.more_title.clone());
    }
    p
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
        ..Default::default()
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
        ..Default::default()
    }
}
