//! Checking the settings of rules.json: the cost projection, the own-leaning
//! question and the confidence levels.

use super::check::Check;
use super::{ConfidenceRules, OwnLean, Projection, Words};
use crate::bank::{Kind, Unit};

impl Check<'_> {
    /// The label of the short-term courses: one, with `{sessions}`, not the
    /// two labels older records have.
    pub(super) fn words(&mut self, w: &Words) {
        if !w.short_course.contains("{sessions}") {
            self.say(
                "words.short_course",
                "needs the label of a short-term course, with {sessions} where the number of sessions goes".into(),
            );
        }
        for name in w.old_names() {
            self.say(
                &format!("words.{name}"),
                "is no longer used: \"short_course\" labels every short-term course, with {sessions}".into(),
            );
        }
    }

    pub(super) fn projection(&mut self, p: &Projection) {
        for (field, id, money) in [
            ("fee", &p.fee, true),
            ("budget", &p.budget, true),
            ("covered", &p.covered, false),
            ("hours", &p.hours, false),
        ] {
            match self.find(id).map(|q| &q.kind) {
                Some(Kind::Number { unit, .. }) if money == matches!(unit, Unit::Money { .. }) => {}
                _ => self.say(
                    &format!("projection.{field}"),
                    format!(
                        "\"{id}\" must be a {} number question",
                        if money { "money" } else { "plain" }
                    ),
                ),
            }
        }
        match self.find(&p.frequency) {
            Some(q) if matches!(q.kind, Kind::Single { .. }) => {
                for key in p.per_week.keys() {
                    if q.option(key).is_none() {
                        self.say(
                            "projection.per_week",
                            format!("\"{key}\" is not an option of {}", q.id),
                        );
                    }
                }
            }
            _ => self.say(
                "projection.frequency",
                format!("\"{}\" must be a single choice question", p.frequency),
            ),
        }
        if p.weeks_per_year == 0 || p.weeks_per_year > 52 || p.usual_per_week == 0 {
            self.say(
                "projection",
                "weeks_per_year must be 1 to 52, usual_per_week above 0".into(),
            );
        }
        if p.short_sessions.len() != 2 || p.long_years.is_empty() {
            self.say(
                "projection",
                "short_sessions needs two counts and long_years at least one".into(),
            );
        }
    }

    pub(super) fn own_lean(&mut self, lean: &OwnLean) {
        match self.find(&lean.question) {
            Some(q)
                if q.option(&lean.short_term).is_some() && q.option(&lean.long_term).is_some() => {}
            _ => self.say(
                "own_lean",
                format!(
                    "\"{}\" must be a question with the options \"{}\" and \"{}\"",
                    lean.question, lean.short_term, lean.long_term
                ),
            ),
        }
    }

    pub(super) fn confidence(&mut self, confidence: &ConfidenceRules) {
        let levels = &confidence.levels;
        if levels.is_empty()
            || levels
                .windows(2)
                .any(|w| w[0].most_unsure >= w[1].most_unsure)
        {
            self.say(
                "confidence.levels",
                "needs levels with rising \"most_unsure\"".into(),
            );
        }
    }
}
