//! The plain prompter: numbered options and typed answers, one line at a time,
//! on ordinary input and output. No cursor tricks, so it suits screen readers
//! and pipes (`printf '1\n3\n' | therapy-choice --plain`).

use std::io::{BufRead, Write};

use super::{Block, Context, Page, Prompter, Reply, ReviewLine, ReviewPick, Stop, sentence};
use crate::answers::{Answer, grouped};
use crate::bank::{Kind, Question, Unit};

pub struct Plain<R, W> {
    input: R,
    output: W,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    pub fn new(input: R, output: W) -> Self {
        Plain { input, output }
    }

    fn read(&mut self) -> Result<String, Stop> {
        write!(self.output, "> ")?;
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            writeln!(self.output)?;
            return Err(Stop::InputEnded);
        }
        Ok(line.trim().to_string())
    }

    fn print_question(&mut self, question: &Question, context: &Context) -> Result<(), Stop> {
        let o = &mut self.output;
        writeln!(o)?;
        writeln!(o, "{} ({})", context.progress(), context.section_title)?;
        writeln!(o, "{}", question.text)?;
        if let Some(help) = &question.help {
            writeln!(o, "{help}")?;
        }
        match &question.kind {
            Kind::Single { options } | Kind::Multi { options } => {
                for (n, option) in options.iter().enumerate() {
                    writeln!(o, "  {}. {}", n + 1, option.text)?;
                }
            }
            Kind::YesNo => writeln!(o, "  1. Yes\n  2. No")?,
            _ => {}
        }
        let how = match &question.kind {
            Kind::Single { options } => format!("Type a number from 1 to {}.", options.len()),
            Kind::Multi { .. } => {
                "Type the numbers of all that fit, like: 1 3. Type 0 for none.".to_string()
            }
            Kind::YesNo => "Type y for yes or n for no.".into(),
            Kind::Scale {
                min,
                max,
                low,
                high,
            } => {
                format!("Type a number from {min} ({low}) to {max} ({high}).")
            }
            Kind::Number {
                min,
                max,
                unit,
                dont_know,
                ..
            } => {
                let unit = match unit {
                    Unit::Word(w) => format!(" {w}"),
                    Unit::Money { .. } => context
                        .money_symbol
                        .filter(|s| !s.is_empty())
                        .map(|s| format!(" (in {s})"))
                        .unwrap_or_default(),
                    Unit::None => String::new(),
                };
                let dk = dont_know
                    .as_ref()
                    .map(|d| format!(" Type ? for \"{d}\"."))
                    .unwrap_or_default();
                format!(
                    "Type a number from {} to {}{unit}.{dk}",
                    grouped(*min),
                    grouped(*max)
                )
            }
            Kind::Text { max_length } => {
                format!("Type your answer on one line, up to {max_length} characters.")
            }
        };
        let mut extra = String::new();
        if let Some(current) = context.current {
            extra.push_str(&format!(
                " Press Enter to keep your answer: {}.",
                question.shown(current, context.money_symbol)
            ));
        } else if !question.required {
            extra.push_str(" Press Enter to skip.");
        }
        if context.can_go_back {
            extra.push_str(" Type b to go back.");
        }
        writeln!(o, "{how}{extra}")?;
        Ok(())
    }

    /// Turn a typed line into a reply, or a sentence saying what was wrong.
    fn understand(
        &self,
        question: &Question,
        context: &Context,
        line: &str,
    ) -> Result<Reply, String> {
        if line.eq_ignore_ascii_case("b") {
            return if context.can_go_back {
                Ok(Reply::Back)
            } else {
                Err("This is the first question, so there is nothing to go back to.".into())
            };
        }
        if line.is_empty() {
            return match context.current {
                Some(current) => Ok(Reply::Answer(current.clone())),
                None if !question.required => Ok(Reply::Skip),
                None => Err("Please type an answer.".into()),
            };
        }
        let answer = match &question.kind {
            Kind::Single { options } => Answer::Choice(
                pick(line, options.len())?
                    .map_or_else(|| line.to_string(), |k| options[k].id.clone()),
            ),
            Kind::Multi { options } => {
                if line == "0" {
                    Answer::Choices(Vec::new())
                } else {
                    let mut ids = Vec::new();
                    for part in line.split([',', ' ']).filter(|p| !p.is_empty()) {
                        match pick(part, options.len())? {
                            Some(k) => ids.push(options[k].id.clone()),
                            None => ids.push(part.to_string()),
                        }
                    }
                    Answer::Choices(ids)
                }
            }
            Kind::YesNo => match line {
                "1" => Answer::YesNo(true),
                "2" => Answer::YesNo(false),
                _ => {
                    return question
                        .read_typed(line)
                        .map(Reply::Answer)
                        .map_err(|e| sentence(&e));
                }
            },
            _ => {
                return question
                    .read_typed(line)
                    .map(Reply::Answer)
                    .map_err(|e| sentence(&e));
            }
        };
        question
            .check(&answer)
            .map(|()| Reply::Answer(answer))
            .map_err(|why| match &question.kind {
                Kind::Single { options } => format!(
                    "That is not one of the choices. Type a number from 1 to {}.",
                    options.len()
                ),
                _ => sentence(&why),
            })
    }
}

