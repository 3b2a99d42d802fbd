//! Questions that add up to a score: the knowledge check's groups with their
//! right answers, and summed scores such as the PHQ-9 with their bands.

use crate::answer::Answer;

/// Questions that add up to a score, such as the knowledge check.
#[derive(Debug, Clone)]
pub struct ScoreGroup {
    pub id: String,
    pub title: String,
    /// Said after an answer that matches the expected one (knowledge checks).
    pub right: Option<String>,
    /// Said after an answer that does not.
    pub wrong: Option<String>,
    /// A score under this is flagged in the summary, with `flag` as the reason.
    pub flag_below: Option<u32>,
    pub flag: Option<String>,
    /// A published measure's code (LOINC) for the total.
    pub loinc: Option<String>,
    /// Set for a score that adds up its questions' option points (the PHQ-9).
    pub sum: Option<Sum>,
}

/// A band of a summed score, from and to inclusive (the PHQ-9's "moderate" is 10 to 14).
#[derive(Debug, Clone, PartialEq)]
pub struct SumBand {
    pub id: String,
    pub from: u32,
    pub to: u32,
    pub label: String,
}

/// A score that adds up points, such as the PHQ-9, with its bands.
#[derive(Debug, Clone)]
pub struct Sum {
    pub bands: Vec<SumBand>,
    /// Said with the score ("this is not a diagnosis").
    pub note: String,
    /// The credit line the instrument must be shown with.
    pub credit: String,
    /// The instrument's name: its texts are used word for word.
    pub verbatim: String,
}

/// A question that counts toward a score group (the knowledge check): the
/// group, and the answer that earns a point.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub group: String,
    pub right: Answer,
}
