//! A file's values as a stream, straight from the parser: each scalar typed,
//! each list and map opened and closed, each with its line and column, so the
//! raw structures are read with no tree in between.
//!
//! A file that refers to a value elsewhere in it (an alias `*name`, or a merge
//! key `<<`) is read into the positioned tree of [`super::yaml`] instead, which
//! copies what they refer to, and the tree is streamed: both ways give the
//! same values, problems and positions.

use std::borrow::Cow;

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, StrInput};

use super::diagnostic::Problem;
use super::positions::Pos;
use super::yaml::{self, Failure, Node, Value};

/// One step through a file's values.
pub enum Ev<'a> {
    /// A scalar, typed as in the tree (never `Seq` or `Map`).
    Scalar(Value<'a>),
    SeqStart,
    MapStart,
    /// The end of the innermost open list or map.
    End,
}

/// A step and where it stands.
pub struct Item<'a> {
    pub pos: Pos,
    pub ev: Ev<'a>,
}

/// Why a stream stops early.
pub enum Stop {
    /// The file uses aliases or merge keys: read it through the tree.
    Tree,
    /// The file is not valid YAML (or breaks a limit); nothing of it is used.
    /// (Boxed: every read returns a `Stop`, and it is rare.)
    Fail(Box<Failure>),
}

/// The values of one file, in document order.
pub struct Events<'a> {
    src: Src<'a>,
}

enum Src<'a> {
    Live(Box<Live<'a>>),
    Replay(std::vec::IntoIter<Item<'a>>),
}

struct Live<'a> {
    parser: Parser<'a, StrInput<'a>>,
    text: &'a str,
    /// Lists and maps open.
    depth: usize,
    /// Whether the document's value has been read (a second document is refused).
    read_root: bool,
}

fn fail(pos: Pos, problem: Problem) -> Stop {
    Stop::Fail(Box::new(Failure {
        pos: Some(pos),
        problem,
    }))
}

impl<'a> Events<'a> {
    /// Straight from the parser.
    pub fn live(text: &'a str) -> Events<'a> {
        Events {
            src: Src::Live(Box::new(Live {
                parser: Parser::new_from_str(text),
                text,
                depth: 0,
                read_root: false,
            })),
        }
    }

    /// From a tree already read (aliases copied, merge keys merged).
    pub fn replay(root: Node<'a>) -> Events<'a> {
        let mut items = Vec::new();
        flatten(root, &mut items);
        Events {
            src: Src::Replay(items.into_iter()),
        }
    }

    /// The next step; `None` once the file is read to its end.
    pub fn step(&mut self) -> Result<Option<Item<'a>>, Stop> {
        match &mut self.src {
            Src::Live(live) => live.step(),
            Src::Replay(items) => Ok(items.next()),
        }
    }
}

impl<'a> Live<'a> {
    /// As the tree builder reads events (`yaml::parse`): the same types, limits
    /// and errors, in the same order.
    fn step(&mut self) -> Result<Option<Item<'a>>, Stop> {
        loop {
            let Some(next) = self.parser.next_event() else {
                return Ok(None);
            };
            let (event, span) =
                next.map_err(|e| Stop::Fail(Box::new(yaml::scan_failure(self.text, &e))))?;
            let pos = yaml::pos_of(&span);
            let ev = match event {
                Event::Scalar(text, style, _, tag) => {
                    let tag = tag
                        .as_deref()
                        .map(yaml::scalar_tag)
                        .unwrap_or(yaml::Tag::None);
                    if style == ScalarStyle::Plain && tag == yaml::Tag::None && text == "<<" {
                        return Err(Stop::Tree);
                    }
                    let value = yaml::resolve(text, style, tag)
                        .map_err(|detail| fail(pos, Problem::Syntax { detail }))?;
                    self.read_root |= self.depth == 0;
                    Ev::Scalar(value)
                }
                Event::SequenceStart(..) | Event::MappingStart(..) => {
                    if self.depth >= yaml::MAX_DEPTH {
                        return Err(fail(pos, Problem::TooDeep));
                    }
                    self.depth += 1;
                    if matches!(event, Event::SequenceStart(..)) {
                        Ev::SeqStart
                    } else {
                        Ev::MapStart
                    }
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    if self.depth == 0 {
                        continue;
                    }
                    self.depth -= 1;
                    self.read_root |= self.depth == 0;
                    Ev::End
                }
                Event::Alias(_) => return Err(Stop::Tree),
                Event::DocumentStart(..) if self.read_root => {
                    return Err(fail(
                        pos,
                        Problem::Syntax {
                            detail: "only single YAML document expected but multiple found"
                                .to_string(),
                        },
                    ));
                }
                _ => continue,
            };
            return Ok(Some(Item { pos, ev }));
        }
    }
}

/// The steps of a tree, in order: a map's keys are scalars at their own positions.
fn flatten<'a>(node: Node<'a>, out: &mut Vec<Item<'a>>) {
    let pos = node.pos;
    match node.value {
        Value::Seq(items) => {
            out.push(Item {
                pos,
                ev: Ev::SeqStart,
            });
            for n in items {
                flatten(n, out);
            }
            out.push(Item { pos, ev: Ev::End });
        }
        Value::Map(entries) => {
            out.push(Item {
                pos,
                ev: Ev::MapStart,
            });
            for e in entries {
                out.push(Item {
                    pos: e.key_pos,
                    ev: Ev::Scalar(Value::Str(e.key)),
                });
                flatten(e.value, out);
            }
            out.push(Item { pos, ev: Ev::End });
        }
        value => out.push(Item {
            pos,
            ev: Ev::Scalar(value),
        }),
    }
}

/// A scalar as a map key: keys are plain words, numbers or booleans.
pub fn key_text(value: Value<'_>) -> Cow<'_, str> {
    match value {
        Value::Str(s) => s,
        Value::Int(i) => Cow::Owned(i.to_string()),
        Value::BigInt(s) => Cow::Owned(s),
        Value::Float(f) => Cow::Owned(f.to_string()),
        Value::Bool(b) => Cow::Borrowed(if b { "true" } else { "false" }),
        Value::Null | Value::Seq(_) | Value::Map(_) => Cow::Borrowed("null"),
    }
}
