//! One pass over a YAML file into a positioned tree: every node and every key
//! keeps its line and column, so checks can point at them without parsing the
//! file again.
//!
//! The tree is built straight from the events of granit-parser (the event
//! parser serde-saphyr is built on), with no serde layer in between: strings
//! are borrowed from the file's text wherever the parser can (plain and quoted
//! scalars without escapes), and plain scalars are typed the way serde-saphyr
//! types them (YAML 1.1 booleans, `~`/`null`, integers with `0x`/`0o`/`0b`,
//! floats). Budgets keep hostile input bounded: nesting depth, documents, and
//! the values aliases may copy.
//!
//! Duplicate keys reach the tree and are reported by [`report_duplicate_keys`],
//! at the line of the duplicate.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_saphyr::granit_parser::{self, Event, Parser, ScalarStyle, ScanError, Span};

use super::diagnostic::{Diagnostic, Problem};
use super::positions::Pos;

/// Deepest nesting of lists and maps a file may have.
pub const MAX_DEPTH: usize = 64;
/// Most values that aliases (`*name`) may copy in one file, against alias bombs.
pub const MAX_ALIASED_NODES: usize = 250_000;

/// A value of the file, where it starts, and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    pub pos: Pos,
    pub value: Value<'a>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// A whole number, kept as written when it does not fit an `i64`.
    Int(i64),
    BigInt(String),
    Float(f64),
    Str(Cow<'a, str>),
    Seq(Vec<Node<'a>>),
    Map(Vec<Entry<'a>>),
}

/// One `key: value` entry of a map.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    pub key: Cow<'a, str>,
    pub key_pos: Pos,
    pub value: Node<'a>,
}

impl<'a> Node<'a> {
    /// The same tree, owning its strings.
    pub fn into_owned(self) -> Node<'static> {
        let value = match self.value {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Int(i) => Value::Int(i),
            Value::BigInt(s) => Value::BigInt(s),
            Value::Float(f) => Value::Float(f),
            Value::Str(s) => Value::Str(Cow::Owned(s.into_owned())),
            Value::Seq(items) => Value::Seq(items.into_iter().map(Node::into_owned).collect()),
            Value::Map(entries) => Value::Map(
                entries
                    .into_iter()
                    .map(|e| Entry {
                        key: Cow::Owned(e.key.into_owned()),
                        key_pos: e.key_pos,
                        value: e.value.into_owned(),
                    })
                    .collect(),
            ),
        };
        Node {
            pos: self.pos,
            value,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    /// The entries of a map; none for any other value.
    pub fn entries(&self) -> &[Entry<'a>] {
        match &self.value {
            Value::Map(e) => e,
            _ => &[],
        }
    }

    /// The first entry called `key`.
    pub fn get(&self, key: &str) -> Option<&Entry<'a>> {
        self.entries().iter().find(|e| e.key == key)
    }

    /// The node at a dotted path such as `questions.3.text`.
    pub fn at(&self, path: &str) -> Option<&Node<'a>> {
        self.entry_at(path).map(|(_, n)| n)
    }

    /// The node at `path` and the position of its key, when it is a map entry.
    fn entry_at(&self, path: &str) -> Option<(Option<Pos>, &Node<'a>)> {
        if path.is_empty() {
            return Some((None, self));
        }
        let mut node = self;
        let mut key_pos = None;
        for part in path.split('.') {
            match &node.value {
                Value::Map(entries) => {
                    let e = entries.iter().find(|e| e.key == part)?;
                    key_pos = Some(e.key_pos);
                    node = &e.value;
                }
                Value::Seq(items) => {
                    node = items.get(part.parse::<usize>().ok()?)?;
                    key_pos = None;
                }
                _ => return None,
            }
        }
        Some((key_pos, node))
    }

    /// Where the value at `path` starts, or the closest enclosing value that exists.
    pub fn value_pos(&self, path: &str) -> Pos {
        let mut p = path;
        loop {
            if let Some(n) = self.at(p) {
                return n.pos;
            }
            match p.rfind('.') {
                Some(i) => p = &p[..i],
                None => return self.pos,
            }
        }
    }

    /// Where the key of the entry at `path` stands (falls back to its value).
    pub fn key_pos(&self, path: &str) -> Pos {
        match self.entry_at(path) {
            Some((Some(k), _)) => k,
            _ => self.value_pos(path),
        }
    }

    /// How many nodes the tree holds (itself included).
    fn count(&self) -> usize {
        1 + match &self.value {
            Value::Seq(items) => items.iter().map(Node::count).sum(),
            Value::Map(entries) => entries.iter().map(|e| 1 + e.value.count()).sum(),
            _ => 0,
        }
    }
}

