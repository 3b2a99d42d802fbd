//! `therapy-choice export ...`: the bank or a summary in another format,
//! printed to standard output.

use std::io::Write;

use crate::bank::Bank;
use crate::cli::Export;
use crate::failure::{self, Failure};
use crate::render::answers_schema::answers_schema;
use crate::render::fhir;
use crate::render::json_escaped;
use crate::review::read_record;

pub fn export(what: Export) -> Result<(), Failure> {
    let value = match what {
        Export::FhirQuestionnaire(args) => {
            fhir::questionnaire(&Bank::load(args.questions.as_deref())?)
        }
        Export::FhirResponse { summary } => {
            fhir::response(&read_record(&summary).map_err(Failure::BadRecord)?)
        }
        Export::AnswersSchema(args) => answers_schema(&Bank::load(args.questions.as_deref())?),
    };
    let text = json_escaped(serde_json::to_string_pretty(&value).unwrap_or_default());
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")
        .and_then(|()| out.flush())
        .map_err(failure::output)
}
