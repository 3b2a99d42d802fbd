//! The short path's content (evidence.json): the key points, the one table
//! that compares the options row by row, what living with each is like, what
//! happens next, and the names of the pages one key away. Content only.
//! Records made before these existed hold none of them: each is empty then.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::Fact;

/// The words of facts, in order.
pub fn words_of(facts: &[Fact]) -> Vec<String> {
    facts.iter().map(|f| f.text.clone()).collect()
}

/// The page a tired reader takes in under a minute.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct KeyPoints {
    pub title: String,
    pub lines: Vec<Fact>,
}

/// The options compared in one table (Option Grid style): rows are the
/// questions people ask, columns the options of `options`, in their order.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub title: String,
    /// Says what the table is, for a screen reader (the HTML caption).
    pub caption: String,
    /// Said under the table: which rows are one study's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The columns' short names, by option id (the options' names otherwise).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
    /// Said before the sources in a row's detail ("Sources").
    pub sources: String,
    /// The summary's line for the person's own cost, with {cost}: the
    /// figures below, joined, for each option alike.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub for_you: String,
    /// A short-term course's cost, with {cost} and {sessions}.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub for_you_sessions: String,
    /// A year of long-term therapy's cost, with {cost}.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub for_you_year: String,
    /// Some years of it, with {cost} and {years}.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub for_you_years: String,
    pub rows: Vec<Row>,
}

/// One question people ask, answered for each option from ONE source each.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Row {
    pub id: String,
    /// The letter that opens this row's detail.
    pub key: char,
    pub label: String,
    /// The answer for each option id.
    pub cells: BTreeMap<String, Fact>,
    /// What opens behind the row's letter.
    pub opens: Opens,
    /// This row is the cost one: the summary adds the person's own cost.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cost: bool,
}

/// A row's detail: the options' texts under some headings, an outcome page,
/// or the other choices (with what NICE says).
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Opens {
    /// Heading ids: each option's text under them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<String>,
    /// An outcome page's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// The other choices page, with what NICE says.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub others: bool,
    /// The options' texts under every heading.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub options: bool,
    /// The "good to know" page.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub advice: bool,
}

/// What living with each option is like, in equal detail, with no numbers.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Living {
    pub title: String,
    /// Said for both options.
    pub both: Vec<Fact>,
    /// Each option's lines, by option id.
    pub options: BTreeMap<String, Vec<Fact>>,
    /// That no source gives numbers for these.
    pub no_numbers: String,
}

/// What happens next, for either option: steps and questions, never advice
/// to choose one.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NextSteps {
    pub title: String,
    pub steps: Vec<Fact>,
    pub questions_title: String,
    pub questions: Vec<String>,
}

/// The one outcome picture of the short path and the pages one key away.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Deeper {
    /// The title of the short path's outcome page.
    pub title: String,
    /// The outcome page the short path shows (Helsinki at 10 years).
    pub outcome: String,
    /// Said on that page before its picture (the year-1 result beside it).
    pub beside: Vec<Fact>,
    /// How sure the research is, said on that page after the picture.
    pub uncertainty: Vec<Fact>,
    /// Said over the list of pages one key away.
    pub more_title: String,
    /// The pages one key away from the outcome picture, in order.
    pub more: Vec<Pointer>,
    /// The pages one key away from "what happens next": the other choices,
    /// without treatment, the options in full.
    #[serde(default)]
    pub next_more: Vec<Pointer>,
}

/// One page one key away.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Pointer {
    pub key: char,
    pub label: String,
    pub opens: Opens,
}