/// Why a file could not be read into a tree.
pub struct Failure {
    pub pos: Option<Pos>,
    pub problem: Problem,
}

/// Parses one YAML document. An empty document (nothing, or only comments) is `Null`.
pub fn parse(text: &str) -> Result<Node<'_>, Failure> {
    let mut b = Builder {
        stack: Vec::new(),
        items: Vec::new(),
        entries: Vec::new(),
        anchors: BTreeMap::new(),
        root: None,
        aliased: 0,
    };
    let mut parser = Parser::new_from_str(text);
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|e| scan_failure(text, &e))?;
        b.event(event, span).map_err(|(pos, problem)| Failure {
            pos: Some(pos),
            problem,
        })?;
    }
    Ok(b.root.unwrap_or(Node {
        pos: Pos { line: 1, column: 1 },
        value: Value::Null,
    }))
}

/// A list or map being read: where it starts, the anchor it defines (0 for
/// none), and where its items start on the builder's stacks.
struct Frame<'a> {
    pos: Pos,
    anchor: usize,
    kind: FrameKind<'a>,
}

enum FrameKind<'a> {
    Seq {
        start: usize,
    },
    Map {
        start: usize,
        /// The key read, waiting for its value; the flag marks a merge key (`<<`).
        key: Option<(Cow<'a, str>, Pos, bool)>,
        merges: Vec<Node<'a>>,
    },
}

struct Builder<'a> {
    stack: Vec<Frame<'a>>,
    /// The items and entries of every open list and map, innermost last:
    /// a finished one moves out into a vector of its exact size.
    items: Vec<Node<'a>>,
    entries: Vec<Entry<'a>>,
    anchors: BTreeMap<usize, (Node<'a>, usize)>,
    root: Option<Node<'a>>,
    aliased: usize,
}

type Stop = (Pos, Problem);

fn syntax(pos: Pos, detail: &str) -> Stop {
    (
        pos,
        Problem::Syntax {
            detail: detail.to_string(),
        },
    )
}

pub(super) fn pos_of(span: &Span) -> Pos {
    Pos {
        line: span.start.line(),
        column: span.start.col() + 1,
    }
}

