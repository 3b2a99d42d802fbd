//! The question bank: sections, questions and their kinds, as loaded and checked
//! from questions/*.json. It holds content only; asking and weighing live elsewhere.

mod acting;
mod build;
mod check;
pub mod clinician;
mod condition;
pub mod evidence;
pub mod index;
mod load;
mod minutes;
mod question;
mod raw;
pub mod rules;
mod safety;
mod score;
pub mod screens;

pub use clinician::Clinician;
pub use condition::{Condition, Test};
pub use evidence::{
    Evidence, Fact, Heading, IconGroup, Icons, Opens, Outcome, OutcomeWords, Pointer,
};
pub use load::{BankError, Problem};
pub use rules::Rules;
pub use safety::SafetyAnswer;
pub use score::{ScoreGroup, Scored, Sum, SumBand};
pub use screens::ScreenWords;

use crate::answer::{Answer, Answers};

/// A whole, valid question bank with the evidence it points to.
#[derive(Debug, Clone)]
pub struct Bank {
    pub id: String,
    pub version: String,
    pub url: String,
    pub title: String,
    pub opening: Vec<String>,
    /// How long the aid takes, as the welcome and the key points say it.
    pub minutes: Option<u32>,
    pub closing: Vec<String>,
    pub scores: Vec<ScoreGroup>,
    pub sections: Vec<Section>,
    pub evidence: Evidence,
    /// How answers weigh toward short-term or long-term (rules.json).
    pub rules: Rules,
    /// SHA-256 of the files the bank was loaded from, in hex.
    pub hash: String,
    /// What the box for the clinician shows, and in which words.
    pub clinician: Option<Clinician>,
    /// The words on the screens while the person answers (screens.json).
    pub screen_words: ScreenWords,
    /// Where each question is, by its id.
    pub index: index::Index,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub intro: Vec<String>,
    /// Show the facts about the options (from evidence.json) when this section starts.
    pub show_facts: bool,
    /// An optional block, its first question the offer: once taken, one
    /// line on the check screen, which walks the block again.
    pub one_line_on_check: bool,
    /// A published panel's code (LOINC), for a section that is one.
    pub loinc: Option<String>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub text: String,
    /// A few words naming the question on the check screen (its text otherwise).
    pub short: Option<String>,
    pub help: Option<String>,
    pub kind: Kind,
    /// What the answer is for; only `Value` answers may move the score.
    pub role: Role,
    pub required: bool,
    pub show_if: Option<Condition>,
    /// The safety question: never offered with an answer from before a break, asked again
    /// on a resume; a "yes" or "rather not say" shows the safety page at once
    /// and flags the summary.
    pub safety: bool,
    /// The score group this question counts toward, and its right answer.
    pub score: Option<Scored>,
    /// Shown after the person answers (knowledge checks).
    pub feedback: Option<String>,
    /// The summed score (such as the PHQ-9) this question's option points add to.
    pub sums_into: Option<String>,
    /// An answer above this many points raises the safety flag (PHQ-9 item 9).
    pub flags_safety_above: Option<u32>,
    /// The item's code in a published measure (LOINC).
    pub loinc: Option<String>,
    /// The published instrument whose words this question uses unchanged.
    pub verbatim: Option<String>,
}

/// What a question's answer is for (DOMAIN.md section 2): only the person's
/// values weigh; the rest informs the barriers, the clinician or the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// One of the five value pairs: the only answers rules may read.
    Value,
    /// Time, money and life changes: shown above the fit, never in the score.
    Barrier,
    /// The person's health story: for the clinician, never in the score.
    Clinical,
    /// Where the person is in deciding: stage, support, role, own leaning.
    Decision,
    /// Knowledge and how sure they feel.
    Check,
    /// Their own words: notes and labels.
    Words,
}

