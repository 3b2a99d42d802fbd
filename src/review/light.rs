//! The few fields of a record that a folder review reads: what the triage row
//! shows and what the record validator checks. The rest is skipped.

use serde::Deserialize;

use super::validate::{AnswerFact, Facts, SavedAnswer, SavedScore, ScoreFact, answer_facts};
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

impl SavedScore for LightScore {
    fn fact(&self) -> ScoreFact {
        ScoreFact {
            points: self.points,
            out_of: self.out_of,
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
    pub(super) fn facts(&self) -> Facts<'_> {
        Facts {
            schema_version: self.schema_version,
            created: Some(&self.created),
            safety_question: self.safety_flag.as_ref().map(|f| f.question.as_str()),
            sections: answer_facts(self.sections.iter().map(|s| s.answers.as_slice())),
            earlier: self
                .earlier_answers
                .iter()
                .map(|a| AnswerFact {
                    id: &a.id,
                    kind: "single",
                    value: &a.value,
                    mark: a.safety,
                })
                .collect(),
            scores: self.scores.iter().map(SavedScore::fact).collect(),
        }
    }
}

#[derive(Deserialize)]
pub(super) struct LightPhq9 {
    pub(super) total: u32,
    #[serde(default)]
    pub(super) item9: Option<LightItem9>,
}

#[derive(Deserialize)]
pub(super) struct LightItem9 {
    pub(super) points: u32,
}
