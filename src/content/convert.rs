//! From a file's values (a stream of [`super::events`]) to the raw structures
//! of [`super::raw`], field by field, with no tree in between: a value of the
//! wrong type or an unknown field is reported and the rest of the file is still
//! read, so one mistake does not hide the others. Keys given twice in one map
//! are reported on the way, anywhere in the file.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::diagnostic::{Diagnostic, Expected, Problem};
use super::events::{self, Ev, Events, Item, Stop};
use super::positions::Pos;
use super::raw::RawWeights;
use super::text::{ByLang, RawText};
use super::yaml::{Failure, Value};

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
    /// Wrong types and unknown fields.
    pub out: Vec<Diagnostic>,
    /// Keys given twice (reported before the rest, as a first pass would).
    pub duplicates: Vec<Diagnostic>,
    pub mistyped: HashSet<String>,
}

impl Conv<'_> {
    pub fn wrong_type(&mut self, at: Pos, path: &Path, expected: Expected) {
        let dotted = path.dotted();
        self.out
            .push(Diagnostic::at(self.file, at, Problem::WrongType { expected }).in_field(&dotted));
        self.mistyped.insert(dotted);
    }

    pub fn unknown_field(&mut self, key: &str, at: Pos, path: &Path) {
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

/// Maps up to this many keys are checked for duplicates pairwise; longer ones with a hash map.
const SMALL_MAP: usize = 16;

/// Reads the raw structures of one file from its stream of values.
pub struct Reader<'a, 'c> {
    events: Events<'a>,
    pub cx: Conv<'c>,
    /// The keys (and lines) of every open map, innermost last.
    keys: Vec<(Cow<'a, str>, usize)>,
}

/// What a whole file reads as.
pub enum Read<T> {
    /// Nothing, or only `null`.
    Empty,
    Value(Option<T>),
}

impl<'a, 'c> Reader<'a, 'c> {
    pub fn new(events: Events<'a>, cx: Conv<'c>) -> Reader<'a, 'c> {
        Reader {
            events,
            cx,
            keys: Vec::new(),
        }
    }

    /// Reads the file's one value as a `T`, and the rest of the file (a
    /// problem anywhere stops it all, as with a tree).
    pub fn read_file<T: FromEvents<'a>>(&mut self) -> Result<Read<T>, Stop> {
        let root = match self.events.step()? {
            None => None,
            Some(Item {
                ev: Ev::Scalar(Value::Null),
                ..
            }) => None,
            Some(item) => Some(item),
        };
        let read = match root {
            None => Read::Empty,
            Some(item) => Read::Value(T::read(self, item, &Path::Root)?),
        };
        while self.events.step()?.is_some() {}
        Ok(read)
    }

    /// The next step inside an open list or map.
    fn next(&mut self) -> Result<Item<'a>, Stop> {
        Ok(self.events.step()?.unwrap_or(Item {
            pos: Pos::default(),
            ev: Ev::End,
        }))
    }

    /// Reads the entries of a map just opened, reporting keys given twice:
    /// `entry` gets each key, where it stands, whether it was given before, and
    /// the first step of its value, which it must read or skip.
    pub fn entries(
        &mut self,
        path: &Path,
        mut entry: impl FnMut(&mut Self, Cow<'a, str>, Pos, bool, Item<'a>) -> Result<(), Stop>,
    ) -> Result<(), Stop> {
        let start = self.keys.len();
        let mut index: Option<HashMap<Cow<'a, str>, usize>> = None;
        loop {
            let item = self.next()?;
            let key_pos = item.pos;
            let key = match item.ev {
                Ev::End => break,
                Ev::Scalar(v) => events::key_text(v),
                ev => {
                    // As the tree does: what is inside is read first.
                    self.skip(Item { pos: key_pos, ev }, path)?;
                    return Err(Stop::Fail(Box::new(Failure {
                        pos: Some(key_pos),
                        problem: Problem::Syntax {
                            detail: super::yaml::NOT_A_KEY.to_string(),
                        },
                    })));
                }
            };
            let first_line = match &index {
                Some(index) => index.get(&key).copied(),
                None => self.keys[start..]
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, line)| *line),
            };
            match first_line {
                Some(first_line) => self.cx.duplicates.push(
                    Diagnostic::at(
                        self.cx.file,
                        key_pos,
                        Problem::DuplicateKey {
                            key: key.to_string(),
                            first_line,
                        },
                    )
                    .in_field(&Path::Key(path, &key).dotted()),
                ),
                None => {
                    if let Some(index) = &mut index {
                        index.insert(key.clone(), key_pos.line);
                    } else {
                        self.keys.push((key.clone(), key_pos.line));
                        if self.keys.len() - start > SMALL_MAP {
                            index = Some(self.keys.drain(start..).collect());
                        }
                    }
                }
            }
            let value = self.next()?;
            entry(self, key, key_pos, first_line.is_some(), value)?;
        }
        self.keys.truncate(start);
        Ok(())
    }

    /// Reads the items of a list just opened: `item` gets each one's index and first step.
    pub fn items(
        &mut self,
        mut item: impl FnMut(&mut Self, usize, Item<'a>) -> Result<(), Stop>,
    ) -> Result<(), Stop> {
        let mut i = 0;
        loop {
            let next = self.next()?;
            if matches!(next.ev, Ev::End) {
                return Ok(());
            }
            item(self, i, next)?;
            i += 1;
        }
    }

    /// Passes over a value not used (still reporting keys given twice in it).
    pub fn skip(&mut self, first: Item<'a>, path: &Path) -> Result<(), Stop> {
        match first.ev {
            Ev::MapStart => self.entries(path, |r, key, _, _, value| {
                r.skip(value, &Path::Key(path, &key))
            }),
            Ev::SeqStart => self.items(|r, i, item| r.skip(item, &Path::Index(path, i))),
            Ev::Scalar(_) | Ev::End => Ok(()),
        }
    }

    /// A value of the wrong type: reported, and passed over.
    pub fn wrong(&mut self, first: Item<'a>, path: &Path, expected: Expected) -> Result<(), Stop> {
        self.cx.wrong_type(first.pos, path, expected);
        self.skip(first, path)
    }

    /// A map of names to values of one type, each handed to `keep` with its
    /// key; `null` is a map with no entries. Of a key given twice the first
    /// is kept (the second is reported by [`Reader::entries`] and passed
    /// over). `false` when it is not a map (reported).
    fn map_of<T: FromEvents<'a>>(
        &mut self,
        first: Item<'a>,
        path: &Path,
        mut keep: impl FnMut(Cow<'a, str>, T),
    ) -> Result<bool, Stop> {
        match first.ev {
            Ev::Scalar(Value::Null) => Ok(true),
            Ev::MapStart => {
                self.entries(path, |r, key, _, given_before, value| {
                    let path = Path::Key(path, &key);
                    if given_before {
                        return r.skip(value, &path);
                    }
                    if let Some(v) = T::read(r, value, &path)? {
                        keep(key, v);
                    }
                    Ok(())
                })?;
                Ok(true)
            }
            _ => self.wrong(first, path, Expected::Map).map(|()| false),
        }
    }

    /// A scalar converted by `conv` (`Err` for the wrong type); anything else is the wrong type.
    fn scalar<T>(
        &mut self,
        first: Item<'a>,
        path: &Path,
        expected: Expected,
        conv: impl FnOnce(Value<'a>) -> Result<Option<T>, ()>,
    ) -> Result<Option<T>, Stop> {
        let Item { pos, ev } = first;
        match ev {
            Ev::Scalar(v) => Ok(conv(v).unwrap_or_else(|()| {
                self.cx.wrong_type(pos, path, expected);
                None
            })),
            ev => self.wrong(Item { pos, ev }, path, expected).map(|()| None),
        }
    }
}

/// A raw value read from the stream, starting at its first step; `None`
/// when it had the wrong type (reported, and passed over).
pub trait FromEvents<'a>: Sized {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<Self>, Stop>;
}

