//! From the positioned tree to the raw structures of [`super::raw`], field by
//! field: a value of the wrong type or an unknown field is reported and the rest
//! of the file is still read, so one mistake does not hide the others.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

use super::diagnostic::{Diagnostic, Expected, Problem};
use super::text::{ByLang, RawText};
use super::yaml::{Node, Value};

/// A path into the file, built as the walk goes down and written out only
/// when a problem needs it.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    pub fn dotted(&self) -> String {
        match self {
            Path::Root => String::new(),
            Path::Key(parent, key) => join(parent.dotted(), key),
            Path::Index(parent, i) => join(parent.dotted(), &i.to_string()),
        }
    }
}

fn join(parent: String, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent}.{child}")
    }
}

/// Where the problems of one file go, and which fields held a wrong type (so
/// that "missing field" is not reported for them as well).
pub struct Conv<'a> {
    pub file: &'a str,
    pub known_fields: &'a [&'a str],
    pub out: &'a mut Vec<Diagnostic>,
    pub mistyped: HashSet<String>,
}

impl Conv<'_> {
    pub fn wrong_type(&mut self, node: &Node, path: &Path, expected: Expected) {
        let dotted = path.dotted();
        self.out.push(
            Diagnostic::at(self.file, node.pos, Problem::WrongType { expected }).in_field(&dotted),
        );
        self.mistyped.insert(dotted);
    }

    pub fn unknown_field(&mut self, key: &str, at: super::positions::Pos, path: &Path) {
        let suggestion =
            crate::suggest::closest(key, self.known_fields.iter().copied()).map(str::to_string);
        let dotted = Path::Key(path, key).dotted();
        self.out.push(
            Diagnostic::at(
                self.file,
                at,
                Problem::UnknownField {
                    field: key.to_string(),
                    suggestion,
                },
            )
            .in_field(&dotted),
        );
    }
}

/// A raw value read from a node; `None` when it had the wrong type (reported).
pub trait FromNode<'a>: Sized {
    fn from_node(node: &Node<'a>, cx: &mut Conv, path: &Path) -> Option<Self>;
}

impl FromNode<'_> for String {
    fn from_node(node: &Node, cx: &mut Conv, path: &Path) -> Option<String> {
        match &node.value {
            Value::Str(s) => Some(s.to_string()),
            _ => {
                cx.wrong_type(node, path, Expected::Text);
                None
            }
        }
    }
}

/// Text borrowed from the file where the parser could (no escapes), not copied.
impl<'a> FromNode<'a> for Cow<'a, str> {
    fn from_node(node: &Node<'a>, cx: &mut Conv, path: &Path) -> Option<Cow<'a, str>> {
        match &node.value {
            Value::Str(s) => Some(s.clone()),
            _ => {
                cx.wrong_type(node, path, Expected::Text);
                None
            }
        }
    }
}

impl FromNode<'_> for f64 {
    fn from_node(node: &Node, cx: &mut Conv, path: &Path) -> Option<f64> {
        match &node.value {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            Value::BigInt(s) => s.parse().ok(),
            _ => {
                cx.wrong_type(node, path, Expected::Number);
                None
            }
        }
    }
}

impl FromNode<'_> for u32 {
    fn from_node(node: &Node, cx: &mut Conv, path: &Path) -> Option<u32> {
        match &node.value {
            Value::Int(i) if u32::try_from(*i).is_ok() => u32::try_from(*i).ok(),
            _ => {
                cx.wrong_type(node, path, Expected::WholeNumber);
                None
            }
        }
    }
}

impl FromNode<'_> for bool {
    fn from_node(node: &Node, cx: &mut Conv, path: &Path) -> Option<bool> {
        match &node.value {
            Value::Bool(b) => Some(*b),
            _ => {
                cx.wrong_type(node, path, Expected::TrueFalse);
                None
            }
        }
    }
}

/// `null` reads as absent.
impl<'a, T: FromNode<'a>> FromNode<'a> for Option<T> {
    fn from_node(node: &Node<'a>, cx: &mut Conv, path: &Path) -> Option<Option<T>> {
        if node.is_null() {
            return Some(None);
        }
        T::from_node(node, cx, path).map(Some)
    }
}

