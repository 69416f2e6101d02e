//! Turning one YAML file into its raw structure in one pass: syntax errors,
//! duplicate keys, wrong types and unknown fields are reported with their line
//! and column, and a wrong value does not stop the rest of the file being read.

use std::collections::HashSet;

use super::check::Checker;
use super::convert::{Conv, FromNode, Path};
use super::diagnostic::{Diagnostic, Problem};
use super::positions::Positions;
use super::yaml;

/// Every field name the pack format knows, for "did you mean" hints.
const KNOWN_FIELDS: &[&str] = &[
    "id",
    "version",
    "default",
    "languages",
    "title",
    "intro",
    "minutes",
    "min_answers_per_dimension",
    "shuffle",
    "dimensions",
    "name",
    "description",
    "questions",
    "kind",
    "text",
    "dimension",
    "reverse",
    "weight",
    "options",
    "weights",
    "summary",
    "targets",
    "importance",
    "focus",
    "work",
    "models",
    "from_scratch",
    "existing",
    "note",
    "math_depth",
    "sections",
    "items",
    "examples",
    "analogy",
    "employers",
    "neighbours",
    "role",
    "boundary",
    "roadmap",
    "outside",
    "stages",
    "outcome",
    "skills",
    "milestone",
    "about",
    "level",
    "hours",
    "prerequisites",
    "resources",
    "url",
    "free",
];

/// A parsed file: its raw value (if it could be read), where everything
/// stands, and the fields whose value had the wrong type.
pub struct Parsed<'a, T> {
    pub value: Option<T>,
    pub positions: Positions<'a>,
    pub mistyped: HashSet<String>,
}

impl<'a, T> Parsed<'a, T> {
    /// A checker of this file, named `file`, adding to `out`.
    pub fn checker<'c>(
        &'c self,
        file: &'c str,
        languages: &'c [String],
        out: &'c mut Vec<Diagnostic>,
    ) -> Checker<'c, 'a> {
        Checker {
            file,
            positions: &self.positions,
            mistyped: &self.mistyped,
            languages,
            out,
        }
    }

    fn nothing() -> Parsed<'a, T> {
        Parsed {
            value: None,
            positions: Positions::default(),
            mistyped: HashSet::new(),
        }
    }
}

pub fn parse<'a, T: FromNode<'a>>(
    display: &str,
    text: &'a str,
    out: &mut Vec<Diagnostic>,
) -> Parsed<'a, T> {
    let root = match yaml::parse(text) {
        Ok(root) => root,
        Err(failure) => {
            out.push(match failure.pos {
                Some(pos) => Diagnostic::at(display, pos, failure.problem),
                None => Diagnostic::file_level(display.to_string(), failure.problem),
            });
            return Parsed::nothing();
        }
    };
    if root.is_null() {
        out.push(Diagnostic::file_level(
            display.to_string(),
            Problem::FileEmpty,
        ));
        return Parsed::nothing();
    }
    yaml::report_duplicate_keys(&root, display, out);
    let mut cx = Conv {
        file: display,
        known_fields: KNOWN_FIELDS,
        out,
        mistyped: HashSet::new(),
    };
    let value = T::from_node(&root, &mut cx, &Path::Root);
    Parsed {
        value,
        mistyped: cx.mistyped,
        // The tree goes now; it is built again only if a problem needs a position.
        positions: Positions::new(text),
    }
}
