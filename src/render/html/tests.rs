//! No text reaches the page unescaped: every string a record holds, made
//! hostile, comes out inert; and markup is spliced in from one place only.

use serde_json::Value;

use crate::record::Record;
use crate::render::json;

const HOSTILE: &str = "<b id=\"x\">&amp;'\u{1b}[2J\u{7}";

/// Every string in the record's JSON made hostile, where the record still
/// reads back with it (ids, dates and kinds must stay as they are).
fn hostile_record() -> (Record, usize) {
    let bank = crate::fixtures::bank();
    let answers = crate::fixtures::example("unsure-needs-support");
    let when = crate::fixtures::noon();
    let mut value: Value =
        serde_json::from_str(&json::render(&Record::build(bank, &answers, when))).unwrap();
    let mut paths = Vec::new();
    strings(&value, &mut Vec::new(), &mut paths);
    let mut made = 0;
    for path in paths {
        let mut tried = value.clone();
        let Some(Value::String(s)) = pointer(&mut tried, &path) else {
            continue;
        };
        s.push_str(HOSTILE);
        if serde_json::from_value::<Record>(tried.clone()).is_ok() {
            value = tried;
            made += 1;
        }
    }
    (serde_json::from_value(value).unwrap(), made)
}

fn strings(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::String(_) => out.push(at.clone()),
        Value::Array(items) => {
            for (k, item) in items.iter().enumerate() {
                at.push(k.to_string());
                strings(item, at, out);
                at.pop();
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                at.push(key.clone());
                strings(field, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn pointer<'a>(v: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    let escaped: Vec<String> = path
        .iter()
        .map(|p| p.replace('~', "~0").replace('/', "~1"))
        .collect();
    v.pointer_mut(&format!("/{}", escaped.join("/")))
}

#[test]
fn every_string_of_a_record_made_hostile_stays_text_on_the_page() {
    let (record, made) = hostile_record();
    assert!(made > 300, "only {made} strings could be made hostile");
    let page = super::render(&record);
    assert!(!page.contains("<b id"), "markup from a record got through");
    assert!(!page.contains('\u{1b}') && !page.contains('\u{7}'));
    // Each hostile string is written escaped, as text.
    let inert = "&lt;b id=&quot;x&quot;&gt;&amp;amp;&#39;";
    assert!(
        page.matches(inert).count() > 100,
        "{}",
        page.matches(inert).count()
    );
}

/// The one splice of raw markup is `text::fixed`, which takes only a
/// literal written in the code (`&'static str`).
#[test]
fn raw_markup_is_spliced_in_only_through_fixed() {
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut found = Vec::new();
    let mut folders = vec![std::path::PathBuf::from(src)];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (n, line) in text.lines().enumerate() {
                    if line.contains("PreEscaped") || line.contains("maud::Escaper") {
                        found.push(format!("{}:{}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    let own = |f: &String| f.contains("text/html.rs") || f.contains("render/html/tests.rs");
    assert!(
        found.iter().all(own),
        "raw markup outside text::fixed: {found:?}"
    );
}
