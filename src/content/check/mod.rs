//! Validation: raw files in, the checked model out, every problem reported.

pub mod quiz;
pub mod role;
pub mod skills;

pub use quiz::check_quiz;
pub use role::check_role;
pub use skills::check_skills;

use super::diagnostic::Diagnostic;
use super::positions::{Pos, Positions};
use super::text::{RawText, Text};
use crate::i18n::Lang;
use crate::tr;

/// The longest single text a pack may hold, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;

/// Collects the problems of one file, each placed at its line and column.
pub struct Checker<'a> {
    pub lang: Lang,
    pub file: &'a str,
    pub positions: &'a Positions,
    pub languages: &'a [String],
    pub out: &'a mut Vec<Diagnostic>,
}

impl Checker<'_> {
    pub fn value_pos(&self, path: &str) -> Pos {
        self.positions.value(path)
    }

    /// Reports a problem at the value of `path`.
    pub fn error(&mut self, path: &str, message: String, hint: String) {
        let pos = self.positions.value(path);
        self.out
            .push(Diagnostic::at(self.file, pos, message, Some(hint)).in_field(path));
    }

    /// Reports a problem at the key of `path` (for entries of a map).
    pub fn error_at_key(&mut self, path: &str, message: String, hint: String) {
        let pos = self.positions.key(path);
        self.out
            .push(Diagnostic::at(self.file, pos, message, Some(hint)).in_field(path));
    }

    pub fn missing(&mut self, parent: &str, field: &str) {
        let lang = self.lang;
        self.error(
            parent,
            tr!(lang, "missing field `{field}`", "field `{field}` belum ada"),
            tr!(
                lang,
                "add `{field}:`; docs/authoring.md describes it",
                "tambahkan `{field}:`; docs/authoring.md menjelaskannya"
            ),
        );
    }

    /// Checks an id is present and in kebab-case.
    pub fn id(&mut self, parent: &str, id: &Option<String>) -> Option<String> {
        let path = join(parent, "id");
        match id {
            None => {
                self.missing(parent, "id");
                None
            }
            Some(id) if !is_kebab(id) => {
                let lang = self.lang;
                let safe = super::text::sanitize(id);
                self.error(
                    &path,
                    tr!(
                        lang,
                        "id `{safe}` is not lowercase kebab-case",
                        "id `{safe}` bukan huruf kecil bertanda hubung (kebab-case)"
                    ),
                    tr!(
                        lang,
                        "use lowercase letters, digits and single dashes, like `ml-engineer`",
                        "pakai huruf kecil, angka dan satu tanda hubung, misalnya `ml-engineer`"
                    ),
                );
                Some(id.clone())
            }
            Some(id) => Some(id.clone()),
        }
    }

    /// A required text: present, not blank, not too long, in every pack language.
    pub fn text(&mut self, parent: &str, field: &str, raw: &Option<RawText>) -> Text {
        match raw {
            None => {
                self.missing(parent, field);
                Text::default()
            }
            Some(raw) => self.text_at(&join(parent, field), raw),
        }
    }

    /// An optional text: checked like a required one when present.
    pub fn optional_text(&mut self, parent: &str, field: &str, raw: &Option<RawText>) -> Text {
        match raw {
            None => Text::default(),
            Some(raw) => self.text_at(&join(parent, field), raw),
        }
    }

    /// A list of texts, each checked.
    pub fn texts(&mut self, parent: &str, field: &str, raws: &[RawText]) -> Vec<Text> {
        let path = join(parent, field);
        raws.iter()
            .enumerate()
            .map(|(i, raw)| self.text_at(&join(&path, &i.to_string()), raw))
            .collect()
    }

    pub fn text_at(&mut self, path: &str, raw: &RawText) -> Text {
        let lang = self.lang;
        let text = Text::from_raw(raw);
        if text.is_blank() {
            self.error(
                path,
                tr!(lang, "this text is empty", "teks ini kosong"),
                tr!(
                    lang,
                    "write the text or remove the field",
                    "isi teksnya atau hapus field-nya"
                ),
            );
        }
        if let RawText::Localised(map) = raw {
            for (code, s) in map {
                if s.chars().count() > MAX_TEXT_CHARS {
                    self.error(
                        &join(path, code),
                        tr!(
                            lang,
                            "this text is longer than {MAX_TEXT_CHARS} characters",
                            "teks ini lebih dari {MAX_TEXT_CHARS} karakter"
                        ),
                        tr!(lang, "shorten it", "persingkat"),
                    );
                }
            }
        } else if let RawText::Plain(s) = raw {
            if s.chars().count() > MAX_TEXT_CHARS {
                self.error(
                    path,
                    tr!(
                        lang,
                        "this text is longer than {MAX_TEXT_CHARS} characters",
                        "teks ini lebih dari {MAX_TEXT_CHARS} karakter"
                    ),
                    tr!(lang, "shorten it", "persingkat"),
                );
            }
        }
        if !text.is_plain() {
            for code in self.languages {
                if !text.has(code) {
                    self.error(
                        path,
                        tr!(
                            lang,
                            "this text has no `{code}` version, but the pack declares `{code}`",
                            "teks ini tidak punya versi `{code}`, padahal paket menyatakan `{code}`"
                        ),
                        tr!(
                            lang,
                            "add `{code}: \"…\"` under this field",
                            "tambahkan `{code}: \"…\"` di bawah field ini"
                        ),
                    );
                }
            }
        }
        text
    }

    /// Reports ids that occur more than once among `ids` (path, id).
    pub fn duplicates(&mut self, ids: &[(String, String)], what: &str) {
        let lang = self.lang;
        let mut seen = std::collections::BTreeMap::new();
        for (path, id) in ids {
            if let Some(first) = seen.insert(id.clone(), path.clone()) {
                let line = self.positions.value(&first).line;
                self.error(
                    path,
                    tr!(lang, "duplicate {what} id `{id}`", "id {what} `{id}` ganda"),
                    tr!(
                        lang,
                        "ids must be unique; the first `{id}` is on line {line}",
                        "id harus unik; `{id}` yang pertama ada di baris {line}"
                    ),
                );
                seen.insert(id.clone(), first);
            }
        }
    }

    /// Suggests the closest known id, or lists what is known.
    pub fn unknown_hint<'s>(
        &self,
        got: &str,
        known: impl IntoIterator<Item = &'s str> + Clone,
    ) -> String {
        let lang = self.lang;
        match crate::suggest::closest(got, known.clone()) {
            Some(s) => tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
            None => {
                let list = known.into_iter().collect::<Vec<_>>().join(", ");
                tr!(lang, "known ids: {list}", "id yang dikenal: {list}")
            }
        }
    }
}

pub fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent}.{child}")
    }
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
