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

use aho_corasick::AhoCorasick;

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
pub fn check_quiz(c: &mut Checker, quiz: &Quiz, limits: Limits, names: &RoleNames) {
    let dims = quiz.dimensions.len();
    let mut items = vec![0usize; dims];
    let mut reverse = vec![0usize; dims];
    for q in &quiz.questions {
        // The same "informs" as the check that every dimension has a question.
        super::quiz::each_informed(&q.kind, |informed| {
            if let Some(d) = quiz.dimensions.iter().position(|x| x.id == informed) {
                items[d] += 1;
            }
        });
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

    for (i, q) in quiz.questions.iter().enumerate() {
        if let Some(role) = names.named_in(&q.text) {
            warn(
                c,
                &format!("questions.{i}.text"),
                Problem::RoleNamedInItem { role },
            );
        }
        for (j, o) in q.kind.options().iter().enumerate() {
            if let Some(role) = names.named_in(&o.text) {
                warn(
                    c,
                    &format!("questions.{i}.options.{j}.text"),
                    Problem::RoleNamedInItem { role },
                );
            }
        }
    }
}

/// The names and ids of a pack's roles, looked for in every item at once
/// (Aho-Corasick): linear in the length of the items and of the names.
pub struct RoleNames {
    ids: Vec<String>,
    /// The role each pattern belongs to.
    owner: Vec<usize>,
    finder: Option<AhoCorasick>,
}

impl RoleNames {
    pub fn new(roles: &[Role]) -> RoleNames {
        let mut patterns = Vec::new();
        let mut owner = Vec::new();
        for (i, r) in roles.iter().enumerate() {
            let mut words: Vec<String> = r.name.values().map(str::to_lowercase).collect();
            words.push(r.id.to_lowercase());
            words.sort();
            words.dedup();
            for w in words.into_iter().filter(|w| !w.is_empty()) {
                patterns.push(w);
                owner.push(i);
            }
        }
        RoleNames {
            ids: roles.iter().map(|r| r.id.clone()).collect(),
            owner,
            // Patterns are lower case; ASCII letters of a text match in either case.
            finder: AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(&patterns)
                .ok(),
        }
    }

    /// The id of the first role (in pack order) whose name or id appears as
    /// whole words in `text`.
    fn named_in(&self, text: &Text) -> Option<String> {
        let finder = self.finder.as_ref()?;
        text.values().find_map(|t| {
            // An ASCII text is searched as it is (the finder ignores ASCII
            // case); any other is lowered first, as the names were.
            let lowered;
            let t = if t.is_ascii() {
                t
            } else {
                lowered = t.to_lowercase();
                lowered.as_str()
            };
            finder
                .find_overlapping_iter(t)
                .filter(|m| whole_words(t, m.start(), m.end()))
                .map(|m| self.owner[m.pattern().as_usize()])
                .min()
                .map(|i| self.ids[i].clone())
        })
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

/// Whether `hay[start..end]` has no letter or digit right before or after it.
fn whole_words(hay: &str, start: usize, end: usize) -> bool {
    let before = hay[..start].chars().next_back();
    let after = hay[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

fn warn(c: &mut Checker, path: &str, problem: Problem) {
    let pos = c.positions.value(path);
    let mut d = Diagnostic::at(c.file, pos, problem).in_field(path);
    d.severity = Severity::Warning;
    c.out.push(d);
}

#[cfg(test)]
mod tests {
    use super::whole_words;

    /// Whether `needle` occurs in `hay` as whole words.
    fn contains_words(hay: &str, needle: &str) -> bool {
        hay.match_indices(needle)
            .any(|(at, _)| whole_words(hay, at, at + needle.len()))
    }

    #[test]
    fn role_names_match_whole_words_only() {
        assert!(contains_words("ask an ml engineer first", "ml engineer"));
        assert!(contains_words("(ai-engineer)", "ai-engineer"));
        assert!(!contains_words("builders build", "builder"));
        assert!(!contains_words("rebuilder", "builder"));
    }
}
