//! A typed answer in the terminal (a number or words): one line with the
//! question above it, "don't know" where the question allows it, Esc to go back.

use super::Terminal;
use crate::answers::{Answer, grouped, plain};
use crate::ask::line::read_line;
use crate::ask::window::{Screen, key_stop};
use crate::ask::{Context, Reply, Stop, sentence};
use crate::bank::{Kind, Question, Unit};

impl Terminal {
    pub(super) fn typed(&self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        let back = if context.can_go_back {
            " Esc goes back."
        } else {
            ""
        };
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
                        "Type a number from {} to {}{unit_word}{dk}, then press Enter.{back}",
                        grouped(*min),
                        grouped(*max)
                    ),
                    context.money_symbol.unwrap_or("").to_string(),
                )
            }
            Kind::Text { max_length } => (
                format!(
                    "Type on one line, up to {max_length} characters. Press Enter to skip.{back}"
                ),
                String::new(),
            ),
            _ => (String::new(), String::new()),
        };
        let mut start = match context.current {
            Some(Answer::Number(n)) => plain(*n),
            Some(Answer::DontKnow) => "?".into(),
            Some(Answer::Text(t)) => t.clone(),
            _ => String::new(),
        };
        let mut error: Option<String> = None;
        loop {
            let mut screen = Screen {
                lines: self.head(context, question, &hint),
                reserve: 2,
                ..Screen::default()
            };
            if let Some(e) = &error {
                screen.extend(self.styled(&self.urgent, &format!("! {e}")));
            }
            screen.push(String::new());
            screen.focus = screen.len()..screen.len();
            self.draw(&screen)?;
            let Some(line) = read_line(&self.term, &format!("> {prefix}"), &start, self.width())
                .map_err(key_stop)?
            else {
                if context.can_go_back {
                    return Ok(Reply::Back);
                }
                error = Some("This is the first screen, so there is nothing to go back to.".into());
                continue;
            };
            if line.trim().is_empty() && !question.required {
                return Ok(Reply::Skip);
            }
            if line.trim().is_empty() {
                error = Some("Please type an answer.".into());
                continue;
            }
            match question.read_typed(&line) {
                Ok(answer) => return Ok(Reply::Answer(answer)),
                Err(why) => {
                    // The bad input is cleared; the error says what it was.
                    error = Some(format!("{} You typed: {line}", sentence(&why)));
                    start = String::new();
                }
            }
        }
    }
}
