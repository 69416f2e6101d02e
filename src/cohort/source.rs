//! Where responses come from (JSONL, CSV or a folder of answers files), read
//! in chunks, and a visit of every response of a chunk with the same shape
//! whatever the format.

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

use serde_json::value::RawValue;

use super::index::QuizIndex;
use super::input::csv::{CsvChunk, CsvChunker, HeaderProblem, Plan};
use super::input::dir::{DirChunker, FileChunk};
use super::input::jsonl::{LineChunk, LineChunker, LineParser, Parsed};
use super::problem::{Place, Problem, RowProblem};
use crate::content::Quiz;
use crate::engine::batch::Indexed;
use crate::i18n::Lang;

/// The input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Jsonl,
    Csv,
    YamlDir,
}

impl InputFormat {
    /// The format a path's extension (or being a folder) implies.
    pub fn detect(path: &Path) -> Option<InputFormat> {
        if path.is_dir() {
            return Some(InputFormat::YamlDir);
        }
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
            "csv" => Some(InputFormat::Csv),
            _ => None,
        }
    }
}

/// A reader that can move to the reading thread.
pub type Input = Box<dyn Read + Send>;

/// An open input.
pub enum Source {
    Jsonl(LineChunker<Input>),
    Csv(CsvChunker<Input>),
    Dir(DirChunker),
}

/// Why an input cannot be read at all.
#[derive(Debug)]
pub enum OpenProblem {
    Header(HeaderProblem),
    Io(std::io::Error),
}

/// A chunk of any input.
pub enum Chunk {
    Lines(LineChunk),
    Csv(CsvChunk),
    Files(FileChunk),
}

impl Source {
    /// Opens `input` as `format`; for CSV, reads the header into a [`Plan`].
    pub fn open(
        format: InputFormat,
        input: Input,
        dir: Option<&Path>,
        index: &QuizIndex,
        id_column: Option<&str>,
    ) -> Result<(Source, Option<Plan>), OpenProblem> {
        match format {
            InputFormat::Jsonl => Ok((Source::Jsonl(LineChunker::new(input)), None)),
            InputFormat::Csv => {
                let (chunker, header) = CsvChunker::new(input).map_err(OpenProblem::Header)?;
                let plan = Plan::new(index, &header, id_column).map_err(OpenProblem::Header)?;
                Ok((Source::Csv(chunker), Some(plan)))
            }
            InputFormat::YamlDir => {
                let dir = dir.unwrap_or(Path::new("."));
                let chunker = DirChunker::new(dir).map_err(OpenProblem::Io)?;
                Ok((Source::Dir(chunker), None))
            }
        }
    }

    pub fn next_chunk(&mut self) -> Option<Chunk> {
        match self {
            Source::Jsonl(c) => c.next_chunk().map(Chunk::Lines),
            Source::Csv(c) => c.next_chunk().map(Chunk::Csv),
            Source::Dir(c) => c.next_chunk().map(Chunk::Files),
        }
    }
}

/// What every worker shares.
pub struct Shared<'a> {
    pub quiz: &'a Quiz,
    pub index: &'a QuizIndex,
    pub plan: Option<&'a Plan>,
    /// For the messages of answers files (which are read as `career quiz --answers` reads them).
    pub lang: Lang,
}

/// A response's own fields, passed through.
#[derive(Debug, Clone, Copy)]
pub enum Fields<'a> {
    None,
    /// Other top-level fields of a JSON line, as raw JSON.
    Json(&'a [(Cow<'a, str>, &'a RawValue)]),
    /// The passed-through cells of a CSV row, in [`Plan::fields`] order.
    Csv(&'a [&'a str]),
}

/// One response, ready to score: an id, fields and answers.
pub struct Response<'a> {
    pub row: u64,
    pub id: &'a str,
    pub fields: Fields<'a>,
    pub answers: &'a Indexed,
}

/// A worker's reusable buffers.
pub struct State {
    answers: Indexed,
    lines: LineParser,
    problems: Vec<(Place, Problem)>,
    id: String,
}

