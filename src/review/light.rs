//! The few fields of a record that a folder review reads: what the triage row
//! shows and what the record validator checks, read in one pass over the
//! text. The rest is walked for repeated keys without being built.

use crate::text::strict_json::Unique;
use crate::text::strict_struct::{Checked, strict_struct};

use super::ranges::{Band, Numbers, WithNumbers};
use super::validate::{AnswerFact, Facts, SavedAnswer, answer_facts, unworded};
use crate::bank::rules::{BandId, BarrierKind, OptionId};
use crate::estimate::Estimate;
use crate::record::{Named, SafetyRole, Wording};
use crate::weigh::{Change, CostFigures};

strict_struct! {
    /// The fields a folder review reads: what the triage row shows and what the
    /// record validator checks, in one pass; the rest is walked without being
    /// built, every key at every depth checked for being given twice.
    pub(super) struct Light {
        pub(super) schema_version: u32,
        pub(super) created: String,
        pub(super) safety_flag: Option<LightFlag> = default,
        pub(super) sections: Vec<LightSection>,
        pub(super) earlier_answers: Vec<LightEarlier> = default,
        pub(super) scores: Vec<LightScore>,
        pub(super) assessment: LightAssessment,
        pub(super) evidence: LightEvidence,
        pub(super) phq9: Option<LightPhq9> = default,
        pub(super) label: Option<String> = default,
        pub(super) wording: Option<Checked<Wording>> = default,
    }
}

strict_struct! {
    /// Of the facts shown, only the numbers: each outcome page's icon counts.
    pub(super) struct LightEvidence {
        pub(super) outcomes: Vec<LightOutcome> = default,
    }
}

strict_struct! {
    pub(super) struct LightOutcome {
        pub(super) icons: Option<LightIcons> = default,
    }
}

strict_struct! {
    pub(super) struct LightIcons {
        pub(super) groups: Vec<LightGroup>,
    }
}

strict_struct! {
    pub(super) struct LightGroup {
        pub(super) count: u8,
    }
}

strict_struct! {
    pub(super) struct LightFlag {
        pub(super) question: String,
    }
}

strict_struct! {
    pub(super) struct LightSection {
        pub(super) answers: Vec<LightAnswer>,
    }
}

strict_struct! {
    pub(super) struct LightAnswer {
        pub(super) id: String,
        pub(super) kind: String,
        pub(super) value: Checked<serde_json::Value>,
        pub(super) safety: Option<SafetyRole> = default,
    }
}

strict_struct! {
    /// An earlier safety answer taken back.
    pub(super) struct LightEarlier {
        pub(super) id: String,
        pub(super) value: Checked<serde_json::Value>,
        pub(super) safety: Option<SafetyRole> = default,
    }
}

strict_struct! {
    pub(super) struct LightScore {
        pub(super) title: String,
        pub(super) points: u32,
        pub(super) out_of: u32,
        pub(super) flag_below: Option<u32> = default,
        pub(super) flag: Option<Unique> = default,
    }
}

strict_struct! {
    pub(super) struct LightAssessment {
        pub(super) score: i32,
        pub(super) band: BandId,
        pub(super) band_label: String,
        pub(super) barriers: Vec<LightBarrier>,
        pub(super) own_lean: Option<LightOwnLean> = default,
        pub(super) mismatch: bool = default,
        pub(super) reasons: Vec<LightReason>,
        pub(super) confidence: LightConfidence,
        pub(super) estimate: Checked<crate::estimate::Estimate>,
        pub(super) changes: Checked<Vec<Change>>,
        pub(super) clinician_questions: Vec<String>,
        pub(super) bands: Vec<LightBand>,
    }
}

strict_struct! {
    pub(super) struct LightReason {
        pub(super) weight: i32,
    }
}

strict_struct! {
    pub(super) struct LightConfidence {
        pub(super) level: String,
        /// Before schema 3: the level's sentence.
        pub(super) text: Option<Unique> = default,
        pub(super) unsure: usize,
        pub(super) counted: usize,
    }
}

strict_struct! {
    pub(super) struct LightBand {
        pub(super) from: i32,
        pub(super) to: i32,
        pub(super) one_sided: Option<usize> = default,
    }
}

