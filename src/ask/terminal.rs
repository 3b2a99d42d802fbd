//! The terminal prompter: one question a screen, arrow keys and Enter, Space to
//! pick, Esc to go back. Drawn on standard error with dialoguer and console.

use console::{Key, Style, Term};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{MultiSelect, Select};
use std::io;

use super::line::read_line;
use super::{Block, Context, Page, Prompter, Reply, ReviewLine, ReviewPick, Stop, sentence};
use crate::answers::{Answer, grouped, plain};
use crate::bank::{Kind, Question, Unit};
use crate::text::wrap::wrap;

pub struct Terminal {
    term: Term,
    theme: Box<dyn Theme>,
    bold: Style,
    dim: Style,
    urgent: Style,
}

impl Terminal {
    pub fn new(colour: bool) -> Terminal {
        let theme: Box<dyn Theme> = if colour {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        let style = |s: Style| if colour { s } else { Style::new() };
        Terminal {
            term: Term::stderr(),
            theme,
            bold: style(Style::new().bold()),
            dim: style(Style::new().dim()),
            urgent: style(Style::new().bold().red()),
        }
    }

    fn width(&self) -> usize {
        (self.term.size().1 as usize).clamp(30, 80) - 2
    }

    fn say(&self, text: &str) -> io::Result<()> {
        for line in wrap(text, self.width()) {
            self.term.write_line(&line)?;
        }
        Ok(())
    }

    fn wait_for_enter(&self) -> Result<(), Stop> {
        self.term.write_line("")?;
        self.term
            .write_line(&self.dim.apply_to("Press Enter to go on.").to_string())?;
        loop {
            match self.term.read_key().map_err(stop)? {
                Key::Enter | Key::Escape | Key::Char(' ') => return Ok(()),
                Key::Unknown => return Err(Stop::InputEnded),
                _ => {}
            }
        }
    }

    fn heading(&self, context: &Context, question: &Question) -> io::Result<()> {
        self.term.clear_screen()?;
        self.term
            .write_line(&self.dim.apply_to(context.progress()).to_string())?;
        self.term
            .write_line(&self.bold.apply_to(context.section_title).to_string())?;
        self.term.write_line("")?;
        if let Some(help) = &question.help {
            self.say(help)?;
            self.term.write_line("")?;
        }
        Ok(())
    }

    fn hint(&self, text: &str) -> io::Result<()> {
        self.term.write_line(&self.dim.apply_to(text).to_string())
    }

    fn problem(&self, text: &str) -> io::Result<()> {
        self.term
            .write_line(&self.urgent.apply_to(format!("! {text}")).to_string())
    }

    fn typed(&self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        self.say(&self.bold.apply_to(&question.text).to_string())?;
        let (hint, prefix) = match &question.kind {
            Kind::Number {
                min,
                max,
                unit,
                dont_know,
                ..
            } => {
                let unit_word = match unit {
                    Unit::Word(w) => format!(" {w}"),
                    _ => String::new(),
                };
                let dk = dont_know
                    .as_ref()
                    .map(|d| format!(", or ? for \"{d}\""))
                    .unwrap_or_default();
                (
                    format!(
                        "Type a number from {} to {}{unit_word}{dk}. Esc goes back.",
                        grouped(*min),
                        grouped(*max)
                    ),
                    context.money_symbol.unwrap_or("").to_string(),
                )
            }
            Kind::Text { max_length } => (
                format!(
                    "Type on one line, up to {max_length} characters. Press Enter to skip. Esc goes back."
                ),
                String::new(),
            ),
            _ => (String::new(), String::new()),
        };
        self.hint(&hint)?;
        let initial = match context.current {
            Some(Answer::Number(n)) => plain(*n),
            Some(Answer::DontKnow) => "?".into(),
            Some(Answer::Text(t)) => t.clone(),
            _ => String::new(),
        };
        let mut start = initial;
        loop {
            let Some(line) = read_line(&self.term, &format!("> {prefix}"), &start).map_err(stop)?
            else {
                return Ok(Reply::Back);
            };
            if line.trim().is_empty() && !question.required {
                return Ok(Reply::Skip);
            }
            if line.trim().is_empty() {
                self.problem("Please type an answer.")?;
                continue;
            }
            match question.read_typed(&line) {
                Ok(answer) => return Ok(Reply::Answer(answer)),
                Err(why) => {
                    self.problem(&sentence(&why))?;
                    start = line;
                }
            }
        }
    }
}

impl Prompter for Terminal {
    fn show(&mut self, page: &Page) -> Result<(), Stop> {
        self.term.clear_screen()?;
        if let Some(title) = &page.title {
            let style = if page.urgent {
                &self.urgent
            } else {
                &self.bold
            };
            self.term.write_line(&style.apply_to(title).to_string())?;
            self.term.write_line("")?;
        }
        let mut after_item = false;
        for block in &page.blocks {
            if after_item && !matches!(block, Block::Item(_)) {
                self.term.write_line("")?;
            }
            after_item = matches!(block, Block::Item(_) | Block::Icons(_));
            match block {
                Block::Heading(h) => {
                    self.term.write_line(&self.bold.apply_to(h).to_string())?;
                }
                Block::Text(t) => {
                    self.say(t)?;
                    self.term.write_line("")?;
                }
                Block::Item(t) => {
                    for (n, line) in wrap(t, self.width() - 2).iter().enumerate() {
                        let mark = if n == 0 { "- " } else { "  " };
                        self.term.write_line(&format!("{mark}{line}"))?;
                    }
                }
                Block::Icons(picture) => {
                    for line in picture.lines(self.width()) {
                        self.term.write_line(&line)?;
                    }
                }
            }
        }
        self.wait_for_enter()
    }

