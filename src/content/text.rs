//! Texts that may be written in several languages.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

// Its strings are borrowed from the file's text where the parser could.
/// A human text from a content pack: a plain string or a map of language to string.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum RawText<'a> {
    Plain(Cow<'a, str>),
    Localised(#[schemars(with = "BTreeMap<String, String>")] ByLang<'a>),
}

/// Strings by language code, in code order. A text has a handful of
/// languages, so a sorted list: one allocation, no tree nodes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ByLang<'a>(Vec<(Cow<'a, str>, Cow<'a, str>)>);

impl<'a> ByLang<'a> {
    /// From entries in any order; of a code given twice, the first is kept.
    pub fn from_entries(mut entries: Vec<(Cow<'a, str>, Cow<'a, str>)>) -> ByLang<'a> {
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|later, first| later.0 == first.0);
        ByLang(entries)
    }

    pub fn get(&self, code: &str) -> Option<&str> {
        self.0
            .binary_search_by(|(k, _)| k.as_ref().cmp(code))
            .ok()
            .map(|i| self.0[i].1.as_ref())
    }

    pub fn contains_key(&self, code: &str) -> bool {
        self.get(code).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + Clone {
        self.0.iter().map(|(k, v)| (k.as_ref(), v.as_ref()))
    }
}

/// Written and read as a map of code to string.
impl Serialize for ByLang<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_pairs(self.iter(), self.0.len(), s)
    }
}

fn serialize_pairs<'p, S: Serializer>(
    pairs: impl Iterator<Item = (&'p str, &'p str)>,
    len: usize,
    s: S,
) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(len))?;
    for (k, v) in pairs {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

/// Reads a map of code to string, in code order, the first of a code given twice kept.
fn deserialize_pairs<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(String, String)>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Vec<(String, String)>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map of language code to text")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut entries: Vec<(String, String)> =
                Vec::with_capacity(map.size_hint().unwrap_or(0).min(16));
            while let Some(entry) = map.next_entry::<String, String>()? {
                entries.push(entry);
            }
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            entries.dedup_by(|later, first| later.0 == first.0);
            Ok(entries)
        }
    }
    d.deserialize_map(V)
}

impl<'de> Deserialize<'de> for ByLang<'_> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let pairs = deserialize_pairs(d)?;
        Ok(ByLang(
            pairs
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k), Cow::Owned(v)))
                .collect(),
        ))
    }
}

/// A validated, sanitised text with one string per language it was written in.
///
/// A pack holds tens of thousands of texts, so each is one allocation: its
/// (code, string) pairs in code order, packed into one string as
/// `LEN:CODELEN:TEXT…` (each part preceded by its length in bytes and a
/// colon). Written and read as a map of code to string by formats for people
/// (JSON); in the built-in pack's binary form (postcard) a text is where its
/// packed string lies in the built-in texts, which the binary holds as one
/// static string, so reading the built-in pack allocates no text.
#[derive(Clone, Default)]
pub struct Text {
    packed: Packed,
}

#[derive(Clone)]
enum Packed {
    Owned(Box<str>),
    /// `len` bytes at `at` in [`BUILTIN`] (checked when read).
    Builtin {
        at: u32,
        len: u32,
    },
}

impl Default for Packed {
    fn default() -> Packed {
        Packed::Owned(Box::default())
    }
}

// The packed strings of every text of the built-in pack, one after another
// (written by build.rs through `store_builtin`).
#[cfg(prebuilt_pack)]
use super::builtin::TEXTS as BUILTIN;
#[cfg(not(prebuilt_pack))]
const BUILTIN: &str = "";

thread_local! {
    /// While build.rs writes the built-in pack: the packed texts so far.
    static STORE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Runs `write`, which serialises texts in a binary (not human-readable)
/// format, and returns what it returned with the packed texts it wrote:
/// build.rs stores them as the built-in texts, and the written form refers
/// to them by place.
pub fn store_builtin<R>(write: impl FnOnce() -> R) -> (R, String) {
    STORE.with(|s| *s.borrow_mut() = Some(String::new()));
    let out = write();
    let texts = STORE.with(|s| s.borrow_mut().take()).unwrap_or_default();
    (out, texts)
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.packed() == other.packed()
    }
}

/// The key a plain (language-less) string is kept under.
const ANY: &str = "*";

/// The (code, string) pairs of a packed text.
struct Pairs<'a>(&'a str);

impl<'a> Iterator for Pairs<'a> {
    type Item = (&'a str, &'a str);
    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        let code = take_part(&mut self.0)?;
        let text = take_part(&mut self.0)?;
        Some((code, text))
    }
}

/// The next length-prefixed part of `rest`; `None` at the end.
fn take_part<'a>(rest: &mut &'a str) -> Option<&'a str> {
    let (len, after) = rest.split_once(':')?;
    let len: usize = len.parse().ok()?;
    let part = after.get(..len)?;
    *rest = &after[len..];
    Some(part)
}

/// The bytes `push_part` writes for `part`.
fn part_len(part: &str) -> usize {
    itoa::Buffer::new().format(part.len()).len() + 1 + part.len()
}

fn push_part(out: &mut String, part: &str) {
    out.push_str(itoa::Buffer::new().format(part.len()));
    out.push(':');
    out.push_str(part);
}

