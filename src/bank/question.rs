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
    let names: Vec<&str> = Role::ALL.iter().map(|(n, _)| *n).collect();
    let role = match rq.role.as_deref() {
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
    };
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
    if let Unit::Money { currency_question } = match &q.kind {
        Kind::Number { unit, .. } => unit,
        _ => &Unit::None,
    } {
        match earlier.iter().find(|e| &e.id == currency_question) {
            None => out.push(format!(
                "\"money_from\" names \"{currency_question}\", which is not an earlier question"
            )),
            Some(e) if !matches!(e.kind, Kind::Single { .. }) || e.kind.options().iter().any(|o| o.symbol.is_none()) => {
                out.push(format!(
                    "\"money_from\" names \"{currency_question}\", which must be a single choice whose options all have a symbol"
                ))
            }
            Some(_) => {}
        }
    }
    match (rq.score, rq.correct) {
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

fn kind(rq: &RawQuestion, out: &mut Vec<String>) -> Option<Kind> {
    let stray = |fields: &[(&str, bool)], out: &mut Vec<String>| {
        for (name, present) in fields {
            if *present {
                out.push(format!(
                    "the field \"{name}\" does not apply to a {} question",
                    rq.kind
                ));
            }
        }
    };
    let choice_fields = [("options", rq.options.is_some())];
    let number_fields = [
        ("min", rq.min.is_some()),
        ("max", rq.max.is_some()),
        ("whole", rq.whole.is_some()),
        ("unit", rq.unit.is_some()),
        ("unit_one", rq.unit_one.is_some()),
        ("money_from", rq.money_from.is_some()),
        ("dont_know", rq.dont_know.is_some()),
    ];
    let scale_fields = [("low", rq.low.is_some()), ("high", rq.high.is_some())];
    let text_fields = [("max_length", rq.max_length.is_some())];
    // A single choice needs two options to choose from; a multi, one.
    let options = |least: usize, out: &mut Vec<String>| {
        stray(&number_fields, out);
        stray(&scale_fields, out);
        stray(&text_fields, out);
        let options = choices(rq.options.as_deref().unwrap_or_default(), out);
        if options.len() < least {
            out.push(format!(
                "a {} question needs at least {least} options",
                rq.kind
            ));
        }
        options
    };
    let kind = match rq.kind.as_str() {
        "single" => Kind::Single {
            options: options(2, out),
        },
        "multi" => Kind::Multi {
            options: options(1, out),
        },
        "yes_no" => {
            stray(&choice_fields, out);
            stray(&number_fields, out);
            stray(&scale_fields, out);
            stray(&text_fields, out);
            Kind::YesNo
        }
        "scale" => {
            stray(&choice_fields, out);
            stray(&text_fields, out);
            stray(&number_fields[2..], out);
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
        "number" => {
            stray(&choice_fields, out);
            stray(&scale_fields, out);
            stray(&text_fields, out);
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
            let unit = match (&rq.unit, &rq.money_from) {
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
            };
            Kind::Number {
                min,
                max,
                whole: rq.whole.unwrap_or(false),
                unit,
                dont_know: rq.dont_know.clone(),
            }
        }
        "text" => {
            stray(&choice_fields, out);
            stray(&number_fields, out);
            stray(&scale_fields, out);
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
        options.push(Choice {
            id: c.id.clone(),
            text: c.text.clone(),
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
