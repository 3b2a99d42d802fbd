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

pub use band::BandId;
pub use raw::RawRules;

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

/// Every sentence and label of the result, with {placeholders}.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub title: String,
    pub not_a_verdict: String,
    pub your_lean: String,
    pub computed_lean: String,
    pub toward_short: String,
    pub toward_long: String,
    pub barriers: String,
    pub no_barriers: String,
    pub costs: String,
    pub cost_unknown: String,
    pub cover_unknown: String,
    pub usual_frequency: String,
    pub time: String,
    pub time_unknown: String,
    pub changes: String,
    pub no_changes: String,
    pub no_reasons: String,
    pub change_answer: String,
    pub change_budget: String,
    pub change_budget_short: String,
    // Added with schema 2: older records have none of these.
    #[serde(default)]
    pub computed_detail: String,
    #[serde(default)]
    pub mismatch: String,
    #[serde(default)]
    pub no_change_way: String,
    /// The same, when the result already fits that option better.
    #[serde(default)]
    pub no_change_further: String,
    #[serde(default)]
    pub option_short: String,
    #[serde(default)]
    pub option_long: String,
    #[serde(default)]
    pub safety_first: String,
    /// Schema 1 only (a time barrier's way out now lives on the barrier).
    #[serde(default, skip_serializing)]
    #[allow(dead_code)]
    change_time: String,
    pub confidence: String,
    pub short_20: String,
    pub short_30: String,
    pub long_one_year: String,
    pub long_years: String,
    /// The label of the budget's bar in the cost chart (a month, like every
    /// bar; the name is kept so older records still open).
    pub budget_year: String,
    pub hours_short: String,
    pub hours_long: String,
    pub hours_week: String,
    pub per_month: String,
    pub budget_month: String,
    pub balance_short: String,
    pub balance_long: String,
    pub you_said: String,
    pub source: String,
    pub unsure_count: String,
    pub questions: String,
    pub own_questions: String,
    pub table_option: String,
    pub table_sessions: String,
    pub table_months: String,
    pub table_cost: String,
    /// The heading of the table's cost-a-month column (older records lack it).
    #[serde(default)]
    pub table_per_month: String,
    pub table_hours: String,
    pub unknown: String,
}

#[derive(Debug, Clone)]
pub struct ClinicianQuestion {
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
