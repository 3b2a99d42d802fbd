//! `therapy-choice start`: ask a person the questions, in the terminal or
//! one line at a time, then save their summary.

use std::io::IsTerminal;

use super::finish::finish;
use crate::answers::Answers;
use crate::ask::{Plain, Terminal, walk};
use crate::bank::Bank;
use crate::cli::StartArgs;
use crate::failure::Failure;
use crate::render::screen::Drawing;

pub fn start(args: StartArgs) -> Result<(), Failure> {
    let bank = Bank::load(args.questions.as_deref())?;
    let interactive =
        !args.plain && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let drawing = if interactive {
        Drawing::Unicode
    } else {
        Drawing::Ascii
    };
    let answers = if interactive {
        let mut terminal = Terminal::new(console::colors_enabled_stderr());
        let answers = walk(&bank, &mut terminal, Answers::default())?;
        let _ = console::Term::stderr().clear_screen();
        answers
    } else {
        let mut plain = Plain::new(std::io::stdin().lock(), std::io::stdout().lock());
        walk(&bank, &mut plain, Answers::default())?
    };
    finish(&bank, &answers, args.out.as_deref(), drawing)?;
    Ok(())
}
