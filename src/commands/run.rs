//! `therapy-choice run --answers FILE`: make a summary from an answers file.
//! Every answer is checked first; on any problem nothing is written.

use super::finish::finish;
use crate::answers::file;
use crate::ask::{Progress, Scripted, walk, write_page};
use crate::bank::Bank;
use crate::cli::RunArgs;
use crate::failure::Failure;
use crate::render::screen::Drawing;

/// Answers files larger than this are refused before they are read.
const LARGEST_FILE: u64 = 4 * 1024 * 1024;

pub fn run(args: RunArgs) -> Result<(), Failure> {
    let bank = Bank::load(args.questions.as_deref())?;
    let unreadable = |reason: String| Failure::AnswersUnreadable {
        path: args.answers.clone(),
        reason,
    };
    let size = std::fs::metadata(&args.answers)
        .map_err(|e| unreadable(e.to_string()))?
        .len();
    if size > LARGEST_FILE {
        return Err(unreadable(format!(
            "it is {size} bytes; an answers file may be at most {LARGEST_FILE} bytes"
        )));
    }
    let bytes = std::fs::read(&args.answers).map_err(|e| unreadable(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        unreadable(format!(
            "it is not valid UTF-8 text (at byte {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    let given = file::read(&bank, &text).map_err(|problems| Failure::Answers {
        path: args.answers.clone(),
        problems,
    })?;
    let mut scripted = Scripted::new(given);
    let answers = walk(&bank, &mut scripted, Progress::default(), &mut |_| {})?;
    let mut stdout = std::io::stdout().lock();
    for page in scripted.urgent_pages() {
        let _ = write_page(page, &mut stdout);
    }
    drop(stdout);
    finish(
        &bank,
        &answers,
        args.out.as_deref(),
        Drawing::Ascii,
        "\nRun the same command with --out OTHER_FOLDER to save it somewhere else.",
        &|| {},
    )?;
    Ok(())
}
