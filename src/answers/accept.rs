//! The one validator: whether a value fits a question, whether it came from the
//! terminal, a typed line or an answers file.

use serde_json::Value;

use super::{Answer, DONT_KNOW, Unfit};
use crate::bank::{Kind, Question, Unit};

impl Question {
    /// What an answer to this question must look like, in one phrase.
    pub fn expected(&self) -> String {
        match &self.kind {
            Kind::Single { options } => format!("one of {}", ids(options)),
            Kind::Multi { options } => format!("a list drawn from {}", ids(options)),
            Kind::YesNo => "true or false".into(),
            Kind::Scale { min, max, .. } => format!("a whole number from {min} to {max}"),
            Kind::Number {
                min,
                max,
                whole,
                unit,
                dont_know,
            } => {
                let what = if *whole { "a whole number" } else { "a number" };
                let unit = match unit {
                    Unit::Word { many, .. } => format!(" ({many})"),
                    Unit::Money { .. } => " (money)".into(),
                    Unit::None => String::new(),
                };
                let dk = if dont_know.is_some() {
                    format!(", or \"{DONT_KNOW}\"")
                } else {
                    String::new()
                };
                format!("{what} from {} to {}{unit}{dk}", plain(*min), plain(*max))
            }
            Kind::Text { max_length } => format!("text of at most {max_length} characters"),
        }
    }

    /// Read a value from an answers file. The error says what was wrong.
    pub fn read_json(&self, value: &Value) -> Result<Answer, String> {
        let answer = match (&self.kind, value) {
            (Kind::Single { .. }, Value::String(s)) => Answer::Choice(s.clone()),
            (Kind::Multi { .. }, Value::Array(items)) => {
                let mut ids = Vec::new();
                for item in items {
                    match item {
                        Value::String(s) => ids.push(s.clone()),
                        _ => return Err("the list holds something that is not an option id".into()),
                    }
                }
                Answer::Choices(ids)
            }
            (Kind::YesNo, Value::Bool(b)) => Answer::YesNo(*b),
            (Kind::Scale { .. }, Value::Number(n)) => match n.as_u64() {
                Some(n) if n <= u8::MAX as u64 => Answer::Scale(n as u8),
                _ => return Err("it is not a whole number in range".into()),
            },
            (Kind::Number { .. }, Value::Number(n)) => match n.as_f64() {
                Some(n) => Answer::Number(n),
                None => return Err("it is not a number we can read".into()),
            },
            (Kind::Number { .. }, Value::String(s)) if s == DONT_KNOW => Answer::DontKnow,
            (Kind::Text { .. }, Value::String(s)) => Answer::Text(s.clone()),
            _ => return Err(format!("it is {}", json_kind(value))),
        };
        self.check(&answer).map_err(|why| why.to_string())?;
        Ok(answer)
    }

    /// Read a typed line for a number, scale or text question. An empty line is
    /// not an answer; the prompter decides what it means.
    pub fn read_typed(&self, line: &str) -> Result<Answer, Unfit> {
        let line = line.trim();
        let answer = match &self.kind {
            Kind::Number { dont_know, .. } => {
                if dont_know.is_some() && is_dont_know(line) {
                    Answer::DontKnow
                } else {
                    Answer::Number(read_number(line)?)
                }
            }
            Kind::Scale { min, max, .. } => match line.parse::<u8>() {
                Ok(n) => Answer::Scale(n),
                Err(_) => {
                    return Err(Unfit::NotARating {
                        min: *min,
                        max: *max,
                    });
                }
            },
            Kind::Text { .. } => Answer::Text(line.to_string()),
            Kind::YesNo => match line.to_lowercase().as_str() {
                "y" | "yes" => Answer::YesNo(true),
                "n" | "no" => Answer::YesNo(false),
                _ => return Err(Unfit::NotYesOrNo),
            },
            Kind::Single { .. } => Answer::Choice(line.to_string()),
            Kind::Multi { .. } => Answer::Choices(
                line.split([',', ' '])
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
            ),
        };
        self.check(&answer)?;
        Ok(answer)
    }

    /// The answer in its one written form: picks of a multiple choice in the
    /// order of the options, so every way of answering records the same value.
    pub fn tidy(&self, answer: Answer) -> Answer {
        match (&self.kind, answer) {
            (Kind::Multi { options }, Answer::Choices(mut ids)) => {
                ids.sort_by_key(|id| options.iter().position(|o| &o.id == id));
                Answer::Choices(ids)
            }
            (_, answer) => answer,
        }
    }

    /// Whether an answer fits this question: its kind, options, range and length.
    pub fn check(&self, answer: &Answer) -> Result<(), Unfit> {
        match (&self.kind, answer) {
            (Kind::Single { .. }, Answer::Choice(id)) => {
                if self.option(id).is_none() {
                    return Err(Unfit::NotAnOption(id.clone()));
                }
            }
            (Kind::Multi { .. }, Answer::Choices(picked)) => {
                for (i, id) in picked.iter().enumerate() {
                    if self.option(id).is_none() {
                        return Err(Unfit::NotAnOption(id.clone()));
                    }
                    if picked[..i].contains(id) {
                        return Err(Unfit::PickedTwice(id.clone()));
                    }
                }
                if self.required && picked.is_empty() {
                    return Err(Unfit::NonePicked);
                }
            }
            (Kind::YesNo, Answer::YesNo(_)) => {}
            (Kind::Scale { min, max, .. }, Answer::Scale(n)) => {
                if n < min || n > max {
                    return Err(Unfit::Outside {
                        value: n.to_string(),
                        min: min.to_string(),
                        max: max.to_string(),
                    });
                }
            }
            (
                Kind::Number {
                    min, max, whole, ..
                },
                Answer::Number(n),
            ) => {
                if !n.is_finite() {
                    return Err(Unfit::NotFinite);
                }
                if n < min || n > max {
                    return Err(Unfit::Outside {
                        value: plain(*n),
                        min: plain(*min),
                        max: plain(*max),
                    });
                }
                if *whole && n.fract() != 0.0 {
                    return Err(Unfit::NotWhole(plain(*n)));
                }
            }
            (Kind::Number { dont_know, .. }, Answer::DontKnow) => {
                if dont_know.is_none() {
                    return Err(Unfit::NoDontKnow);
                }
            }
            (Kind::Text { max_length }, Answer::Text(t)) => {
                let length = t.chars().count();
                if length > *max_length {
                    return Err(Unfit::TooLong {
                        length,
                        most: *max_length,
                    });
                }
                if self.required && t.trim().is_empty() {
                    return Err(Unfit::Empty);
                }
            }
            _ => return Err(Unfit::WrongKind(self.kind.name())),
        }
        Ok(())
    }
}

fn is_dont_know(line: &str) -> bool {
    let lower = line.to_lowercase().replace(['\'', '’'], "");
    matches!(
        lower.as_str(),
        "?" | "dont know" | "dont_know" | "not sure" | "unsure" | "dk"
    )
}

/// A typed amount: "120", "1,200", "$120.50", "£ 80".
fn read_number(line: &str) -> Result<f64, Unfit> {
    let digits: String = line
        .trim_start_matches(|c: char| !c.is_ascii_digit() && c != '-' && c != '.')
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    match digits.parse::<f64>() {
        Ok(n) if n.is_finite() && !line.is_empty() => Ok(n),
        _ => Err(Unfit::NotANumber(line.to_string())),
    }
}

/// A number written without needless decimals: 40, 12.5.
pub fn plain(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn ids(options: &[crate::bank::Choice]) -> String {
    options
        .iter()
        .map(|c| format!("\"{}\"", c.id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
