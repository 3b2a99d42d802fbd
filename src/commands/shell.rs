//! Being at home in a shell: completion scripts and the manual page, both made
//! from the clap definitions so they never drift from the real options.

use clap::CommandFactory;
use std::io::Write;

use crate::cli::Cli;
use crate::failure::{self, Failure};

pub fn completions(shell: clap_complete::Shell) -> Result<(), Failure> {
    let mut command = Cli::command();
    // clap_complete panics on a failed write: write to memory, then check.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "therapy-choice", &mut script);
    std::io::stdout()
        .lock()
        .write_all(&script)
        .map_err(failure::output)
}

pub fn man() -> Result<(), Failure> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(Failure::Terminal)?;
    std::io::stdout()
        .lock()
        .write_all(&page)
        .map_err(failure::output)
}
