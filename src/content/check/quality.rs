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

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::Anchored;

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
/// (an Aho-Corasick automaton): linear in the length of the items and of the
/// names.
///
/// A name counts only as whole words, so a match can only start where a word
/// does. The automaton is walked from each such place, anchored there, and
/// stops as soon as no name goes on: a few bytes for most words. That finds
/// every name that starts there, including one inside a longer name (which
/// an ordinary leftmost search would pass over when the longer one is not a
/// whole word), at a fraction of the cost of listing every overlapping match
/// in the whole text.
pub struct RoleNames {
    ids: Vec<String>,
    /// The role each pattern belongs to.
    owner: Vec<usize>,
    finder: Option<NFA>,
    /// Whether some name starts with this byte (in either ASCII case).
    opens: [bool; 256],
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
        let ids = roles.iter().map(|r| r.id.clone()).collect();
        RoleNames::with_patterns(ids, &patterns, owner)
    }

    /// `patterns` (lower case), each belonging to the role `owner` gives.
    fn with_patterns(ids: Vec<String>, patterns: &[String], owner: Vec<usize>) -> RoleNames {
        let mut opens = [false; 256];
        for b in patterns.iter().filter_map(|p| p.bytes().next()) {
            opens[usize::from(b.to_ascii_lowercase())] = true;
            opens[usize::from(b.to_ascii_uppercase())] = true;
        }
        RoleNames {
            ids,
            owner,
            opens,
            // Patterns are lower case; ASCII letters of a text match in either case.
            finder: NFA::builder()
                .ascii_case_insensitive(true)
                .build(patterns)
                .ok(),
        }
    }

    /// The id of the first role (in pack order) whose name or id appears as
    /// whole words in `text`.
    fn named_in(&self, text: &Text) -> Option<String> {
        text.values()
            .find_map(|t| self.first_in(t))
            .map(|i| self.ids[i].clone())
    }

    /// The first role (its index) named as whole words in `t`.
    fn first_in(&self, t: &str) -> Option<usize> {
        let finder = self.finder.as_ref()?;
        let start = finder.start_state(Anchored::Yes).ok()?;
        // An ASCII text is searched as it is (the finder ignores ASCII
        // case); any other is lowered first, as the names were.
        let ascii = t.is_ascii();
        let lowered;
        let t = if ascii {
            t
        } else {
            lowered = t.to_lowercase();
            lowered.as_str()
        };
        let bytes = t.as_bytes();
        let mut first: Option<usize> = None;
        // Every name that starts at `at`, as whole words.
        let mut walk = |at: usize| {
            if !bytes.get(at).is_some_and(|&b| self.opens[usize::from(b)]) {
                return;
            }
            let mut sid = start;
            for (j, &b) in bytes[at..].iter().enumerate() {
                sid = finder.next_state(Anchored::Yes, sid, b);
                if finder.is_dead(sid) {
                    break;
                }
                if !finder.is_match(sid) {
                    continue;
                }
                for k in 0..finder.match_len(sid) {
                    let p = finder.match_pattern(sid, k);
                    // A state also lists the names that end here but started
                    // later; only those starting at `at` count.
                    if finder.pattern_len(p) == j + 1 && whole_words(t, at, at + j + 1) {
                        let o = self.owner[p.as_usize()];
                        first = Some(first.map_or(o, |f| f.min(o)));
                    }
                }
            }
        };
        // Where a whole word can start: the beginning, and after any
        // character that is not a letter or digit (byte by byte in ASCII).
        if ascii {
            let mut after_word = false;
            for (at, &b) in bytes.iter().enumerate() {
                if !after_word && self.opens[usize::from(b)] {
                    walk(at);
                }
                after_word = b.is_ascii_alphanumeric();
            }
        } else {
            walk(0);
            t.char_indices()
                .filter(|(_, c)| !c.is_alphanumeric())
                .map(|(at, c)| at + c.len_utf8())
                .for_each(&mut walk);
        }
        first
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
    use super::{whole_words, RoleNames};
    use proptest::prelude::*;

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

    /// The names the tests look for, and the role each belongs to.
    const NAMES: [(&str, usize); 7] = [
        ("ml engineer", 0),
        ("engineer", 1),
        ("ai-engineer", 2),
        ("ingénieur ml", 3),
        ("r", 4),
        ("ml", 1),
        ("peneliti ai", 0),
    ];

    fn names() -> RoleNames {
        let patterns: Vec<String> = NAMES.iter().map(|(p, _)| p.to_string()).collect();
        let ids = (0..5).map(|i| format!("role-{i}")).collect();
        RoleNames::with_patterns(ids, &patterns, NAMES.iter().map(|(_, o)| *o).collect())
    }

    /// The same question answered the slow way: every place each name occurs
    /// (ASCII case ignored, other text lowered first), kept if whole words.
    fn first_slowly(t: &str) -> Option<usize> {
        let lowered = if t.is_ascii() {
            t.to_ascii_lowercase()
        } else {
            t.to_lowercase()
        };
        NAMES
            .iter()
            .filter(|(p, _)| contains_words(&lowered, p))
            .map(|(_, o)| *o)
            .min()
    }

    #[test]
    fn a_name_inside_a_longer_one_is_found() {
        let n = names();
        // "ml engineer" is not whole words here ("engineers"), but "ml" is.
        assert_eq!(n.first_in("Ask ML engineers"), Some(1));
        assert_eq!(n.first_in("an ML Engineer, please"), Some(0));
        assert_eq!(n.first_in("(AI-Engineer)"), Some(1));
        assert_eq!(n.first_in("Tanya Peneliti AI dulu"), Some(0));
        assert_eq!(n.first_in("un ingénieur ML"), Some(1));
        assert_eq!(n.first_in("UN INGÉNIEUR ML"), Some(1));
        assert_eq!(n.first_in("builders and rebuilders"), None);
        assert_eq!(n.first_in("R"), Some(4));
        assert_eq!(n.first_in(""), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn finds_what_a_slow_search_finds(
            parts in proptest::collection::vec(
                prop::sample::select(vec![
                    "ml", "ML", "engineer", "Engineers", "ai", "-", " ", "  ", "(", ")", ",",
                    "ingénieur", "INGÉNIEUR", "é", "r", "R2", "peneliti", "x", "1", "ǅ", "İ",
                ]),
                0..12,
            )
        ) {
            let t: String = parts.concat();
            prop_assert_eq!(names().first_in(&t), first_slowly(&t), "text {:?}", t);
        }
    }
}
