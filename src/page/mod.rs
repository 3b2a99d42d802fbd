//! A page of text (the opening, the facts, the safety page...) and how it
//! reads as plain lines. The safety page is built here, once, for every
//! place that shows it: the questions, the result screen, the PHQ-9.
//! Built from the bank's words only (Bank, Evidence), never from a record, so
//! `ask` shows these while asking and `render` draws the same ones later.

pub mod dated;
pub mod icons;
pub mod option_table;

use std::io::Write;

use crate::bank::Evidence;
use crate::text::wrap::wrap;

/// A screen of text: the opening, a section's intro, the facts, the crisis lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub blocks: Vec<Block>,
    /// Whether this page must stand out (the safety page). Such a page waits
    /// for a typed choice to go on, never a bare Enter.
    pub urgent: bool,
    /// The pages one key away from this one (a letter opens each, and the
    /// person comes back here).
    pub more: Vec<More>,
    /// Said over the list of `more` when the page lists them (a table names
    /// its rows' letters itself).
    pub more_title: Option<String>,
}

/// A page one key away.
#[derive(Debug, Clone, PartialEq)]
pub struct More {
    pub key: char,
    pub label: String,
    pub page: Page,
}

impl Page {
    /// The page behind `key`, if this page offers one.
    pub fn behind(&self, key: char) -> Option<&Page> {
        let key = key.to_ascii_lowercase();
        self.more.iter().find(|m| m.key == key).map(|m| &m.page)
    }

    /// The list of pages one key away, in one line ("One key away: a
    /// Stopping early; w Without treatment"), when the page lists them.
    pub fn more_line(&self) -> Option<String> {
        let title = self.more_title.as_ref()?;
        let items: Vec<String> = self
            .more
            .iter()
            .map(|m| format!("{} {}", m.key, m.label))
            .collect();
        Some(format!("{title} {}", items.join("; ")))
    }
}

/// A piece of a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(String),
    Text(String),
    /// One item of a list.
    Item(String),
    /// A picture of 100 people for each group of one study.
    Icons(icons::Picture),
    /// The options compared in one table.
    Table(option_table::OptionTable),
}

/// Write `text` wrapped to `width`, its later lines indented by `indent`.
pub fn say(
    o: &mut impl Write,
    text: &str,
    first: &str,
    indent: usize,
    width: usize,
) -> std::io::Result<()> {
    let room = width.saturating_sub(indent).max(10);
    for (n, line) in wrap(text, room).iter().enumerate() {
        if n == 0 {
            writeln!(o, "{first}{line}")?;
        } else {
            writeln!(o, "{}{line}", " ".repeat(indent))?;
        }
    }
    Ok(())
}

/// How wide a picture of 100 people may be in plain lines.
const PICTURE_WIDTH: usize = 78;

/// A page as plain lines wrapped to `width`: a title underlined, items
/// marked with "-", pictures drawn (as `evidence` prints them).
pub fn write_page(page: &Page, width: usize, o: &mut impl Write) -> std::io::Result<()> {
    write_page_as(page, width, Pictures::Drawn, o)
}

/// How a picture of 100 people is written in plain lines.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pictures {
    /// The marks and the sentences.
    Drawn,
    /// Only the sentences: a screen reader would read every mark aloud.
    InWords,
}

/// A page as plain lines, with pictures drawn or said in words.
pub fn write_page_as(
    page: &Page,
    width: usize,
    pictures: Pictures,
    o: &mut impl Write,
) -> std::io::Result<()> {
    writeln!(o)?;
    if let Some(title) = &page.title {
        let title = if page.urgent {
            format!("IMPORTANT: {title}")
        } else {
            title.clone()
        };
        say(o, &title, "", 0, width)?;
        let long = console::measure_text_width(&title).min(width);
        writeln!(o, "{}", "=".repeat(long))?;
    }
    let mut after_item = false;
    for block in &page.blocks {
        if after_item && !matches!(block, Block::Item(_)) {
            writeln!(o)?;
        }
        after_item = matches!(block, Block::Item(_));
        match block {
            Block::Heading(h) => say(o, h, "", 0, width)?,
            Block::Text(t) => {
                say(o, t, "", 0, width)?;
                writeln!(o)?;
            }
            Block::Item(t) => say(o, t, "- ", 2, width)?,
            Block::Icons(picture) => {
                if pictures == Pictures::Drawn {
                    for line in picture.lines(width.min(PICTURE_WIDTH)) {
                        writeln!(o, "{line}")?;
                    }
                    writeln!(o)?;
                }
                for sentence in picture.sentences() {
                    say(o, &sentence, "", 0, width)?;
                }
                writeln!(o)?;
            }
            Block::Table(table) => {
                for line in table.spoken(width) {
                    writeln!(o, "{line}")?;
                }
                writeln!(o)?;
            }
        }
    }
    if let Some(line) = page.more_line() {
        if after_item {
            writeln!(o)?;
        }
        say(o, &line, "", 0, width)?;
    }
    Ok(())
}

