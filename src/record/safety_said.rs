//! The safety flag as the recorded answers say it, never as a stored flag
//! claims: the safety question, "right now", PHQ-9 item 9 and any earlier
//! answer taken back. Every reader of a record (review, the triage row and its
//! sort, the FHIR export) asks this, so a record whose flag was cut out still
//! reads flagged when its answers say so. Pure.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Which safety answer a recorded answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SafetyRole {
    /// The safety question (thoughts of death, self-harm or suicide).
    Thoughts,
    /// "Are these thoughts with you right now?"
    RightNow,
    /// PHQ-9 item 9.
    Item9,
}

impl SafetyRole {
    /// The role of an answer: its own mark, or, in a record written before
    /// answers were marked, the id the shipped bank gives it.
    pub fn of(id: &str, mark: Option<SafetyRole>) -> Option<SafetyRole> {
        mark.or(match id {
            "safety.thoughts" => Some(SafetyRole::Thoughts),
            "safety.now" => Some(SafetyRole::RightNow),
            "phq9.better_off_dead" => Some(SafetyRole::Item9),
            _ => None,
        })
    }
}

/// One safety answer as said: yes, chose not to say, or no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Said {
    Yes,
    NotSaid,
    No,
}

impl Said {
    /// The answer an option id of the safety question (or "right now")
    /// stands for; None for anything else.
    /// A record of schema 1 wrote its yes or no as true or false.
    pub fn of_choice(value: &Value) -> Option<Said> {
        if let Some(yes) = value.as_bool() {
            return Some(if yes { Said::Yes } else { Said::No });
        }
        match value.as_str()? {
            "yes" => Some(Said::Yes),
            "rather_not_say" => Some(Said::NotSaid),
            "no" => Some(Said::No),
            _ => None,
        }
    }

    /// A yes or a "rather not say" raises the flag, exactly alike.
    pub fn raises(self) -> bool {
        self != Said::No
    }
}

/// One recorded answer as the flag reads it: its id, its mark, its value.
#[derive(Debug, Clone, Copy)]
pub struct Given<'a> {
    pub id: &'a str,
    pub mark: Option<SafetyRole>,
    pub value: &'a Value,
}

/// Every safety answer a record holds, read from its answers.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SafetySaid {
    pub thoughts: Option<Said>,
    pub right_now: Option<Said>,
    /// PHQ-9 item 9, when answered: whether it is above "Not at all".
    pub item9: Option<bool>,
    /// Earlier answers to the safety question or "right now", taken back.
    pub earlier: Vec<Said>,
    /// How many times the safety question is answered (more than one is refused).
    pub thoughts_answered: usize,
}

/// What the triage column says: yes, not said, no, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Yes,
    NotSaid,
    No,
}

impl SafetySaid {
    /// The flag from the answers and the earlier answers kept.
    pub fn from_answers<'a>(
        answers: impl IntoIterator<Item = Given<'a>>,
        earlier: impl IntoIterator<Item = Given<'a>>,
    ) -> SafetySaid {
        let mut said = SafetySaid::default();
        for given in answers {
            match SafetyRole::of(given.id, given.mark) {
                Some(SafetyRole::Thoughts) => {
                    said.thoughts_answered += 1;
                    // Of two answers, the one that raises the flag counts.
                    let this = Said::of_choice(given.value);
                    if said.thoughts.is_none_or(|s| !s.raises()) {
                        said.thoughts = this.or(said.thoughts);
                    }
                }
                Some(SafetyRole::RightNow) => said.right_now = Said::of_choice(given.value),
                Some(SafetyRole::Item9) => said.item9 = Some(item9_raises(given.value)),
                None => {}
            }
        }
        for given in earlier {
            if let Some(s) = SafetyRole::of(given.id, given.mark)
                .filter(|r| *r != SafetyRole::Item9)
                .and_then(|_| Said::of_choice(given.value))
            {
                said.earlier.push(s);
            }
        }
        said
    }

    /// The flag from a whole record.
    pub fn of(record: &super::Record) -> SafetySaid {
        SafetySaid::from_answers(
            given_now(record),
            record.earlier_answers.iter().map(|a| Given {
                id: &a.id,
                mark: a.safety,
                value: &a.value,
            }),
        )
    }

    /// The flag from a record's answers as they stand now, leaving out any
    /// answer given earlier and taken back.
    pub fn of_answers_now(record: &super::Record) -> SafetySaid {
        SafetySaid::from_answers(given_now(record), [])
    }

    /// Whether any answer raises the flag: the safety question or "right
    /// now" answered yes or "rather not say", PHQ-9 item 9 above "Not at
    /// all", or such an answer given earlier and taken back.
    pub fn raised(&self) -> bool {
        self.thoughts.is_some_and(Said::raises)
            || self.right_now_raised()
            || self.item9 == Some(true)
            || self.earlier.iter().any(|s| s.raises())
    }

    /// "Right now" answered yes or "rather not say": the most urgent answer.
    pub fn right_now_raised(&self) -> bool {
        self.right_now.is_some_and(Said::raises)
    }

    /// What the triage column shows: "yes" when any answer said yes (item 9
    /// above "Not at all" is a yes too), "not said" when the flag stands on
    /// "rather not say" alone, "no" when the safety question said no and
    /// nothing raises it, nothing when it was not answered.
    pub fn column(&self) -> Option<Column> {
        let all = || {
            self.thoughts
                .into_iter()
                .chain(self.right_now)
                .chain(self.earlier.iter().copied())
        };
        if all().any(|s| s == Said::Yes) || self.item9 == Some(true) {
            Some(Column::Yes)
        } else if self.raised() {
            Some(Column::NotSaid)
        } else if self.thoughts.is_some() {
            Some(Column::No)
        } else {
            None
        }
    }
}

/// PHQ-9 item 9 above "Not at all": any option but the first, by its id or its LOINC code.
fn item9_raises(value: &Value) -> bool {
    value
        .as_str()
        .is_some_and(|id| id != "not_at_all" && id != "LA6568-5")
}

/// A record's answers as they stand, as the flag reads them.
fn given_now(record: &super::Record) -> impl Iterator<Item = Given<'_>> {
    record
        .sections
        .iter()
        .flat_map(|s| &s.answers)
        .map(|a| Given {
            id: &a.id,
            mark: a.safety,
            value: &a.value,
        })
}

#[cfg(test)]
mod tests;
