//! A typed answer in the terminal (a number or words): one line with the
//! question above it, "don't know" where the question allows it, Esc to go back.

use super::Terminal;
use crate::answers::{Answer, grouped, plain, sign_hint, split_sign};
use crate::ask::line::read_line;
use crate::ask::unfit::said_with_typed;
use crate::ask::window::{Screen, key_stop};
use crate::ask::{Context, Reply, Stop};
use crate::bank::{Kind, Question, Unit};
use crate::text::fill;

impl Terminal {
    pub(super) fn typed(&self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        let words = &self.words.arrows;
        let (hint, prefix) = self.typed_hint(question, context);
        let mut start = answer_so_far(context);
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
                error = Some(words.first_screen.clone());
                continue;
            };
            if line.trim().is_empty() && !question.required {
                return Ok(Reply::Skip);
            }
            if line.trim().is_empty() {
                error = Some(words.type_an_answer.clone());
                continue;
            }
            let (amount, money) = match context.currency {
                Some(currency) => split_sign(&line, currency),
                None => (line.clone(), None),
            };
            match (question.read_typed(&amount), money) {
                (Ok(answer @ Answer::Number(_)), Some(money)) => {
                    return Ok(Reply::AnswerIn(answer, money));
                }
                (Ok(answer), _) => return Ok(Reply::Answer(answer)),
                (Err(why), _) => {
                    // The bad input is cleared; the error says what it was.
                    error = Some(said_with_typed(&self.words, &why, &line));
                    start = String::new();
                }
            }
        }
    }

    /// What the line above the answer says may be typed (the range, "don't
    /// know", the money signs, Esc to go back), and the money sign before it.
    fn typed_hint(&self, question: &Question, context: &Context) -> (String, String) {
        let words = &self.words.arrows;
        match &question.kind {
            Kind::Number {
                min,
                max,
                unit,
                dont_know,
                ..
            } => {
                let max = match unit {
                    Unit::Word { .. } => {
                        format!("{} {}", grouped(*max), unit.word_after(*max).unwrap_or(""))
                    }
                    _ => grouped(*max),
                };
                let hint = match dont_know {
                    Some(d) => fill(
                        &words.typed_number_dont_know,
                        &[("min", &grouped(*min)), ("max", &max), ("dont_know", d)],
                    ),
                    None => fill(
                        &words.typed_number,
                        &[("min", &grouped(*min)), ("max", &max)],
                    ),
                };
                let offered = context.currency.filter(|_| context.offer_sign);
                let hint = match sign_hint(&words.money_sign, offered) {
                    Some(signs) => format!("{signs} {hint}"),
                    None => hint,
                };
                (
                    self.with_back(&hint, context.can_go_back),
                    context.money_symbol.unwrap_or("").to_string(),
                )
            }
            Kind::Text { max_length } => (
                self.with_back(
                    &fill(
                        &words.typed_words,
                        &[("max_length", &max_length.to_string())],
                    ),
                    context.can_go_back,
                ),
                String::new(),
            ),
            _ => (String::new(), String::new()),
        }
    }
}

/// The answer given before, if any, ready to edit.
fn answer_so_far(context: &Context) -> String {
    match context.current {
        Some(Answer::Number(n)) => plain(*n),
        Some(Answer::DontKnow) => "?".into(),
        // A note kept from before a break is shown, and edited, neutralised.
        Some(Answer::Text(t)) => crate::text::neutral(t),
        _ => String::new(),
    }
}
