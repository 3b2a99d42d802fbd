//! A person's answers: the values, how they are written in an answers file,
//! and the one validator every way of answering goes through.

mod accept;
pub mod file;
mod money_sign;
mod shown;
mod unfit;

pub use crate::answer::{Answer, Answers, DONT_KNOW};
pub use accept::plain;
pub use money_sign::{sign_hint, split_sign};
pub use shown::{SKIPPED, grouped, money};
pub use unfit::Unfit;
