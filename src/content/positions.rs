//! Positions in a file: a 1-based line and column, looked up by dotted path
//! (`questions.3.options.1.weights.math`) in the tree the one YAML pass built.

use super::yaml::Node;

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
pub struct Positions {
    root: Option<Node>,
}

impl Positions {
    pub fn new(root: Node) -> Positions {
        Positions { root: Some(root) }
    }

    /// Where the value at `path` starts, or the closest enclosing value that exists.
    pub fn value(&self, path: &str) -> Pos {
        self.root
            .as_ref()
            .map_or(Pos { line: 1, column: 1 }, |r| r.value_pos(path))
    }

    /// Where the key of the entry at `path` stands (falls back to its value).
    pub fn key(&self, path: &str) -> Pos {
        self.root
            .as_ref()
            .map_or(Pos { line: 1, column: 1 }, |r| r.key_pos(path))
    }
}
