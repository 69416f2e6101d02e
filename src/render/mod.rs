//! Renderers: results, cards, tables and messages as text or JSON.
//! They build strings; only the CLI writes them out.

pub mod card;
pub mod cohort;
pub mod compare;
pub mod diagnostics;
pub mod history;
pub mod json;
pub mod questions;
pub mod result;
pub mod result_screen;
pub mod roadmap;
pub mod simulation;
pub mod stopped;
pub mod style;

pub use style::Style;
