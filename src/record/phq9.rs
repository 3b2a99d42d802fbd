//! The PHQ-9, when the person chose to answer it: the total of its items'
//! points, the band the total falls in, and item 9 (thoughts of being better
//! off dead or of self-harm) on its own. Pure.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::bank::{Bank, SumBand};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Phq9 {
    pub title: String,
    /// The total's LOINC code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loinc: Option<String>,
    pub total: u32,
    pub out_of: u32,
    pub band: String,
    pub band_label: String,
    /// "This is not a diagnosis; ..."
    pub note: String,
    /// The credit line the instrument is shown with.
    pub credit: String,
    /// Item 9 as answered.
    pub item9: Option<Item>,
}

/// One item as answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub question: String,
    pub answer: String,
    pub points: u32,
}

/// The band a total falls in.
pub fn band_of(total: u32, bands: &[SumBand]) -> Option<&SumBand> {
    bands.iter().find(|b| b.from <= total && total <= b.to)
}

/// The score, or None when none of its items was answered (the person said no
/// to the offer, or the bank has no summed score).
pub fn score(bank: &Bank, answers: &Answers) -> Option<Phq9> {
    let group = bank.scores.iter().find(|g| g.sum.is_some())?;
    let sum = group.sum.as_ref()?;
    let mut total = 0;
    let mut out_of = 0;
    let mut answered = 0;
    let mut item9 = None;
    for (_, q) in bank.questions() {
        if q.sums_into.as_deref() != Some(group.id.as_str()) {
            continue;
        }
        out_of += q
            .kind
            .options()
            .iter()
            .filter_map(|o| o.points)
            .max()
            .unwrap_or(0);
        let Some(answer) = answers.get(&q.id) else {
            continue;
        };
        let points = q.points(answer).unwrap_or(0);
        answered += 1;
        total += points;
        if q.flags_safety_above.is_some() {
            item9 = Some(Item {
                id: q.id.clone(),
                question: q.text.clone(),
                answer: q.shown(answer, None),
                points,
            });
        }
    }
    if answered == 0 {
        return None;
    }
    let band = band_of(total, &sum.bands);
    Some(Phq9 {
        title: group.title.clone(),
        loinc: group.loinc.clone(),
        total,
        out_of,
        band: band.map(|b| b.id.clone()).unwrap_or_default(),
        band_label: band.map(|b| b.label.clone()).unwrap_or_default(),
        note: sum.note.clone(),
        credit: sum.credit.clone(),
        item9,
    })
}
