//! Positions in a file: a 1-based line and column, looked up by dotted path
//! (`questions.3.options.1.weights.math`) in the file's positioned tree.
//!
//! The tree is built from the file's text the first time a position is asked
//! for, which only a file with a problem to place does: a clean pack never
//! holds the trees of all its files at once.

use std::cell::OnceCell;

use super::yaml::{self, Node};

/// A 1-based line and column in a file.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// Where the keys and values of one parsed file stand.
#[derive(Debug, Default)]
pub struct Positions<'a> {
    text: &'a str,
    root: OnceCell<Option<Node<'a>>>,
}

impl<'a> Positions<'a> {
    /// The positions of a file that parsed; nothing is built until one is asked for.
    pub fn new(text: &'a str) -> Positions<'a> {
        Positions {
            text,
            root: OnceCell::new(),
        }
    }

    fn root(&self) -> Option<&Node<'a>> {
        self.root
            .get_or_init(|| yaml::parse(self.text).ok())
            .as_ref()
    }

    /// Where the value at `path` starts, or the closest enclosing value that exists.
    pub fn value(&self, path: &str) -> Pos {
        self.root()
            .map_or(Pos { line: 1, column: 1 }, |r| r.value_pos(path))
    }

    /// Where the key of the entry at `path` stands (falls back to its value).
    pub fn key(&self, path: &str) -> Pos {
        self.root()
            .map_or(Pos { line: 1, column: 1 }, |r| r.key_pos(path))
    }
}