    fn ask(&mut self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        self.heading(context, question)?;
        let theme = self.theme.as_ref();
        let back = if context.can_go_back {
            " Esc goes back."
        } else {
            ""
        };
        match &question.kind {
            Kind::Single { options } => {
                let mut items: Vec<String> = options.iter().map(|o| o.text.clone()).collect();
                if !question.required {
                    items.push("Skip this question".into());
                }
                let default = match context.current {
                    Some(Answer::Choice(id)) => {
                        options.iter().position(|o| &o.id == id).unwrap_or(0)
                    }
                    _ => 0,
                };
                self.hint(&format!("Use the arrow keys, then press Enter.{back}"))?;
                let picked = Select::with_theme(theme)
                    .with_prompt(&question.text)
                    .items(&items)
                    .default(default)
                    .interact_on_opt(&self.term)
                    .map_err(dialoguer_stop)?;
                Ok(match picked {
                    None => Reply::Back,
                    Some(k) if k >= options.len() => Reply::Skip,
                    Some(k) => Reply::Answer(Answer::Choice(options[k].id.clone())),
                })
            }
            Kind::Multi { options } => {
                let chosen: Vec<bool> = options
                    .iter()
                    .map(|o| matches!(context.current, Some(Answer::Choices(ids)) if ids.contains(&o.id)))
                    .collect();
                let texts: Vec<&str> = options.iter().map(|o| o.text.as_str()).collect();
                self.hint(&format!("Space picks or unpicks. Enter when done.{back}"))?;
                loop {
                    let picked = MultiSelect::with_theme(theme)
                        .with_prompt(&question.text)
                        .items(&texts)
                        .defaults(&chosen)
                        .interact_on_opt(&self.term)
                        .map_err(dialoguer_stop)?;
                    let Some(picked) = picked else {
                        return Ok(Reply::Back);
                    };
                    let answer =
                        Answer::Choices(picked.iter().map(|&k| options[k].id.clone()).collect());
                    match question.check(&answer) {
                        Ok(()) => return Ok(Reply::Answer(answer)),
                        Err(why) => self.problem(&sentence(&why))?,
                    }
                }
            }
            Kind::YesNo => {
                let default = match context.current {
                    Some(Answer::YesNo(false)) => 1,
                    _ => 0,
                };
                self.hint(&format!("Use the arrow keys, then press Enter.{back}"))?;
                let picked = Select::with_theme(theme)
                    .with_prompt(&question.text)
                    .items(["Yes", "No"])
                    .default(default)
                    .interact_on_opt(&self.term)
                    .map_err(dialoguer_stop)?;
                Ok(match picked {
                    None => Reply::Back,
                    Some(k) => Reply::Answer(Answer::YesNo(k == 0)),
                })
            }
            Kind::Scale {
                min,
                max,
                low,
                high,
            } => {
                let items: Vec<String> = (*min..=*max)
                    .map(|n| match n {
                        n if n == *min => format!("{n}  {low}"),
                        n if n == *max => format!("{n}  {high}"),
                        n => n.to_string(),
                    })
                    .collect();
                let default = match context.current {
                    Some(Answer::Scale(n)) => (n - min) as usize,
                    _ => ((max - min) / 2) as usize,
                };
                self.hint(&format!("Use the arrow keys, then press Enter.{back}"))?;
                let picked = Select::with_theme(theme)
                    .with_prompt(&question.text)
                    .items(&items)
                    .default(default)
                    .interact_on_opt(&self.term)
                    .map_err(dialoguer_stop)?;
                Ok(match picked {
                    None => Reply::Back,
                    Some(k) => Reply::Answer(Answer::Scale(min + k as u8)),
                })
            }
            Kind::Number { .. } | Kind::Text { .. } => self.typed(question, context),
        }
    }

