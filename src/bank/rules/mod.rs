//! How answers weigh toward short-term or long-term (rules.json): the rules,
//! bands, barriers, projection settings and the words the result is told in.
//! Content only; the weighing itself is in weigh/.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::Condition;

mod band;
mod check;
mod raw;
mod settings;
mod words;

pub use band::BandId;
pub use raw::RawRules;
pub use words::Words;

#[derive(Debug, Clone)]
pub struct Rules {
    pub version: String,
    /// The most reachable score toward short-term (negative) and long-term:
    /// over the value questions, the largest weight any one answer gives.
    pub reach: Reach,
    pub start: Start,
    pub rules: Vec<Rule>,
    pub bands: Vec<Band>,
    pub barriers: Vec<BarrierRule>,
    pub own_lean: OwnLean,
    pub projection: Projection,
    pub confidence: ConfidenceRules,
    pub words: Words,
    pub clinician_questions: Vec<ClinicianQuestion>,
}

/// The most reachable score each way, over the value questions: the sum of
/// the largest weight any one answer of each gives that way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reach {
    /// Negative: the furthest the score can go toward short-term.
    pub toward_short: i32,
    pub toward_long: i32,
}

/// The question where the person says which way they lean, and which of its
/// options stand for each therapy.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnLean {
    pub question: String,
    pub short_term: String,
    pub long_term: String,
}

/// Where the score starts: always 0, so nobody is tilted before they answer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    pub weight: i32,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    /// All must hold for the rule to count.
    pub when: Vec<Condition>,
    /// Negative leans short-term, positive long-term.
    pub weight: i32,
    pub reason: String,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: BandId,
    pub from: i32,
    pub to: i32,
    pub label: String,
    /// A "clearly" band needs the person's answers on at least this many
    /// value questions to point its way; otherwise the band `otherwise` holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_sided: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otherwise: Option<BandId>,
}

impl Band {
    /// The option this band fits better, if any (its numbers are checked to
    /// lie on that side of 0).
    pub fn side(&self) -> Option<OptionId> {
        self.id.side()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionId {
    ShortTerm,
    LongTerm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BarrierKind {
    Time,
    Cost,
    /// A big life change coming up (a move, a new job): it stands in the way
    /// like time does, from the answers.
    Change,
}

#[derive(Debug, Clone)]
pub struct BarrierRule {
    pub id: String,
    pub option: OptionId,
    pub kind: BarrierKind,
    /// For time barriers: when it stands. Cost barriers come from the projection.
    pub when: Vec<Condition>,
    pub text: String,
    pub source: String,
    /// For time barriers: what would lift it, said under "what would change".
    pub lift: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Projection {
    pub fee: String,
    pub covered: String,
    pub budget: String,
    pub hours: String,
    pub frequency: String,
    pub per_week: BTreeMap<String, u32>,
    pub usual_per_week: u32,
    pub weeks_per_year: u32,
    pub short_sessions: Vec<u32>,
    pub long_years: Vec<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfidenceRules {
    pub unsure_options: Vec<String>,
    pub levels: Vec<ConfidenceLevel>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfidenceLevel {
    pub id: String,
    /// The most "not sure" or "don't know" answers this level allows.
    pub most_unsure: usize,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct ClinicianQuestion {
    /// Which question this is: entries that ask the same question for other
    /// answers share one id (and one text), and it is asked once.
    pub id: String,
    pub when: Vec<Condition>,
    pub barrier: Option<String>,
    pub text: String,
}

impl Rules {
    /// The band a score falls in.
    pub fn band(&self, score: i32) -> &Band {
        self.bands
            .iter()
            .find(|b| (b.from..=b.to).contains(&score))
            .unwrap_or(&self.bands[self.bands.len() / 2])
    }

    /// The band for a score when `one_sided` value answers point the band's
    /// way: a "clearly" band gives way to its `otherwise` band when too few do.
    pub fn fit(&self, score: i32, one_sided: impl Fn(OptionId) -> usize) -> &Band {
        let band = self.band(score);
        match (band.one_sided, &band.otherwise, band.side()) {
            (Some(least), Some(other), Some(side)) if one_sided(side) < least => {
                self.bands.iter().find(|b| b.id == *other).unwrap_or(band)
            }
            _ => band,
        }
    }
}
