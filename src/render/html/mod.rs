//! The summary as one self-contained, printable HTML page: no external fonts,
//! scripts or images; the balance and the costs drawn as inline SVG; print CSS
//! for A4 and Letter. Rendered from the record alone, through the summary's
//! view-model; every text is escaped by the writer.

mod charts;
mod escape;
mod facts;
mod layout;
mod writer;

pub use escape::esc;
pub use writer::Html;

use crate::bank::{Evidence, Outcome};
use crate::record::Record;
use crate::render::studies::OutcomePart;
use crate::render::summary::Summary;

pub fn render(record: &Record) -> String {
    let summary = Summary::of(record);
    let mut h = Html::new();
    layout::summary(&mut h, &summary);
    facts::write(&mut h, &summary);
    h.into_string()
}

/// One outcome page as HTML.
pub fn outcome_page(e: &Evidence, o: &Outcome) -> String {
    let mut h = Html::new();
    facts::outcome(&mut h, &OutcomePart::of(e, o));
    h.into_string()
}
