//! A struct read from JSON strictly, in one pass over the text: its named
//! fields are read as their types, the value of every other key is walked
//! for repeated keys without being built, and a key given twice (at any
//! depth) is refused, as `strict_json::parse` refuses it. For reading only a
//! few fields of a large file (a folder review) without reading it twice.
//!
//! `strict_struct! { struct Name { field: Type, other: Type = default } }`
//! defines the struct and its reading; a field marked `= default` may be
//! missing (it is then its type's default).
//! Each field's type must itself be read strictly: another such struct, a
//! number, a string, a unit enum, an Option or Vec of those, or `Checked<T>`.

use serde::de::{self, Deserialize, DeserializeOwned, Deserializer};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::collections::HashSet;

/// The keys of one object seen so far: a short list (most objects are
/// small), a set once there are many.
#[derive(Default)]
pub struct Seen<'de> {
    few: Vec<Cow<'de, str>>,
    many: HashSet<Cow<'de, str>>,
}

impl<'de> Seen<'de> {
    /// Note a key; an error naming it when it was given before.
    pub fn note<E: de::Error>(&mut self, key: Cow<'de, str>) -> Result<(), E> {
        let small = self.many.is_empty() && self.few.len() < 16;
        let repeated = if small {
            self.few.contains(&key)
        } else {
            self.many.extend(self.few.drain(..));
            self.many.contains(&key)
        };
        if repeated {
            return Err(super::strict_json::repeated_key(&key));
        }
        if small {
            self.few.push(key);
        } else {
            self.many.insert(key);
        }
        Ok(())
    }
}

/// A value of any type read strictly: taken as text first, its keys
/// checked, then read as `T`. For a small part (an answer's value, the cost
/// estimate) whose type has no strict reading of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked<T>(pub T);

impl<'de, T: DeserializeOwned> Deserialize<'de> for Checked<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw: Box<RawValue> = Deserialize::deserialize(d)?;
        super::strict_json::unique_keys(raw.get()).map_err(de::Error::custom)?;
        serde_json::from_str(raw.get())
            .map(Checked)
            .map_err(de::Error::custom)
    }
}

/// Define a struct read strictly from a JSON object (see the module).
macro_rules! strict_struct {
    ($(#[$doc:meta])* $vis:vis struct $name:ident {
        $($(#[$fdoc:meta])* $fvis:vis $field:ident: $ty:ty $(= $default:ident)?),* $(,)?
    }) => {
        $(#[$doc])*
        $vis struct $name {
            $($(#[$fdoc])* $fvis $field: $ty,)*
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Fields;
                impl<'de> serde::de::Visitor<'de> for Fields {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("an object (", stringify!($name), ")"))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<$name, A::Error> {
                        $(let mut $field: Option<$ty> = None;)*
                        let mut seen = $crate::text::strict_struct::Seen::default();
                        while let Some($crate::text::strict_json::Key(key)) =
                            map.next_key::<$crate::text::strict_json::Key<'de>>()?
                        {
                            match key.as_ref() {
                                $(stringify!($field) => $field = Some(map.next_value()?),)*
                                _ => {
                                    map.next_value::<$crate::text::strict_json::Unique>()?;
                                }
                            }
                            seen.note(key)?;
                        }
                        Ok($name {
                            $($field: match $field {
                                Some(value) => value,
                                None => $crate::text::strict_struct::strict_struct!(@missing $field $($default)?),
                            },)*
                        })
                    }
                }
                d.deserialize_map(Fields)
            }
        }
    };
    (@missing $field:ident default) => { Default::default() };
    (@missing $field:ident) => {
        return Err(serde::de::Error::missing_field(stringify!($field)))
    };
}

pub(crate) use strict_struct;

#[cfg(test)]
mod tests {
    use super::*;

    strict_struct! {
        #[derive(Debug)]
        struct Inner {
            n: u32,
        }
    }

    strict_struct! {
        #[derive(Debug)]
        struct Outer {
            name: String,
            inner: Vec<Inner>,
            maybe: Option<u32> = default,
            value: Option<Checked<serde_json::Value>> = default,
        }
    }

    fn read(text: &str) -> Result<Outer, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn named_fields_are_read_and_a_key_twice_anywhere_is_refused() {
        let o = read(r#"{"name": "a", "skip": {"x": [1, {"y": 2}]}, "inner": [{"n": 3, "z": 1}]}"#)
            .unwrap();
        assert_eq!((o.name.as_str(), o.inner[0].n, o.maybe), ("a", 3, None));
        let v = read(r#"{"name": "a", "inner": [], "value": {"k": [1]}}"#).unwrap();
        assert_eq!(v.value.unwrap().0["k"][0], 1);
        for twice in [
            r#"{"name": "a", "name": "b", "inner": []}"#,
            r#"{"name": "a", "inner": [], "skip": 1, "skip": 2}"#,
            r#"{"name": "a", "inner": [], "skip": {"x": 1, "x": 1}}"#,
            r#"{"name": "a", "inner": [{"n": 1, "n": 2}]}"#,
            r#"{"name": "a", "inner": [{"n": 1, "w": {"q": 1, "q": 1}}]}"#,
            r#"{"name": "a", "inner": [], "value": {"k": 1, "k": 2}}"#,
            r#"{"name": "a", "inner": [], "\u0073kip": 1, "skip": 2}"#,
        ] {
            let e = read(twice).unwrap_err();
            assert!(e.contains("is given more than once"), "{twice}: {e}");
        }
        assert!(
            read(r#"{"inner": []}"#)
                .unwrap_err()
                .contains("missing field `name`")
        );
        assert!(read(r#"{"name": "a", "inner": [], "skip": [1, }"#).is_err());
    }
}
