//! `therapy-choice export ...`: the bank or a summary in another format,
//! printed to standard output.

use std::io::Write;
use std::path::Path;

use crate::bank::Bank;
use crate::cli::Export;
use crate::failure::{self, Failure};
use crate::forms::{self, answers_schema::answers_schema};
use crate::record::{Record, SafetySaid};
use crate::render::fhir;
use crate::render::{json_escaped, neutral};
use crate::review::{inconsistent, read_record, said_words, salvage_file};

pub fn export(what: Export) -> Result<(), Failure> {
    let (value, doubt) = match what {
        Export::FhirQuestionnaire(args) => (
            forms::fhir::questionnaire(&Bank::load(args.questions.as_deref())?),
            None,
        ),
        Export::FhirResponse { summary } => {
            let record = summary_read(&summary)?;
            let doubt = flag_doubt(&record).map(|why| (summary, why));
            (fhir::response(&record), doubt)
        }
        Export::AnswersSchema(args) => (
            answers_schema(&Bank::load(args.questions.as_deref())?),
            None,
        ),
    };
    let text = json_escaped(serde_json::to_string_pretty(&value).unwrap_or_default());
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")
        .and_then(|()| out.flush())
        .map_err(failure::output)?;
    match doubt {
        Some((summary, why)) => {
            let _ = writeln!(
                std::io::stderr().lock(),
                "{}: {why}",
                neutral(&summary.display().to_string())
            );
            Err(Failure::Inconsistent(1))
        }
        None => Ok(()),
    }
}

/// The summary, checked; one that cannot be read still has its safety
/// answers said, when they can be read, before it is refused.
fn summary_read(summary: &Path) -> Result<Record, Failure> {
    read_record(summary).map_err(|e| {
        if let Some(found) = salvage_file(summary) {
            let _ = writeln!(
                std::io::stderr().lock(),
                "!! This file cannot be opened as a summary, but its safety answers can be read: {}",
                neutral(&found.words)
            );
        }
        Failure::BadRecord(e)
    })
}

/// Why the response alone would not say what the record's answers say about
/// self-harm: the flag is worked out from the answers (SafetySaid), never
/// taken from the stored flag. The response carries the answers as given, so
/// a stored flag that disagrees is named; and an answer taken back, which a
/// QuestionnaireResponse has no item for (it is kept in an extension), is
/// named too.
fn flag_doubt(record: &Record) -> Option<String> {
    let said = SafetySaid::of(record);
    if let Some(why) = inconsistent(record) {
        return Some(format!(
            "{why}. Answers say: {}. The response carries the answers as given.",
            said_words(record)
        ));
    }
    let now = SafetySaid::of_answers_now(record);
    (said.raised() && !now.raised()).then(|| {
        format!(
            "an answer about self-harm was given and then taken back ({}); the response keeps it in an \"earlier-answer\" extension, not as an answer, so its answers alone do not raise the flag: read the summary itself",
            said_words(record)
        )
    })
}