impl<'a> FromEvents<'a> for String {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<String>, Stop> {
        r.scalar(first, path, Expected::Text, |v| match v {
            Value::Str(s) => Ok(Some(s.into_owned())),
            _ => Err(()),
        })
    }
}

/// Text borrowed from the file where the parser could (no escapes), not copied.
impl<'a> FromEvents<'a> for Cow<'a, str> {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<Self>, Stop> {
        r.scalar(first, path, Expected::Text, |v| match v {
            Value::Str(s) => Ok(Some(s)),
            _ => Err(()),
        })
    }
}

impl<'a> FromEvents<'a> for f64 {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<f64>, Stop> {
        r.scalar(first, path, Expected::Number, |v| match v {
            Value::Int(i) => Ok(Some(i as f64)),
            Value::Float(f) => Ok(Some(f)),
            Value::BigInt(s) => Ok(s.parse().ok()),
            _ => Err(()),
        })
    }
}

impl<'a> FromEvents<'a> for u32 {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<u32>, Stop> {
        r.scalar(first, path, Expected::WholeNumber, |v| match v {
            Value::Int(i) => u32::try_from(i).map(Some).map_err(|_| ()),
            _ => Err(()),
        })
    }
}

impl<'a> FromEvents<'a> for bool {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<bool>, Stop> {
        r.scalar(first, path, Expected::TrueFalse, |v| match v {
            Value::Bool(b) => Ok(Some(b)),
            _ => Err(()),
        })
    }
}

