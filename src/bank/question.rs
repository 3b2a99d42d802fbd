//! One question as written, checked: its id, kind, options, score and
//! condition, every problem noted with the question's place.

use std::collections::HashSet;

use super::condition::test_on;
use super::raw::{RawChoice, RawCondition, RawQuestion};
use super::{Choice, Condition, Kind, Question, Role, Scored, Unit};

pub(super) fn is_dotted(id: &str) -> bool {
    let parts: Vec<&str> = id.split('.').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

/// One question, or None when it is too broken to use (its problems are in `out`).
pub(super) fn question(
    rq: RawQuestion,
    earlier: &[Question],
    score_ids: &HashSet<String>,
    summed: &HashSet<String>,
    out: &mut Vec<String>,
) -> Option<Question> {
    if rq.text.trim().is_empty() {
        out.push("the question text is empty".into());
    }
    if rq.help.as_deref().is_some_and(|h| h.trim().is_empty()) {
        out.push("the help text is empty; leave it out instead".into());
    }
    let kind = kind(&rq, out)?;
    let role = role(rq.role.as_deref(), out);
    let mut q = Question {
        id: rq.id.clone(),
        text: rq.text,
        short: rq.short,
        help: rq.help,
        kind,
        role,
        required: rq.required.unwrap_or(true),
        show_if: None,
        safety: rq.safety,
        score: None,
        feedback: rq.feedback,
        sums_into: None,
        flags_safety_above: rq.flags_safety_above,
        loinc: rq.loinc,
        verbatim: rq.verbatim,
    };
    // The safety question's answers are checked with the rest of it, in
    // check/safety.rs.
    if q.feedback.as_deref().is_some_and(|f| f.trim().is_empty()) {
        out.push("the feedback text is empty".into());
    }
    score(&mut q, rq.score, rq.correct, score_ids, summed, out);
    if q.flags_safety_above.is_some() && q.sums_into.is_none() {
        out.push(
            "\"flags_safety_above\" needs a question of a summed score, whose options have points"
                .into(),
        );
    }
    if let Some(rc) = rq.show_if {
        q.show_if = condition(rc, earlier, out);
    }
    Some(q)
}

/// The role: one of the known names; a missing or unknown one is a problem.
fn role(name: Option<&str>, out: &mut Vec<String>) -> Role {
    let names: Vec<&str> = Role::ALL.iter().map(|(n, _)| *n).collect();
    match name {
        None => {
            out.push(format!(
                "\"role\" is missing; give one of: {}",
                names.join(", ")
            ));
            Role::Words
        }
        Some(name) => match Role::ALL.iter().find(|(n, _)| *n == name) {
            Some((_, role)) => *role,
            None => {
                out.push(format!(
                    "unknown role \"{name}\"; give one of: {}",
                    names.join(", ")
                ));
                Role::Words
            }
        },
    }
}

/// A scored question (the knowledge check) with its right answer, or a question
/// of a summed score (the PHQ-9) whose options all have points.
fn score(
    q: &mut Question,
    group: Option<String>,
    correct: Option<serde_json::Value>,
    score_ids: &HashSet<String>,
    summed: &HashSet<String>,
    out: &mut Vec<String>,
) {
    match (group, correct) {
        (Some(group), Some(correct)) => {
            if !score_ids.contains(&group) {
                out.push(format!(
                    "\"score\" names \"{group}\", which is not in \"scores\""
                ));
            }
            match q.read_json(&correct) {
                Ok(right) => q.score = Some(Scored { group, right }),
                Err(why) => out.push(format!("\"correct\" is not a valid answer: {why}")),
            }
        }
        (Some(group), None) if summed.contains(&group) => {
            let options = q.kind.options();
            if !matches!(q.kind, Kind::Single { .. }) || options.iter().any(|o| o.points.is_none())
            {
                out.push(format!(
                    "a question of the summed score \"{group}\" must be a single choice whose options all have \"points\""
                ));
            }
            q.sums_into = Some(group);
        }
        (None, None) => {}
        _ => out.push("\"score\" and \"correct\" go together".into()),
    }
}

/// The fields that belong to each kind, and whether the question has them.
struct Fields {
    choice: [(&'static str, bool); 1],
    number: [(&'static str, bool); 7],
    scale: [(&'static str, bool); 2],
    text: [(&'static str, bool); 1],
}

impl Fields {
    fn of(rq: &RawQuestion) -> Fields {
        Fields {
            choice: [("options", rq.options.is_some())],
            number: [
                ("min", rq.min.is_some()),
                ("max", rq.max.is_some()),
                ("whole", rq.whole.is_some()),
                ("unit", rq.unit.is_some()),
                ("unit_one", rq.unit_one.is_some()),
                ("money_from", rq.money_from.is_some()),
                ("dont_know", rq.dont_know.is_some()),
            ],
            scale: [("low", rq.low.is_some()), ("high", rq.high.is_some())],
            text: [("max_length", rq.max_length.is_some())],
        }
    }
}

/// A problem for each field given that does not apply to the question's kind.
fn stray(rq: &RawQuestion, groups: &[&[(&str, bool)]], out: &mut Vec<String>) {
    for (name, present) in groups.iter().flat_map(|g| g.iter()) {
        if *present {
            out.push(format!(
                "the field \"{name}\" does not apply to a {} question",
                rq.kind
            ));
        }
    }
}

fn kind(rq: &RawQuestion, out: &mut Vec<String>) -> Option<Kind> {
    let f = Fields::of(rq);
    let kind = match rq.kind.as_str() {
        "single" => {
            stray(rq, &[&f.number, &f.scale, &f.text], out);
            Kind::Single {
                options: options(rq, 2, out),
            }
        }
        "multi" => {
            stray(rq, &[&f.number, &f.scale, &f.text], out);
            Kind::Multi {
                options: options(rq, 1, out),
            }
        }
        "yes_no" => {
            stray(rq, &[&f.choice, &f.number, &f.scale, &f.text], out);
            Kind::YesNo
        }
        "scale" => {
            stray(rq, &[&f.choice, &f.text, &f.number[2..]], out);
            scale(rq, out)
        }
        "number" => {
            stray(rq, &[&f.choice, &f.scale, &f.text], out);
            number(rq, out)?
        }
        "text" => {
            stray(rq, &[&f.choice, &f.number, &f.scale], out);
            match rq.max_length {
                Some(n) if n > 0 => Kind::Text { max_length: n },
                _ => {
                    out.push("a text question needs a \"max_length\" above 0".into());
                    return None;
                }
            }
        }
        other => {
            out.push(format!(
                "unknown kind \"{other}\"; use single, multi, yes_no, scale, number or text"
            ));
            return None;
        }
    };
    Some(kind)
}

/// A choice's options: a single choice needs two to choose from; a multi, one.
fn options(rq: &RawQuestion, least: usize, out: &mut Vec<String>) -> Vec<Choice> {
    let options = choices(rq.options.as_deref().unwrap_or_default(), out);
    if options.len() < least {
        out.push(format!(
            "a {} question needs at least {least} options",
            rq.kind
        ));
    }
    options
}

/// A scale: whole ends from 0 to 100, min below max, a label at each end.
fn scale(rq: &RawQuestion, out: &mut Vec<String>) -> Kind {
    let min = rq.min.unwrap_or(0.0);
    let max = rq.max.unwrap_or(10.0);
    if min.fract() != 0.0 || max.fract() != 0.0 || min < 0.0 || max > 100.0 || min >= max {
        out.push(format!("the range {min} to {max} is impossible for a scale; use whole numbers from 0 to 100, min below max"));
    }
    let label = |l: &Option<String>, name: &str, out: &mut Vec<String>| match l {
        Some(t) if !t.trim().is_empty() => t.clone(),
        _ => {
            out.push(format!("a scale needs a \"{name}\" label for its end"));
            String::new()
        }
    };
    Kind::Scale {
        min: min as u8,
        max: max as u8,
        low: label(&rq.low, "low", out),
        high: label(&rq.high, "high", out),
    }
}

/// A number: a max above its min, and a unit, a currency or neither.
fn number(rq: &RawQuestion, out: &mut Vec<String>) -> Option<Kind> {
    let min = rq.min.unwrap_or(0.0);
    let Some(max) = rq.max else {
        out.push("a number question needs a \"max\"".into());
        return None;
    };
    if !(min.is_finite() && max.is_finite() && min < max) {
        out.push(format!(
            "the range {min} to {max} is impossible: min must be below max"
        ));
    }
    if rq.dont_know.as_deref().is_some_and(|d| d.trim().is_empty()) {
        out.push("the \"dont_know\" label is empty".into());
    }
    Some(Kind::Number {
        min,
        max,
        whole: rq.whole.unwrap_or(false),
        unit: unit(rq, out),
        dont_know: rq.dont_know.clone(),
    })
}

fn unit(rq: &RawQuestion, out: &mut Vec<String>) -> Unit {
    match (&rq.unit, &rq.money_from) {
        (Some(_), Some(_)) => {
            out.push("use \"unit\" or \"money_from\", not both".into());
            Unit::None
        }
        (Some(word), None) if !word.trim().is_empty() => Unit::Word {
            many: word.clone(),
            one: rq.unit_one.clone().unwrap_or_else(|| word.clone()),
        },
        (Some(_), None) => {
            out.push("the \"unit\" is empty".into());
            Unit::None
        }
        (None, Some(q)) => Unit::Money {
            currency_question: q.clone(),
        },
        (None, None) => Unit::None,
    }
}

fn choices(raw: &[RawChoice], out: &mut Vec<String>) -> Vec<Choice> {
    let mut seen = HashSet::new();
    let mut options = Vec::new();
    for c in raw {
        if c.id.trim().is_empty() {
            out.push(format!("an option (\"{}\") has no id", c.text));
            continue;
        }
        if !seen.insert(c.id.as_str()) {
            out.push(format!("the option id \"{}\" is used twice", c.id));
        }
        if c.text.trim().is_empty() {
            out.push(format!("the option \"{}\" has no text", c.id));
        }
        if let Some(short) = &c.short
            && (short.trim().is_empty() || !c.text.starts_with(short.as_str()))
        {
            out.push(format!(
                "the option \"{}\" has a short form (\"{short}\") that is not how its text begins",
                c.id
            ));
        }
        options.push(Choice {
            id: c.id.clone(),
            text: c.text.clone(),
            short: c.short.clone(),
            symbol: c.symbol.clone(),
            loinc: c.loinc.clone(),
            points: c.points,
        });
    }
    options
}

fn condition(rc: RawCondition, earlier: &[Question], out: &mut Vec<String>) -> Option<Condition> {
    if !earlier.iter().any(|q| q.id == rc.question) {
        out.push(format!(
            "\"show_if\" names \"{}\", which is not an earlier question",
            rc.question
        ));
        return None;
    }
    let mut found = Vec::new();
    let made = test_on(rc, earlier, &mut found);
    out.extend(found.into_iter().map(|m| format!("\"show_if\" {m}")));
    made
}

/// Each money question's "money_from" names a single choice whose options all
/// have a symbol. It may come after the amounts: a sign typed with an amount
/// ("$120") answers it, and it is asked only when no sign was typed.
pub fn money_problems(questions: &[Question]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for q in questions {
        let Kind::Number {
            unit: Unit::Money { currency_question },
            ..
        } = &q.kind
        else {
            continue;
        };
        let message = match questions.iter().find(|e| &e.id == currency_question) {
            None => {
                format!("\"money_from\" names \"{currency_question}\", which is not a question")
            }
            Some(e)
                if !matches!(e.kind, Kind::Single { .. })
                    || e.kind.options().iter().any(|o| o.symbol.is_none()) =>
            {
                format!(
                    "\"money_from\" names \"{currency_question}\", which must be a single choice whose options all have a symbol"
                )
            }
            Some(_) => continue,
        };
        out.push((q.id.clone(), message));
    }
    out
}