/// A list; an item of the wrong type is reported and left out.
impl<'a, T: FromNode<'a>> FromNode<'a> for Vec<T> {
    fn from_node(node: &Node<'a>, cx: &mut Conv, path: &Path) -> Option<Vec<T>> {
        match &node.value {
            Value::Null => Some(Vec::new()),
            Value::Seq(items) => Some(
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, n)| T::from_node(n, cx, &Path::Index(path, i)))
                    .collect(),
            ),
            _ => {
                cx.wrong_type(node, path, Expected::List);
                None
            }
        }
    }
}

/// A map of names to values; the first of duplicate keys is kept (duplicates
/// are reported by `yaml::report_duplicate_keys`).
impl<'a, T: FromNode<'a>> FromNode<'a> for BTreeMap<String, T> {
    fn from_node(node: &Node<'a>, cx: &mut Conv, path: &Path) -> Option<BTreeMap<String, T>> {
        match &node.value {
            Value::Null => Some(BTreeMap::new()),
            Value::Map(entries) => {
                let mut map = BTreeMap::new();
                for e in entries {
                    if map.contains_key(e.key.as_ref()) {
                        continue;
                    }
                    if let Some(v) = T::from_node(&e.value, cx, &Path::Key(path, &e.key)) {
                        map.insert(e.key.to_string(), v);
                    }
                }
                Some(map)
            }
            _ => {
                cx.wrong_type(node, path, Expected::Map);
                None
            }
        }
    }
}

impl<'a> FromNode<'a> for RawText<'a> {
    fn from_node(node: &Node<'a>, cx: &mut Conv, path: &Path) -> Option<RawText<'a>> {
        match &node.value {
            Value::Str(s) => Some(RawText::Plain(s.clone())),
            Value::Map(entries) => {
                let mut by: Vec<(Cow<'a, str>, Cow<'a, str>)> = Vec::with_capacity(entries.len());
                for e in entries {
                    // The first of duplicate keys is kept (duplicates are reported).
                    if by.iter().any(|(k, _)| *k == *e.key) {
                        continue;
                    }
                    if let Some(v) =
                        <Cow<'a, str>>::from_node(&e.value, cx, &Path::Key(path, &e.key))
                    {
                        by.push((e.key.clone(), v));
                    }
                }
                Some(RawText::Localised(ByLang::from_entries(by)))
            }
            _ => {
                cx.wrong_type(node, path, Expected::TextOrLanguages);
                None
            }
        }
    }
}

/// Declares a raw structure and reads it from a map node: every field is
/// optional in the file (its `Default` when absent), unknown keys are reported.
macro_rules! raw_struct {
    ($(#[$meta:meta])* pub struct $name:ident $(<$lt:lifetime>)? {
        $($(#[$fmeta:meta])* pub $field:ident : $ty:ty),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Default)]
        pub struct $name $(<$lt>)? {
            $($(#[$fmeta])* pub $field: $ty,)*
            /// Where the map starts in its file (not a field of the file).
            #[schemars(skip)]
            pub at: $crate::content::positions::Pos,
        }

        impl<'a> $crate::content::convert::FromNode<'a> for $name $(<$lt>)? {
            fn from_node(
                node: &$crate::content::yaml::Node<'a>,
                cx: &mut $crate::content::convert::Conv,
                path: &$crate::content::convert::Path,
            ) -> Option<Self> {
                use $crate::content::convert::Path;
                use $crate::content::yaml::Value;
                let Value::Map(entries) = &node.value else {
                    cx.wrong_type(node, path, $crate::content::diagnostic::Expected::Map);
                    return None;
                };
                let mut out = Self {
                    at: node.pos,
                    ..Self::default()
                };
                let mut done: Vec<&str> = Vec::new();
                for e in entries {
                    let key: &str = &e.key;
                    if done.contains(&key) {
                        continue;
                    }
                    done.push(key);
                    match key {
                        $(stringify!($field) => {
                            if let Some(v) = <$ty as $crate::content::convert::FromNode<'a>>::from_node(&e.value, cx, &Path::Key(path, &e.key)) {
                                out.$field = v;
                            }
                        })*
                        other => cx.unknown_field(other, e.key_pos, path),
                    }
                }
                Some(out)
            }
        }
    };
}
pub(crate) use raw_struct;
