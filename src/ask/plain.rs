//! The plain prompter: numbered options and typed answers, one line at a time,
//! on ordinary input and output. No cursor tricks, so it suits screen readers
//! and pipes (`printf '1\n3\n' | therapy-choice --plain`).

use std::io::{BufRead, Write};

use super::{Context, Page, Prompter, Reply, ReviewLine, ReviewPick, Stop, Went, sentence};
use crate::answers::{Answer, grouped};
use crate::bank::{Kind, Question, Unit};
use crate::render::page::{say, write_page};

pub struct Plain<R, W> {
    input: R,
    output: W,
    /// The columns a line may use.
    width: usize,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    pub fn new(input: R, output: W, width: usize) -> Self {
        Plain {
            input,
            output,
            width,
        }
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
        let width = self.width;
        let o = &mut self.output;
        writeln!(o)?;
        let place = format!("{} ({})", context.progress(), context.section_title);
        say(o, &place, "", 0, width)?;
        if let Some(help) = &question.help {
            say(o, help, "", 0, width)?;
        }
        say(o, &question.text, "", 0, width)?;
        match &question.kind {
            Kind::Single { options } | Kind::Multi { options } => {
                for (n, option) in options.iter().enumerate() {
                    let number = format!("  {}. ", n + 1);
                    say(o, &option.text, &number, number.len(), width)?;
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
        say(o, &format!("{how}{extra}"), "", 0, width)?;
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
                None => Err("Please choose one: type your answer, then press Enter.".into()),
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
    fn show(&mut self, page: &Page, can_go_back: bool) -> Result<Went, Stop> {
        write_page(page, self.width, &mut self.output)?;
        if !page.urgent {
            return Ok(Went::On);
        }
        // The safety page waits for a typed choice, never an empty line.
        let back = if can_go_back { ", or b to go back" } else { "" };
        loop {
            let ask = format!("When you are ready to go on, type c and press Enter{back}.");
            say(&mut self.output, &ask, "", 0, self.width)?;
            match self.read()?.to_lowercase().as_str() {
                "c" => return Ok(Went::On),
                "b" if can_go_back => return Ok(Went::Back),
                _ => {}
            }
        }
    }

    fn ask(&mut self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        loop {
            self.print_question(question, context)?;
            let line = self.read()?;
            match self.understand(question, context, &line) {
                Ok(reply) => return Ok(reply),
                Err(why) => say(&mut self.output, &why, "", 0, self.width)?,
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

    fn review(&mut self, lines: &[ReviewLine], _focus: Option<usize>) -> Result<ReviewPick, Stop> {
        loop {
            writeln!(self.output, "\nCheck your answers")?;
            writeln!(self.output, "==================")?;
            for (n, line) in lines.iter().enumerate() {
                let number = format!("  {}. ", n + 1);
                let text = format!("{} -> {}", line.question, line.answer);
                say(&mut self.output, &text, &number, number.len(), self.width)?;
            }
            say(
                &mut self.output,
                "Type a number to change that answer, b to go back, or press Enter to finish and save.",
                "",
                0,
                self.width,
            )?;
            let line = self.read()?;
            if line.is_empty() {
                return Ok(ReviewPick::Finish);
            }
            if line.eq_ignore_ascii_case("b") {
                return Ok(ReviewPick::Back);
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