/// How wide a picture of 100 people may be in plain lines.
const PICTURE_WIDTH: usize = 78;

/// A page as plain lines: a title underlined, items marked with "-".
pub fn write_page(page: &Page, o: &mut impl Write) -> std::io::Result<()> {
    writeln!(o)?;
    if let Some(title) = &page.title {
        let title = if page.urgent {
            format!("IMPORTANT: {title}")
        } else {
            title.clone()
        };
        writeln!(o, "{title}")?;
        writeln!(o, "{}", "=".repeat(title.chars().count().min(60)))?;
    }
    for block in &page.blocks {
        match block {
            Block::Heading(h) => writeln!(o, "\n{h}")?,
            Block::Text(t) => writeln!(o, "{t}\n")?,
            Block::Item(t) => writeln!(o, "- {t}")?,
            Block::Icons(picture) => {
                for line in picture.lines(PICTURE_WIDTH) {
                    writeln!(o, "{line}")?;
                }
                writeln!(o)?;
                for sentence in picture.sentences() {
                    writeln!(o, "{sentence}")?;
                }
                writeln!(o)?;
            }
        }
    }
    Ok(())
}

/// A number typed for an option: Ok(Some(index)), Ok(None) when it is not a
/// number at all, or an error when it is a number out of range.
fn pick(text: &str, count: usize) -> Result<Option<usize>, String> {
    match text.parse::<usize>() {
        Ok(n) if (1..=count).contains(&n) => Ok(Some(n - 1)),
        Ok(_) => Err(format!(
            "That is not one of the choices. Type a number from 1 to {count}."
        )),
        Err(_) => Ok(None),
    }
}

impl<R: BufRead, W: Write> Prompter for Plain<R, W> {
    fn show(&mut self, page: &Page) -> Result<(), Stop> {
        write_page(page, &mut self.output)?;
        Ok(())
    }

    fn ask(&mut self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        loop {
            self.print_question(question, context)?;
            let line = self.read()?;
            match self.understand(question, context, &line) {
                Ok(reply) => return Ok(reply),
                Err(why) => writeln!(self.output, "{why}")?,
            }
        }
    }

    fn confirm(&mut self, question: &str) -> Result<bool, Stop> {
        loop {
            writeln!(self.output, "\n{question}\nType y for yes or n for no.")?;
            match self.read()?.to_lowercase().as_str() {
                "y" | "yes" => return Ok(true),
                "n" | "no" => return Ok(false),
                _ => writeln!(self.output, "Please type y or n.")?,
            }
        }
    }

    fn review(&mut self, lines: &[ReviewLine]) -> Result<ReviewPick, Stop> {
        loop {
            writeln!(self.output, "\nCheck your answers")?;
            writeln!(self.output, "==================")?;
            for (n, line) in lines.iter().enumerate() {
                writeln!(
                    self.output,
                    "  {}. {} -> {}",
                    n + 1,
                    line.question,
                    line.answer
                )?;
            }
            writeln!(
                self.output,
                "Type a number to change that answer, or press Enter to finish and save."
            )?;
            let line = self.read()?;
            if line.is_empty() {
                return Ok(ReviewPick::Finish);
            }
            match pick(&line, lines.len()) {
                Ok(Some(k)) => return Ok(ReviewPick::Change(k)),
                _ => writeln!(
                    self.output,
                    "Please type a number from 1 to {}, or press Enter to finish.",
                    lines.len()
                )?,
            }
        }
    }
}
