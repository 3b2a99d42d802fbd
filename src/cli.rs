//! The command line: what a person can type, as clap definitions. No work here.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  therapy-choice                          walk through the questions in the terminal
  therapy-choice --plain                  the same, one line at a time (screen readers, pipes)
  therapy-choice start --out ~/summaries  save the summary in a chosen folder
  therapy-choice run --answers questions/examples/first-episode.json --out /tmp/demo
  therapy-choice run --fhir-response filled-form.json --out /tmp/demo
  therapy-choice check --questions my-bank/
  therapy-choice evidence
  therapy-choice export fhir-questionnaire > questionnaire.json
  therapy-choice export fhir-response therapy-choice-2026-11-26-101500.json
  therapy-choice export answers-schema > answers.schema.json
  therapy-choice completions bash > ~/.local/share/bash-completion/completions/therapy-choice
  therapy-choice man > therapy-choice.1
  therapy-choice --color never                no colour, whatever the terminal
  therapy-choice review ~/summaries           triage a folder: safety flags first
  therapy-choice review therapy-choice-2026-11-26-101500.json
  therapy-choice forget                       remove your unfinished answers (asks first)

Exit codes: 0 done; 1 could not finish (a file could not be written, the input
ended early, another copy is open, or review skipped unreadable files); 2 bad
usage or bad input (answers file, question bank, a summary file given alone);
130 stopped with Ctrl-C, 129 the terminal closed, 143 SIGTERM. Answers given so
far are kept: run therapy-choice again to go on.";

