//! The two dated lines of the facts: their version with its dates, and when
//! the crisis numbers were checked. Said by `evidence` and in every summary.

use crate::bank::Evidence;
use crate::text::fill;

/// "Facts version ..., published ..., next review ...": also in `evidence`.
pub fn version_line(e: &Evidence) -> String {
    fill(
        &e.summary.facts_version,
        &[
            ("version", &e.version),
            ("published", &e.published),
            ("next_review", &e.next_review),
        ],
    )
}

/// "Crisis numbers checked ...": also in `evidence`.
pub fn checked_line(e: &Evidence) -> String {
    fill(&e.summary.crisis_checked, &[("checked", &e.crisis.checked)])
}