strict_struct! {
    pub(super) struct LightBarrier {
        pub(super) id: String,
        pub(super) kind: BarrierKind,
        pub(super) option: OptionId,
        /// Before schema 3: the barrier's sentence.
        pub(super) text: Option<Unique> = default,
        pub(super) figures: Option<Checked<CostFigures>> = default,
    }
}

strict_struct! {
    pub(super) struct LightOwnLean {
        pub(super) answer: String,
        pub(super) option: Option<OptionId> = default,
    }
}

impl SavedAnswer for LightEarlier {
    fn fact(&self) -> AnswerFact<'_> {
        AnswerFact {
            id: &self.id,
            kind: "single",
            value: &self.value.0,
            mark: self.safety,
        }
    }
}

impl SavedAnswer for LightAnswer {
    fn fact(&self) -> AnswerFact<'_> {
        AnswerFact {
            id: &self.id,
            kind: &self.kind,
            value: &self.value.0,
            mark: self.safety,
        }
    }
}

impl WithNumbers for Light {
    fn scores(&self) -> impl Iterator<Item = (u32, u32, Option<u32>)> {
        self.scores
            .iter()
            .map(|s| (s.points, s.out_of, s.flag_below))
    }
    fn phq9(&self) -> Option<(u32, u32, Option<u32>)> {
        let p = self.phq9.as_ref()?;
        Some((p.total, p.out_of, p.item9.as_ref().map(|i| i.points)))
    }
    fn fit_score(&self) -> i32 {
        self.assessment.score
    }
    fn weights(&self) -> impl Iterator<Item = i32> {
        self.assessment.reasons.iter().map(|r| r.weight)
    }
    fn bands(&self) -> impl Iterator<Item = Band> {
        self.assessment.bands.iter().map(|b| Band {
            from: b.from,
            to: b.to,
            one_sided: b.one_sided,
        })
    }
    fn confidence(&self) -> (usize, usize) {
        let c = &self.assessment.confidence;
        (c.unsure, c.counted)
    }
    fn estimate(&self) -> &Estimate {
        &self.assessment.estimate.0
    }
    fn cost_figures(&self) -> impl Iterator<Item = (usize, &CostFigures)> {
        let barriers = self.assessment.barriers.iter().enumerate();
        barriers.filter_map(|(k, b)| Some((k, &b.figures.as_ref()?.0)))
    }
    fn changes(&self) -> &[Change] {
        &self.assessment.changes.0
    }
    fn icons(&self) -> impl Iterator<Item = (usize, usize, u8)> {
        self.evidence
            .outcomes
            .iter()
            .enumerate()
            .flat_map(|(k, outcome)| {
                outcome
                    .icons
                    .iter()
                    .flat_map(|i| &i.groups)
                    .enumerate()
                    .map(move |(j, group)| (k, j, group.count))
            })
    }
}

impl Light {
    /// What the validator checks.
    pub(super) fn facts(&self) -> Facts<'_> {
        Facts {
            schema_version: self.schema_version,
            created: Some(&self.created),
            safety_question: self.safety_flag.as_ref().map(|f| f.question.as_str()),
            sections: answer_facts(self.sections.iter().map(|s| s.answers.as_slice())),
            earlier: self.earlier_answers.iter().map(SavedAnswer::fact).collect(),
            numbers: Numbers::of(self),
            unworded: self.unworded(),
        }
    }

    /// The facts this record keeps no words for, as the validator says them.
    fn unworded(&self) -> Vec<String> {
        let a = &self.assessment;
        let named = Named {
            barriers: a
                .barriers
                .iter()
                .map(|b| (b.id.as_str(), b.text.is_some()))
                .collect(),
            changes: &a.changes.0,
            clinician_questions: &a.clinician_questions,
            confidence: (&a.confidence.level, a.confidence.text.is_some()),
        };
        let none = Wording::default();
        let wording = self.wording.as_ref().map_or(&none, |w| &w.0);
        unworded(self.schema_version, wording, &named)
    }
}

strict_struct! {
    pub(super) struct LightPhq9 {
        pub(super) total: u32,
        pub(super) out_of: u32,
        pub(super) item9: Option<LightItem9> = default,
    }
}

strict_struct! {
    pub(super) struct LightItem9 {
        pub(super) points: u32,
    }
}
