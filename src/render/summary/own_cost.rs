//! The person's own cost under each option, for the comparison table's cost
//! row (issue 23): the very figures "What it might cost" shows (each
//! short-term course, then long-term by the year, the sessions covered
//! counted the same way), said alike for both options. None when the fee is
//! not known, or the record's evidence has no words for it (older records):
//! the row then reads as it always did.

use serde::Deserialize;
use serde::de::value::{Error, StrDeserializer};

use crate::bank::rules::OptionId;
use crate::record::Record;
use crate::render::sentences::cost_rows;
use crate::text::fill;

/// One text for each option of the evidence, in its order, or None.
pub(super) fn own_costs(record: &Record) -> Option<Vec<String>> {
    let t = &record.evidence.table;
    let a = &record.assessment;
    let e = &a.estimate;
    let words = [
        &t.for_you,
        &t.for_you_sessions,
        &t.for_you_year,
        &t.for_you_years,
    ];
    if e.inputs.fee.is_none() || words.iter().any(|w| w.is_empty()) {
        return None;
    }
    let rows = cost_rows(a);
    let (short_rows, long_rows) = rows.split_at(e.short.len().min(rows.len()));
    let short: Vec<String> = e
        .short
        .iter()
        .zip(short_rows)
        .filter_map(|(c, row)| {
            let sessions = c.sessions.to_string();
            let cost = row.cost.as_deref()?;
            Some(fill(
                &t.for_you_sessions,
                &[("cost", cost), ("sessions", &sessions)],
            ))
        })
        .collect();
    let long: Vec<String> = e
        .long
        .iter()
        .zip(long_rows)
        .filter_map(|(l, row)| {
            let years = l.years.to_string();
            let cost = row.cost.as_deref()?;
            let said = if l.years == 1 {
                &t.for_you_year
            } else {
                &t.for_you_years
            };
            Some(fill(said, &[("cost", cost), ("years", &years)]))
        })
        .collect();
    record
        .evidence
        .options
        .iter()
        .map(|o| {
            let figures = match option_id(&o.id)? {
                OptionId::ShortTerm => &short,
                OptionId::LongTerm => &long,
            };
            (!figures.is_empty()).then(|| fill(&t.for_you, &[("cost", &figures.join(", "))]))
        })
        .collect()
}

/// The option an evidence option id names ("short_term").
fn option_id(id: &str) -> Option<OptionId> {
    OptionId::deserialize(StrDeserializer::<Error>::new(id)).ok()
}
