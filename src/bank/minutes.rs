//! The time the aid takes, stated once in bank.json ("minutes") and filled
//! into every text that says {minutes}: the welcome and the key points. The
//! walk (tests/cli/walk.rs, scripts/walk.sh) holds the value to the short
//! path's measured reading with about 10 seconds an answer.

use super::Problem;
use super::evidence::KeyPoints;

/// The placeholder the welcome and the key points say the time with.
const PLACEHOLDER: &str = "{minutes}";

/// Fill the minutes into the opening and the key points, or say what is
/// wrong: a text says {minutes} and no value is set, or a value is set and
/// no text says it.
pub fn fill(
    minutes: Option<u32>,
    opening: &mut [String],
    key_points: &mut KeyPoints,
) -> Vec<Problem> {
    let mut texts: Vec<(String, &mut String)> = opening
        .iter_mut()
        .enumerate()
        .map(|(k, t)| (format!("opening[{k}]"), t))
        .collect();
    texts.extend(
        key_points
            .lines
            .iter_mut()
            .enumerate()
            .map(|(k, f)| (format!("key_points.lines[{k}]"), &mut f.text)),
    );
    let mut found = Vec::new();
    let mut said = false;
    for (place, text) in texts {
        if !text.contains(PLACEHOLDER) {
            continue;
        }
        said = true;
        match minutes {
            Some(n) => *text = text.replace(PLACEHOLDER, &n.to_string()),
            None => found.push(Problem::new(
                file_of(&place),
                &place,
                "says {minutes}, but bank.json sets no \"minutes\"".into(),
            )),
        }
    }
    if minutes.is_some() && !said {
        found.push(Problem::new(
            "bank.json",
            "minutes",
            "is set, but neither the opening nor the key points say {minutes}".into(),
        ));
    }
    found
}

fn file_of(place: &str) -> &'static str {
    if place.starts_with("opening") {
        "bank.json"
    } else {
        "evidence.json"
    }
}

#[cfg(test)]
mod tests {
    use super::fill;
    use crate::bank::Fact;
    use crate::bank::evidence::KeyPoints;

    fn saying(text: &str) -> KeyPoints {
        KeyPoints {
            title: String::new(),
            lines: vec![Fact::plain(text)],
        }
    }

    #[test]
    fn the_minutes_are_filled_into_the_welcome_and_the_key_points() {
        let mut opening = vec!["It takes about {minutes} minutes.".to_string()];
        let mut k = saying("This aid takes about {minutes} minutes.");
        assert!(fill(Some(17), &mut opening, &mut k).is_empty());
        assert_eq!(opening[0], "It takes about 17 minutes.");
        assert_eq!(k.lines[0].text, "This aid takes about 17 minutes.");
    }

    #[test]
    fn a_placeholder_without_a_value_and_a_value_no_text_says_are_named() {
        let mut opening = vec!["It takes about {minutes} minutes.".to_string()];
        let said: Vec<String> = fill(None, &mut opening, &mut KeyPoints::default())
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(
            said,
            ["bank.json: opening[0]: says {minutes}, but bank.json sets no \"minutes\""]
        );
        let said: Vec<String> = fill(
            Some(12),
            &mut ["Hello.".to_string()],
            &mut KeyPoints::default(),
        )
        .iter()
        .map(|p| p.to_string())
        .collect();
        assert_eq!(
            said,
            [
                "bank.json: minutes: is set, but neither the opening nor the key points say {minutes}"
            ]
        );
    }
}
