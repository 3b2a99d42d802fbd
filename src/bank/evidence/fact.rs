//! A fact sentence and what it rests on: the ids of the sources it cites, or
//! a mark that it is a plain description of the options (their length, how
//! often, the end date). The check refuses a fact that does neither.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Fact {
    /// What the person reads.
    pub text: String,
    /// The ids of the sources (evidence.json `sources`) the text rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<String>,
    /// A plain description of the options, resting on no study.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub plain: bool,
}

impl Fact {
    pub fn cited(text: &str, cites: &[&str]) -> Fact {
        Fact {
            text: text.into(),
            cites: cites.iter().map(|c| c.to_string()).collect(),
            plain: false,
        }
    }

    pub fn plain(text: &str) -> Fact {
        Fact {
            text: text.into(),
            cites: Vec::new(),
            plain: true,
        }
    }

    /// How many words a reader counts in it.
    pub fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

/// The object form, as evidence.json writes a fact.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Marked {
    text: String,
    #[serde(default)]
    cites: Vec<String>,
    #[serde(default)]
    plain: bool,
}

/// A fact is an object; a bare string (a record saved before facts named
/// their sources) reads as a fact that names none, which the check refuses
/// in a bank but a record may hold.
impl<'de> Deserialize<'de> for Fact {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Fact, D::Error> {
        struct Either;
        impl<'de> Visitor<'de> for Either {
            type Value = Fact;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a fact: { \"text\", \"cites\" } or { \"text\", \"plain\": true }")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Fact, E> {
                Ok(Fact {
                    text: text.into(),
                    ..Fact::default()
                })
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Fact, M::Error> {
                let m = Marked::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Fact {
                    text: m.text,
                    cites: m.cites,
                    plain: m.plain,
                })
            }
        }
        deserializer.deserialize_any(Either)
    }
}

#[cfg(test)]
mod tests {
    use super::Fact;

    #[test]
    fn a_fact_reads_as_an_object_or_as_a_bare_string_of_an_older_record() {
        let cited: Fact =
            serde_json::from_str(r#"{ "text": "It helped.", "cites": ["knekt2008"] }"#).unwrap();
        assert_eq!(cited, Fact::cited("It helped.", &["knekt2008"]));
        let plain: Fact =
            serde_json::from_str(r#"{ "text": "Once a week.", "plain": true }"#).unwrap();
        assert_eq!(plain, Fact::plain("Once a week."));
        let older: Fact = serde_json::from_str(r#""It helped.""#).unwrap();
        assert_eq!(older.text, "It helped.");
        assert!(older.cites.is_empty() && !older.plain);
    }

    #[test]
    fn an_unknown_field_is_named() {
        let wrong = serde_json::from_str::<Fact>(r#"{ "text": "x", "source": "knekt2008" }"#)
            .unwrap_err()
            .to_string();
        assert!(wrong.contains("source"), "{wrong}");
    }

    #[test]
    fn a_fact_writes_only_the_mark_it_has() {
        let json = serde_json::to_string(&Fact::plain("Once a week.")).unwrap();
        assert_eq!(json, r#"{"text":"Once a week.","plain":true}"#);
    }
}
