//! The interactive quiz: prompts, theme, progress header and the flow that
//! asks one question at a time. The flow talks to a [`Prompter`], so it can
//! be driven by dialoguer on a terminal or by a script in tests.

pub mod adaptive_flow;
pub mod flow;
pub mod interrupt;
pub mod progress;
pub mod prompter;
pub mod scripted;
pub mod terminal;
pub mod theme;
pub mod welcome;

pub use prompter::{Ask, Prompter, Reply};
