//! Validation: raw files in, the checked model out, every problem reported.

pub mod quality;
pub mod quiz;
pub mod role;
pub mod skills;

pub use quiz::check_quiz;
pub use role::check_role;
pub use skills::check_skills;

use std::borrow::Cow;

use super::diagnostic::{Diagnostic, IdKind, Problem, Suggest};
use super::positions::{Pos, Positions};
use super::text::{RawText, Text};

/// The longest single text a pack may hold, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;

/// Collects the problems of one file, each placed at its line and column.
pub struct Checker<'a, 't> {
    pub file: &'a str,
    pub positions: &'a Positions<'t>,
    /// Fields whose value had the wrong type (already reported).
    pub mistyped: &'a std::collections::HashSet<String>,
    pub languages: &'a [String],
    pub out: &'a mut Vec<Diagnostic>,
}

impl Checker<'_, '_> {
    pub fn value_pos(&self, path: &str) -> Pos {
        self.positions.value(path)
    }

    /// Reports a problem at the value of `path`.
    pub fn error(&mut self, path: &str, problem: Problem) {
        let pos = self.positions.value(path);
        self.out
            .push(Diagnostic::at(self.file, pos, problem).in_field(path));
    }

    /// Reports a problem at the key of `path` (for entries of a map).
    pub fn error_at_key(&mut self, path: &str, problem: Problem) {
        let pos = self.positions.key(path);
        self.out
            .push(Diagnostic::at(self.file, pos, problem).in_field(path));
    }

    pub fn missing(&mut self, parent: &str, field: &str) {
        if self.mistyped.contains(&join(parent, field)) {
            return;
        }
        self.error(
            parent,
            Problem::MissingField {
                field: field.to_string(),
            },
        );
    }

    /// Checks an id is present and in kebab-case.
    pub fn id(&mut self, parent: &str, id: &Option<Cow<str>>) -> Option<String> {
        match id {
            None => {
                self.missing(parent, "id");
                None
            }
            Some(id) => {
                if !is_kebab(id) {
                    self.error(
                        &join(parent, "id"),
                        Problem::IdNotKebab { id: id.to_string() },
                    );
                }
                Some(id.to_string())
            }
        }
    }

    /// A required text: present, not blank, not too long, in every pack language.
    pub fn text(&mut self, parent: &str, field: &str, raw: &Option<RawText>) -> Text {
        match raw {
            None => {
                self.missing(parent, field);
                Text::default()
            }
            Some(raw) => self.text_in(|| join(parent, field), raw, true),
        }
    }

    /// An optional text: checked like a required one when present.
    pub fn optional_text(&mut self, parent: &str, field: &str, raw: &Option<RawText>) -> Text {
        match raw {
            None => Text::default(),
            Some(raw) => self.text_in(|| join(parent, field), raw, false),
        }
    }

    /// A list of texts, each checked.
    pub fn texts(&mut self, parent: &str, field: &str, raws: &[RawText]) -> Vec<Text> {
        let path = join(parent, field);
        raws.iter()
            .enumerate()
            .map(|(i, raw)| self.text_in(|| item(&path, i), raw, false))
            .collect()
    }

    /// Checks one text (`required`: one that cannot be left out); its path
    /// is written out only for a problem.
    fn text_in(&mut self, path: impl Fn() -> String, raw: &RawText, required: bool) -> Text {
        let empty = Problem::TextEmpty { required };
        let text = Text::from_raw(raw);
        // Blank, plain and the languages are read from the raw text: the same
        // answers as asking `text`, without unpacking it again. Each language
        // of a map is a text a person reads, so each must say something.
        match raw {
            RawText::Plain(s) if is_blank(s) => self.error(&path(), empty),
            RawText::Localised(map) if map.iter().next().is_none() => self.error(&path(), empty),
            RawText::Localised(map) => {
                for (code, s) in map.iter() {
                    if is_blank(s) {
                        self.error(&join(&path(), code), empty.clone());
                    }
                }
            }
            RawText::Plain(_) => {}
        }
        let too_long = Problem::TextTooLong {
            max: MAX_TEXT_CHARS,
        };
        match raw {
            RawText::Localised(map) => {
                for (code, s) in map.iter() {
                    if s.chars().count() > MAX_TEXT_CHARS {
                        self.error(&join(&path(), code), too_long.clone());
                    }
                }
            }
            RawText::Plain(s) => {
                if s.chars().count() > MAX_TEXT_CHARS {
                    self.error(&path(), too_long);
                }
            }
        }
        // A language map with the code `*` counts as a plain text, as in `Text`.
        if let RawText::Localised(map) = raw {
            if !map.contains_key(ANY_LANGUAGE) {
                for code in self.languages {
                    if !map.contains_key(code) {
                        self.error(&path(), Problem::TextMissingLanguage { code: code.clone() });
                    }
                }
            }
        }
        text
    }

    /// Reports ids that occur more than once among `ids` (path, id).
    pub fn duplicates(&mut self, ids: &[(String, String)], what: IdKind) {
        self.duplicates_by(
            ids.iter().enumerate().map(|(k, (_, id))| (k, id.as_str())),
            |k| ids[k].0.clone(),
            what,
        );
    }

    /// Reports ids that occur more than once among `ids` (key, id); the path
    /// of an id is written by `path_of(key)`, only for a problem.
    pub fn duplicates_by<'i>(
        &mut self,
        ids: impl IntoIterator<Item = (usize, &'i str)>,
        path_of: impl Fn(usize) -> String,
        what: IdKind,
    ) {
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (key, id) in ids {
            match seen.get(id) {
                Some(first) => {
                    let first_line = self.positions.value(&path_of(*first)).line;
                    self.error(
                        &path_of(key),
                        Problem::DuplicateId {
                            what,
                            id: id.to_string(),
                            first_line,
                        },
                    );
                }
                None => {
                    seen.insert(id, key);
                }
            }
        }
    }

    /// Suggests the closest known id, or lists what is known.
    pub fn suggest<'s>(
        &self,
        got: &str,
        known: impl IntoIterator<Item = &'s str> + Clone,
    ) -> Suggest {
        Suggest::among(got, known)
    }
}

/// The language code of a text written once for every language (see `Text`).
const ANY_LANGUAGE: &str = "*";

/// Whether a text is empty once sanitised and trimmed: nothing in it but
/// white space and characters the sanitiser removes.
fn is_blank(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || crate::sanitize::is_unsafe(c))
}

/// `parent.child`, or `child` at the top. Paths are made for every item of a
/// pack, so without the formatting machinery.
pub fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        return child.to_string();
    }
    let mut path = String::with_capacity(parent.len() + 1 + child.len());
    path.push_str(parent);
    path.push('.');
    path.push_str(child);
    path
}

/// The path of item `i` of the list at `parent`.
pub fn item(parent: &str, i: usize) -> String {
    join(parent, itoa::Buffer::new().format(i))
}

/// Whether `s` is lowercase kebab-case: `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}
