//! Renderers: results, cards, tables and messages as text or JSON.
//! They build strings; only the CLI writes them out.

pub mod caps;
pub mod card;
pub mod cohort;
pub mod compare;
pub mod diagnostics;
pub mod history;
pub mod html;
pub mod json;
pub mod number;
pub mod questions;
pub mod result;
pub mod result_screen;
pub mod roadmap;
pub mod roles;
pub mod saved;
pub mod simulation;
pub mod simulation_view;
pub mod stopped;
pub mod style;
pub mod validation;
pub mod view;

pub use caps::Caps;
pub use style::Style;
pub use view::{Exporter, Format, Formats, View};