impl<'a> Builder<'a> {
    fn event(&mut self, event: Event<'a>, span: Span) -> Result<(), Stop> {
        let pos = pos_of(&span);
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                let tag = tag.as_deref().map(scalar_tag).unwrap_or(Tag::None);
                let merge = style == ScalarStyle::Plain && tag == Tag::None && text == "<<";
                let value = resolve(text, style, tag).map_err(|d| syntax(pos, &d))?;
                let node = Node { pos, value };
                if anchor != 0 {
                    self.anchors.insert(anchor, (node.clone(), 1));
                }
                self.add(node, merge)
            }
            Event::SequenceStart(_, anchor, _) => {
                let start = self.items.len();
                self.open(pos, anchor, FrameKind::Seq { start })
            }
            Event::MappingStart(_, anchor, _) => {
                let start = self.entries.len();
                self.open(
                    pos,
                    anchor,
                    FrameKind::Map {
                        start,
                        key: None,
                        merges: Vec::new(),
                    },
                )
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = self.stack.pop() else {
                    return Ok(());
                };
                let value = match frame.kind {
                    FrameKind::Seq { start } => Value::Seq(self.items.drain(start..).collect()),
                    FrameKind::Map { start, merges, .. } => {
                        let mut entries: Vec<Entry<'a>> = self.entries.drain(start..).collect();
                        merge(&mut entries, merges);
                        Value::Map(entries)
                    }
                };
                let node = Node {
                    pos: frame.pos,
                    value,
                };
                if frame.anchor != 0 {
                    let size = node.count();
                    self.anchors.insert(frame.anchor, (node.clone(), size));
                }
                self.add(node, false)
            }
            Event::Alias(id) => {
                let Some((node, size)) = self.anchors.get(&id) else {
                    return Err(syntax(pos, "reference to unknown value"));
                };
                self.aliased += size;
                if self.aliased > MAX_ALIASED_NODES {
                    return Err(syntax(pos, "YAML document too large or too complex"));
                }
                let mut node = node.clone();
                node.pos = pos;
                self.add(node, false)
            }
            Event::DocumentStart(..) if self.root.is_some() => Err(syntax(
                pos,
                "only single YAML document expected but multiple found",
            )),
            _ => Ok(()),
        }
    }

    fn open(&mut self, pos: Pos, anchor: usize, kind: FrameKind<'a>) -> Result<(), Stop> {
        if self.stack.len() >= MAX_DEPTH {
            return Err((pos, Problem::TooDeep));
        }
        self.stack.push(Frame { pos, anchor, kind });
        Ok(())
    }

    /// Puts a finished value where it belongs: the root, a list, or a map's key or value.
    fn add(&mut self, node: Node<'a>, is_merge_key: bool) -> Result<(), Stop> {
        let Some(top) = self.stack.last_mut() else {
            self.root = Some(node);
            return Ok(());
        };
        match &mut top.kind {
            FrameKind::Seq { .. } => self.items.push(node),
            FrameKind::Map { key, merges, .. } => match key.take() {
                None => {
                    let pos = node.pos;
                    *key = Some((key_text(node)?, pos, is_merge_key));
                }
                Some((_, _, true)) => merges.push(node),
                Some((key, key_pos, false)) => self.entries.push(Entry {
                    key,
                    key_pos,
                    value: node,
                }),
            },
        }
        Ok(())
    }
}

