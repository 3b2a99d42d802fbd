//! Putting values into the {placeholders} of a sentence from rules.json.

/// Replace each `{name}` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_placeholder_is_filled() {
        assert_eq!(
            super::fill("{a} and {b} and {a}", &[("a", "1"), ("b", "two")]),
            "1 and two and 1"
        );
    }
}