impl State {
    pub fn new(questions: usize) -> State {
        State {
            answers: Indexed::new(questions),
            lines: LineParser::default(),
            problems: Vec::new(),
            id: String::new(),
        }
    }
}

/// Calls `scored` for every good response of `chunk` and `rejected` for
/// every problem of a bad one (a bad response gives one call per problem).
pub fn visit(
    chunk: &Chunk,
    shared: &Shared<'_>,
    state: &mut State,
    mut good: impl FnMut(Response<'_>),
    mut bad: impl FnMut(RowProblem),
) {
    let problem = |row: u64, file: Option<&str>, (place, problem): (Place, Problem)| RowProblem {
        row,
        file: file.map(str::to_string),
        place,
        problem,
    };
    match chunk {
        Chunk::Lines(lines) => {
            let mut too_long = lines.too_long.iter().peekable();
            let mut parsed = Parsed::default();
            for (row, line) in lines.lines() {
                // The chunker cuts lines far over the limit; this catches the rest.
                let cut = too_long.peek() == Some(&&row);
                if cut || line.len() > super::input::jsonl::MAX_LINE_BYTES {
                    if cut {
                        too_long.next();
                    }
                    bad(problem(
                        row,
                        None,
                        (
                            Place::Row,
                            Problem::TooLong {
                                limit: super::input::jsonl::MAX_LINE_BYTES,
                            },
                        ),
                    ));
                    continue;
                }
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                state
                    .lines
                    .parse(shared.index, line, &mut state.answers, &mut parsed);
                if !state.lines.problems.is_empty() {
                    for p in state.lines.problems.drain(..) {
                        bad(problem(row, None, p));
                    }
                    continue;
                }
                state.id.clear();
                let id: &str = match &parsed.id {
                    Some(id) => id,
                    None => {
                        state.id.push_str(itoa::Buffer::new().format(row));
                        &state.id
                    }
                };
                good(Response {
                    row,
                    id,
                    fields: Fields::Json(&parsed.fields),
                    answers: &state.answers,
                });
            }
            if let Some(reason) = &lines.error {
                let row = lines.first_line + lines.lines().count() as u64;
                bad(problem(
                    row,
                    None,
                    (Place::Row, Problem::Unreadable { reason: *reason }),
                ));
            }
        }
        Chunk::Csv(rows) => {
            let Some(plan) = shared.plan else { return };
            let mut fields: Vec<&str> = Vec::new();
            for (row, record) in &rows.rows {
                let record = match record {
                    Ok(r) => r,
                    Err(p) => {
                        bad(problem(*row, None, (Place::Row, p.clone())));
                        continue;
                    }
                };
                let id = plan.row(
                    shared.index,
                    record,
                    &mut state.answers,
                    &mut fields,
                    &mut state.problems,
                );
                if !state.problems.is_empty() {
                    for p in state.problems.drain(..) {
                        bad(problem(*row, None, p));
                    }
                    continue;
                }
                state.id.clear();
                let id = match id {
                    Some(id) => id,
                    None => {
                        state.id.push_str(itoa::Buffer::new().format(*row));
                        &state.id
                    }
                };
                good(Response {
                    row: *row,
                    id,
                    fields: Fields::Csv(&fields),
                    answers: &state.answers,
                });
            }
        }
        Chunk::Files(files) => {
            for f in &files.files {
                let text = match &f.text {
                    Ok(t) => t,
                    Err(p) => {
                        bad(problem(f.row, Some(&f.name), (Place::Row, p.clone())));
                        continue;
                    }
                };
                match crate::content::answers_file::parse_answers(&f.name, text, shared.quiz) {
                    Ok(answers) => {
                        state.answers = Indexed::from_answers(shared.quiz, &answers);
                        let id = Path::new(&f.name)
                            .file_stem()
                            .and_then(|s| s.to_str())
                            .unwrap_or(&f.name);
                        good(Response {
                            row: f.row,
                            id,
                            fields: Fields::None,
                            answers: &state.answers,
                        });
                    }
                    Err(problems) => bad(problem(
                        f.row,
                        Some(&f.name),
                        (Place::Row, Problem::AnswersFile { problems }),
                    )),
                }
            }
        }
    }
}
