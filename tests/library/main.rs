//! Tests that never run the binary: the bank's content against DOMAIN.md
//! (crisis lines, PHQ-9, checked figures, personas) through the library, and
//! the source itself (the layers, no function over 80 lines). Kept apart from
//! tests/cli, which runs the real program.

mod crisis;
mod figures;
#[path = "../fixtures/mod.rs"]
mod fixtures;
mod layers;
mod long_functions;
mod option_table;
mod personas;
mod phq9;
mod privacy;
mod sentence_literals;
mod trust;
