//! The bank file as written by people: every field optional, so that checking
//! can report all problems at once instead of stopping at the first.

use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawBank {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub opening: Vec<String>,
    /// How long the aid takes, in minutes, filled into every {minutes}.
    pub minutes: Option<u32>,
    #[serde(default)]
    pub closing: Vec<String>,
    #[serde(default)]
    pub scores: Vec<RawScore>,
    #[serde(default)]
    pub sections: Vec<RawSection>,
    /// The words and the questions of the box for the clinician.
    pub clinician: Option<RawClinician>,
}

/// The box for the clinician at the top of the summary.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClinician {
    pub words: ClinicianWords,
    /// Answers shown by a short name: the clinical facts the person gave.
    #[serde(default)]
    pub facts: Vec<RawNamed>,
    /// How the person wants to decide, and any pressure.
    #[serde(default)]
    pub deciding: Vec<RawNamed>,
    /// The person's own questions for the clinician.
    #[serde(default)]
    pub own_questions: Vec<String>,
    /// The question whose answer labels the summary (never in an export or a file name).
    pub label: Option<String>,
}

/// Every label and sentence of the box for the clinician.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ClinicianWords {
    pub title: String,
    pub label: String,
    pub safety: String,
    /// "Thoughts of death, self-harm or suicide": what the safety question asks about.
    pub thoughts: String,
    /// The safety question's answers as given: "yes (self-reported)",
    /// "chose not to say", "said no (self-reported, not a risk assessment)".
    pub said_yes: String,
    pub said_not: String,
    pub said_no: String,
    /// "right now: {answer}", with "yes" or "no" (or `said_not`).
    pub right_now: String,
    pub now_yes: String,
    pub now_no: String,
    pub phq9: String,
    pub phq9_score: String,
    pub item9: String,
    pub not_answered: String,
    pub sure: String,
    pub sure_score: String,
    pub sure_flag: String,
    pub lean: String,
    pub own_and_fit: String,
    pub differs: String,
    pub barriers: String,
    pub barrier: String,
    pub time: String,
    pub cost: String,
    /// A life change coming up, in the way of {option}.
    pub change: String,
    pub none: String,
    pub facts: String,
    pub deciding: String,
    pub own_questions: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNamed {
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub name: String,
    /// When this holds, the answer stands on its own line, marked to talk about first.
    #[serde(default)]
    pub talk_first: Option<RawCondition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScore {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub title: String,
    pub right: Option<String>,
    pub wrong: Option<String>,
    pub flag_below: Option<u32>,
    pub flag: Option<String>,
    /// A published measure's code (LOINC) for the total.
    pub loinc: Option<String>,
    /// The name of a published instrument used word for word (exempt from the reading-level gate).
    pub verbatim: Option<String>,
    /// A score that adds up the points of its questions' options, in these bands.
    pub bands: Option<Vec<RawBand>>,
    /// Said with a summed score, such as "this is not a diagnosis".
    pub note: Option<String>,
    /// The credit line the instrument must be shown with.
    pub credit: Option<String>,
}

/// A band of a summed score: from and to (inclusive) and its label.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    pub id: String,
    pub from: u32,
    pub to: u32,
    pub label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub intro: Vec<String>,
    #[serde(default)]
    pub show_facts: bool,
    /// An optional block (its first question offers it): one line on the
    /// check screen once taken.
    #[serde(default)]
    pub one_line_on_check: bool,
    /// A published panel's code (LOINC), for a section that is one.
    pub loinc: Option<String>,
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub kind: String,
    pub role: Option<String>,
    #[serde(default)]
    pub text: String,
    /// A few words naming the question on the check screen.
    pub short: Option<String>,
    pub help: Option<String>,
    pub required: Option<bool>,
    pub show_if: Option<RawCondition>,
    #[serde(default)]
    pub safety: bool,
    pub score: Option<String>,
    pub correct: Option<Value>,
    pub feedback: Option<String>,
    pub options: Option<Vec<RawChoice>>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub whole: Option<bool>,
    pub unit: Option<String>,
    /// The unit after exactly 1 ("hour"); without it, `unit` is used.
    pub unit_one: Option<String>,
    pub money_from: Option<String>,
    pub dont_know: Option<String>,
    pub low: Option<String>,
    pub high: Option<String>,
    pub max_length: Option<usize>,
    /// The item's code in a published measure (LOINC).
    pub loinc: Option<String>,
    /// The name of a published instrument this text comes from, word for word.
    pub verbatim: Option<String>,
    /// An answer scoring above this many points raises the safety flag (PHQ-9 item 9).
    pub flags_safety_above: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub text: String,
    /// How its text begins, enough to find it: said where a sentence names
    /// this answer ("what would change this result").
    pub short: Option<String>,
    pub symbol: Option<String>,
    /// The answer's code in a published measure (LOINC).
    pub loinc: Option<String>,
    /// The points this answer adds to a summed score.
    pub points: Option<u32>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    #[serde(default)]
    pub question: String,
    pub equals: Option<Value>,
    pub any_of: Option<Vec<String>>,
    pub includes: Option<String>,
    pub between: Option<[f64; 2]>,
    pub picked_at_least: Option<usize>,
}
