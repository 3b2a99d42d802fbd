//! A bank from outside (`--questions`) is outside text: none of its strings
//! may hold a character that acts on a terminal (a control character other
//! than a line break, or a bidi override). Each one found is a problem that
//! names its file and place, so no escape sequence ever reaches the screen.

use serde_json::Value;

use super::Problem;
use crate::text::acts;

/// Every string in `text` (a content file) holding an acting character.
pub fn problems(file: &str, text: &str) -> Vec<Problem> {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return Vec::new(); // the typed parse names the syntax error
    };
    let mut found = Vec::new();
    walk(file, &value, &mut String::new(), &mut found);
    found
}

fn walk(file: &str, value: &Value, place: &mut String, found: &mut Vec<Problem>) {
    match value {
        Value::String(s) => {
            if let Some(c) = s.chars().find(|&c| c != '\n' && acts(c)) {
                found.push(Problem::new(
                    file,
                    place,
                    format!(
                        "holds the character U+{:04X}, which could act on a terminal; remove it",
                        u32::from(c)
                    ),
                ));
            }
        }
        Value::Array(items) => {
            for (n, item) in items.iter().enumerate() {
                let len = place.len();
                place.push_str(&format!("[{n}]"));
                walk(file, item, place, found);
                place.truncate(len);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let len = place.len();
                if !place.is_empty() {
                    place.push('.');
                }
                place.push_str(key);
                walk(file, item, place, found);
                place.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::problems;

    #[test]
    fn an_escape_or_a_bidi_override_is_named_with_its_place() {
        let text = r#"{"sections": [{"title": "ok\nfine", "intro": ["\u001b[2J", "a\u202eb"]}]}"#;
        let found: Vec<String> = problems("bank.json", text)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("sections[0].intro[0]") && found[0].contains("U+001B"));
        assert!(found[1].contains("sections[0].intro[1]") && found[1].contains("U+202E"));
    }

    #[test]
    fn the_built_in_files_hold_none() {
        let (bank, evidence, rules) = crate::bank::Bank::embedded_json();
        for (file, text) in [
            ("bank.json", bank),
            ("evidence.json", evidence),
            ("rules.json", rules),
        ] {
            assert!(problems(file, text).is_empty(), "{file}");
        }
    }
}
