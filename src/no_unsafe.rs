//! No `unsafe` in src outside tests: a block, fn, impl or extern written
//! with it fails here, wherever it is, unless it is in a test file or after
//! a file's `#[cfg(test)]`. (The library also forbids unsafe code when not
//! built for tests.) Words in comments and strings do not count.

use std::path::{Path, PathBuf};

/// The source outside tests, comments and strings blanked out.
fn code_outside_tests(text: &str) -> String {
    let first_test = ["#[cfg(test)]", "#[cfg(all(test"]
        .iter()
        .filter_map(|mark| text.find(mark))
        .min();
    let text = match first_test {
        Some(at) => &text[..at],
        None => text,
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    match (escaped, c) {
                        (false, '\\') => escaped = true,
                        (false, '"') => break,
                        _ => escaped = false,
                    }
                }
                out.push_str("\"\"");
            }
            c => out.push(c),
        }
    }
    out
}

fn is_test_file(path: &Path) -> bool {
    let name = path.file_name().unwrap().to_string_lossy();
    name == "tests.rs"
        || name.ends_with("_tests.rs")
        || path.components().any(|c| c.as_os_str() == "tests")
}

fn unsafe_uses(code: &str) -> usize {
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '{'))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .filter(|w| w[0] == "unsafe" && ["{", "fn", "impl", "extern", "trait"].contains(&w[1]))
        .count()
        + words.iter().filter(|w| w.starts_with("unsafe{")).count()
}

#[test]
fn no_unsafe_in_src_outside_tests() {
    let mut found = Vec::new();
    let mut folders = vec![PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !is_test_file(&path) {
                let code = code_outside_tests(&std::fs::read_to_string(&path).unwrap());
                if unsafe_uses(&code) > 0 {
                    found.push(path.display().to_string());
                }
            }
        }
    }
    assert!(found.is_empty(), "unsafe outside tests in {found:?}");
}

#[test]
fn the_check_finds_unsafe_code_and_not_the_word() {
    let code = code_outside_tests(
        "fn a() { let x = unsafe { f() }; }\n// unsafe { in a comment }\nconst S: &str = \"unsafe { in a string }\";\nfn unsafe_now() {}\n#[cfg(test)]\nmod tests { fn b() { unsafe { g() } } }\n",
    );
    assert_eq!(unsafe_uses(&code), 1, "{code}");
    assert_eq!(unsafe_uses(&code_outside_tests("unsafe fn f() {}")), 1);
    assert_eq!(
        unsafe_uses(&code_outside_tests("let t = titles.unsafe_now;")),
        0
    );
}