/// `null` reads as absent.
impl<'a, T: FromEvents<'a>> FromEvents<'a> for Option<T> {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<Self>, Stop> {
        if matches!(first.ev, Ev::Scalar(Value::Null)) {
            return Ok(Some(None));
        }
        Ok(T::read(r, first, path)?.map(Some))
    }
}

/// A list; an item of the wrong type is reported and left out.
impl<'a, T: FromEvents<'a>> FromEvents<'a> for Vec<T> {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<Self>, Stop> {
        match first.ev {
            Ev::Scalar(Value::Null) => Ok(Some(Vec::new())),
            Ev::SeqStart => {
                let mut list = Vec::new();
                r.items(|r, i, item| {
                    list.extend(T::read(r, item, &Path::Index(path, i))?);
                    Ok(())
                })?;
                // Kept while the pack is checked: no room to spare.
                list.shrink_to_fit();
                Ok(Some(list))
            }
            _ => r.wrong(first, path, Expected::List).map(|()| None),
        }
    }
}

/// A map of names to values; the first of duplicate keys is kept.
impl<'a, T: FromEvents<'a>> FromEvents<'a> for BTreeMap<String, T> {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<Self>, Stop> {
        let mut map = BTreeMap::new();
        let is_map = r.map_of(first, path, |key, v| {
            map.insert(key.into_owned(), v);
        })?;
        Ok(is_map.then_some(map))
    }
}

/// Like the map above, without tree nodes or copies of the keys.
impl<'a> FromEvents<'a> for RawWeights<'a> {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<Self>, Stop> {
        let mut weights: Vec<(Cow<'a, str>, f64)> = Vec::new();
        let is_map = r.map_of(first, path, |key, w| weights.push((key, w)))?;
        // Keys are unique here, so the order is total.
        weights.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(is_map.then_some(RawWeights(weights)))
    }
}

impl<'a> FromEvents<'a> for RawText<'a> {
    fn read(r: &mut Reader<'a, '_>, first: Item<'a>, path: &Path) -> Result<Option<Self>, Stop> {
        let Item { pos, ev } = first;
        match ev {
            Ev::Scalar(Value::Str(s)) => Ok(Some(RawText::Plain(s))),
            Ev::MapStart => {
                // Most texts are written in two languages.
                let mut by: Vec<(Cow<'a, str>, Cow<'a, str>)> = Vec::with_capacity(2);
                r.entries(path, |r, key, _, _, value| {
                    let path = Path::Key(path, &key);
                    // The first of duplicate keys is kept (duplicates are reported).
                    if by.iter().any(|(k, _)| *k == key) {
                        return r.skip(value, &path);
                    }
                    if let Some(v) = <Cow<'a, str>>::read(r, value, &path)? {
                        by.push((key, v));
                    }
                    Ok(())
                })?;
                Ok(Some(RawText::Localised(ByLang::from_entries(by))))
            }
            ev => r
                .wrong(Item { pos, ev }, path, Expected::TextOrLanguages)
                .map(|()| None),
        }
    }
}

/// Declares a raw structure and reads it from a map: every field is optional
/// in the file (its `Default` when absent), unknown keys are reported.
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

        impl<'a> $crate::content::convert::FromEvents<'a> for $name $(<$lt>)? {
            fn read(
                r: &mut $crate::content::convert::Reader<'a, '_>,
                first: $crate::content::events::Item<'a>,
                path: &$crate::content::convert::Path,
            ) -> Result<Option<Self>, $crate::content::events::Stop> {
                use $crate::content::convert::{FromEvents, Path};
                if !matches!(first.ev, $crate::content::events::Ev::MapStart) {
                    return r
                        .wrong(first, path, $crate::content::diagnostic::Expected::Map)
                        .map(|()| None);
                }
                let mut out = Self {
                    at: first.pos,
                    ..Self::default()
                };
                r.entries(path, |r, key, key_pos, given_before, value| {
                    let field = Path::Key(path, &key);
                    if given_before {
                        return r.skip(value, &field);
                    }
                    match key.as_ref() {
                        $(stringify!($field) => {
                            if let Some(v) = <$ty as FromEvents<'a>>::read(r, value, &field)? {
                                out.$field = v;
                            }
                        })*
                        other => {
                            r.cx.unknown_field(other, key_pos, path);
                            r.skip(value, &field)?;
                        }
                    }
                    Ok(())
                })?;
                Ok(Some(out))
            }
        }
    };
}
pub(crate) use raw_struct;
