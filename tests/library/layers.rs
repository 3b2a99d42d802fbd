//! The pipeline runs one way. Every `crate::` and `super::` path in src is read
//! and checked against the order below; a module may name only itself and the
//! modules of earlier layers, and no two files may name each other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::fixtures::rust_files;

/// The layers, first to last, as DESIGN.md's "Layers" section lists them: a
/// fenced `layers` block, one layer a line, its modules separated by spaces.
fn order() -> Vec<Vec<String>> {
    let design = Path::new(env!("CARGO_MANIFEST_DIR")).join("DESIGN.md");
    let text = std::fs::read_to_string(&design).expect("DESIGN.md is in the repository");
    layers_in(&text).expect("DESIGN.md has a ```layers block")
}

/// The lines of the first ```layers block in a text, each split into modules.
fn layers_in(text: &str) -> Option<Vec<Vec<String>>> {
    let start = text.find("```layers\n")? + "```layers\n".len();
    let end = start + text[start..].find("```")?;
    let layers: Vec<Vec<String>> = text[start..end]
        .lines()
        .map(|line| {
            line.split_whitespace()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .filter(|line| !line.is_empty())
        .collect();
    (!layers.is_empty()).then_some(layers)
}

fn layer(order: &[Vec<String>], module: &str) -> Option<usize> {
    order.iter().position(|l| l.iter().any(|m| m == module))
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The module path of a file from the crate root: src/bank/mod.rs is ["bank"].
fn module_path(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src()).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into()).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The file that holds the deepest module named by `path`, if any.
fn file_of(path: &[String]) -> Option<PathBuf> {
    (1..=path.len()).rev().find_map(|n| {
        let base = path[..n].iter().fold(src(), |p, part| p.join(part));
        let single = base.with_extension("rs");
        let folder = base.join("mod.rs");
        [single, folder].into_iter().find(|f| f.is_file())
    })
}

/// The code of a file without its `//` comments.
fn code(file: &Path) -> String {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path that follows `prefix` in `text`, as its segments; a group such as
/// `crate::{a, b::c}` gives one path per member.
fn paths_after(text: &str, prefix: &str) -> Vec<Vec<String>> {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut found = Vec::new();
    for (at, _) in text.match_indices(prefix) {
        if text[..at].chars().last().is_some_and(word) {
            continue;
        }
        let rest = &text[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inside = &group[..group.find('}').unwrap_or(group.len())];
            for member in inside.split(',') {
                let segs = segments(member.trim(), word);
                if !segs.is_empty() {
                    found.push(segs);
                }
            }
        } else {
            found.push(segments(rest, word));
        }
    }
    found
}

fn segments(text: &str, word: impl Fn(char) -> bool + Copy) -> Vec<String> {
    let mut segs = Vec::new();
    let mut rest = text;
    loop {
        let end = rest.find(|c| !word(c)).unwrap_or(rest.len());
        let seg = &rest[..end];
        if seg.is_empty() || !seg.starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        segs.push(seg.to_string());
        match rest[end..].strip_prefix("::") {
            Some(next) => rest = next,
            None => break,
        }
    }
    segs
}

struct Graph {
    /// Top-level module to the top-level modules it names.
    modules: BTreeMap<String, BTreeSet<String>>,
    /// File to the files it names.
    files: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
}

fn graph() -> Graph {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut g = Graph {
        modules: BTreeMap::new(),
        files: BTreeMap::new(),
    };
    for file in files {
        let here = module_path(&file);
        let Some(top) = here.first().cloned() else {
            continue; // lib.rs and main.rs sit above every layer
        };
        if top == "lib" || top == "main" {
            continue;
        }
        let text = code(&file);
        let mut named = Vec::new();
        named.extend(paths_after(&text, "crate::"));
        let parent = &here[..here.len() - 1];
        for path in paths_after(&text, "super::") {
            named.push(parent.iter().cloned().chain(path).collect());
        }
        for path in named {
            let Some(first) = path.first() else { continue };
            g.modules
                .entry(top.clone())
                .or_default()
                .insert(first.clone());
            if let Some(target) = file_of(&path).filter(|t| *t != file) {
                g.files.entry(file.clone()).or_default().insert(target);
            }
        }
    }
    g
}

/// Modules compiled only for tests, in no layer: a test of the source, and
/// what the unit tests share (which any module's tests may name).
const TEST_ONLY: [&str; 2] = ["no_unsafe", "fixtures"];

#[test]
fn every_module_names_only_earlier_layers() {
    let order = order();
    let mut wrong = Vec::new();
    for (from, mut named) in graph().modules {
        named.retain(|to| !TEST_ONLY.contains(&to.as_str()));
        if TEST_ONLY.contains(&from.as_str()) {
            continue;
        }
        let Some(from_layer) = layer(&order, &from) else {
            wrong.push(format!(
                "src/{from} is in no layer: add it to the layers in DESIGN.md"
            ));
            continue;
        };
        for to in named.iter().filter(|to| **to != from) {
            match layer(&order, to) {
                Some(l) if l < from_layer => {}
                Some(_) => wrong.push(format!("{from} names {to}, which comes later or beside it")),
                None => wrong.push(format!("{from} names {to}, which is in no layer")),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "the pipeline runs backwards:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_two_files_name_each_other() {
    let files = graph().files;
    let mut pairs = Vec::new();
    for (a, named) in &files {
        for b in named {
            if a < b && files.get(b).is_some_and(|back| back.contains(a)) {
                pairs.push(format!("{} <-> {}", a.display(), b.display()));
            }
        }
    }
    assert!(
        pairs.is_empty(),
        "files that name each other:\n{}",
        pairs.join("\n")
    );
}

#[test]
fn the_reader_finds_paths_in_use_lines_groups_and_inline() {
    let text = "use crate::bank::{Bank, Kind};\nuse crate::{answers, weigh::score};\n\
                let x = crate::render::wrap(y); use super::rules::Rule; mycrate::no";
    let found = paths_after(text, "crate::");
    let firsts: Vec<&str> = found.iter().map(|p| p[0].as_str()).collect();
    assert_eq!(firsts, ["bank", "answers", "weigh", "render"]);
    assert_eq!(paths_after(text, "super::"), [["rules".to_string()]]);
}

#[test]
fn the_layers_are_read_from_a_fenced_block_in_order() {
    let text = "# Design\n\n```\nnot this\n```\n\n```layers\ntext answer\n\nbank\n```\nafter\n";
    assert_eq!(
        layers_in(text),
        Some(vec![
            vec!["text".to_string(), "answer".to_string()],
            vec!["bank".to_string()],
        ])
    );
    assert_eq!(layers_in("no block here"), None);
    assert_eq!(layers_in("```layers\n\n```"), None);
}

#[test]
fn design_md_names_every_module_in_src_once() {
    let order = order();
    let listed: Vec<&String> = order.iter().flatten().collect();
    let unique: BTreeSet<&String> = listed.iter().copied().collect();
    assert_eq!(
        listed.len(),
        unique.len(),
        "a module is in two layers: {listed:?}"
    );
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let tops: BTreeSet<String> = files
        .iter()
        .filter_map(|f| module_path(f).first().cloned())
        .filter(|m| m != "lib" && m != "main")
        // compiled only for tests, in no layer
        .filter(|m| !TEST_ONLY.contains(&m.as_str()))
        .collect();
    let missing: Vec<&String> = tops.iter().filter(|m| !unique.contains(m)).collect();
    let gone: Vec<&&String> = unique.iter().filter(|m| !tops.contains(**m)).collect();
    assert!(
        missing.is_empty(),
        "modules in src but not in DESIGN.md's layers: {missing:?}"
    );
    assert!(
        gone.is_empty(),
        "layers in DESIGN.md that src no longer has: {gone:?}"
    );
}