impl Text {
    /// From (code, string) pairs in code order, each code once; each string
    /// passes `clean` on the way in. One allocation unless `clean` removes
    /// something.
    fn pack<'p, C: AsRef<str>>(
        pairs: impl Iterator<Item = (&'p str, &'p str)> + Clone,
        clean: impl Fn(&'p str) -> C,
    ) -> Text {
        let len: usize = pairs.clone().map(|(k, v)| part_len(k) + part_len(v)).sum();
        let mut out = String::with_capacity(len);
        for (k, v) in pairs {
            push_part(&mut out, k);
            push_part(&mut out, clean(v).as_ref());
        }
        Text {
            packed: Packed::Owned(out.into_boxed_str()),
        }
    }

    fn packed(&self) -> &str {
        match &self.packed {
            Packed::Owned(s) => s,
            Packed::Builtin { at, len } => {
                let at = *at as usize;
                BUILTIN.get(at..at + *len as usize).unwrap_or("")
            }
        }
    }

    fn pairs(&self) -> Pairs<'_> {
        Pairs(self.packed())
    }

    fn lookup(&self, code: &str) -> Option<&str> {
        self.pairs().find(|(k, _)| *k == code).map(|(_, v)| v)
    }

    /// The text of a pack, sanitised.
    pub fn from_raw(raw: &RawText) -> Text {
        match raw {
            RawText::Plain(s) => {
                Text::pack([(ANY, s.as_ref())].into_iter(), crate::sanitize::clean)
            }
            RawText::Localised(m) => Text::pack(m.iter(), crate::sanitize::clean),
        }
    }

    /// A text that reads the same in every language (used for names built at run time).
    pub fn plain(s: &str) -> Text {
        Text::from_raw(&RawText::Plain(Cow::Borrowed(s)))
    }

    /// The text in the language `code` (`"en"`, or a `Lang`), falling back to a
    /// plain string, then English, then any language.
    pub fn get(&self, code: impl AsRef<str>) -> &str {
        self.lookup(code.as_ref())
            .or_else(|| self.lookup(ANY))
            .or_else(|| self.lookup("en"))
            .or_else(|| self.values().next())
            .unwrap_or("")
    }

    /// The text in every language it is written in (for matching names).
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.values()
    }

    /// Whether the text can be shown in `code` without falling back.
    pub fn has(&self, code: &str) -> bool {
        self.pairs().any(|(k, _)| k == ANY || k == code)
    }

    /// Languages written explicitly (a plain string counts as all).
    pub fn is_plain(&self) -> bool {
        self.lookup(ANY).is_some()
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.pairs().map(|(k, _)| k).filter(|k| *k != ANY)
    }

    /// Every string of the text, whatever its language.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.pairs().map(|(_, v)| v)
    }

    pub fn is_blank(&self) -> bool {
        self.values().all(|s| s.trim().is_empty())
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map().entries(self.pairs()).finish()
    }
}

/// A map of code to string for people (JSON); in a binary format, where
/// the packed string lies in the built-in texts, and only inside
/// [`store_builtin`].
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            return serialize_pairs(self.pairs(), self.pairs().count(), s);
        }
        let packed = self.packed();
        let place = STORE.with(|store| {
            let mut store = store.borrow_mut();
            let texts = store.as_mut()?;
            let at = u32::try_from(texts.len()).ok()?;
            let len = u32::try_from(packed.len()).ok()?;
            texts.push_str(packed);
            Some((at, len))
        });
        match place {
            Some(place) => place.serialize(s),
            None => Err(serde::ser::Error::custom(
                "a text is written in a binary form only as part of the built-in pack",
            )),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        if !d.is_human_readable() {
            let (at, len) = <(u32, u32)>::deserialize(d)?;
            let start = at as usize;
            if BUILTIN.get(start..start + len as usize).is_none() {
                return Err(serde::de::Error::custom(
                    "a text outside the built-in texts",
                ));
            }
            return Ok(Text {
                packed: Packed::Builtin { at, len },
            });
        }
        let pairs = deserialize_pairs(d)?;
        Ok(Text::pack(
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            |v| v,
        ))
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
    fn a_text_takes_two_words_whether_owned_or_built_in() {
        // A big pack holds a hundred thousand texts: the place in the
        // built-in texts fits beside the owned string, with no third word.
        assert_eq!(
            std::mem::size_of::<Text>(),
            2 * std::mem::size_of::<usize>()
        );
    }

    #[test]
    fn falls_back_to_english_then_anything() {
        let t = Text::from_raw(&RawText::Localised(ByLang::from_entries(vec![(
            "en".into(),
            "Hello".into(),
        )])));
        assert_eq!(t.get(Lang::Id), "Hello");
        assert!(!t.has("id"));
    }

    #[test]
    fn a_packed_text_keeps_every_language_and_reads_back_as_a_map() {
        // Codes and texts with colons and digits, a multi-byte text, an empty one.
        let t = Text::from_raw(&RawText::Localised(ByLang::from_entries(vec![
            ("id".into(), "12: dua belas".into()),
            ("en".into(), "Über: 12".into()),
            ("x:1".into(), "".into()),
        ])));
        assert_eq!(t.get("en"), "Über: 12");
        assert_eq!(t.get("id"), "12: dua belas");
        assert_eq!(t.get("x:1"), "");
        assert_eq!(t.languages().collect::<Vec<_>>(), ["en", "id", "x:1"]);
        let json = serde_json::to_string(&t).unwrap_or_default();
        assert_eq!(json, r#"{"en":"Über: 12","id":"12: dua belas","x:1":""}"#);
        let back: Text = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, t);
        let plain = Text::plain("Hello");
        assert!(plain.is_plain() && plain.has("id"));
        assert_eq!(plain.get("id"), "Hello");
    }
}