    fn confirm(&mut self, question: &str) -> Result<bool, Stop> {
        self.term.clear_screen()?;
        loop {
            let picked = Select::with_theme(self.theme.as_ref())
                .with_prompt(question)
                .items(["Yes", "No"])
                .default(0)
                .interact_on_opt(&self.term)
                .map_err(dialoguer_stop)?;
            if let Some(k) = picked {
                return Ok(k == 0);
            }
        }
    }

    fn review(&mut self, lines: &[ReviewLine]) -> Result<ReviewPick, Stop> {
        loop {
            self.term.clear_screen()?;
            self.term
                .write_line(&self.bold.apply_to("Check your answers").to_string())?;
            self.hint("Pick an answer to change it, or pick the first line to finish.")?;
            self.term.write_line("")?;
            let width = self.width().saturating_sub(4);
            let mut items = vec!["Finish and save my summary".to_string()];
            items.extend(
                lines
                    .iter()
                    .map(|l| cut(&format!("{}  ->  {}", l.question, l.answer), width)),
            );
            let picked = Select::with_theme(self.theme.as_ref())
                .items(&items)
                .default(0)
                .max_length((self.term.size().0 as usize).saturating_sub(6).max(5))
                .interact_on_opt(&self.term)
                .map_err(dialoguer_stop)?;
            match picked {
                Some(0) => return Ok(ReviewPick::Finish),
                Some(k) => return Ok(ReviewPick::Change(k - 1)),
                None => continue,
            }
        }
    }
}

fn stop(e: io::Error) -> Stop {
    match e.kind() {
        io::ErrorKind::Interrupted => Stop::Interrupted,
        io::ErrorKind::UnexpectedEof => Stop::InputEnded,
        _ => Stop::Io(e),
    }
}

fn dialoguer_stop(e: dialoguer::Error) -> Stop {
    let dialoguer::Error::IO(e) = e;
    stop(e)
}

fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let short: String = text.chars().take(width.saturating_sub(3)).collect();
        format!("{short}...")
    }
}

/// Show a long text a screen at a time on standard output: Enter or Space for
/// the next screen, q or Esc to see the rest at once.
pub fn page_through(text: &str) -> io::Result<()> {
    let out = Term::stdout();
    let keys = Term::stderr();
    let rows = (out.size().0 as usize).max(10) - 2;
    let lines: Vec<&str> = text.lines().collect();
    let mut shown = 0;
    while shown < lines.len() {
        let end = (shown + rows).min(lines.len());
        for line in &lines[shown..end] {
            out.write_line(line)?;
        }
        shown = end;
        if shown >= lines.len() {
            break;
        }
        out.write_line("-- Press Enter for more, or q to see the rest --")?;
        let key = keys.read_key()?;
        out.clear_last_lines(1)?;
        if matches!(key, Key::Escape | Key::Char('q')) {
            for line in &lines[shown..] {
                out.write_line(line)?;
            }
            break;
        }
    }
    Ok(())
}
