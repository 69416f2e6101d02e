//! A prompter that replays scripted replies: the flow's tests run on it, fast
//! and without a terminal.

use std::collections::VecDeque;

use super::prompter::{Ask, Prompter, Reply};

/// One scripted step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Select(Reply<usize>),
    Multi(Reply<Vec<usize>>),
    Choose(Option<usize>),
}

/// What the flow showed at one prompt, for assertions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    Select {
        number: usize,
        can_go_back: bool,
        items: Vec<String>,
        cursor: usize,
    },
    Multi {
        number: usize,
        can_go_back: bool,
        items: Vec<String>,
        checked: Vec<bool>,
    },
    Choose {
        prompt: String,
        items: Vec<String>,
    },
    Text(String),
}

/// Replays `steps` in order. When the script runs out, or a step does not
/// match the kind of prompt asked, it answers `Interrupted`, as a person
/// pressing Ctrl-C would.
#[derive(Debug, Default)]
pub struct ScriptedPrompter {
    steps: VecDeque<Step>,
    /// Everything shown, in order.
    pub seen: Vec<Seen>,
}

impl ScriptedPrompter {
    pub fn new(steps: impl IntoIterator<Item = Step>) -> ScriptedPrompter {
        ScriptedPrompter {
            steps: steps.into_iter().collect(),
            seen: Vec::new(),
        }
    }

    /// Steps not used yet.
    pub fn remaining(&self) -> usize {
        self.steps.len()
    }
}

impl Prompter for ScriptedPrompter {
    fn show(&mut self, text: &str) {
        self.seen.push(Seen::Text(text.to_string()));
    }

    fn select(&mut self, ask: &Ask, items: &[String], cursor: usize) -> Reply<usize> {
        self.seen.push(Seen::Select {
            number: ask.number,
            can_go_back: ask.can_go_back,
            items: items.to_vec(),
            cursor,
        });
        match self.steps.pop_front() {
            Some(Step::Select(r)) => r,
            _ => Reply::Interrupted,
        }
    }

    fn multi_select(&mut self, ask: &Ask, items: &[String], checked: &[bool]) -> Reply<Vec<usize>> {
        self.seen.push(Seen::Multi {
            number: ask.number,
            can_go_back: ask.can_go_back,
            items: items.to_vec(),
            checked: checked.to_vec(),
        });
        match self.steps.pop_front() {
            Some(Step::Multi(r)) => r,
            _ => Reply::Interrupted,
        }
    }

    fn choose(&mut self, prompt: &str, items: &[String], _cursor: usize) -> Option<usize> {
        self.seen.push(Seen::Choose {
            prompt: prompt.to_string(),
            items: items.to_vec(),
        });
        match self.steps.pop_front() {
            Some(Step::Choose(r)) => r,
            _ => None,
        }
    }
}
