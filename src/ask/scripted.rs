//! The answers-file prompter: replies with answers already checked against the
//! bank, so `run --answers` walks the same flow as a person does.

use super::{Context, Page, Prompter, Reply, ReviewLine, ReviewPick, Stop};
use crate::answers::Answers;
use crate::bank::Question;

pub struct Scripted {
    answers: Answers,
    /// The pages the flow showed, in order (the crisis page among them).
    pub pages: Vec<Page>,
}

impl Scripted {
    pub fn new(answers: Answers) -> Scripted {
        Scripted {
            answers,
            pages: Vec::new(),
        }
    }
}

impl Prompter for Scripted {
    fn show(&mut self, page: &Page) -> Result<(), Stop> {
        self.pages.push(page.clone());
        Ok(())
    }

    fn ask(&mut self, question: &Question, _context: &Context) -> Result<Reply, Stop> {
        match self.answers.get(&question.id) {
            Some(answer) => Ok(Reply::Answer(answer.clone())),
            None if !question.required => Ok(Reply::Skip),
            None => Err(Stop::InputEnded),
        }
    }

    fn review(&mut self, _lines: &[ReviewLine]) -> Result<ReviewPick, Stop> {
        Ok(ReviewPick::Finish)
    }
}
