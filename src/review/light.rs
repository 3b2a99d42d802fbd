//! The few fields of a record that a folder review reads: what the triage row
//! shows and what the record validator checks. The rest is skipped.

use serde::Deserialize;

use super::ranges::{Band, Numbers};
use super::validate::{AnswerFact, Facts, SavedAnswer, answer_facts};
use crate::bank::rules::{BandId, BarrierKind, OptionId};
use crate::record::SafetyRole;

/// The fields a folder review reads: what the triage row shows and what the
/// record validator checks; the rest is skipped (its keys are still checked).
#[derive(Deserialize)]
pub(super) struct Light {
    pub(super) schema_version: u32,
    pub(super) created: String,
    pub(super) safety_flag: Option<LightFlag>,
    pub(super) sections: Vec<LightSection>,
    #[serde(default)]
    pub(super) earlier_answers: Vec<LightEarlier>,
    pub(super) scores: Vec<LightScore>,
    pub(super) assessment: LightAssessment,
    pub(super) evidence: LightEvidence,
}

/// Of the facts shown, only the numbers: each outcome page's icon counts.
#[derive(Deserialize)]
pub(super) struct LightEvidence {
    #[serde(default)]
    pub(super) outcomes: Vec<LightOutcome>,
}

#[derive(Deserialize)]
pub(super) struct LightOutcome {
    #[serde(default)]
    pub(super) icons: Option<LightIcons>,
}

#[derive(Deserialize)]
pub(super) struct LightIcons {
    pub(super) groups: Vec<LightGroup>,
}

#[derive(Deserialize)]
pub(super) struct LightGroup {
    pub(super) count: u8,
}

#[derive(Deserialize)]
pub(super) struct LightFlag {
    pub(super) question: String,
}

#[derive(Deserialize)]
pub(super) struct LightSection {
    pub(super) answers: Vec<LightAnswer>,
}

#[derive(Deserialize)]
pub(super) struct LightAnswer {
    pub(super) id: String,
    pub(super) kind: String,
    pub(super) value: serde_json::Value,
    #[serde(default)]
    pub(super) safety: Option<SafetyRole>,
}

/// An earlier safety answer taken back.
#[derive(Deserialize)]
pub(super) struct LightEarlier {
    pub(super) id: String,
    pub(super) value: serde_json::Value,
    #[serde(default)]
    pub(super) safety: Option<SafetyRole>,
}

#[derive(Deserialize)]
pub(super) struct LightScore {
    pub(super) title: String,
    pub(super) points: u32,
    pub(super) out_of: u32,
    #[serde(default)]
    pub(super) flag_below: Option<u32>,
    pub(super) flag: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
pub(super) struct LightAssessment {
    pub(super) score: i32,
    pub(super) band: BandId,
    pub(super) band_label: String,
    pub(super) barriers: Vec<LightBarrier>,
    #[serde(default)]
    pub(super) own_lean: Option<LightOwnLean>,
    #[serde(default)]
    pub(super) mismatch: bool,
    pub(super) reasons: Vec<LightReason>,
    pub(super) confidence: LightConfidence,
    pub(super) estimate: crate::estimate::Estimate,
    pub(super) bands: Vec<LightBand>,
}

#[derive(Deserialize)]
pub(super) struct LightReason {
    pub(super) weight: i32,
}

#[derive(Deserialize)]
pub(super) struct LightConfidence {
    pub(super) unsure: usize,
    pub(super) counted: usize,
}

#[derive(Deserialize)]
pub(super) struct LightBand {
    pub(super) from: i32,
    pub(super) to: i32,
    #[serde(default)]
    pub(super) one_sided: Option<usize>,
}

#[derive(Deserialize)]
pub(super) struct LightBarrier {
    pub(super) kind: BarrierKind,
    pub(super) option: OptionId,
}

#[derive(Deserialize)]
pub(super) struct LightOwnLean {
    pub(super) answer: String,
    pub(super) option: Option<OptionId>,
}

impl SavedAnswer for LightEarlier {
    fn fact(&self) -> AnswerFact<'_> {
        AnswerFact {
            id: &self.id,
            kind: "single",
            value: &self.value,
            mark: self.safety,
        }
    }
}

impl SavedAnswer for LightAnswer {
    fn fact(&self) -> AnswerFact<'_> {
        AnswerFact {
            id: &self.id,
            kind: &self.kind,
            value: &self.value,
            mark: self.safety,
        }
    }
}

impl Light {
    /// What the validator checks, the PHQ-9 (read in the first pass) too.
    pub(super) fn facts(&self, phq9: Option<&LightPhq9>) -> Facts<'_> {
        let mut numbers = Numbers::default();
        for (k, s) in self.scores.iter().enumerate() {
            numbers.score(k, s.points, s.out_of, s.flag_below);
        }
        if let Some(p) = phq9 {
            numbers.phq9(p.total, p.out_of, p.item9.as_ref().map(|i| i.points));
        }
        let a = &self.assessment;
        let bands: Vec<Band> = a
            .bands
            .iter()
            .map(|b| Band {
                from: b.from,
                to: b.to,
                one_sided: b.one_sided,
            })
            .collect();
        numbers.fit(a.score, a.reasons.iter().map(|r| r.weight), &bands);
        numbers.confidence(a.confidence.unsure, a.confidence.counted);
        numbers.estimate(&a.estimate);
        for (k, outcome) in self.evidence.outcomes.iter().enumerate() {
            for (j, group) in outcome.icons.iter().flat_map(|i| &i.groups).enumerate() {
                numbers.icons(k, j, group.count);
            }
        }
        Facts {
            schema_version: self.schema_version,
            created: Some(&self.created),
            safety_question: self.safety_flag.as_ref().map(|f| f.question.as_str()),
            sections: answer_facts(self.sections.iter().map(|s| s.answers.as_slice())),
            earlier: self.earlier_answers.iter().map(SavedAnswer::fact).collect(),
            numbers,
        }
    }
}

#[derive(Deserialize)]
pub(super) struct LightPhq9 {
    pub(super) total: u32,
    pub(super) out_of: u32,
    #[serde(default)]
    pub(super) item9: Option<LightItem9>,
}

#[derive(Deserialize)]
pub(super) struct LightItem9 {
    pub(super) points: u32,
}
