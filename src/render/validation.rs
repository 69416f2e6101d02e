//! `career validate`: a pack's problems, or that it has none, as a [`View`].

use serde_json::Value;

use super::{diagnostics, json, Style, View};
use crate::content::{Diagnostic, Pack};
use crate::i18n::{count, fill, Lang, PROBLEM, QUESTION, QUIZ, ROLE, SKILL};

/// The result of checking the pack called `name`.
pub struct Validation<'a> {
    pub name: &'a str,
    /// The loaded pack, when it has no problems.
    pub pack: Option<&'a Pack>,
    pub problems: &'a [Diagnostic],
    pub lang: Lang,
}

impl View for Validation<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }

    fn text(&self, _style: &Style) -> String {
        let lang = self.lang;
        let s = lang.strings();
        match self.pack {
            Some(pack) if self.problems.is_empty() => {
                let questions: usize = pack.quizzes.iter().map(|q| q.questions.len()).sum();
                let line = fill(
                    s.pack_clean,
                    &[
                        ("pack", &self.name),
                        ("quizzes", &count(lang, pack.quizzes.len(), QUIZ)),
                        ("questions", &count(lang, questions, QUESTION)),
                        ("roles", &count(lang, pack.roles.len(), ROLE)),
                        ("skills", &count(lang, pack.skills.len(), SKILL)),
                    ],
                );
                format!("{line}\n")
            }
            _ => {
                let found = fill(
                    s.problems_found,
                    &[
                        ("problems", &count(lang, self.problems.len(), PROBLEM)),
                        ("pack", &self.name),
                    ],
                );
                format!("{}{found}\n", diagnostics::text(self.problems, lang))
            }
        }
    }

    fn json(&self) -> Value {
        json::diagnostics(self.name, self.problems, self.lang)
    }
}
