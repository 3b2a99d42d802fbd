//! The summary as one self-contained, printable HTML page: no external fonts,
//! scripts or images; the balance and the costs drawn as inline SVG; print CSS
//! for A4 and Letter. Rendered from the record alone, through the summary's
//! view-model. Written through maud templates, so every text is escaped
//! by default; markup comes only from the templates.

mod charts;
mod facts;
mod layout;

use maud::html;

use crate::bank::Outcome;
use crate::record::Record;
use crate::render::studies::OutcomePart;
use crate::render::summary::Summary;
use crate::text::html::fixed;

pub fn render(record: &Record) -> String {
    let s = Summary::of(record);
    let page = html! {
        (fixed("<!doctype html>\n"))
        html lang="en" {
            "\n"
            (layout::head(&s))
            "\n"
            body {
                "\n"
                main { "\n" (layout::summary(&s)) (facts::write(&s)) }
                "\n"
            }
            "\n"
        }
        "\n"
    };
    page.into_string()
}

/// One outcome page of the record's facts as HTML.
pub fn outcome_page(record: &Record, o: &Outcome) -> String {
    facts::outcome(&OutcomePart::of(&record.evidence, o)).into_string()
}

#[cfg(test)]
mod tests;
