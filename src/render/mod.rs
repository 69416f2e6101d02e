//! Renderers: results, cards, tables and messages as text or JSON.
//! They build strings; only the CLI writes them out.

pub(crate) mod caps;
pub(crate) mod card;
pub(crate) mod cohort;
pub(crate) mod compare;
pub(crate) mod diagnostics;
pub(crate) mod error;
pub(crate) mod glyphs;
pub(crate) mod history;
pub(crate) mod html;
pub(crate) mod init;
pub(crate) mod json;
pub(crate) mod number;
pub(crate) mod questions;
pub(crate) mod result;
pub(crate) mod result_screen;
pub mod roadmap;
pub(crate) mod roles;
pub(crate) mod saved;
pub(crate) mod schema;
pub(crate) mod simulation;
pub(crate) mod simulation_view;
pub(crate) mod stopped;
pub(crate) mod style;
pub(crate) mod validation;
pub(crate) mod view;

pub(crate) use caps::Caps;
pub use style::Style;
pub use view::{Exporter, View};
pub(crate) use view::{Format, Formats};
