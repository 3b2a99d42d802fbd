//! When the unfinished answers were saved, written as RFC 3339 with the UTC
//! offset and the fraction of a second (as `to_rfc3339` always has). Read
//! leniently: a time that cannot be read is left out, never a reason to set
//! the answers aside.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer>(
    time: &Option<DateTime<FixedOffset>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match time {
        Some(time) => s.serialize_str(&time.to_rfc3339()),
        None => s.serialize_none(),
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
    let text = Option::<std::borrow::Cow<'de, str>>::deserialize(d)?;
    Ok(text.and_then(|t| DateTime::parse_from_rfc3339(&t).ok()))
}
