//! Positions in a file: a 1-based line and column, looked up by dotted path
//! (`questions.3.options.1.weights.math`) in the file's positioned tree.
//!
//! The tree is built from the file's text the first time a position is asked
//! for, which only a file with a problem to place does: a clean pack never
//! holds the trees of all its files at once.

use std::cell::OnceCell;

use super::source::Reread;
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
    /// Set once the text has been let go: where to read it again.
    again: Option<Reread>,
    root: OnceCell<Option<Node<'a>>>,
}

impl<'a> Positions<'a> {
    /// The positions of a file that parsed; nothing is built until one is asked for.
    pub fn new(text: &'a str) -> Positions<'a> {
        Positions {
            text,
            again: None,
            root: OnceCell::new(),
        }
    }

    /// The same positions without the text: a position asked for later reads
    /// the file again (a tree already built is kept).
    pub fn detach(self, again: Reread) -> Positions<'static> {
        let root = match self.root.into_inner() {
            Some(root) => OnceCell::from(root.map(Node::into_owned)),
            None => OnceCell::new(),
        };
        Positions {
            text: "",
            again: Some(again),
            root,
        }
    }

    fn root(&self) -> Option<&Node<'a>> {
        self.root
            .get_or_init(|| match &self.again {
                None => yaml::parse(self.text).ok(),
                Some(again) => again
                    .text()
                    .and_then(|text| yaml::parse(&text).ok().map(Node::into_owned)),
            })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_whose_text_was_let_go_is_read_again_for_a_position() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("q.yaml");
        let text = "a: 1\nb:\n  c: 2\n".to_string();
        std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{e}"));
        let positions = Positions::new(&text).detach(Reread::Disk { path, limit: 1024 });
        drop(text);
        assert_eq!(positions.value("b.c"), Pos { line: 3, column: 6 });
        assert_eq!(positions.key("b").line, 2);
    }
}
