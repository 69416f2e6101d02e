//! The one seam between the quiz flow and the terminal: a small prompt trait.
//!
//! The flow asks through [`Prompter`]; the terminal implementation draws with
//! dialoguer, and a scripted one ([`super::scripted::ScriptedPrompter`]) lets
//! tests drive the flow without a terminal.

/// What the person did at a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply<T> {
    Answer(T),
    /// "Skip / not sure": the question counts as unanswered.
    Skip,
    /// Return to the previous question.
    Back,
    /// Ctrl-C, or the terminal went away.
    Interrupted,
}

impl<T> Reply<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Reply<U> {
        match self {
            Reply::Answer(t) => Reply::Answer(f(t)),
            Reply::Skip => Reply::Skip,
            Reply::Back => Reply::Back,
            Reply::Interrupted => Reply::Interrupted,
        }
    }
}

/// One question as a prompter shows it.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    /// 1-based position in the quiz.
    pub number: usize,
    pub total: usize,
    pub text: &'a str,
    /// False on the first question: there is nothing to go back to.
    pub can_go_back: bool,
}

/// Asks questions. Every question also offers "Skip / not sure" and, when
/// `can_go_back`, "Back"; how they are offered is up to the implementation.
pub trait Prompter {
    /// Shows text that needs no answer (the welcome screen, notes).
    fn show(&mut self, text: &str);
    /// Picks one of `items`; the highlight starts on `cursor` (the earlier answer).
    fn select(&mut self, ask: &Ask, items: &[String], cursor: usize) -> Reply<usize>;
    /// Ticks any of `items` (possibly none); `checked` are ticked at the start.
    fn multi_select(&mut self, ask: &Ask, items: &[String], checked: &[bool]) -> Reply<Vec<usize>>;
    /// A plain choice outside the questions (continue or start over);
    /// `None` when interrupted.
    fn choose(&mut self, prompt: &str, items: &[String], cursor: usize) -> Option<usize>;
}
