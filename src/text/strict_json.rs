//! JSON read strictly: a key given twice in one object is an error naming the
//! key, never "the later one wins". A safety "yes" followed by a "no" for the
//! same question must not quietly become "no".

use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;
use std::fmt;

/// Parse `text` as a `T`, refusing any object anywhere that repeats a key.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    unique_keys(text)?;
    serde_json::from_str(text)
}

/// Check that no object in the JSON text repeats a key. The error names the
/// key and its line and column.
pub fn unique_keys(text: &str) -> Result<(), serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    (&mut de).deserialize_any(Walk)?;
    de.end()
}

/// The error for a key given twice in one object.
pub fn repeated_key<E: de::Error>(key: &str) -> E {
    E::custom(format!("the key \"{key}\" is given more than once"))
}

/// Any JSON value, skipped while its keys are checked (the same walk as
/// `unique_keys`, for a field inside a caller's own visitor).
pub struct Unique;

impl<'de> de::Deserialize<'de> for Unique {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Walk).map(|_| Unique)
    }
}

/// A key as given: borrowed from the text when it has no escapes.
pub struct Key<'de>(pub std::borrow::Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(v.into()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(v.to_string().into()))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Walks any JSON value, checking the keys of every object.
struct Walk;

impl<'de> de::Deserialize<'de> for Walk {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Walk)
    }
}

impl<'de> Visitor<'de> for Walk {
    type Value = Walk;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_str<E>(self, _: &str) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_unit<E>(self) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Walk, A::Error> {
        while seq.next_element::<Walk>()?.is_some() {}
        Ok(Walk)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Walk, A::Error> {
        // Most objects are small: a list is quicker than a set until it is not.
        let mut few: Vec<std::borrow::Cow<'de, str>> = Vec::new();
        let mut many: HashSet<std::borrow::Cow<'de, str>> = HashSet::new();
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            let repeated = if many.is_empty() && few.len() < 16 {
                few.contains(&key)
            } else {
                many.extend(few.drain(..));
                many.contains(&key)
            };
            if repeated {
                return Err(repeated_key(&key));
            }
            map.next_value::<Walk>()?;
            if many.is_empty() && few.len() < 16 {
                few.push(key);
            } else {
                many.insert(key);
            }
        }
        Ok(Walk)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_key_anywhere_is_named_with_its_place() {
        let e = unique_keys("{\"a\": {\"b\": [1, {\"c\": 1,\n \"c\": 2}]}}").unwrap_err();
        assert_eq!(e.line(), 2);
        assert!(
            e.to_string()
                .starts_with("the key \"c\" is given more than once"),
            "{e}"
        );
        // Twenty distinct keys and then the first again: past the small list.
        let mut text: String = (0..20).map(|k| format!("\"k{k}\": {k}, ")).collect();
        text = format!("{{{text}\"k0\": 0}}");
        assert!(
            unique_keys(&text)
                .unwrap_err()
                .to_string()
                .contains("\"k0\"")
        );
        let escaped = unique_keys("{\"\\u0061\": 1, \"a\": 2}").unwrap_err();
        assert!(escaped.to_string().contains("\"a\""), "{escaped}");
    }

    #[test]
    fn the_same_key_in_different_objects_is_fine() {
        let v: serde_json::Value = parse("[{\"a\": 1}, {\"a\": 2, \"b\": {\"a\": 3}}]").unwrap();
        assert_eq!(v[1]["b"]["a"], 3);
        assert!(parse::<serde_json::Value>("{\"a\": 1} trailing").is_err());
    }
}
