//! An answer as a person reads it: option texts, "Yes", "7 out of 10", "$1,200".

use super::Answer;
use crate::bank::{Kind, Question, Unit};

/// The words shown for an unanswered optional question.
pub const SKIPPED: &str = "(skipped)";

impl Question {
    /// The answer in words. `symbol` is the money symbol for money questions.
    pub fn shown(&self, answer: &Answer, symbol: Option<&str>) -> String {
        match (answer, &self.kind) {
            (Answer::Choice(id), _) => self.shown_choice(id),
            (Answer::Choices(ids), _) if ids.is_empty() => "None of these".into(),
            (Answer::Choices(ids), _) => ids
                .iter()
                .map(|id| self.shown_choice(id))
                .collect::<Vec<_>>()
                .join("; "),
            (Answer::YesNo(true), _) => "Yes".into(),
            (Answer::YesNo(false), _) => "No".into(),
            (Answer::Scale(n), Kind::Scale { max, .. }) => format!("{n} out of {max}"),
            (Answer::Scale(n), _) => n.to_string(),
            (Answer::Number(n), Kind::Number { unit, .. }) => match unit {
                Unit::Money { .. } => money(*n, symbol.unwrap_or("")),
                Unit::Word { .. } => {
                    format!("{} {}", grouped(*n), unit.word_after(*n).unwrap_or(""))
                }
                Unit::None => grouped(*n),
            },
            (Answer::Number(n), _) => grouped(*n),
            (Answer::DontKnow, Kind::Number { dont_know, .. }) => {
                dont_know.clone().unwrap_or_else(|| "Don't know".into())
            }
            (Answer::DontKnow, _) => "Don't know".into(),
            (Answer::Text(t), _) if t.trim().is_empty() => SKIPPED.into(),
            (Answer::Text(t), _) => t.clone(),
        }
    }
}

impl Question {
    /// One option in words (its id when the bank has no such option).
    pub fn shown_choice(&self, id: &str) -> String {
        self.option(id)
            .map_or_else(|| id.to_string(), |c| c.text.clone())
    }
}

/// An amount of money: "$1,200", "£85.50".
pub fn money(amount: f64, symbol: &str) -> String {
    let sign = if amount < 0.0 { "-" } else { "" };
    format!("{sign}{symbol}{}", grouped(amount.abs()))
}

/// A number with thousands marked and at most two decimals: 1,200 or 85.50.
pub fn grouped(n: f64) -> String {
    let cents = (n.abs() * 100.0).round() as u128;
    let whole = cents / 100;
    let frac = cents % 100;
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    let sign = if n < 0.0 && cents > 0 { "-" } else { "" };
    if frac == 0 {
        format!("{sign}{out}")
    } else {
        format!("{sign}{out}.{frac:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_marks_thousands_and_keeps_cents() {
        assert_eq!(grouped(0.0), "0");
        assert_eq!(grouped(999.0), "999");
        assert_eq!(grouped(1200.0), "1,200");
        assert_eq!(grouped(1234567.5), "1,234,567.50");
        assert_eq!(grouped(85.004), "85");
        assert_eq!(money(-12.5, "£"), "-£12.50");
    }
}
