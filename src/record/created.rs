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
/// Only a time FHIR can carry as a dateTime is one: a year from 0001 to
/// 9999 and a UTC offset within 14 hours (RFC 3339 alone allows year 0000
/// and +23:59, which no clock shows).
pub fn parse(text: &str) -> Result<DateTime<FixedOffset>, String> {
    let time = DateTime::parse_from_rfc3339(text).map_err(|_| {
        format!(
            "\"{}\" is not a date and time like 2026-11-26T12:00:00+00:00",
            short(text)
        )
    })?;
    real(&time).map_err(|why| format!("\"{}\" {why}", short(text)))?;
    Ok(time)
}

/// Whether a time is one FHIR's dateTime (and a real clock) can show: the
/// reason it is not, if not.
pub fn real(time: &DateTime<FixedOffset>) -> Result<(), &'static str> {
    use chrono::Datelike;
    if !(1..=9999).contains(&time.year()) {
        return Err("has a year outside 0001 to 9999");
    }
    if time.offset().local_minus_utc().abs() > 14 * 3600 {
        return Err("has a UTC offset of more than 14 hours");
    }
    Ok(())
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

    #[test]
    fn only_times_fhir_can_carry_are_times() {
        for bad in [
            "0000-11-26T12:00:00+00:00",
            "2026-11-26T12:00:00+23:59",
            "2026-11-26T12:00:00-14:01",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(
            parse("0000-01-01T00:00:00+00:00")
                .unwrap_err()
                .contains("year outside 0001 to 9999")
        );
        for good in [
            "0001-01-01T00:00:00+00:00",
            "2026-11-26T12:00:00+14:00",
            "2026-11-26T12:00:00-14:00",
            "9999-12-31T23:59:59+05:45",
        ] {
            assert!(parse(good).is_ok(), "{good}");
        }
    }
}
