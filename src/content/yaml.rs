//! One pass over a YAML file with serde-saphyr into a positioned tree: every
//! node and every key keeps its line and column, so checks can point at them
//! without parsing the file again.
//!
//! Duplicate keys reach the tree (the parser passes them through) and are
//! reported here, at the line of the duplicate.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{MessageFormatter, Spanned, UserMessageFormatter};

use super::diagnostic::{Diagnostic, Problem};
use super::positions::Pos;

/// A value of the file, where it starts, and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A whole number, kept as written when it does not fit an `i64`.
    Int(i64),
    BigInt(String),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

/// One `key: value` entry of a map.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_pos: Pos,
    pub value: Node,
}

impl Node {
    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    /// The entries of a map; none for any other value.
    pub fn entries(&self) -> &[Entry] {
        match &self.value {
            Value::Map(e) => e,
            _ => &[],
        }
    }

    /// The first entry called `key`.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries().iter().find(|e| e.key == key)
    }

    /// The node at a dotted path such as `questions.3.text`.
    pub fn at(&self, path: &str) -> Option<&Node> {
        self.entry_at(path).map(|(_, n)| n)
    }

    /// The node at `path` and the position of its key, when it is a map entry.
    fn entry_at(&self, path: &str) -> Option<(Option<Pos>, &Node)> {
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
}

/// Why a file could not be read into a tree.
pub struct Failure {
    pub pos: Option<Pos>,
    pub problem: Problem,
}

/// The deepest nesting of maps and lists read. A pack file needs about 8;
/// the tree is built recursively, so the limit must trip long before a
/// thread's stack runs out (a 2 MiB worker thread of `career score`
/// overflowed at about 45 levels in a debug build).
pub const MAX_DEPTH: usize = 24;

/// Parses one YAML document. An empty document (nothing, or only comments) is `Null`.
pub fn parse(text: &str) -> Result<Node, Failure> {
    let mut options = serde_saphyr::Options::default();
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::PassThrough;
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    options.budget = Some(budget);
    match serde_saphyr::from_str_with_options::<Option<Node>>(text, options) {
        Ok(Some(node)) => Ok(node),
        Ok(None) => Ok(Node {
            pos: Pos { line: 1, column: 1 },
            value: Value::Null,
        }),
        Err(e) => Err(failure(text, &e)),
    }
}

fn failure(text: &str, e: &serde_saphyr::Error) -> Failure {
    let mut pos = e.location().filter(|l| l.line() > 0).map(|l| Pos {
        line: l.line() as usize,
        column: l.column().max(1) as usize,
    });
    let message: Cow<str> = UserMessageFormatter.format_message(e.without_snippet());
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
    } else if let Some(problem) = in_our_terms(e) {
        problem
    } else if message.contains("recursion limit") {
        // The scanner's own limit on nested `[` and `{`.
        Problem::TooDeep
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

/// What the parser met, in our terms, when its own message would name Rust
/// types (`limits breached: Nodes { nodes: 250001 }`, `invalid u64`) or
/// serde's words (`invalid type: byte array, expected a YAML value`).
fn in_our_terms(mut e: &serde_saphyr::Error) -> Option<Problem> {
    use serde_saphyr::budget::BudgetBreach;
    use serde_saphyr::Error as E;
    while let E::WithSnippet { error, .. } | E::AliasError { error, .. } = e {
        e = error;
    }
    match e {
        E::Budget {
            breach: BudgetBreach::Depth { .. },
            ..
        }
        | E::AliasReplayStackDepthExceeded { .. } => Some(Problem::TooDeep),
        E::Budget { .. }
        | E::AliasReplayCounterOverflow { .. }
        | E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. } => Some(Problem::TooComplex),
        E::InvalidScalar { .. }
        | E::NonFiniteFloat { .. }
        | E::SerdeInvalidType { .. }
        | E::SerdeInvalidValue { .. }
        | E::SerdeInvalidLength { .. }
        | E::TaggedScalarCannotDeserializeIntoString { .. }
        | E::BytesNotSupportedMissingBinaryTag { .. }
        | E::InvalidBooleanStrict { .. }
        | E::NullIntoString { .. } => Some(Problem::UnreadableValue),
        _ => None,
    }
}

/// Reports every key given twice in one map, anywhere in the tree, at the
/// line of the second one.
pub fn report_duplicate_keys(root: &Node, file: &str, out: &mut Vec<Diagnostic>) {
    let mut stack = vec![(root, String::new())];
    let mut seen: HashMap<&str, Pos> = HashMap::new();
    while let Some((node, path)) = stack.pop() {
        match &node.value {
            Value::Map(entries) => {
                seen.clear();
                for e in entries {
                    let child = join(&path, &e.key);
                    if let Some(first) = seen.get(e.key.as_str()) {
                        out.push(
                            Diagnostic::at(
                                file,
                                e.key_pos,
                                Problem::DuplicateKey {
                                    key: e.key.clone(),
                                    first_line: first.line,
                                },
                            )
                            .in_field(&child),
                        );
                    } else {
                        seen.insert(&e.key, e.key_pos);
                    }
                }
                for e in entries {
                    if matches!(e.value.value, Value::Map(_) | Value::Seq(_)) {
                        stack.push((&e.value, join(&path, &e.key)));
                    }
                }
            }
            Value::Seq(items) => {
                for (i, n) in items.iter().enumerate() {
                    if matches!(n.value, Value::Map(_) | Value::Seq(_)) {
                        stack.push((n, join(&path, &i.to_string())));
                    }
                }
            }
            _ => {}
        }
    }
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent}.{child}")
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        let spanned = Spanned::<Value>::deserialize(d)?;
        Ok(Node {
            pos: Pos {
                line: spanned.referenced.line() as usize,
                column: spanned.referenced.column() as usize,
            },
            value: spanned.value,
        })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| Value::BigInt(v.to_string()), Value::Int))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| Value::BigInt(v.to_string()), Value::Int))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| Value::BigInt(v.to_string()), Value::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Value::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(n) = seq.next_element::<Node>()? {
            items.push(n);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(1024));
        while let Some(key) = map.next_key::<Node>()? {
            let name = match key.value {
                Value::Str(s) => s,
                Value::Int(i) => i.to_string(),
                Value::BigInt(s) => s,
                Value::Float(f) => f.to_string(),
                Value::Bool(b) => b.to_string(),
                Value::Null => "null".to_string(),
                Value::Seq(_) | Value::Map(_) => {
                    return Err(de::Error::custom("a key must be a plain word"));
                }
            };
            let value = map.next_value::<Node>()?;
            entries.push(Entry {
                key: name,
                key_pos: key.pos,
                value,
            });
        }
        Ok(Value::Map(entries))
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
    fn empty_and_comment_only_documents_are_null() {
        for text in ["", "# nothing\n", "\n\n"] {
            assert!(parse(text).is_ok_and(|n| n.is_null()), "{text:?}");
        }
    }
}
