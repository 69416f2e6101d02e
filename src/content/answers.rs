//! A person's answers, and the one rule for whether an answer fits a question.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::diagnostic::{Misfit, Suggest};
use super::model::{Question, QuestionKind};

/// One answered question. A skipped question has no entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Response {
    /// 1 (strongly disagree) .. 5 (strongly agree).
    Likert(u8),
    /// The id of the chosen option.
    Choice(String),
    /// The ids of every chosen option (possibly none).
    Multi(Vec<String>),
}

/// Answers by question id; a missing question counts as skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers {
    by_question: BTreeMap<String, Response>,
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn get(&self, question: &str) -> Option<&Response> {
        self.by_question.get(question)
    }

    pub fn set(&mut self, question: &str, response: Response) {
        self.by_question.insert(question.to_string(), response);
    }

    /// Marks a question as skipped.
    pub fn skip(&mut self, question: &str) {
        self.by_question.remove(question);
    }

    pub fn len(&self) -> usize {
        self.by_question.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_question.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Response)> {
        self.by_question.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// A copy without one answer (for "what if this were skipped").
    pub fn without(&self, question: &str) -> Answers {
        let mut a = self.clone();
        a.skip(question);
        a
    }
}

impl Question {
    /// Whether `response` is an answer this question can take: a likert value
    /// from 1 to 5, or option ids the question has, of the question's kind.
    pub fn accepts(&self, response: &Response) -> Result<(), Misfit> {
        let options = self.kind.options();
        let check = |id: &String| {
            if options.iter().any(|o| o.id == *id) {
                Ok(())
            } else {
                Err(Misfit::NoSuchOption {
                    got: id.clone(),
                    suggest: Suggest::among(id, options.iter().map(|o| o.id.as_str())),
                })
            }
        };
        match (&self.kind, response) {
            (QuestionKind::Likert { .. }, Response::Likert(v)) if (1..=5).contains(v) => Ok(()),
            (QuestionKind::Likert { .. }, Response::Likert(v)) => {
                Err(Misfit::LikertOutOfRange(v.to_string()))
            }
            (QuestionKind::Choice { .. }, Response::Choice(id)) => check(id),
            (QuestionKind::Multi { .. }, Response::Multi(ids)) => ids.iter().try_for_each(check),
            _ => Err(Misfit::WrongKind),
        }
    }
}