/// A key as text: keys are plain words, numbers or booleans.
fn key_text(node: Node<'_>) -> Result<Cow<'_, str>, Stop> {
    match node.value {
        Value::Seq(_) | Value::Map(_) => Err(syntax(node.pos, NOT_A_KEY)),
        value => Ok(super::events::key_text(value)),
    }
}

/// Why a list or a map cannot be a key.
pub(super) const NOT_A_KEY: &str = "a key must be a plain word";

/// Merge keys (`<<: *base`): the entries of the merged maps that the map
/// does not set itself, in order.
fn merge<'a>(entries: &mut Vec<Entry<'a>>, merges: Vec<Node<'a>>) {
    for m in merges {
        let maps = match m.value {
            Value::Map(es) => vec![es],
            Value::Seq(items) => items
                .into_iter()
                .filter_map(|n| match n.value {
                    Value::Map(es) => Some(es),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for es in maps {
            for e in es {
                if !entries.iter().any(|x| x.key == e.key) {
                    entries.push(e);
                }
            }
        }
    }
}

/// The explicit tags that decide a scalar's type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Tag {
    None,
    Str,
    Null,
    Bool,
    Int,
    Float,
}

pub(super) fn scalar_tag(tag: &granit_parser::Tag) -> Tag {
    match tag.core_suffix() {
        Some("str") => Tag::Str,
        Some("null") => Tag::Null,
        Some("bool") => Tag::Bool,
        Some("int") => Tag::Int,
        Some("float") => Tag::Float,
        // The non-specific tag `!` keeps a scalar as text.
        _ if tag.handle() == "!" && tag.suffix().is_empty() => Tag::Str,
        _ => Tag::None,
    }
}

/// Types a scalar: quoted and block scalars are text; plain ones may be null,
/// a boolean or a number.
pub(super) fn resolve(
    text: Cow<'_, str>,
    style: ScalarStyle,
    tag: Tag,
) -> Result<Value<'_>, String> {
    let invalid = |what: &str, text: &str| format!("invalid {what} `{text}`");
    match tag {
        Tag::Str => return Ok(Value::Str(text)),
        Tag::Null => return Ok(Value::Null),
        Tag::Bool => {
            return bool11(trim(&text))
                .map(Value::Bool)
                .ok_or_else(|| invalid("boolean", &text))
        }
        Tag::Int => return int(trim(&text)).ok_or_else(|| invalid("integer", &text)),
        Tag::Float => {
            return match float(trim(&text)) {
                Some(Ok(v)) => Ok(v),
                Some(Err(e)) => Err(e),
                None => Err(invalid("floating point", &text)),
            }
        }
        Tag::None if style != ScalarStyle::Plain => return Ok(Value::Str(text)),
        Tag::None => {}
    }
    // Most plain scalars are words: one that starts with a letter no null,
    // boolean or number starts with is text.
    if text.as_bytes().first().is_some_and(|b| {
        b.is_ascii_alphabetic()
            && !matches!(b.to_ascii_lowercase(), b'n' | b'y' | b't' | b'f' | b'o')
    }) {
        return Ok(Value::Str(text));
    }
    if matches!(text.as_ref(), "" | "~" | "null" | "Null" | "NULL") {
        return Ok(Value::Null);
    }
    let t = trim(&text);
    if let Some(b) = bool11(t) {
        return Ok(Value::Bool(b));
    }
    // Numbers start with a digit, a sign or a dot; anything else is text.
    if !matches!(t.as_bytes().first(), Some(b'0'..=b'9' | b'+' | b'-' | b'.')) {
        return Ok(Value::Str(text));
    }
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if matches!(unsigned.as_bytes(), [b'0', b'X' | b'O' | b'B', ..])
        || (unsigned.len() < t.len() && matches!(unsigned, ".nan" | ".NaN" | ".NAN"))
    {
        return Ok(Value::Str(text));
    }
    if let Some(v) = int(t) {
        return Ok(v);
    }
    match float(t) {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(e),
        None => Ok(Value::Str(text)),
    }
}

fn trim(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\r', '\n'])
}

/// YAML 1.1 booleans, as serde-saphyr reads them: true/yes/y/on, false/no/n/off.
fn bool11(t: &str) -> Option<bool> {
    let is = |w: &str| t.eq_ignore_ascii_case(w);
    if is("true") || is("yes") || is("y") || is("on") {
        Some(true)
    } else if is("false") || is("no") || is("n") || is("off") {
        Some(false)
    } else {
        None
    }
}

/// A whole number: decimal (no leading zero), `0x`, `0o` or `0b`, with `_`
/// between digits. A decimal one too large for an `i64` is kept as written
/// (`BigInt`, without its `_`), so a message can echo it; `None` when it is
/// not a whole number, or is a larger one in another base.
fn int(t: &str) -> Option<Value<'static>> {
    let parsed = int_fitting(t);
    if parsed.is_some() || !t.bytes().any(|b| b.is_ascii_digit()) {
        return parsed;
    }
    let (sign, digits) = match t.as_bytes().first() {
        Some(b'-') => ("-", &t[1..]),
        Some(b'+') => ("", &t[1..]),
        _ => ("", t),
    };
    let underscores_between_digits =
        !digits.starts_with('_') && !digits.ends_with('_') && !digits.contains("__");
    let decimal = !digits.starts_with('0')
        && underscores_between_digits
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    decimal.then(|| Value::BigInt(format!("{sign}{}", digits.replace('_', ""))))
}

