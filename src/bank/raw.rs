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
    #[serde(default)]
    pub closing: Vec<String>,
    #[serde(default)]
    pub scores: Vec<RawScore>,
    #[serde(default)]
    pub sections: Vec<RawSection>,
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
    pub money_from: Option<String>,
    pub dont_know: Option<String>,
    pub low: Option<String>,
    pub high: Option<String>,
    pub max_length: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub text: String,
    pub symbol: Option<String>,
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
