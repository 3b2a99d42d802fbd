//! The answers-file prompter: replies with answers already checked against the
//! bank, so `run --answers` walks the same flow as a person does. It keeps a
//! log of what the flow showed and asked, in order.

use super::{Context, HelpChoice, Page, Prompter, Reply, ReviewLine, ReviewPick, Stop, Went};
use crate::answers::Answers;
use crate::bank::Question;

/// One step of the flow, as the person would have met it.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Page(Page),
    Question { id: String, progress: String },
}

pub struct Scripted {
    answers: Answers,
    pub steps: Vec<Step>,
    /// The act-now pages shown (after "right now: yes"), to print first.
    pub act_now: Vec<Page>,
}

impl Scripted {
    pub fn new(answers: Answers) -> Scripted {
        Scripted {
            answers,
            steps: Vec::new(),
            act_now: Vec::new(),
        }
    }

    /// The pages that must stand out (the safety page), in the order shown.
    pub fn urgent_pages(&self) -> impl Iterator<Item = &Page> {
        self.steps.iter().filter_map(|s| match s {
            Step::Page(p) if p.urgent => Some(p),
            _ => None,
        })
    }
}

impl Prompter for Scripted {
    fn show(&mut self, page: &Page, _can_go_back: bool) -> Result<Went, Stop> {
        self.steps.push(Step::Page(page.clone()));
        Ok(Went::On)
    }

    /// An answers file goes on: the page is kept, to print first.
    fn act_now(&mut self, page: &Page, _choice: &HelpChoice, _back: bool) -> Result<Went, Stop> {
        self.steps.push(Step::Page(page.clone()));
        self.act_now.push(page.clone());
        Ok(Went::On)
    }

    fn ask(&mut self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        self.steps.push(Step::Question {
            id: question.id.clone(),
            progress: context.progress.clone(),
        });
        match self.answers.get(&question.id) {
            Some(answer) => Ok(Reply::Answer(answer.clone())),
            None if !question.required => Ok(Reply::Skip),
            None => Err(Stop::InputEnded),
        }
    }

    fn review(&mut self, _lines: &[ReviewLine], _focus: Option<usize>) -> Result<ReviewPick, Stop> {
        Ok(ReviewPick::Finish)
    }

    fn confirm(&mut self, _question: &str) -> Result<bool, Stop> {
        Ok(true)
    }
}
