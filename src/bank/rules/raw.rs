//! rules.json as written, before it is checked against the bank.

use serde::Deserialize;

use super::{Band, BarrierKind, ConfidenceRules, OptionId, OwnLean, Projection, Start, Words};
use crate::bank::raw::RawCondition;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRules {
    pub(super) version: String,
    #[serde(default)]
    #[allow(dead_code)]
    pub(super) note: String,
    pub(super) start: Start,
    pub(super) rules: Vec<RawRule>,
    pub(super) bands: Vec<Band>,
    pub(super) barriers: Vec<RawBarrier>,
    pub(super) own_lean: OwnLean,
    pub(super) projection: Projection,
    pub(super) confidence: ConfidenceRules,
    pub(super) words: Words,
    pub(super) clinician_questions: Vec<RawClinicianQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRule {
    pub(super) id: String,
    pub(super) when: Vec<RawCondition>,
    pub(super) weight: i32,
    pub(super) reason: String,
    #[serde(default)]
    pub(super) source: String,
    /// Instead of a source: a plain description of the options.
    #[serde(default)]
    pub(super) plain: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBarrier {
    pub(super) id: String,
    pub(super) option: OptionId,
    pub(super) kind: BarrierKind,
    #[serde(default)]
    pub(super) when: Vec<RawCondition>,
    pub(super) text: String,
    #[serde(default)]
    pub(super) source: String,
    /// Instead of a source: a plain description of the options.
    #[serde(default)]
    pub(super) plain: bool,
    pub(super) lift: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClinicianQuestion {
    pub(super) id: String,
    #[serde(default)]
    pub(super) when: Vec<RawCondition>,
    pub(super) barrier: Option<String>,
    pub(super) text: String,
}