fn texts(list: &[String]) -> Vec<Block> {
    list.iter().cloned().map(Block::Text).collect()
}

/// What the safety page says first: what was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    Yes,
    NotSaid,
    /// PHQ-9 item 9 above "Not at all" raised the flag.
    Item9,
}

/// The safety page: what to do now, shown at once after a "yes" or "rather
/// not say" to the safety question, in the words DOMAIN.md section 4 asks
/// for. The one place this page is built; anything that shows it calls this.
pub fn safety_page(evidence: &Evidence) -> Page {
    let crisis = &evidence.crisis;
    let words = &crisis.verbatim;
    let Some(act) = &crisis.act_now else {
        return older_safety_page(evidence);
    };
    let mut blocks = texts(&crisis.before);
    blocks.extend(call_if(act));
    blocks.extend(what_to_do_today(act));
    blocks.push(Block::Heading(crisis.by_country.clone()));
    blocks.extend(lines_and_not_listed(evidence, act));
    blocks.push(Block::Text(words.no_contact.clone()));
    blocks.push(Block::Text(words.later.clone()));
    Page {
        title: Some(crisis.title.clone()),
        blocks: without_empty(blocks),
        urgent: true,
        more: Vec::new(),
        more_title: None,
    }
}

/// What to do today, in the safety page's order: contact the GP, reach
/// someone and not stay alone, put away what could hurt.
fn what_to_do_today(act: &crate::bank::evidence::ActNow) -> [Block; 3] {
    [
        Block::Text(act.today.clone()),
        Block::Text(act.someone.clone()),
        Block::Text(act.put_away.clone()),
    ]
}

/// The first lines of the safety page, for the result when the whole page
/// was shown while asking and "right now" was no: the emergency number and
/// when to call it, what to do today (the GP, someone to be with, putting
/// away what could hurt), the crisis lines and what to do in a country not
/// listed, and that the rest is at the top of the summary. None for a record's
/// older words, which show the whole page.
pub fn safety_page_first_lines(evidence: &Evidence) -> Option<Page> {
    let crisis = &evidence.crisis;
    let act = crisis
        .act_now
        .as_ref()
        .filter(|a| !a.rest_in_summary.is_empty())?;
    let mut blocks = call_if(act);
    blocks.extend(what_to_do_today(act));
    blocks.push(Block::Heading(crisis.by_country.clone()));
    blocks.extend(lines_and_not_listed(evidence, act));
    blocks.push(Block::Text(act.rest_in_summary.clone()));
    Some(Page {
        title: Some(crisis.title.clone()),
        blocks: without_empty(blocks),
        urgent: true,
        more: Vec::new(),
        more_title: None,
    })
}

/// The safety page as shown right after an answer, its first line saying
/// what was answered ("You said yes" is not "you chose not to say").
pub fn safety_page_after(evidence: &Evidence, answered: Answered) -> Page {
    let mut page = safety_page(evidence);
    if let Some(said) = &evidence.crisis.said {
        let first = match answered {
            Answered::Yes => &said.yes,
            Answered::NotSaid => &said.not_said,
            Answered::Item9 => &said.item9,
        };
        // What was answered stands in place of the general opening line.
        let opening = evidence.crisis.before.len();
        page.blocks.splice(0..opening, [Block::Text(first.clone())]);
    }
    page
}

