//! A key given twice, made from any JSON the fuzzer finds: the text as read
//! loosely (the later key wins), written again with the first key of one of
//! its objects given a second time. Every reader must refuse that text.

use serde_json::Value;

/// `value` as JSON text with the first key of its `target`-th non-empty
/// object (counted depth first, modulo how many there are) given twice.
/// None when it has no object with a key.
pub fn with_a_key_twice(value: &Value, target: usize) -> Option<String> {
    fn objects(v: &Value) -> usize {
        match v {
            Value::Object(map) => usize::from(!map.is_empty()) + map.values().map(objects).sum::<usize>(),
            Value::Array(items) => items.iter().map(objects).sum(),
            _ => 0,
        }
    }
    fn write(v: &Value, target: usize, seen: &mut usize, out: &mut String) {
        match v {
            Value::Object(map) => {
                let this = *seen;
                if !map.is_empty() {
                    *seen += 1;
                }
                out.push('{');
                for (n, (key, item)) in map.iter().enumerate() {
                    let twice = if n == 0 && this == target { 2 } else { 1 };
                    for k in 0..twice {
                        if n > 0 || k > 0 {
                            out.push(',');
                        }
                        out.push_str(&serde_json::to_string(key).unwrap());
                        out.push(':');
                        write(item, target, seen, out);
                    }
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    write(item, target, seen, out);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let count = objects(value);
    if count == 0 {
        return None;
    }
    let mut seen = 0;
    let mut out = String::new();
    write(value, target % count, &mut seen, &mut out);
    Some(out)
}

/// If `text` is JSON, a copy of it with one key given twice (which one
/// chosen by the text's length) must be refused by `read`.
pub fn refused_twice<T>(text: &str, read: impl Fn(&str) -> Result<T, String>) {
    let Ok(value) = serde_json::from_str::<Value>(text) else { return };
    let Some(twice) = with_a_key_twice(&value, text.len()) else { return };
    assert!(read(&twice).is_err(), "a key given twice was accepted: {twice}");
}
