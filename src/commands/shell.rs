//! Being at home in a shell: completion scripts and the manual page, both made
//! from the clap definitions so they never drift from the real options.

use clap::CommandFactory;
use std::io::Write;

use crate::cli::Cli;
use crate::failure::Failure;

pub fn completions(shell: clap_complete::Shell) {
    let mut command = Cli::command();
    clap_complete::generate(
        shell,
        &mut command,
        "therapy-choice",
        &mut std::io::stdout(),
    );
}

pub fn man() -> Result<(), Failure> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(Failure::Terminal)?;
    let _ = std::io::stdout().lock().write_all(&page);
    Ok(())
}