/// The page after "right now: yes" (or rather not say): the emergency
/// number and department first, then the lines open day and night, someone
/// to be with, and only then the GP today. None for a record's older words.
pub fn act_now_page(evidence: &Evidence, answered: Answered) -> Option<Page> {
    let crisis = &evidence.crisis;
    let (act, now) = (crisis.act_now.as_ref()?, crisis.right_now.as_ref()?);
    let said = match answered {
        Answered::NotSaid => &now.not_said,
        Answered::Yes | Answered::Item9 => &now.yes,
    };
    let mut blocks = vec![Block::Text(said.clone())];
    blocks.extend(first_lines(evidence, act, now));
    blocks.push(Block::Text(act.put_away.clone()));
    blocks.push(Block::Text(act.today.clone()));
    blocks.push(Block::Text(crisis.verbatim.no_contact.clone()));
    Some(Page {
        title: Some(now.title.clone()),
        blocks: without_empty(blocks),
        urgent: true,
        more: Vec::new(),
        more_title: None,
    })
}

/// What stays on the screen after "I will get help now": the act-now lines,
/// that the program contacts no one, that the answers are kept, and how to
/// come back.
pub fn stop_page(evidence: &Evidence, kept: bool) -> Option<Page> {
    let crisis = &evidence.crisis;
    let (act, now, stop) = (
        crisis.act_now.as_ref()?,
        crisis.right_now.as_ref()?,
        crisis.stop.as_ref()?,
    );
    let mut blocks = first_lines(evidence, act, now);
    // Whether the answers are kept is said truly, first.
    let said = if kept { &stop.kept } else { &stop.not_kept };
    blocks.extend(said.iter().cloned().map(Block::Text));
    blocks.extend(texts(&stop.lines));
    Some(Page {
        title: Some(stop.title.clone()),
        blocks: without_empty(blocks),
        urgent: false,
        more: Vec::new(),
        more_title: None,
    })
}

/// The emergency number and department, the crisis lines, someone to be with.
fn first_lines(
    evidence: &Evidence,
    act: &crate::bank::evidence::ActNow,
    now: &crate::bank::evidence::RightNowWords,
) -> Vec<Block> {
    let mut blocks = call_if(act);
    blocks.push(Block::Heading(now.lines.clone()));
    blocks.extend(lines_and_not_listed(evidence, act));
    blocks.push(Block::Text(now.be_with.clone()));
    blocks
}

/// "Call your emergency number now ... if any of these is true:" and the list.
fn call_if(act: &crate::bank::evidence::ActNow) -> Vec<Block> {
    let mut blocks = vec![Block::Text(act.call_if.clone())];
    blocks.extend(act.conditions.iter().cloned().map(Block::Item));
    blocks
}

/// The crisis lines by country, and what to do in a country not listed.
fn lines_and_not_listed(evidence: &Evidence, act: &crate::bank::evidence::ActNow) -> Vec<Block> {
    let mut blocks: Vec<Block> = evidence
        .crisis_lines()
        .into_iter()
        .map(Block::Item)
        .collect();
    blocks.push(Block::Text(act.not_listed.clone()));
    blocks.push(Block::Text(act.not_listed_note.clone()));
    blocks
}

fn without_empty(mut blocks: Vec<Block>) -> Vec<Block> {
    blocks.retain(
        |b| !matches!(b, Block::Text(t) | Block::Item(t) | Block::Heading(t) if t.is_empty()),
    );
    blocks
}

/// The safety page as a record made before the act-now lines words it.
fn older_safety_page(evidence: &Evidence) -> Page {
    let crisis = &evidence.crisis;
    let words = &crisis.verbatim;
    let mut blocks = texts(&crisis.before);
    blocks.push(Block::Item(words.act_now.clone()));
    blocks.push(Block::Item(words.today.clone()));
    blocks.push(Block::Heading(crisis.by_country.clone()));
    blocks.extend(evidence.crisis_lines().into_iter().map(Block::Item));
    blocks.push(Block::Text(words.no_contact.clone()));
    blocks.push(Block::Text(crisis.fresh.clone()));
    blocks.push(Block::Text(words.later.clone()));
    // A record of schema 1 has no such words, but words after the numbers.
    blocks.extend(texts(&crisis.after));
    Page {
        title: Some(crisis.title.clone()),
        blocks: without_empty(blocks),
        urgent: true,
        ..Default::default()
    }
}
