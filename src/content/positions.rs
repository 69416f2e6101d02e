//! Where each value of a YAML file stands, so that messages can point at a line.
//!
//! serde gives typed values but forgets positions; this walks the same text with
//! yaml-rust2's event parser and records a position for every path such as
//! `questions.3.options.1.weights.math`.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// A 1-based line and column in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// Positions of the keys and values of one YAML document, by dotted path.
#[derive(Debug, Default)]
pub struct Positions {
    values: HashMap<String, Pos>,
    keys: HashMap<String, Pos>,
}

impl Positions {
    /// Indexes `text`; a syntax error leaves the index with whatever came before it.
    pub fn index(text: &str) -> Positions {
        let mut builder = Builder::default();
        let mut parser = Parser::new_from_str(text);
        // A syntax error is reported by the serde pass; the positions seen so far stay useful.
        let _ = parser.load(&mut builder, false);
        builder.positions
    }

    /// Where the value at `path` starts, or the closest enclosing value that exists.
    pub fn value(&self, path: &str) -> Pos {
        self.lookup(path, &self.values)
    }

    /// Where the key of the entry at `path` stands (falls back to its value).
    pub fn key(&self, path: &str) -> Pos {
        match self.keys.get(path) {
            Some(p) => *p,
            None => self.value(path),
        }
    }

    fn lookup(&self, path: &str, map: &HashMap<String, Pos>) -> Pos {
        let mut p = path;
        loop {
            if let Some(pos) = map.get(p) {
                return *pos;
            }
            match p.rfind('.') {
                Some(i) => p = &p[..i],
                None => return map.get("").copied().unwrap_or(Pos { line: 1, column: 1 }),
            }
        }
    }
}

enum Frame {
    Map {
        path: String,
        pending_key: Option<(String, Pos)>,
    },
    Seq {
        path: String,
        next: usize,
    },
}

#[derive(Default)]
struct Builder {
    positions: Positions,
    stack: Vec<Frame>,
}

fn pos(mark: Marker) -> Pos {
    Pos {
        line: mark.line(),
        column: mark.col(),
    }
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent}.{child}")
    }
}

impl Builder {
    /// The path of a value that is starting now; `None` when it is a mapping key.
    fn place_value(&mut self, at: Pos, scalar: Option<&str>) -> Option<String> {
        let path = match self.stack.last_mut() {
            None => String::new(),
            Some(Frame::Seq { path, next }) => {
                let p = join(path, &next.to_string());
                *next += 1;
                p
            }
            Some(Frame::Map { path, pending_key }) => match pending_key.take() {
                None => {
                    // This node is a key.
                    let key = scalar.unwrap_or("?").to_string();
                    *pending_key = Some((key, at));
                    return None;
                }
                Some((key, key_pos)) => {
                    let p = join(path, &key);
                    self.positions.keys.insert(p.clone(), key_pos);
                    p
                }
            },
        };
        self.positions.values.insert(path.clone(), at);
        Some(path)
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let at = pos(mark);
        match ev {
            Event::Scalar(value, ..) => {
                self.place_value(at, Some(&value));
            }
            Event::Alias(_) => {
                self.place_value(at, None);
            }
            Event::MappingStart(..) => {
                let path = self
                    .place_value(at, None)
                    .unwrap_or_else(|| "?".to_string());
                self.stack.push(Frame::Map {
                    path,
                    pending_key: None,
                });
            }
            Event::SequenceStart(..) => {
                let path = self
                    .place_value(at, None)
                    .unwrap_or_else(|| "?".to_string());
                self.stack.push(Frame::Seq { path, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_keys_and_items() {
        let text = "id: q\nquestions:\n  - id: a\n    options:\n      - id: x\n        weights: {math: 1}\n";
        let p = Positions::index(text);
        assert_eq!(p.key("questions").line, 2);
        assert_eq!(p.value("questions.0").line, 3);
        assert_eq!(p.value("questions.0.options.0.id").line, 5);
        assert_eq!(p.key("questions.0.options.0.weights.math").line, 6);
        // A path that does not exist points at the closest parent that does.
        assert_eq!(p.value("questions.0.options.0.text").line, 5);
    }
}