#[derive(Debug, Parser)]
#[command(
    name = "therapy-choice",
    version,
    about = "A decision aid: short-term or long-term psychodynamic therapy for depression.",
    long_about = "A decision aid for people with depression who are choosing between short-term and \
                  long-term psychodynamic therapy. It gives the facts, asks about your time, money and \
                  what matters to you, and writes a summary to take to your clinician. It informs; it \
                  does not diagnose or prescribe. Nothing leaves your computer.",
    after_help = EXAMPLES
)]
pub struct Cli {
    /// When to use colour: auto follows NO_COLOR, CLICOLOR and CLICOLOR_FORCE
    #[arg(long, value_enum, global = true, default_value_t = Colour::Auto, value_name = "WHEN")]
    pub color: Colour,
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub start: StartArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Walk through the questions and save a summary (the default).
    #[command(
        after_help = "Examples:\n  therapy-choice start\n  therapy-choice start --plain --out ~/summaries\n  therapy-choice start --fresh          start over, setting aside unfinished answers"
    )]
    Start(StartArgs),
    /// Make a summary from an answers file, or a FHIR form filled elsewhere, without asking anything.
    #[command(
        after_help = "Examples:\n  therapy-choice run --answers questions/examples/first-episode.json --out /tmp/demo\n  therapy-choice run --fhir-response filled-form.json --out /tmp/demo\n  therapy-choice export answers-schema > answers.schema.json   to check a file as you write it"
    )]
    Run(RunArgs),
    /// Check a question bank and list every problem in it.
    #[command(
        after_help = "Examples:\n  therapy-choice check\n  therapy-choice check --questions my-bank/"
    )]
    Check(BankArgs),
    /// Print the facts about both options, with their sources.
    #[command(
        after_help = "Examples:\n  therapy-choice evidence\n  therapy-choice evidence | less"
    )]
    Evidence(BankArgs),
    /// For clinicians: open a summary, or triage a folder of them, flags first.
    #[command(after_help = review_help())]
    Review(ReviewArgs),
    /// Write the bank or a summary in another format, to standard output.
    #[command(
        subcommand,
        after_help = "Examples:\n  therapy-choice export fhir-questionnaire > questionnaire.json\n  therapy-choice export fhir-response therapy-choice-2026-11-26-101500.json\n  therapy-choice export answers-schema > answers.schema.json"
    )]
    Export(Export),
    /// Remove what this program keeps on this computer: unfinished answers, answers set aside
    /// and, with --summaries, the summaries in your own private folder.
    #[command(
        after_help = "Examples:\n  therapy-choice forget                lists what is kept, then asks you to type forget\n  therapy-choice forget --summaries    the summaries in your own folder too\n  therapy-choice forget --yes          without asking (for scripts; there is no undo)\n\nKept: unfinished answers and answers set aside in ~/.local/state/therapy-choice, summaries in ~/.local/share/therapy-choice/summaries (on Linux). Summaries saved elsewhere with --out are not touched."
    )]
    Forget(ForgetArgs),
    /// Print a completion script for a shell (bash, zsh, fish, ...).
    #[command(
        after_help = "Examples:\n  therapy-choice completions bash > ~/.local/share/bash-completion/completions/therapy-choice\n  therapy-choice completions zsh > ~/.zfunc/_therapy-choice\n  therapy-choice completions fish > ~/.config/fish/completions/therapy-choice.fish"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man`.
    #[command(
        after_help = "Examples:\n  therapy-choice man > therapy-choice.1 && man ./therapy-choice.1"
    )]
    Man,
}

fn review_help() -> String {
    format!(
        "{}\n\nExamples:\n  therapy-choice review ~/summaries\n  therapy-choice review --wide ~/summaries\n  therapy-choice review therapy-choice-2026-11-26-101500.json\n  therapy-choice review --format json ~/summaries > triage.json\n\nExit code 1 when some files could not be read; they are listed with the reason.",
        crate::review::COLUMNS
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Colour {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Export {
    /// The question bank as an HL7 FHIR R4 Questionnaire
    FhirQuestionnaire(BankArgs),
    /// A saved summary (.json) as an HL7 FHIR R4 QuestionnaireResponse
    FhirResponse {
        /// The summary's .json file
        #[arg(value_name = "SUMMARY.json")]
        summary: PathBuf,
    },
    /// A JSON Schema of the answers file, for editors
    AnswersSchema(BankArgs),
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// Summary files (.json) or folders holding them
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// text for people, json for programs
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The full table, with the lean in words, the label and the path (wider than 80 columns)
    #[arg(long)]
    pub wide: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Args, Default)]
pub struct StartArgs {
    /// The folder for the summary files [default: your own private folder, ~/.local/share/therapy-choice/summaries on Linux]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Ask one line at a time with numbered options, for screen readers and pipes
    #[arg(long)]
    pub plain: bool,
    /// Start over, setting aside an unfinished questionnaire
    #[arg(long)]
    pub fresh: bool,
    /// Show the score and each reason's weight in the result
    #[arg(long)]
    pub detail: bool,
    /// Use the question bank in this folder instead of the built-in one
    #[arg(long, value_name = "DIR")]
    pub questions: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The answers file: {"answers": {"<question id>": value, ...}}
    #[arg(
        long,
        value_name = "FILE",
        required_unless_present = "fhir_response",
        conflicts_with = "fhir_response"
    )]
    pub answers: Option<PathBuf>,
    /// A FHIR R4 QuestionnaireResponse to the form `export fhir-questionnaire` makes,
    /// filled in any FHIR form renderer (status "completed")
    #[arg(long, value_name = "QR.json")]
    pub fhir_response: Option<PathBuf>,
    /// The folder for the summary files [default: your own private folder, ~/.local/share/therapy-choice/summaries on Linux]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Use the question bank in this folder instead of the built-in one
    #[arg(long, value_name = "DIR")]
    pub questions: Option<PathBuf>,
    /// Show the score and each reason's weight in the result
    #[arg(long)]
    pub detail: bool,
}

#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// Also remove the summaries in your own private folder (not those saved elsewhere with --out)
    #[arg(long)]
    pub summaries: bool,
    /// Remove without asking you to type forget (needed when there is no terminal to ask in)
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct BankArgs {
    /// The question bank folder to use [default: the built-in bank]
    #[arg(long, value_name = "DIR")]
    pub questions: Option<PathBuf>,
}
