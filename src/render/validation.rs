//! `career validate`: a pack's problems, or that it has none, as a [`View`].

use serde_json::Value;

use super::{diagnostics, json, Style, View};
use crate::content::{Diagnostic, Pack, Severity};
use crate::i18n::{count, fill, Lang, PROBLEM, QUESTION, QUIZ, ROLE, SKILL, WARNING};

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
                // Warnings are reported, but the pack is usable: exit code 0.
                let summary = if pack.warnings.is_empty() {
                    s.pack_clean
                } else {
                    s.pack_clean_warnings
                };
                let line = fill(
                    summary,
                    &[
                        ("pack", &self.name),
                        ("warnings", &count(lang, pack.warnings.len(), WARNING)),
                        ("quizzes", &count(lang, pack.quizzes.len(), QUIZ)),
                        ("questions", &count(lang, questions, QUESTION)),
                        ("roles", &count(lang, pack.roles.len(), ROLE)),
                        ("skills", &count(lang, pack.skills.len(), SKILL)),
                    ],
                );
                format!("{}{line}\n", diagnostics::text(&pack.warnings, lang))
            }
            _ => {
                // Warnings beside the errors (files not read) are listed, not counted.
                let errors = self
                    .problems
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .count();
                let found = fill(
                    s.problems_found,
                    &[
                        ("problems", &count(lang, errors, PROBLEM)),
                        ("pack", &self.name),
                    ],
                );
                format!("{}{found}\n", diagnostics::text(self.problems, lang))
            }
        }
    }

    fn json(&self) -> Value {
        match self.pack {
            Some(pack) if self.problems.is_empty() => {
                json::diagnostics(self.name, &pack.warnings, self.lang)
            }
            _ => json::diagnostics(self.name, self.problems, self.lang),
        }
    }
}
