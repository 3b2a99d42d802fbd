//! One file per command; this one picks the command the person typed.

mod check;
mod evidence;
mod export;
mod finish;
mod review;
mod run;
mod start;

use crate::cli::{Cli, Command};
use crate::failure::Failure;

pub fn dispatch(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        None => start::start(cli.start),
        Some(Command::Start(args)) => start::start(args),
        Some(Command::Run(args)) => run::run(args),
        Some(Command::Check(args)) => check::check(args),
        Some(Command::Evidence(args)) => evidence::evidence(args),
        Some(Command::Review(args)) => review::review(args),
        Some(Command::Export(what)) => export::export(what),
    }
}
