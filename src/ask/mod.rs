//! Asking: the flow through the bank (order, conditions, back, review) and the
//! Prompter trait that the terminal, plain and answers-file ways of answering share.

mod check_screen;
mod flow;
mod line;
mod menu;
pub mod outcomes;
mod pager;
pub mod pages;
mod places;
mod plain;
mod scripted;
mod terminal;
mod unfit;
mod window;

pub use crate::page::{Block, Page, write_page};
pub use flow::{Progress, walk};
pub use pager::page_through;
pub use plain::Plain;
pub use scripted::{Scripted, Step};
pub use terminal::Terminal;

use crate::answers::Answer;
use crate::bank::Question;

/// Where a question stands, for the progress line and the prompt.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    pub section_title: &'a str,
    /// The section's intro, in one line, on its first question.
    pub lead: Option<String>,
    /// The first question shown in its section (plain mode names the
    /// section only there).
    pub opens_section: bool,
    /// The earlier answer, offered again (never for the safety question).
    pub current: Option<&'a Answer>,
    /// The money symbol for money questions ("$").
    pub money_symbol: Option<&'a str>,
    /// For a money question, the question of its money: a sign typed with
    /// the amount ("$120") answers it too.
    pub currency: Option<&'a Question>,
    /// Say that a money sign may be typed: on the first question of that
    /// money, while it is not known.
    pub offer_sign: bool,
    pub can_go_back: bool,
    /// Where we are, in the words of screens.json ("Section 1 of 8 - ...").
    pub progress: String,
}

/// What the person did at a question.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Answer(Answer),
    /// An amount typed with its money sign: the answer, and the option of
    /// the currency question the sign names.
    AnswerIn(Answer, String),
    /// Left an optional question unanswered.
    Skip,
    Back,
}

/// One line of the review screen.
#[derive(Debug, Clone)]
pub struct ReviewLine {
    pub question: String,
    pub answer: String,
}

/// What the person chose on the review screen.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewPick {
    Finish,
    /// Change the answer on this line.
    Change(usize),
    /// Go back to the last question.
    Back,
}

/// Where the person went from a page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Went {
    On,
    Back,
    /// "I will get help now" on the act-now page: the program stops here.
    GetHelp,
}

/// The act-now page's two choices, in the person's words.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpChoice {
    pub help_now: String,
    pub go_on: String,
}

/// Why asking stopped before the end.
#[derive(Debug, thiserror::Error)]
pub enum Stop {
    #[error("stopped by Ctrl-C")]
    Interrupted,
    #[error("the input ended before the last question")]
    InputEnded,
    #[error("the input ended at the check screen")]
    InputEndedAtCheck,
    /// The person chose "I will get help now" after "right now: yes".
    #[error("stopped to get help now")]
    GetHelp,
    #[error("could not read or write the terminal: {0}")]
    Io(#[from] std::io::Error),
}

/// One way of putting questions to a person.
pub trait Prompter {
    /// Show a page of text; `can_go_back` says whether there is anything
    /// before it. An urgent page waits for a typed choice.
    fn show(&mut self, page: &Page, can_go_back: bool) -> Result<Went, Stop>;
    /// Show the act-now page (after "right now: yes" or rather not say) and
    /// wait for a typed choice, never a bare Enter: get help now (GetHelp)
    /// or go on.
    fn act_now(
        &mut self,
        page: &Page,
        choice: &HelpChoice,
        can_go_back: bool,
    ) -> Result<Went, Stop>;
    /// Ask one question; the answer must pass `Question::check`.
    fn ask(&mut self, question: &Question, context: &Context) -> Result<Reply, Stop>;
    /// Show every answer in full and let the person pick one to change, or
    /// finish. `focus` is the line to start on (the answer just changed).
    fn review(&mut self, lines: &[ReviewLine], focus: Option<usize>) -> Result<ReviewPick, Stop>;
    /// A yes or no question that is not part of the bank ("Continue?").
    fn confirm(&mut self, question: &str) -> Result<bool, Stop>;
}