/// [`int`] for the whole numbers that fit 64 bits.
fn int_fitting(t: &str) -> Option<Value<'static>> {
    let (neg, rest) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (radix, digits) = if let Some(r) = rest.strip_prefix("0x") {
        (16, r)
    } else if let Some(r) = rest.strip_prefix("0o") {
        (8, r)
    } else if let Some(r) = rest.strip_prefix("0b") {
        (2, r)
    } else if rest.starts_with('0') && rest != "0" {
        return None;
    } else {
        (10, rest)
    };
    let bytes = digits.as_bytes();
    let mut value: u128 = 0;
    let mut saw = false;
    for (i, &b) in bytes.iter().enumerate() {
        let d = match b {
            b'_' if i > 0
                && bytes[i - 1] != b'_'
                && bytes.get(i + 1).is_some_and(|n| *n != b'_') =>
            {
                continue
            }
            b'0'..=b'9' => u32::from(b - b'0'),
            b'a'..=b'f' => u32::from(b - b'a') + 10,
            b'A'..=b'F' => u32::from(b - b'A') + 10,
            _ => return None,
        };
        if d >= radix {
            return None;
        }
        value = value
            .checked_mul(u128::from(radix))?
            .checked_add(u128::from(d))?;
        saw = true;
    }
    if !saw {
        return None;
    }
    if neg {
        let v = i64::try_from(value)
            .ok()
            .map(|v| -v)
            .or_else(|| (value == 1u128 << 63).then_some(i64::MIN))?;
        Some(Value::Int(v))
    } else if let Ok(v) = i64::try_from(value) {
        Some(Value::Int(v))
    } else {
        u64::try_from(value)
            .ok()
            .map(|v| Value::BigInt(v.to_string()))
    }
}

/// A floating-point number; a number that is not finite (`.inf`, `.nan`,
/// `1e999`) is refused, as serde-saphyr refuses it.
fn float(t: &str) -> Option<Result<Value<'static>, String>> {
    let not_finite = || Some(Err(format!("value `{t}` is not a finite number")));
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if matches!(
        unsigned,
        ".nan" | ".NaN" | ".NAN" | ".inf" | ".Inf" | ".INF"
    ) {
        return not_finite();
    }
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Some(Ok(Value::Float(v))),
        Ok(_) if unsigned.as_bytes().first().is_some_and(u8::is_ascii_digit) => not_finite(),
        _ => None,
    }
}

pub(super) fn scan_failure(text: &str, e: &ScanError) -> Failure {
    let m = e.marker();
    let pos = (m.line() > 0).then(|| Pos {
        line: m.line(),
        column: m.col() + 1,
    });
    failure(text, pos, &e.info())
}

fn failure(text: &str, mut pos: Option<Pos>, message: &str) -> Failure {
    let message = message.trim();
    // The parser may stop just before the tab; point at the line that has it.
    let tab = pos.and_then(|p| {
        text.lines()
            .enumerate()
            .skip(p.line - 1)
            .take(if message.contains("tab") { 3 } else { 1 })
            .find_map(|(i, l)| {
                let indent = &l[..l.len() - l.trim_start().len()];
                indent.find('\t').map(|c| Pos {
                    line: i + 1,
                    column: c + 1,
                })
            })
    });
    let problem = if let Some(at) = tab {
        pos = Some(at);
        Problem::Tab
    } else {
        // The parser's own words, without any location it appended.
        let detail = match message.find(" at line ") {
            Some(i) => &message[..i],
            None => message,
        };
        Problem::Syntax {
            detail: detail.to_string(),
        }
    };
    Failure { pos, problem }
}

/// Reports every key given twice in one map, anywhere in the tree, at the
/// line of the second one.
pub fn report_duplicate_keys(root: &Node, file: &str, out: &mut Vec<Diagnostic>) {
    duplicates_in(root, &Path::Root, file, out);
}

/// A path into the tree, written out only for a problem.
enum Path<'p> {
    Root,
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    fn dotted(&self) -> String {
        let join = |parent: &Path, child: &dyn std::fmt::Display| {
            let parent = parent.dotted();
            if parent.is_empty() {
                child.to_string()
            } else {
                format!("{parent}.{child}")
            }
        };
        match self {
            Path::Root => String::new(),
            Path::Key(parent, key) => join(parent, key),
            Path::Index(parent, i) => join(parent, i),
        }
    }
}

