//! `therapy-choice run --answers FILE` and `run --fhir-response QR.json`:
//! make a summary from an answers file, or from a FHIR form filled in
//! elsewhere. Every answer is checked first; on any problem nothing is
//! written, and a safety answer that raises the flag still shows the safety
//! page first.

use chrono::{DateTime, FixedOffset};
use std::path::{Path, PathBuf};

use super::finish::{Ending, Given, check_out, finish};
use crate::answers::{Answer, Answers, file};
use crate::ask::{Progress, Scripted, walk, write_page};
use crate::bank::Bank;
use crate::cli::RunArgs;
use crate::failure::{self, Failure};
use crate::forms::fhir::filled as fhir;
use crate::interrupt::Session;
use crate::page::{Answered, act_now_page, safety_page};
use crate::render::screen::Drawing;
use crate::text::from_file::{Links, ReadError, read_text};

/// Answers files (and responses) larger than this are refused before they are read.
const LARGEST_FILE: u64 = 4 * 1024 * 1024;

/// The text of the file to answer from; `unreadable` makes the failure.
fn text_of(
    path: &Path,
    what: &str,
    unreadable: &dyn Fn(String) -> Failure,
) -> Result<String, Failure> {
    read_text(path, LARGEST_FILE, Links::Follow).map_err(|e| match e {
        ReadError::TooLarge(_) => unreadable(format!("{what} may be at most {LARGEST_FILE} bytes")),
        e => unreadable(e.to_string()),
    })
}

/// The checked answers and their time, from whichever file was given.
fn given(args: &RunArgs, bank: &Bank) -> Result<(Answers, Option<DateTime<FixedOffset>>), Failure> {
    if let Some(path) = &args.fhir_response {
        let unreadable = |reason: String| Failure::ResponseUnreadable {
            path: path.clone(),
            reason,
        };
        let text = text_of(path, "a FHIR response", &unreadable)?;
        return match fhir::read(bank, &text) {
            Ok(response) => Ok((response.answers, Some(response.authored))),
            Err(refused) => {
                urgent_before_refusal(bank, &refused.readable);
                Err(Failure::Response {
                    path: path.clone(),
                    problems: refused.problems,
                })
            }
        };
    }
    let path: PathBuf = args.answers.clone().unwrap_or_default();
    let unreadable = |reason: String| Failure::AnswersUnreadable {
        path: path.clone(),
        reason,
    };
    let text = text_of(&path, "an answers file", &unreadable)?;
    let answers = file::read(bank, &text).map_err(|problems| Failure::Answers {
        path: path.clone(),
        problems,
    })?;
    Ok((answers, None))
}

/// A refused file's readable answer that raises the safety flag still shows
/// the safety page, before the list of problems; a "right now: yes" (or
/// rather not say) shows what to do now first, as when the file is accepted.
fn urgent_before_refusal(bank: &Bank, readable: &Answers) {
    let raised = bank
        .questions()
        .any(|(_, q)| readable.get(&q.id).is_some_and(|a| q.raises_safety(a)));
    let right_now = bank
        .right_now()
        .and_then(|q| match readable.get(&q.id)? {
            Answer::Choice(id) if id == "yes" => Some(Answered::Yes),
            Answer::Choice(id) if id == "rather_not_say" => Some(Answered::NotSaid),
            _ => None,
        })
        .and_then(|answered| act_now_page(&bank.evidence, answered));
    let width = crate::text::wrap::output_width();
    let mut out = std::io::stdout().lock();
    // The refusal is said whether or not these could be shown.
    if let Some(page) = right_now {
        let _ = write_page(&page, width, &mut out);
    }
    if raised {
        let _ = write_page(&safety_page(&bank.evidence), width, &mut out);
    }
}

pub fn run(args: RunArgs, session: &Session) -> Result<(), Failure> {
    let out = check_out(args.out.as_deref())?;
    let bank = Bank::load(args.questions.as_deref())?;
    let (given, when) = given(&args, &bank)?;
    let mut scripted = Scripted::new(given);
    let answers = walk(&bank, &mut scripted, Progress::default(), &mut |_| {})
        .map_err(|stop| failure::stopped(stop, session))?
        .answers;
    let mut stdout = std::io::stdout().lock();
    // A closed output is reported only once the summary is saved.
    let width = crate::text::wrap::output_width();
    // "Right now: yes" prints what to do now once, first; the safety page
    // itself comes once, with the result.
    let urgent = scripted
        .act_now
        .iter()
        .try_for_each(|page| write_page(page, width, &mut stdout));
    drop(stdout);
    finish(
        &bank,
        Given {
            answers: &answers,
            earlier: None,
            when,
        },
        &Ending {
            out: &out,
            drawing: Drawing::Ascii,
            detail: args.detail,
            // An answers file types nothing more: the whole result prints.
            typed_more: false,
            // Nothing was shown while asking: the result shows the whole safety page.
            help_shown: false,
            hint: "\nRun the same command with --out OTHER_FOLDER to save it somewhere else.",
            saved_now: &|| Ok(()),
            session,
        },
    )?;
    urgent.map_err(failure::output)
}
