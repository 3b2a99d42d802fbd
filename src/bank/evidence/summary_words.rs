//! The sentences and labels of the Markdown and HTML summaries (and of the
//! clinician's view in `review`) that are not the result's (rules.json) or a
//! fact's: the safety alert, the line saying how the summary was made, score
//! headings and the like, with {placeholders}.
//! Content only; records made before these words existed get the words this
//! program ships with.

use serde::{Deserialize, Serialize};

use crate::bank::Problem;

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SummaryWords {
    /// Above the safety answer: self-reported, never assessed.
    pub safety_alert: String,
    /// With {question} and {answer}.
    pub safety_answer: String,
    /// With {when}, {tool}, {tool_version}, {bank} and {bank_version}.
    pub made: String,
    /// The heading over the 0-10 ratings.
    pub ratings: String,
    /// The heading over the other answers.
    pub your_answers: String,
    /// The label of a score's flag.
    pub flag: String,
    /// A score's heading, with {title}, {points} and {out_of}.
    pub score: String,
    /// After a question the person got wrong, with {answer}.
    pub answer: String,
    /// The PHQ-9's heading, with {title}, {total}, {out_of} and {band}.
    pub phq9: String,
    /// With {version}, {published} and {next_review}.
    pub facts_version: String,
    /// With {checked}.
    pub crisis_checked: String,
    /// The clinician's view: the heading over the person's own words.
    pub their_words: String,
    /// The clinician's view: the heading over every answer.
    pub all_answers: String,
    /// The heading over the cost and time table, with {costs} and {time}.
    #[serde(default = "shipped::costs_time")]
    pub costs_time: String,
    /// How clear the fit is in one line, with {confidence}, {text} and {unsure}.
    #[serde(default = "shipped::confidence")]
    pub confidence: String,
    /// The sources cited short, with {sources} and {more}.
    #[serde(default = "shipped::sources")]
    pub sources: String,
    /// What stands between two sources cited short.
    #[serde(default = "shipped::between_sources")]
    pub between_sources: String,
    /// The PHQ-9 on the result screen, with {total}, {out_of}, {band} and {note}.
    #[serde(default = "shipped::phq9_line")]
    pub phq9_line: String,
    /// A cost bar said in words, with {label} and {cost}.
    #[serde(default = "shipped::bar_in_words")]
    pub bar_in_words: String,
    /// The balance chart's name for those who cannot see it, with {band} and {score}.
    #[serde(default = "shipped::balance_label")]
    pub balance_label: String,
}

/// The shipped text of each field added after records began to carry these
/// words: a record saved before it gets this one.
mod shipped {
    use super::SummaryWords;

    pub fn costs_time() -> String {
        SummaryWords::shipped().costs_time
    }
    pub fn confidence() -> String {
        SummaryWords::shipped().confidence
    }
    pub fn sources() -> String {
        SummaryWords::shipped().sources
    }
    pub fn between_sources() -> String {
        SummaryWords::shipped().between_sources
    }
    pub fn phq9_line() -> String {
        SummaryWords::shipped().phq9_line
    }
    pub fn bar_in_words() -> String {
        SummaryWords::shipped().bar_in_words
    }
    pub fn balance_label() -> String {
        SummaryWords::shipped().balance_label
    }
}

/// The words as evidence.json has them today, with the name of each field.
const SHIPPED: &str = include_str!("../../../questions/evidence.json");

impl SummaryWords {
    /// The words this program ships with: what a record made before they were
    /// saved with it is rendered with.
    pub fn shipped() -> SummaryWords {
        #[derive(Deserialize)]
        struct Only {
            summary: SummaryWords,
        }
        serde_json::from_str::<Only>(SHIPPED)
            .map(|only| only.summary)
            .unwrap_or_default()
    }

    /// Each text with its name and the placeholders it must hold.
    fn each(&self) -> [(&str, &String, &[&str]); 20] {
        [
            ("safety_alert", &self.safety_alert, &[]),
            (
                "safety_answer",
                &self.safety_answer,
                &["question", "answer"],
            ),
            (
                "made",
                &self.made,
                &["when", "tool", "tool_version", "bank", "bank_version"],
            ),
            ("ratings", &self.ratings, &[]),
            ("your_answers", &self.your_answers, &[]),
            ("flag", &self.flag, &[]),
            ("score", &self.score, &["title", "points", "out_of"]),
            ("answer", &self.answer, &["answer"]),
            ("phq9", &self.phq9, &["title", "total", "out_of", "band"]),
            (
                "facts_version",
                &self.facts_version,
                &["version", "published", "next_review"],
            ),
            ("crisis_checked", &self.crisis_checked, &["checked"]),
            ("their_words", &self.their_words, &[]),
            ("all_answers", &self.all_answers, &[]),
            ("costs_time", &self.costs_time, &["costs", "time"]),
            (
                "confidence",
                &self.confidence,
                &["confidence", "text", "unsure"],
            ),
            ("sources", &self.sources, &["sources", "more"]),
            ("between_sources", &self.between_sources, &[]),
            (
                "phq9_line",
                &self.phq9_line,
                &["total", "out_of", "band", "note"],
            ),
            ("bar_in_words", &self.bar_in_words, &["label", "cost"]),
            ("balance_label", &self.balance_label, &["band"]),
        ]
    }

    /// Empty texts and missing placeholders, each named by its place.
    pub fn problems(&self) -> Vec<Problem> {
        let mut found = Vec::new();
        for (name, text, needs) in self.each() {
            let place = format!("summary.{name}");
            if text.trim().is_empty() {
                found.push(Problem::new("evidence.json", &place, "is empty".into()));
            }
            for need in needs {
                if !text.contains(&format!("{{{need}}}")) {
                    found.push(Problem::new(
                        "evidence.json",
                        &place,
                        format!("needs the placeholder {{{need}}}"),
                    ));
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::SummaryWords;

    #[test]
    fn the_shipped_words_are_complete() {
        let words = SummaryWords::shipped();
        assert_eq!(words.problems(), []);
        assert!(words.safety_alert.contains("self-reported"));
    }

    #[test]
    fn words_saved_before_the_joins_were_content_get_the_shipped_ones() {
        let mut saved = serde_json::to_value(SummaryWords::shipped()).unwrap();
        let fields = saved.as_object_mut().unwrap();
        for added in [
            "costs_time",
            "confidence",
            "sources",
            "between_sources",
            "phq9_line",
            "bar_in_words",
            "balance_label",
        ] {
            assert!(fields.remove(added).is_some(), "{added}");
        }
        fields.insert("made".into(), "Made on {when}.".into());
        let read: SummaryWords = serde_json::from_value(saved).unwrap();
        assert_eq!(read.made, "Made on {when}.");
        assert_eq!(read.costs_time, "{costs} / {time}");
        assert_eq!(read.phq9_line, "{total} of {out_of} ({band}). {note}");
        assert_eq!(
            read,
            SummaryWords {
                made: "Made on {when}.".into(),
                ..SummaryWords::shipped()
            }
        );
    }

    #[test]
    fn a_missing_placeholder_is_named_with_its_place() {
        let mut words = SummaryWords::shipped();
        words.made = "Made with care.".into();
        let found: Vec<String> = words.problems().iter().map(|p| p.to_string()).collect();
        assert!(
            found.contains(&"evidence.json: summary.made: needs the placeholder {when}".into()),
            "{found:?}"
        );
    }
}
