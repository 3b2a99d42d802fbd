//! `therapy-choice run --answers FILE`: make a summary from an answers file.
//! Every answer is checked first; on any problem nothing is written.

use super::finish::{Given, check_out, finish};
use crate::answers::file;
use crate::ask::{Progress, Scripted, walk, write_page};
use crate::bank::Bank;
use crate::cli::RunArgs;
use crate::failure::{self, Failure};
use crate::render::screen::Drawing;
use crate::text::from_file::{Links, ReadError, read_text};

/// Answers files larger than this are refused before they are read.
const LARGEST_FILE: u64 = 4 * 1024 * 1024;

pub fn run(args: RunArgs) -> Result<(), Failure> {
    let out = check_out(args.out.as_deref())?;
    let bank = Bank::load(args.questions.as_deref())?;
    let unreadable = |reason: String| Failure::AnswersUnreadable {
        path: args.answers.clone(),
        reason,
    };
    let text = read_text(&args.answers, LARGEST_FILE, Links::Follow).map_err(|e| match e {
        ReadError::TooLarge(_) => unreadable(format!(
            "an answers file may be at most {LARGEST_FILE} bytes"
        )),
        e => unreadable(e.to_string()),
    })?;
    let given = file::read(&bank, &text).map_err(|problems| Failure::Answers {
        path: args.answers.clone(),
        problems,
    })?;
    let mut scripted = Scripted::new(given);
    let answers = walk(&bank, &mut scripted, Progress::default(), &mut |_| {})?;
    let mut stdout = std::io::stdout().lock();
    // A closed output is reported only once the summary is saved.
    let width = crate::text::wrap::output_width();
    let urgent = scripted
        .urgent_pages()
        .try_for_each(|page| write_page(page, width, &mut stdout));
    drop(stdout);
    finish(
        &bank,
        Given {
            answers: &answers,
            earlier: None,
        },
        &out,
        Drawing::Ascii,
        args.detail,
        "\nRun the same command with --out OTHER_FOLDER to save it somewhere else.",
        &|| Ok(()),
    )?;
    urgent.map_err(failure::output)
}
