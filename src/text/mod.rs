//! Text shared by every stage: putting values into sentences, wrapping lines to
//! a width, and making outside text safe to show. A leaf: it imports nothing
//! from the rest of the crate.

mod fill;
mod safe_text;
pub mod wrap;

pub use fill::fill;
pub use safe_text::{neutral, safe_char};
