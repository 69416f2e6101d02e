//! Texts that may be written in several languages.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// A human text from a content pack: a plain string or a map of language to string.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum RawText {
    Plain(String),
    Localised(#[schemars(with = "BTreeMap<String, String>")] ByLang),
}

/// Strings by language code, in code order. A text has a handful of
/// languages, so a sorted list: one allocation, no tree nodes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ByLang(Vec<(String, String)>);

impl ByLang {
    /// From entries in any order; of a code given twice, the first is kept.
    pub fn from_entries(mut entries: Vec<(String, String)>) -> ByLang {
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|later, first| later.0 == first.0);
        ByLang(entries)
    }

    pub fn get(&self, code: &str) -> Option<&String> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(code))
            .ok()
            .map(|i| &self.0[i].1)
    }

    pub fn contains_key(&self, code: &str) -> bool {
        self.get(code).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl<'a> IntoIterator for &'a ByLang {
    type Item = (&'a String, &'a String);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, String)>,
        fn(&'a (String, String)) -> (&'a String, &'a String),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// Written and read as a map of code to string.
impl Serialize for ByLang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for ByLang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ByLang, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ByLang;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of language code to text")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ByLang, A::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(16));
                while let Some(entry) = map.next_entry::<String, String>()? {
                    entries.push(entry);
                }
                Ok(ByLang::from_entries(entries))
            }
        }
        d.deserialize_map(V)
    }
}

/// A validated, sanitised text with one string per language it was written in.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text {
    by_lang: ByLang,
}

/// The key a plain (language-less) string is kept under.
const ANY: &str = "*";

impl Text {
    pub fn from_raw(raw: &RawText) -> Text {
        let by_lang = match raw {
            RawText::Plain(s) => ByLang(vec![(ANY.to_string(), sanitize(s))]),
            RawText::Localised(m) => {
                ByLang(m.0.iter().map(|(k, v)| (k.clone(), sanitize(v))).collect())
            }
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

    /// The text in every language it is written in (for matching names).
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.by_lang.values().map(String::as_str)
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

    /// Every string of the text, whatever its language.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.by_lang.values().map(String::as_str)
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
        let t = Text::from_raw(&RawText::Localised(ByLang::from_entries(vec![(
            "en".to_string(),
            "Hello".to_string(),
        )])));
        assert_eq!(t.get(Lang::Id), "Hello");
        assert!(!t.has("id"));
    }
}
