//! No function in src over 80 lines, outside tests. A function runs from the line
//! of its `fn` to the line of the brace that closes its body; braces inside
//! strings, raw strings, characters and comments do not count. The same counting
//! is in scripts/long-functions.py, which lists them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::fixtures::rust_files;

const LIMIT: usize = 80;

/// The code with comments, strings and characters turned to spaces, newlines kept.
fn blank(text: &str) -> Vec<char> {
    let s: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let end = skipped_from(&s, i);
        if end == i {
            out.push(s[i]);
            i += 1;
        } else {
            out.extend(
                s[i..end]
                    .iter()
                    .map(|c| if *c == '\n' { '\n' } else { ' ' }),
            );
            i = end;
        }
    }
    out
}

fn at(s: &[char], i: usize, what: &str) -> bool {
    what.chars()
        .enumerate()
        .all(|(k, c)| s.get(i + k) == Some(&c))
}

fn word_before(s: &[char], i: usize) -> bool {
    i > 0 && (s[i - 1].is_alphanumeric() || s[i - 1] == '_')
}

/// Where a comment, string or character that starts at `i` ends; `i` if none does.
fn skipped_from(s: &[char], i: usize) -> usize {
    if at(s, i, "//") {
        return (i..s.len()).find(|&j| s[j] == '\n').unwrap_or(s.len());
    }
    if at(s, i, "/*") {
        let (mut depth, mut j) = (1, i + 2);
        while j < s.len() && depth > 0 {
            if at(s, j, "/*") {
                depth += 1;
                j += 2;
            } else if at(s, j, "*/") {
                depth -= 1;
                j += 2;
            } else {
                j += 1;
            }
        }
        return j;
    }
    if !word_before(s, i)
        && let Some(end) = raw_string(s, i)
    {
        return end;
    }
    let quote = if s[i] == '"' {
        Some(i + 1)
    } else if at(s, i, "b\"") && !word_before(s, i) {
        Some(i + 2)
    } else {
        None
    };
    if let Some(mut j) = quote {
        while j < s.len() && s[j] != '"' {
            j += if s[j] == '\\' { 2 } else { 1 };
        }
        return (j + 1).min(s.len());
    }
    if s[i] == '\'' {
        return character(s, i).unwrap_or(i);
    }
    i
}

/// The end of a raw string r"..", r#".."#, br#".."# starting at `i`.
fn raw_string(s: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    if s.get(j) == Some(&'b') {
        j += 1;
    }
    if s.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = s[j..].iter().take_while(|c| **c == '#').count();
    j += hashes;
    if s.get(j) != Some(&'"') {
        return None;
    }
    let close: String = std::iter::once('"')
        .chain("#".repeat(hashes).chars())
        .collect();
    let end = (j + 1..s.len()).find(|&k| at(s, k, &close));
    Some(end.map_or(s.len(), |k| k + close.chars().count()))
}

/// The end of a character literal at `i`, or None for a lifetime or a label.
fn character(s: &[char], i: usize) -> Option<usize> {
    match s.get(i + 1)? {
        '\\' => {
            let close = (i + 2..s.len().min(i + 14)).find(|&k| s[k] == '\'')?;
            Some(close + 1)
        }
        '\n' | '\'' => None,
        _ => (s.get(i + 2) == Some(&'\'')).then_some(i + 3),
    }
}

fn close_of(code: &[char], open: usize) -> usize {
    let mut depth = 0i32;
    for (j, c) in code.iter().enumerate().skip(open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            }
            _ => {}
        }
    }
    code.len().saturating_sub(1)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every `word` in the code that stands alone, with its index.
fn words(code: &[char], word: &str) -> Vec<usize> {
    (0..code.len())
        .filter(|&i| at(code, i, word))
        .filter(|&i| !word_before(code, i))
        .filter(|&i| {
            !code
                .get(i + word.chars().count())
                .copied()
                .is_some_and(is_word)
        })
        .collect()
}

/// Spans of items marked #[cfg(test)] or #[test], and the names of test-only
/// modules declared as `mod name;`.
fn test_items(code: &[char]) -> (Vec<(usize, usize)>, Vec<String>) {
    let squeezed = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let (mut spans, mut modules) = (Vec::new(), Vec::new());
    for start in (0..code.len()).filter(|&j| code[j] == '#') {
        let Some(close) = (start..code.len()).find(|&j| code[j] == ']') else {
            continue;
        };
        let attribute = squeezed(&code[start..=close].iter().collect::<String>());
        if attribute != "#[cfg(test)]" && attribute != "#[test]" {
            continue;
        }
        let Some(stop) = (close..code.len()).find(|&j| code[j] == '{' || code[j] == ';') else {
            continue;
        };
        if code[stop] == ';' {
            let head: String = code[close + 1..stop].iter().collect();
            let parts: Vec<&str> = head.split_whitespace().collect();
            if let [.., "mod", name] = parts.as_slice()
                && !head.contains("#[path")
            {
                modules.push(name.to_string());
            }
            continue;
        }
        spans.push((start, close_of(code, stop)));
    }
    (spans, modules)
}

/// One function: its name, its first line and how many lines it runs.
#[derive(Debug, PartialEq)]
struct Function {
    name: String,
    line: usize,
    lines: usize,
}

