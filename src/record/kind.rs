//! What kind of question an answer in a record came from, written in the
//! record as the bank names it ("single", "scale", ...). An enum, so every
//! reader of a record matches each kind and none is dropped unseen.

use serde::{Deserialize, Serialize};

use crate::bank::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    Single,
    Multi,
    YesNo,
    Scale,
    Number,
    Text,
}

impl AnswerKind {
    /// Every kind, in the order the bank lists them.
    pub const ALL: [AnswerKind; 6] = [
        AnswerKind::Single,
        AnswerKind::Multi,
        AnswerKind::YesNo,
        AnswerKind::Scale,
        AnswerKind::Number,
        AnswerKind::Text,
    ];

    /// The kind of a question in the bank.
    pub fn of(kind: &Kind) -> AnswerKind {
        match kind {
            Kind::Single { .. } => AnswerKind::Single,
            Kind::Multi { .. } => AnswerKind::Multi,
            Kind::YesNo => AnswerKind::YesNo,
            Kind::Scale { .. } => AnswerKind::Scale,
            Kind::Number { .. } => AnswerKind::Number,
            Kind::Text { .. } => AnswerKind::Text,
        }
    }

    /// The name written in the record.
    pub fn name(self) -> &'static str {
        match self {
            AnswerKind::Single => "single",
            AnswerKind::Multi => "multi",
            AnswerKind::YesNo => "yes_no",
            AnswerKind::Scale => "scale",
            AnswerKind::Number => "number",
            AnswerKind::Text => "text",
        }
    }

    /// The kind a record names, if this program knows it.
    pub fn named(name: &str) -> Option<AnswerKind> {
        AnswerKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_is_written_and_read_by_its_name() {
        for kind in AnswerKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.name()));
            assert_eq!(serde_json::from_str::<AnswerKind>(&json).unwrap(), kind);
            assert_eq!(AnswerKind::named(kind.name()), Some(kind));
        }
    }

    #[test]
    fn a_question_s_kind_is_recorded_under_the_bank_s_name_for_it() {
        let bank = crate::fixtures::bank();
        for (_, q) in bank.questions() {
            assert_eq!(AnswerKind::of(&q.kind).name(), q.kind.name(), "{}", q.id);
        }
    }

    #[test]
    fn a_kind_this_program_does_not_know_is_none() {
        assert_eq!(AnswerKind::named("rating"), None);
        assert_eq!(AnswerKind::named("Scale"), None);
        assert!(serde_json::from_str::<AnswerKind>("\"rating\"").is_err());
    }
}
