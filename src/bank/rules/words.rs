//! Every sentence and label of the result (the "words" of rules.json). The
//! record keeps a copy, so a saved summary is told in the words it was made
//! with; older records lack some, and keep a few names no longer written.

use serde::{Deserialize, Serialize};

use crate::text::fill;

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
    /// The line under the result's first part: what more is further down
    /// (older records lack it and show none).
    #[serde(default)]
    pub more_below: String,
    /// The heading over the reasons not among the strongest, with what the person said.
    #[serde(default)]
    pub all_reasons: String,
    /// Older records only: "what would change" is now left out when nothing would.
    #[serde(default, skip_serializing)]
    #[allow(dead_code)]
    no_changes: String,
    pub no_reasons: String,
    pub change_answer: String,
    pub change_budget: String,
    pub change_budget_short: String,
    // Added with schema 2: older records have none of these.
    #[serde(default)]
    pub computed_detail: String,
    #[serde(default)]
    pub mismatch: String,
    /// Older records only, like `no_changes`.
    #[serde(default, skip_serializing)]
    #[allow(dead_code)]
    no_change_way: String,
    #[serde(default, skip_serializing)]
    #[allow(dead_code)]
    no_change_further: String,
    #[serde(default)]
    pub option_short: String,
    #[serde(default)]
    pub option_long: String,
    /// The line above the safety page on the result screen when the safety
    /// question raised the flag (a "yes" or "rather not say").
    #[serde(default)]
    pub safety_first: String,
    /// The same line when the person chose not to say.
    #[serde(default)]
    pub safety_first_not_said: String,
    /// The same line when an answer in a summed score (PHQ-9 item 9) raised
    /// it and the safety question did not; older records lack it and show
    /// no line then, rather than a wrong one.
    #[serde(default)]
    pub safety_first_score: String,
    /// Schema 1 only (a time barrier's way out now lives on the barrier).
    #[serde(default, skip_serializing)]
    #[allow(dead_code)]
    change_time: String,
    pub confidence: String,
    /// The label of a short-term course, with `{sessions}`: "Short-term,
    /// {sessions} sessions". Records saved before it have none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_course: String,
    /// What records saved before `short_course` have instead: a label for
    /// each of the two courses, under names that held the session counts.
    /// Read, and written back as they were.
    #[serde(rename = "short_20", default, skip_serializing_if = "String::is_empty")]
    first_course_before: String,
    #[serde(rename = "short_30", default, skip_serializing_if = "String::is_empty")]
    second_course_before: String,
    pub long_one_year: String,
    pub long_years: String,
    /// The label of the budget's bar in the cost chart (a month, like every
    /// bar; the name is kept so older records still open).
    pub budget_year: String,
    pub hours_short: String,
    pub hours_long: String,
    pub hours_week: String,
    /// The same for exactly 1 hour a week (older records lack it).
    #[serde(default)]
    pub hours_week_one: String,
    pub per_month: String,
    /// A course's bar: its cost a month and in all (older records lack it
    /// and say `per_month` alone).
    #[serde(default)]
    pub per_month_in_all: String,
    /// Long-term's bar: its cost a month and over its longest span.
    #[serde(default)]
    pub per_month_in_years: String,
    pub budget_month: String,
    pub balance_short: String,
    pub balance_long: String,
    pub you_said: String,
    pub source: String,
    pub unsure_count: String,
    /// The same when no answer was unsure (older records lack it and say
    /// `unsure_count` with 0).
    #[serde(default)]
    pub unsure_count_none: String,
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

impl Words {
    /// The label of each short-term course of so many sessions, in order:
    /// "Short-term, 20 sessions". A record saved before `short_course` shows
    /// its own two labels, as it did.
    pub fn short_courses(&self, sessions: &[u32]) -> Vec<String> {
        if self.short_course.is_empty() {
            return [&self.first_course_before, &self.second_course_before]
                .into_iter()
                .take(sessions.len())
                .cloned()
                .collect();
        }
        sessions
            .iter()
            .map(|n| fill(&self.short_course, &[("sessions", &n.to_string())]))
            .collect()
    }

    /// The names of the words that records saved before `short_course` have
    /// and rules.json must no longer use.
    pub(super) fn old_names(&self) -> Vec<&'static str> {
        let mut names = Vec::new();
        if !self.first_course_before.is_empty() {
            names.push("short_20");
        }
        if !self.second_course_before.is_empty() {
            names.push("short_30");
        }
        names
    }
}

#[cfg(test)]
mod tests;