/// The `{` that opens the body of the `fn` at `from`, or None for a declaration.
fn body_of(code: &[char], from: usize) -> Option<usize> {
    let mut depth = 0i32;
    for j in from..code.len() {
        match code[j] {
            '(' | '<' | '[' => depth += 1,
            '>' if code[j - 1] == '-' => {}
            ')' | '>' | ']' => depth -= 1,
            ';' if depth <= 0 => return None,
            '{' if depth <= 0 => return Some(j),
            _ => {}
        }
    }
    None
}

fn functions(text: &str) -> (Vec<Function>, Vec<String>) {
    let code = blank(text);
    let (spans, modules) = test_items(&code);
    let line_at = |i: usize| code[..i].iter().filter(|c| **c == '\n').count() + 1;
    let mut found = Vec::new();
    for at_fn in words(&code, "fn") {
        if spans.iter().any(|(a, b)| (*a..=*b).contains(&at_fn)) {
            continue;
        }
        let name_at = (at_fn + 2..code.len()).find(|&j| !code[j].is_whitespace());
        let Some(name_at) = name_at else { continue };
        let name: String = code[name_at..]
            .iter()
            .take_while(|c| is_word(**c))
            .collect();
        let Some(open) = body_of(&code, name_at) else {
            continue;
        };
        let (first, last) = (line_at(at_fn), line_at(close_of(&code, open)));
        found.push(Function {
            name,
            line: first,
            lines: last - first + 1,
        });
    }
    (found, modules)
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn is_test_file(rel: &Path) -> bool {
    let name = rel.file_name().unwrap().to_string_lossy();
    let in_tests_folder = rel
        .parent()
        .is_some_and(|p| p.iter().any(|part| part == "tests"));
    name == "tests.rs" || name.ends_with("_tests.rs") || in_tests_folder
}

/// The files a `mod name;` in `file` may point to.
fn module_files(file: &Path, name: &str) -> [PathBuf; 2] {
    let stem = file.file_stem().unwrap().to_string_lossy();
    let mut folder = file.parent().unwrap().to_path_buf();
    if !["mod", "lib", "main"].contains(&stem.as_ref()) {
        folder = folder.join(stem.as_ref());
    }
    [folder.join(format!("{name}.rs")), folder.join(name)]
}

/// Every function over `over` lines in src outside tests, longest first, as
/// "lines name src/path:line".
fn long_functions(over: usize) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    let mut test_only = BTreeSet::new();
    let mut all = Vec::new();
    for file in &files {
        let (found, modules) = functions(&std::fs::read_to_string(file).unwrap());
        for name in modules {
            test_only.extend(module_files(file, &name));
        }
        all.push((file.clone(), found));
    }
    let mut rows = Vec::new();
    for (file, found) in all {
        let rel = file.strip_prefix(src()).unwrap();
        if is_test_file(rel) || test_only.iter().any(|t| file.starts_with(t)) {
            continue;
        }
        for f in found.into_iter().filter(|f| f.lines > over) {
            rows.push((f.lines, format!("src/{}:{}", rel.display(), f.line), f.name));
        }
    }
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    rows.into_iter()
        .map(|(lines, at, name)| format!("{lines:4} {name:28} {at}"))
        .collect()
}

#[test]
fn no_function_in_src_is_over_80_lines() {
    let rows = long_functions(LIMIT);
    assert!(
        rows.is_empty(),
        "{} function(s) over {LIMIT} lines in src outside tests (split each by what \
         each part decides):\n{}",
        rows.len(),
        rows.join("\n")
    );
}

#[test]
fn the_count_runs_from_fn_to_its_closing_brace() {
    let text = "fn one() {\n    let a = 1;\n}\n\nfn two(x: Vec<u8>) -> Option<()> {\n    None\n}\n";
    let (found, _) = functions(text);
    let got: Vec<(&str, usize, usize)> = found
        .iter()
        .map(|f| (f.name.as_str(), f.line, f.lines))
        .collect();
    assert_eq!(got, [("one", 1, 3), ("two", 5, 3)]);
}

#[test]
fn braces_in_strings_chars_raw_strings_and_comments_do_not_count() {
    let text = concat!(
        "fn tricky<'a>(x: &'a str) -> char {\n",
        "    let s = \"}\\\" }\";\n",
        "    let r = r#\"}\"}\"#;\n",
        "    let b = b\"}\";\n",
        "    // }\n",
        "    /* } /* } */ } */\n",
        "    let c = '}';\n",
        "    let e = '\\'';\n",
        "    'outer: loop { break 'outer; }\n",
        "    '{'\n",
        "}\n",
        "fn after() {}\n",
    );
    let (found, _) = functions(text);
    assert_eq!(found[0].name, "tricky");
    assert_eq!(found[0].lines, 11, "{found:?}");
    assert_eq!((found[1].name.as_str(), found[1].line), ("after", 12));
}

#[test]
fn test_items_and_declarations_are_left_out() {
    let text = concat!(
        "trait T { fn declared(&self); }\n",
        "#[cfg(test)]\n",
        "mod tests {\n",
        "    fn inside() {}\n",
        "}\n",
        "#[cfg(test)]\n",
        "mod fixtures;\n",
        "fn kept() {}\n",
    );
    let (found, modules) = functions(text);
    let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["kept"]);
    assert_eq!(modules, ["fixtures"]);
}

#[test]
fn the_listing_finds_a_function_over_the_limit() {
    let body = "    let x = 1;\n".repeat(LIMIT);
    let (found, _) = functions(&format!("fn long() {{\n{body}}}\n"));
    assert_eq!(found[0].lines, LIMIT + 2);
    assert!(found[0].lines > LIMIT);
}
