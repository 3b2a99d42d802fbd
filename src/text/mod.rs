//! Text shared by every stage: putting values into sentences, wrapping lines to
//! a width, and outside text: read from a file with bounds, parsed strictly,
//! and made safe to show. A leaf: it imports nothing
//! from the rest of the crate.

mod built;
mod fill;
pub mod from_file;
mod how_many;
pub mod html;
mod safe_text;
mod short;
pub mod strict_json;
pub mod strict_struct;
pub mod wrap;

pub use built::Built;
pub use fill::fill;
pub use how_many::how_many;
pub use safe_text::{Neutral, acts, blank, invisible, json_escaped, neutral, safe_char};
pub use short::short;