impl Role {
    pub const ALL: [(&'static str, Role); 6] = [
        ("value", Role::Value),
        ("barrier", Role::Barrier),
        ("clinical", Role::Clinical),
        ("decision", Role::Decision),
        ("check", Role::Check),
        ("words", Role::Words),
    ];

    pub fn name(self) -> &'static str {
        Role::ALL
            .iter()
            .find(|(_, r)| *r == self)
            .map_or("", |(n, _)| n)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Single {
        options: Vec<Choice>,
    },
    Multi {
        options: Vec<Choice>,
    },
    YesNo,
    Scale {
        min: u8,
        max: u8,
        low: String,
        high: String,
    },
    Number {
        min: f64,
        max: f64,
        whole: bool,
        unit: Unit,
        dont_know: Option<String>,
    },
    Text {
        max_length: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Unit {
    None,
    /// A word shown after the number: `many` ("hours"), and `one` ("hour")
    /// after exactly 1.
    Word {
        many: String,
        one: String,
    },
    /// Money, in the currency chosen in the named single-choice question.
    Money {
        currency_question: String,
    },
}

impl Unit {
    /// The word after the number `n`, if there is one: singular for 1.
    pub fn word_after(&self, n: f64) -> Option<&str> {
        match self {
            Unit::Word { one, .. } if n == 1.0 => Some(one),
            Unit::Word { many, .. } => Some(many),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    pub text: String,
    /// How its text begins, enough to find it among the options: said where
    /// a sentence names this answer ("what would change this result").
    pub short: Option<String>,
    /// The money symbol this option stands for (currency questions only).
    pub symbol: Option<String>,
    /// The answer's code in a published measure (LOINC).
    pub loinc: Option<String>,
    /// The points this answer adds to a summed score.
    pub points: Option<u32>,
}

impl Kind {
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Single { .. } => "single",
            Kind::Multi { .. } => "multi",
            Kind::YesNo => "yes_no",
            Kind::Scale { .. } => "scale",
            Kind::Number { .. } => "number",
            Kind::Text { .. } => "text",
        }
    }

    pub fn options(&self) -> &[Choice] {
        match self {
            Kind::Single { options } | Kind::Multi { options } => options,
            _ => &[],
        }
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.kind.options().iter().find(|c| c.id == id)
    }

    /// The points an answer adds to a summed score, if its option has any.
    pub fn points(&self, answer: &Answer) -> Option<u32> {
        match answer {
            Answer::Choice(id) => self.option(id)?.points,
            _ => None,
        }
    }

    /// Whether this answer shows the safety page and flags the summary: a
    /// "yes" or "rather not say" to the safety question, or an answer above
    /// its points limit (PHQ-9 item 9).
    pub fn raises_safety(&self, answer: &Answer) -> bool {
        if self.safety {
            return matches!(answer, Answer::Choice(id)
                if SafetyAnswer::of(id).is_some_and(SafetyAnswer::raises_safety));
        }
        match (self.flags_safety_above, self.points(answer)) {
            (Some(above), Some(points)) => points > above,
            _ => false,
        }
    }
}

impl Bank {
    /// Every question in order, with the index of its section.
    pub fn questions(&self) -> impl Iterator<Item = (usize, &Question)> {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(s, section)| section.questions.iter().map(move |q| (s, q)))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.index.find(&self.sections, id)
    }

    /// Whether a question is shown, given the answers so far. "Right now"
    /// is shown whenever the flag is raised: by the safety question, or by a
    /// PHQ-9 item 9 above "Not at all".
    pub fn is_shown(&self, question: &Question, answers: &Answers) -> bool {
        question.show_if.as_ref().is_none_or(|c| c.holds(answers))
            || (self.is_right_now(question) && self.item9_raised(answers))
    }

    /// Whether this is the "right now" follow-up of the safety question.
    pub fn is_right_now(&self, question: &Question) -> bool {
        !question.safety && self.about_safety(question)
    }

    /// Whether a PHQ-9 item 9 answer above "Not at all" is among the answers.
    pub fn item9_raised(&self, answers: &Answers) -> bool {
        self.index
            .flagging(&self.sections)
            .into_iter()
            .any(|q| answers.get(&q.id).is_some_and(|a| q.raises_safety(a)))
    }

    /// Drop answers to questions that earlier answers now hide, in bank order.
    pub fn without_hidden(&self, answers: &Answers) -> Answers {
        let mut kept = Answers::default();
        for (_, q) in self.questions() {
            // "Right now" asked after item 9 comes before it in the bank.
            if let Some(a) = answers.get(&q.id)
                && (self.is_shown(q, &kept) || (self.is_right_now(q) && self.item9_raised(answers)))
            {
                kept.insert(q.id.clone(), a.clone());
            }
        }
        kept
    }

    /// The question of a money question's currency ("Which money?").
    pub fn currency_of(&self, question: &Question) -> Option<&Question> {
        match &question.kind {
            Kind::Number {
                unit: Unit::Money { currency_question },
                ..
            } => self.question(currency_question),
            _ => None,
        }
    }

    /// Whether a money question is the first in the bank to name its money.
    pub fn first_of_its_money(&self, question: &Question) -> bool {
        let Some(money) = self.currency_of(question) else {
            return false;
        };
        self.questions()
            .map(|(_, q)| q)
            .find(|q| self.currency_of(q).is_some_and(|c| c.id == money.id))
            .is_some_and(|q| q.id == question.id)
    }

    /// The money symbol for a number question, from the currency the person chose.
    pub fn money_symbol<'a>(&'a self, question: &Question, answers: &Answers) -> Option<&'a str> {
        let Kind::Number {
            unit: Unit::Money { currency_question },
            ..
        } = &question.kind
        else {
            return None;
        };
        let Some(Answer::Choice(id)) = answers.get(currency_question) else {
            return None;
        };
        self.question(currency_question)?
            .option(id)?
            .symbol
            .as_deref()
    }

    /// Whether the person said yes, or rather not say, to the safety
    /// question (which showed the safety page).
    pub fn safety_said_yes(&self, answers: &Answers) -> bool {
        self.questions()
            .any(|(_, q)| q.safety && answers.get(&q.id).is_some_and(|a| q.raises_safety(a)))
    }

    /// Whether a question belongs with the safety question: the safety
    /// question itself and any question shown only after its answer. These
    /// are never offered with an answer from before a break and are asked again on a resume.
    pub fn about_safety(&self, question: &Question) -> bool {
        question.safety
            || question
                .show_if
                .as_ref()
                .and_then(|c| self.question(&c.question))
                .is_some_and(|q| q.safety)
    }

    /// The safety question.
    pub fn safety_question(&self) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.safety)
    }

    /// The "right now" follow-up: the question shown only after the safety
    /// question's answer.
    pub fn right_now(&self) -> Option<&Question> {
        self.questions()
            .map(|(_, q)| q)
            .find(|q| self.is_right_now(q))
    }

    pub fn score_group(&self, id: &str) -> Option<&ScoreGroup> {
        self.scores.iter().find(|g| g.id == id)
    }
}

#[cfg(test)]
mod tests;
