//! The interactive quiz: prompts, theme, progress header and the flow that
//! asks one question at a time. The flow talks to a [`Prompter`], so it can
//! be driven by dialoguer on a terminal or by a script in tests.

pub mod adaptive_flow;
pub mod evidence;
pub mod flow;
pub mod interrupt;
mod key_select;
pub mod layout;
pub mod progress;
pub mod prompter;
mod revisit;
#[cfg(test)]
pub mod scripted;
pub mod terminal;
pub mod theme;
mod tick_select;
pub mod welcome;

pub use prompter::Prompter;

/// The built-in pack's default quiz, for the tests of this module.
#[cfg(test)]
pub(crate) fn default_quiz() -> crate::content::Quiz {
    let pack = crate::content::load(&crate::content::PackSource::BuiltIn)
        .expect("the built-in pack loads");
    pack.quiz(None).expect("it has a default quiz").clone()
}
