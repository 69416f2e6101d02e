//! Turning one YAML file into its raw structure in one pass over the parser's
//! events: syntax errors, duplicate keys, wrong types and unknown fields are
//! reported with their line and column, and a wrong value does not stop the
//! rest of the file being read.

use std::collections::HashSet;

use super::check::Checker;
use super::convert::{Conv, FromEvents, Read, Reader};
use super::diagnostic::{Diagnostic, Problem};
use super::events::{Events, Stop};
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

pub fn parse<'a, T: FromEvents<'a>>(
    display: &str,
    text: &'a str,
    out: &mut Vec<Diagnostic>,
) -> Parsed<'a, T> {
    // Straight from the parser's events; a file with aliases or merge keys
    // through the tree, which resolves them.
    let read = match read::<T>(display, Events::live(text)) {
        Err(Stop::Tree) => match yaml::parse(text) {
            Ok(root) => read::<T>(display, Events::replay(root)),
            Err(failure) => Err(Stop::Fail(Box::new(failure))),
        },
        read => read,
    };
    match read {
        Ok((Read::Value(value), cx)) => {
            out.extend(cx.duplicates);
            out.extend(cx.out);
            Parsed {
                value,
                mistyped: cx.mistyped,
                // Positions are looked up (in a tree built then) only if a problem needs one.
                positions: Positions::new(text),
            }
        }
        Ok((Read::Empty, _)) => {
            out.push(Diagnostic::file_level(
                display.to_string(),
                Problem::FileEmpty,
            ));
            Parsed::nothing()
        }
        Err(Stop::Fail(failure)) => {
            out.push(match failure.pos {
                Some(pos) => Diagnostic::at(display, pos, failure.problem),
                None => Diagnostic::file_level(display.to_string(), failure.problem),
            });
            Parsed::nothing()
        }
        // A tree is never streamed back to the tree.
        Err(Stop::Tree) => Parsed::nothing(),
    }
}

/// Reads one file from its events: what it holds, and its problems.
fn read<'a, 'd, T: FromEvents<'a>>(
    display: &'d str,
    events: Events<'a>,
) -> Result<(Read<T>, Conv<'d>), Stop> {
    let cx = Conv {
        file: display,
        known_fields: KNOWN_FIELDS,
        out: Vec::new(),
        duplicates: Vec::new(),
        mistyped: HashSet::new(),
    };
    let mut reader = Reader::new(events, cx);
    let read = reader.read_file::<T>()?;
    Ok((read, reader.cx))
}
