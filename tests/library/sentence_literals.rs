//! Content is data: the asking code (src/ask and commands/start.rs) holds no
//! sentence a person reads; those live in questions/screens.json.

use std::path::Path;

use crate::fixtures::rust_files;

/// Literals in the asking code that are not words on a screen: an error about
/// the terminal itself, which is the program's (see questions/README.md).
const NOT_SCREEN_WORDS: &[&str] = &["the terminal closed"];

/// The string literals on one line of code.
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut literal = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                    literal.push(' ');
                }
                '"' => break,
                c => literal.push(c),
            }
        }
        found.push(literal);
    }
    found
}

/// The words of two letters or more in a literal, placeholders left out.
fn words(literal: &str) -> usize {
    let mut bare = String::new();
    let mut inside = false;
    for c in literal.chars() {
        match c {
            '{' => inside = true,
            '}' => inside = false,
            c if !inside => bare.push(c),
            _ => {}
        }
    }
    // An identifier such as dont_know is one word.
    bare.split(|c: char| !c.is_alphabetic() && c != '_')
        .filter(|w| w.chars().count() >= 2)
        .count()
}

#[test]
fn the_asking_code_holds_no_sentence_of_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.join("commands/start.rs")];
    rust_files(&src.join("ask"), &mut files);
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        // Unit tests, at the end of a file, are shown to no one.
        let code = text.split("#[cfg(test)]").next().unwrap();
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap();
            // Why asking stopped: the program's errors, said by failure.rs.
            if line.trim_start().starts_with("#[error(") {
                continue;
            }
            for literal in literals(line) {
                if words(&literal) >= 2 && !NOT_SCREEN_WORDS.contains(&literal.as_str()) {
                    found.push(format!("{}:{}: {literal:?}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(files.len() > 10, "{files:?}");
    assert!(
        found.is_empty(),
        "words a person reads, written in the code; put them in questions/screens.json:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_sentence_in_a_literal_is_counted_and_a_template_is_not() {
    assert_eq!(
        literals(r#"x("Skip this question", "{} -> {}")"#),
        ["Skip this question", "{} -> {}"]
    );
    assert_eq!(words("Skip this question"), 3);
    assert_eq!(words("\n{question}\n{}"), 0);
    assert_eq!(words("%A %-d %B"), 0);
    assert_eq!(words("dont_know"), 1);
}
