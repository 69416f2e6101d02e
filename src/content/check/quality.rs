//! Quality warnings for a pack that loads: things that make a quiz measure
//! less well or a roadmap less safe, but do not stop the pack from working.
//!
//! - every dimension is informed by enough questions, and enough of its likert
//!   statements are reverse-keyed (so agreeing with everything does not look
//!   like an interest);
//! - no question or option names a role (by name or id): an item that names
//!   the answer measures which label people pick, not what interests them;
//! - no resource link uses plain `http://`.
//!
//! A quiz can set its own limits in a `quality:` block. Everything here is
//! linear in the size of the pack.

use super::Checker;
use crate::content::diagnostic::{Diagnostic, Problem, Severity};
use crate::content::model::{QuestionKind, Quiz, Role, Skill};
use crate::content::raw::QualityEntry;
use crate::content::text::Text;

/// Questions that should inform each dimension, unless the quiz says otherwise.
pub const DEFAULT_MIN_ITEMS: usize = 10;
/// Reverse-keyed likert statements each dimension should have, unless the quiz says otherwise.
pub const DEFAULT_MIN_REVERSE: usize = 3;

/// The limits a quiz is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub min_items: usize,
    pub min_reverse: usize,
}

impl Limits {
    pub fn of(raw: Option<&QualityEntry>) -> Limits {
        Limits {
            min_items: raw
                .and_then(|q| q.min_items_per_dimension)
                .map_or(DEFAULT_MIN_ITEMS, |n| n as usize),
            min_reverse: raw
                .and_then(|q| q.min_reverse_per_dimension)
                .map_or(DEFAULT_MIN_REVERSE, |n| n as usize),
        }
    }
}

/// Warns about a quiz's coverage and about items that name a role.
pub fn check_quiz(c: &mut Checker, quiz: &Quiz, limits: Limits, roles: &[Role]) {
    let dims = quiz.dimensions.len();
    let mut items = vec![0usize; dims];
    let mut reverse = vec![0usize; dims];
    for q in &quiz.questions {
        // The same "informs" as the check that every dimension has a question.
        for informed in super::quiz::informs(&q.kind) {
            if let Some(d) = quiz.dimensions.iter().position(|x| x.id == informed) {
                items[d] += 1;
            }
        }
        if let QuestionKind::Likert {
            dimension,
            reverse: true,
            ..
        } = &q.kind
        {
            if let Some(d) = quiz.dimensions.iter().position(|x| &x.id == dimension) {
                reverse[d] += 1;
            }
        }
    }
    for (d, dim) in quiz.dimensions.iter().enumerate() {
        let path = format!("dimensions.{d}");
        if items[d] < limits.min_items {
            warn(
                c,
                &path,
                Problem::FewItemsForDimension {
                    dimension: dim.id.clone(),
                    count: items[d],
                    min: limits.min_items,
                },
            );
        }
        if reverse[d] < limits.min_reverse {
            warn(
                c,
                &path,
                Problem::FewReverseItems {
                    dimension: dim.id.clone(),
                    count: reverse[d],
                    min: limits.min_reverse,
                },
            );
        }
    }

    let names: Vec<(String, Vec<String>)> = roles
        .iter()
        .map(|r| {
            let mut words: Vec<String> = r.name.values().map(str::to_lowercase).collect();
            words.push(r.id.to_lowercase());
            words.sort();
            words.dedup();
            (r.id.clone(), words)
        })
        .collect();
    for (i, q) in quiz.questions.iter().enumerate() {
        let path = format!("questions.{i}");
        if let Some(role) = named_role(&q.text, &names) {
            warn(
                c,
                &format!("{path}.text"),
                Problem::RoleNamedInItem { role },
            );
        }
        for (j, o) in q.kind.options().iter().enumerate() {
            if let Some(role) = named_role(&o.text, &names) {
                warn(
                    c,
                    &format!("{path}.options.{j}.text"),
                    Problem::RoleNamedInItem { role },
                );
            }
        }
    }
}

/// Warns about resource links that are not encrypted.
pub fn check_skills<'a>(c: &mut Checker, skills: impl Iterator<Item = (usize, &'a Skill)>) {
    for (i, skill) in skills {
        for (j, r) in skill.resources.iter().enumerate() {
            if r.url
                .get(..7)
                .is_some_and(|s| s.eq_ignore_ascii_case("http://"))
            {
                warn(
                    c,
                    &format!("skills.{i}.resources.{j}.url"),
                    Problem::InsecureUrl { url: r.url.clone() },
                );
            }
        }
    }
}

/// The id of the first role whose name or id appears as whole words in `text`.
fn named_role(text: &Text, names: &[(String, Vec<String>)]) -> Option<String> {
    text.values().find_map(|t| {
        let t = t.to_lowercase();
        names
            .iter()
            .find(|(_, words)| words.iter().any(|w| contains_words(&t, w)))
            .map(|(id, _)| id.clone())
    })
}

/// Whether `needle` occurs in `hay` with no letter or digit right before or after it.
fn contains_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(at, _)| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn warn(c: &mut Checker, path: &str, problem: Problem) {
    let pos = c.positions.value(path);
    let mut d = Diagnostic::at(c.file, pos, problem).in_field(path);
    d.severity = Severity::Warning;
    c.out.push(d);
}

#[cfg(test)]
mod tests {
    use super::contains_words;

    #[test]
    fn role_names_match_whole_words_only() {
        assert!(contains_words("ask an ml engineer first", "ml engineer"));
        assert!(contains_words("(ai-engineer)", "ai-engineer"));
        assert!(!contains_words("builders build", "builder"));
        assert!(!contains_words("rebuilder", "builder"));
    }
}
