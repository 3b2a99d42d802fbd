//! `therapy-choice export ...`: the bank or a summary in another format,
//! printed to standard output.

use std::io::Write;

use crate::bank::Bank;
use crate::cli::Export;
use crate::failure::Failure;
use crate::render::fhir;
use crate::review::read_record;

pub fn export(what: Export) -> Result<(), Failure> {
    let value = match what {
        Export::FhirQuestionnaire(args) => {
            fhir::questionnaire(&Bank::load(args.questions.as_deref())?)
        }
        Export::FhirResponse { summary } => {
            fhir::response(&read_record(&summary).map_err(Failure::BadRecord)?)
        }
    };
    let text = serde_json::to_string_pretty(&value).unwrap_or_default();
    let _ = writeln!(std::io::stdout().lock(), "{text}");
    Ok(())
}
