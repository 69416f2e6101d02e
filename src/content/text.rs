//! Texts that may be written in several languages.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A human text from a content pack: a plain string or a map of language to string.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum RawText {
    Plain(String),
    Localised(BTreeMap<String, String>),
}

/// A validated, sanitised text with one string per language it was written in.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text {
    by_lang: BTreeMap<String, String>,
}

/// The key a plain (language-less) string is kept under.
const ANY: &str = "*";

impl Text {
    pub fn from_raw(raw: &RawText) -> Text {
        let by_lang = match raw {
            RawText::Plain(s) => BTreeMap::from([(ANY.to_string(), sanitize(s))]),
            RawText::Localised(m) => m.iter().map(|(k, v)| (k.clone(), sanitize(v))).collect(),
        };
        Text { by_lang }
    }

    /// A text that reads the same in every language (used for names built at run time).
    pub fn plain(s: &str) -> Text {
        Text::from_raw(&RawText::Plain(s.to_string()))
    }

    /// The text in the language `code` (`"en"`, or a `Lang`), falling back to a
    /// plain string, then English, then any language.
    pub fn get(&self, code: impl AsRef<str>) -> &str {
        self.by_lang
            .get(code.as_ref())
            .or_else(|| self.by_lang.get(ANY))
            .or_else(|| self.by_lang.get("en"))
            .or_else(|| self.by_lang.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Whether the text can be shown in `code` without falling back.
    pub fn has(&self, code: &str) -> bool {
        self.by_lang.contains_key(ANY) || self.by_lang.contains_key(code)
    }

    /// Languages written explicitly (a plain string counts as all).
    pub fn is_plain(&self) -> bool {
        self.by_lang.contains_key(ANY)
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.by_lang
            .keys()
            .map(String::as_str)
            .filter(|k| *k != ANY)
    }

    pub fn is_blank(&self) -> bool {
        self.by_lang.values().all(|s| s.trim().is_empty())
    }
}

/// Removes terminal control characters (escape sequences, bells, carriage
/// returns, bidi controls…) from untrusted text, keeping newlines and tabs.
pub fn sanitize(s: &str) -> String {
    crate::sanitize::clean(s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn sanitize_strips_escape_sequences_but_keeps_words() {
        assert_eq!(sanitize("a\u{1b}[2Jb\u{7}c\r\nd"), "a[2Jbc\nd");
    }

    #[test]
    fn falls_back_to_english_then_anything() {
        let t = Text::from_raw(&RawText::Localised(BTreeMap::from([(
            "en".to_string(),
            "Hello".to_string(),
        )])));
        assert_eq!(t.get(Lang::Id), "Hello");
        assert!(!t.has("id"));
    }
}
