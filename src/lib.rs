//! therapy-choice: a decision aid for choosing between short-term and long-term
//! psychodynamic therapy for depression. The pipeline runs one way:
//! bank -> ask -> record -> render -> store.

pub mod answers;
pub mod ask;
pub mod bank;
pub mod cli;
pub mod commands;
pub mod estimate;
pub mod failure;
pub mod interrupt;
pub mod record;
pub mod render;
pub mod review;
pub mod store;
pub mod weigh;
