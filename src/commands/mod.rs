//! One file per command; this one picks the command the person typed.

mod check;
pub mod evidence;
mod export;
mod finish;
mod forget;
mod review;
mod run;
mod shell;
mod start;

use crate::cli::{Cli, Colour, Command};
use crate::failure::Failure;
use crate::interrupt::Session;

/// Run the command typed; `start` and `run` keep what they save in `session`.
pub fn dispatch(cli: Cli, session: &Session) -> Result<(), Failure> {
    match cli.color {
        Colour::Always => {
            console::set_colors_enabled(true);
            console::set_colors_enabled_stderr(true);
        }
        Colour::Never => {
            console::set_colors_enabled(false);
            console::set_colors_enabled_stderr(false);
        }
        Colour::Auto => {}
    }
    let start_flags = cli.start.out.is_some()
        || cli.start.plain
        || cli.start.fresh
        || cli.start.detail
        || cli.start.questions.is_some();
    if start_flags && cli.command.is_some() {
        return Err(Failure::Usage(
            "--out, --plain, --fresh, --detail and --questions before a command belong to `start`; put them after the command name instead".into(),
        ));
    }
    match cli.command {
        None => start::start(cli.start, session),
        Some(Command::Start(args)) => start::start(args, session),
        Some(Command::Run(args)) => run::run(args, session),
        Some(Command::Check(args)) => check::check(args),
        Some(Command::Evidence(args)) => evidence::evidence(args),
        Some(Command::Review(args)) => review::review(args),
        Some(Command::Export(what)) => export::export(what),
        Some(Command::Forget(args)) => forget::forget(args),
        Some(Command::Completions { shell }) => shell::completions(shell),
        Some(Command::Man) => shell::man(),
    }
}
