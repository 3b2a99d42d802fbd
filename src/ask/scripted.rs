//! The answers-file prompter: replies with answers already checked against the
//! bank, so `run --answers` walks the same flow as a person does. It keeps a
//! log of what the flow showed and asked, in order.

use super::{Context, HelpChoice, Page, Prompter, Reply, ReviewLine, ReviewPick, Stop, Went};
use crate::answers::{Answer, Answers};
use crate::bank::Question;

/// One step of the flow, as the person would have met it.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Page(Page),
    /// A question asked; `sign` is the money sign typed with its amount
    /// ("$"), which answered the money question too.
    Question {
        id: String,
        progress: String,
        sign: Option<String>,
    },
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

impl Scripted {
    /// The money (its option id and sign) to type with this question's
    /// amount, when its money is not known yet and has a sign.
    fn money_with(&self, question: &Question, context: &Context) -> Option<(String, String)> {
        let currency = context
            .currency
            .filter(|_| context.money_symbol.is_none())?;
        if !matches!(self.answers.get(&question.id), Some(Answer::Number(_))) {
            return None;
        }
        let Some(Answer::Choice(id)) = self.answers.get(&currency.id) else {
            return None;
        };
        let sign = currency
            .option(id)?
            .symbol
            .clone()
            .filter(|s| !s.is_empty())?;
        Some((id.clone(), sign))
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

    /// An amount is given with its money sign, as a person would type it,
    /// while the money is not yet known and has a sign.
    fn ask(&mut self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        let money = self.money_with(question, context);
        self.steps.push(Step::Question {
            id: question.id.clone(),
            progress: context.progress.clone(),
            sign: money.as_ref().map(|(_, sign)| sign.clone()),
        });
        match self.answers.get(&question.id) {
            Some(answer) => Ok(match money {
                Some((id, _)) => Reply::AnswerIn(answer.clone(), id),
                None => Reply::Answer(answer.clone()),
            }),
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
