//! The clinician's side: open one saved record, or triage a folder of them,
//! flags first. Records are read as untrusted input: a bad one is reported
//! and skipped, never a crash.

mod light;
pub mod ranges;
mod read;
mod salvage;
mod table;
mod triage;
pub mod validate;
mod view;

pub use read::{
    Unreadable, inconsistent, read_record, read_row, record_from_text, row_from_text, salvage_file,
};
pub use salvage::{Salvaged, said_words, salvage};
pub use table::{COLUMNS, LEGEND, Layout, write_table};
pub use triage::{InTheWay, Row, Triage};
pub use view::view;