/// Maps up to this many entries are checked pairwise; longer ones by sorting their keys.
const SMALL_MAP: usize = 16;

fn duplicates_in(node: &Node, path: &Path, file: &str, out: &mut Vec<Diagnostic>) {
    match &node.value {
        Value::Map(entries) => {
            let mut report = |e: &Entry, first: &Entry| {
                out.push(
                    Diagnostic::at(
                        file,
                        e.key_pos,
                        Problem::DuplicateKey {
                            key: e.key.to_string(),
                            first_line: first.key_pos.line,
                        },
                    )
                    .in_field(&Path::Key(path, &e.key).dotted()),
                );
            };
            if entries.len() <= SMALL_MAP {
                for (i, e) in entries.iter().enumerate() {
                    if let Some(first) = entries[..i].iter().find(|f| f.key == e.key) {
                        report(e, first);
                    }
                }
            } else {
                // The entries in key order, those with the same key in file
                // order (a stable sort): the first of each run is the key's
                // first entry. Reported in file order, as above.
                let mut order: Vec<usize> = (0..entries.len()).collect();
                order.sort_by(|&a, &b| entries[a].key.cmp(&entries[b].key));
                let mut later: Vec<(usize, usize)> = order
                    .chunk_by(|&a, &b| entries[a].key == entries[b].key)
                    .flat_map(|run| run[1..].iter().map(|&e| (e, run[0])))
                    .collect();
                later.sort_unstable();
                for (e, first) in later {
                    report(&entries[e], &entries[first]);
                }
            }
            for e in entries {
                if matches!(e.value.value, Value::Map(_) | Value::Seq(_)) {
                    duplicates_in(&e.value, &Path::Key(path, &e.key), file, out);
                }
            }
        }
        Value::Seq(items) => {
            for (i, n) in items.iter().enumerate() {
                if matches!(n.value, Value::Map(_) | Value::Seq(_)) {
                    duplicates_in(n, &Path::Index(path, i), file, out);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_keys_and_items() {
        let text = "id: q\nquestions:\n  - id: a\n    options:\n      - id: x\n        weights: {math: 1}\n";
        let p = parse(text).unwrap_or_else(|_| panic!("parses"));
        assert_eq!(p.key_pos("questions").line, 2);
        assert_eq!(p.value_pos("questions.0").line, 3);
        assert_eq!(p.value_pos("questions.0.options.0.id").line, 5);
        assert_eq!(p.key_pos("questions.0.options.0.weights.math").line, 6);
        // A path that does not exist points at the closest parent that does.
        assert_eq!(p.value_pos("questions.0.options.0.text").line, 5);
    }

    #[test]
    fn a_duplicate_key_is_reported_at_the_second_one() {
        let text = "a: 1\nb:\n  c: 1\n  d:\n    en: x\n    en: y\n";
        let p = parse(text).unwrap_or_else(|_| panic!("parses"));
        let mut out = Vec::new();
        report_duplicate_keys(&p, "f.yaml", &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].pos.map(|p| p.line), Some(6));
        assert_eq!(out[0].field.as_deref(), Some("b.d.en"));
    }

    #[test]
    fn duplicates_in_a_long_map_are_reported_in_file_order_with_the_first_line() {
        // 20 keys (past SMALL_MAP): k5 three times, k1 twice.
        let keys = [
            "k0", "k5", "k1", "k2", "k3", "k4", "k6", "k7", "k8", "k5", "k9", "k10", "k11", "k1",
            "k12", "k13", "k14", "k5", "k15", "k16",
        ];
        assert!(keys.len() > SMALL_MAP);
        let text: String = keys.iter().map(|k| format!("{k}: 1\n")).collect();
        let p = parse(&text).unwrap_or_else(|_| panic!("parses"));
        let mut out = Vec::new();
        report_duplicate_keys(&p, "f.yaml", &mut out);
        let found: Vec<(usize, String)> = out
            .iter()
            .map(|d| match &d.problem {
                Problem::DuplicateKey { key, first_line } => {
                    (d.pos.map_or(0, |p| p.line), format!("{key}@{first_line}"))
                }
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        let want = [(10, "k5@2"), (14, "k1@3"), (18, "k5@2")];
        let want: Vec<(usize, String)> = want.iter().map(|(l, k)| (*l, k.to_string())).collect();
        assert_eq!(found, want);
    }

    fn value_of(text: &str) -> Value<'_> {
        match parse(text) {
            Ok(root) => root.entries()[0].value.value.clone(),
            Err(f) => panic!("{text:?} does not parse: {:?}", f.problem),
        }
    }

    #[test]
    fn plain_scalars_are_typed_as_yaml_reads_them() {
        assert_eq!(value_of("a: yes"), Value::Bool(true));
        assert_eq!(value_of("a: Off"), Value::Bool(false));
        assert_eq!(value_of("a: ~"), Value::Null);
        assert_eq!(value_of("a:"), Value::Null);
        assert_eq!(value_of("a: 0x10"), Value::Int(16));
        assert_eq!(value_of("a: -1_000"), Value::Int(-1000));
        assert_eq!(value_of("a: 2.5"), Value::Float(2.5));
        assert_eq!(
            value_of("a: 18446744073709551615"),
            Value::BigInt("18446744073709551615".into())
        );
        // Whole numbers beyond 64 bits are kept as written, not rounded to a float.
        assert_eq!(
            value_of("a: 99999999999999999999999"),
            Value::BigInt("99999999999999999999999".into())
        );
        assert_eq!(
            value_of("a: -99_999_999_999_999_999_999"),
            Value::BigInt("-99999999999999999999".into())
        );
        assert_eq!(value_of("a: 1e3"), Value::Float(1000.0));
        assert_eq!(value_of("a: 4.0"), Value::Float(4.0));
        // Quoted, tagged or wordy scalars stay text.
        assert_eq!(value_of("a: \"yes\""), Value::Str("yes".into()));
        assert_eq!(value_of("a: !!str 12"), Value::Str("12".into()));
        assert_eq!(value_of("a: 0X10"), Value::Str("0X10".into()));
        assert_eq!(value_of("a: inf"), Value::Str("inf".into()));
    }

    #[test]
    fn numbers_that_are_not_finite_are_refused_at_their_line() {
        let Err(f) = parse("a: 1\nb: .inf\n") else {
            panic!(".inf parses")
        };
        assert_eq!(f.pos.map(|p| p.line), Some(2));
        assert!(matches!(f.problem, Problem::Syntax { .. }));
    }

    #[test]
    fn aliases_and_merge_keys_copy_their_values() {
        // (`y` would be a YAML 1.1 boolean, hence `k` and `m`.)
        let p = parse("base: &b {k: 1, m: 2}\nc: *b\nd:\n  <<: *b\n  m: 3\n")
            .unwrap_or_else(|_| panic!("parses"));
        assert_eq!(p.at("c.k").map(|n| n.value.clone()), Some(Value::Int(1)));
        assert_eq!(p.at("d.k").map(|n| n.value.clone()), Some(Value::Int(1)));
        assert_eq!(p.at("d.m").map(|n| n.value.clone()), Some(Value::Int(3)));
        assert_eq!(p.entries()[2].value.entries().len(), 2);
    }

    #[test]
    fn hostile_shapes_are_refused_not_followed() {
        let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
        assert!(matches!(
            parse(&deep),
            Err(Failure {
                problem: Problem::TooDeep,
                ..
            })
        ));
        // An alias bomb: each level doubles the values the last one copies.
        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..30 {
            let p = i - 1;
            bomb.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}]\n"));
        }
        assert!(parse(&bomb).is_err());
        assert!(parse("a: 1\n---\nb: 2\n").is_err());
        assert!(parse("? [a, b]\n: 1\n").is_err());
    }

    #[test]
    fn empty_and_comment_only_documents_are_null() {
        for text in ["", "# nothing\n", "\n\n"] {
            assert!(parse(text).is_ok_and(|n| n.is_null()), "{text:?}");
        }
    }
}
