//! The parts of the summary's view-model: plain, unescaped text, every
//! sentence already composed from the content files. Each format lays these
//! out and escapes them its own way.

use crate::render::markup::Span;
use crate::render::studies::OutcomePart;

/// A label and its text: "The choice: ...", a line of the clinician's box,
/// a question and its answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    pub label: String,
    pub text: String,
}

/// A heading over a list, with what to say when the list is empty.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub title: String,
    pub items: Vec<String>,
    pub empty: Option<String>,
}

/// The box for the clinician, first on page one.
#[derive(Debug, Clone, PartialEq)]
pub struct ClinicianPart {
    pub title: String,
    pub lines: Vec<ClinicianLine>,
}

/// A line of the clinician's box.
#[derive(Debug, Clone, PartialEq)]
pub struct ClinicianLine {
    pub line: Labelled,
    /// Marked "!": a thing to talk about first.
    pub talk_first: bool,
}

/// The safety alert above everything else, with the crisis lines.
#[derive(Debug, Clone, PartialEq)]
pub struct SafetyPart {
    /// "SAFETY (self-reported, not assessed): please read first."
    pub alert: String,
    /// The question and the answer that raised the flag.
    pub said: Vec<Span>,
    pub always: String,
    pub lines: Vec<String>,
    /// What to do now, as the safety page says it: when to call the
    /// emergency number (`call_if`, its `conditions`), then the GP today,
    /// someone to be with and what to put away. Empty in a record made
    /// before these lines.
    pub call_if: String,
    pub conditions: Vec<String>,
    pub then: Vec<String>,
    /// For a country not listed: the local emergency number, the directory,
    /// and that we do not check its numbers.
    pub not_listed: Vec<String>,
}

/// The fit of the person's answers, its lines and the reasons each way.
#[derive(Debug, Clone, PartialEq)]
pub struct FitPart {
    pub title: String,
    pub not_a_verdict: String,
    /// The person's own leaning, the fit, and whether the two differ.
    pub lines: Vec<FitLine>,
    pub confidence: ConfidencePart,
    pub sides: Vec<Side>,
    pub balance: Balance,
}

/// A line about the fit: the person's lean, the fit, a mismatch.
#[derive(Debug, Clone, PartialEq)]
pub struct FitLine {
    pub text: String,
    /// Shown in bold: the fit itself and a mismatch.
    pub stands_out: bool,
}

/// How clear the fit is, and how many answers were not sure.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfidencePart {
    pub title: String,
    pub text: String,
    pub unsure: String,
    /// The three in one line, as the summaries say it.
    pub line: String,
}

/// The reasons toward one option.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub title: String,
    pub empty: Option<String>,
    pub reasons: Vec<ReasonLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReasonLine {
    /// The weight with its sign ("+20", "-10") in detail; empty otherwise,
    /// since the person reads the strength in the reason's own words.
    pub weight: String,
    /// How much it counts, to find the strongest reasons.
    pub strength: u32,
    pub reason: String,
    /// "You said: ..." with the answers quoted.
    pub said: Vec<Span>,
    pub source: String,
}

/// What the balance chart draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Balance {
    pub score: i32,
    /// The band and the score, for those who cannot see the chart.
    pub label: String,
    pub short: String,
    pub long: String,
}

/// The cost and time table, its notes, and the bars a month.
#[derive(Debug, Clone, PartialEq)]
pub struct CostsPart {
    pub title: String,
    pub header: [String; 6],
    pub rows: Vec<[String; 6]>,
    pub notes: Vec<String>,
    /// The chart's name, for those who cannot see it.
    pub chart: String,
    pub bars: Vec<Bar>,
    /// Whether the last bar is what the person could spend.
    pub last_is_budget: bool,
    pub time: TimePart,
}

/// The hours a week the person could give (or that they are not known), and
/// the hours each option takes.
#[derive(Debug, Clone, PartialEq)]
pub struct TimePart {
    pub title: String,
    pub intro: String,
    pub options: Vec<String>,
}

/// One bar of the cost chart: its label, amount a month and that in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub amount: f64,
    pub text: String,
    /// The label and the cost together, where no bar is drawn.
    pub in_words: String,
}

/// Answers under a heading: each question with the answer as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered {
    pub title: String,
    pub answers: Vec<Labelled>,
}

/// A score: its heading, its flag, and the questions that missed a point.
#[derive(Debug, Clone, PartialEq)]
pub struct ScorePart {
    pub heading: String,
    pub flag: Option<Labelled>,
    pub missed: Vec<MissedLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MissedLine {
    pub question: String,
    /// "Answer: ...", then what to know, if anything.
    pub answer: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Phq9Part {
    pub heading: String,
    /// The result screen's heading and line: the score, band and note.
    pub title: String,
    pub line: String,
    pub note: String,
    pub credit: String,
}

/// Both options under each heading, the studies and the other choices.
#[derive(Debug, Clone, PartialEq)]
pub struct FactsPart {
    pub title: String,
    /// What the table is, for a screen reader (the HTML caption).
    pub caption: Option<String>,
    pub options: Vec<String>,
    pub rows: Vec<FactRow>,
    /// Said under the table.
    pub notes: Vec<String>,
    /// What happens next: the steps, then questions for a first meeting.
    pub next: Vec<Listed>,
    pub trade_off: Option<String>,
    pub outcome: Option<OutcomePart>,
    pub other_intro: Vec<String>,
    pub others: Vec<Labelled>,
}

/// A heading of the two options' facts ("How long it lasts"), with each
/// option's text under it, in the order of `FactsPart.options`.
#[derive(Debug, Clone, PartialEq)]
pub struct FactRow {
    pub heading: String,
    pub texts: Vec<String>,
    /// The person's own figures under each option, in the same order (the
    /// cost row, when the fee is known); empty otherwise.
    pub for_you: Vec<String>,
}

/// A heading and paragraphs.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub title: String,
    pub texts: Vec<String>,
}

/// The crisis lines every summary ends with.
#[derive(Debug, Clone, PartialEq)]
pub struct CrisisPart {
    pub title: String,
    pub always: String,
    pub lines: Vec<String>,
    pub checked: String,
    /// The same lines stand in the safety alert at the top.
    pub repeated: bool,
}
