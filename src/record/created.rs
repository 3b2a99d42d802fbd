//! The record's time as text: RFC 3339 to the second with its UTC offset
//! (2026-11-26T12:00:00-05:00), exactly as every record has written it. A
//! time that is not one is refused with a sentence, never a panic.

use chrono::{DateTime, FixedOffset, SecondsFormat};
use serde::{Deserialize, Deserializer, Serializer, de};

use crate::text::short;

/// The time as a record writes it.
pub fn text(time: &DateTime<FixedOffset>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// The time in a record's text; the sentence saying why not, if it is not one.
pub fn parse(text: &str) -> Result<DateTime<FixedOffset>, String> {
    DateTime::parse_from_rfc3339(text).map_err(|_| {
        format!(
            "\"{}\" is not a date and time like 2026-11-26T12:00:00+00:00",
            short(text)
        )
    })
}

pub fn serialize<S: Serializer>(time: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&text(time))
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
    parse(&text).map_err(de::Error::custom)
}

/// The same for a time that may be missing (left out of the record then).
pub mod optional {
    use chrono::{DateTime, FixedOffset};
    use serde::{Deserialize, Deserializer, Serializer, de};

    pub fn serialize<S: Serializer>(
        time: &Option<DateTime<FixedOffset>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => super::serialize(time, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        let text = <Option<std::borrow::Cow<'de, str>>>::deserialize(d)?;
        text.map(|t| super::parse(&t).map_err(de::Error::custom))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_is_written_to_the_second_with_its_offset() {
        let time = DateTime::parse_from_rfc3339("2026-11-26T12:00:00.75-05:00").unwrap();
        assert_eq!(text(&time), "2026-11-26T12:00:00-05:00");
        let utc = DateTime::parse_from_rfc3339("2026-11-26T10:33:17Z").unwrap();
        assert_eq!(text(&utc), "2026-11-26T10:33:17+00:00");
    }

    #[test]
    fn a_time_that_is_not_one_is_refused_with_a_sentence() {
        let why = parse("yesterday").unwrap_err();
        assert_eq!(
            why,
            "\"yesterday\" is not a date and time like 2026-11-26T12:00:00+00:00"
        );
        assert!(parse("2026-13-40T99:00:00+00:00").is_err());
        assert!(parse("2026-11-26 12:00").is_err());
    }
}
