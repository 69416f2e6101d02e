//! CSV with a header row, one response per row (a Google Forms export, say).
//! A column whose header is a question's id or text (in any language) holds
//! answers; the others pass through as the respondent's fields.

use std::io::{self, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use csv::StringRecord;

use super::super::index::QuizIndex;
use super::super::problem::{clip, excerpt, Place, Problem};
use crate::engine::batch::Indexed;

/// The longest row read, in bytes; a longer one ends the input with a problem.
pub const MAX_ROW_BYTES: u64 = 1024 * 1024;
/// Rows per chunk.
const CHUNK_ROWS: usize = 1024;

/// What is wrong with a header: the whole file cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderProblem {
    /// The file is empty (no header row).
    Empty,
    /// No column is a question of the quiz.
    NoQuestions,
    /// Two columns hold the same question.
    Twice {
        question: String,
        first: String,
        second: String,
    },
    /// `--id-column` names no column.
    NoIdColumn { name: String, columns: Vec<String> },
    /// The header row itself could not be read.
    Unreadable,
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Question(usize),
    Id,
    /// A passed-through field, by its place in [`Plan::fields`].
    Field(usize),
}

/// How the columns of a file map to the quiz.
#[derive(Debug, Clone)]
pub struct Plan {
    pub columns: Vec<Column>,
    /// The headers of the passed-through columns (sanitised), in file order.
    pub fields: Vec<String>,
    /// The header of every column, for messages.
    pub headers: Vec<String>,
}

impl Plan {
    pub fn new(
        index: &QuizIndex,
        header: &StringRecord,
        id_column: Option<&str>,
    ) -> Result<Plan, HeaderProblem> {
        let headers: Vec<String> = header
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let h = if i == 0 {
                    h.trim_start_matches('\u{feff}')
                } else {
                    h
                };
                crate::content::text::sanitize(h.trim())
            })
            .collect();
        if headers.is_empty() || headers.iter().all(String::is_empty) {
            return Err(HeaderProblem::Empty);
        }
        let mut columns = Vec::with_capacity(headers.len());
        let mut fields = Vec::new();
        let mut seen: Vec<Option<usize>> = vec![None; index.len()];
        let mut id_found = false;
        for (c, h) in headers.iter().enumerate() {
            let is_id = match id_column {
                Some(name) => name.trim() == h,
                // The sheet `career questions --format csv` prints starts
                // with `id`; a question of that id or text keeps it.
                None => h.eq_ignore_ascii_case("id") && index.question_by_header(h).is_none(),
            };
            if is_id && !id_found {
                id_found = true;
                columns.push(Column::Id);
                continue;
            }
            match index.question_by_header(h) {
                Some(q) => {
                    if let Some(first) = seen[q] {
                        return Err(HeaderProblem::Twice {
                            question: index.id(q).to_string(),
                            first: excerpt(&headers[first]),
                            second: excerpt(h),
                        });
                    }
                    seen[q] = Some(c);
                    columns.push(Column::Question(q));
                }
                None => {
                    columns.push(Column::Field(fields.len()));
                    fields.push(h.clone());
                }
            }
        }
        if let Some(name) = id_column {
            if !id_found {
                return Err(HeaderProblem::NoIdColumn {
                    name: excerpt(name),
                    columns: headers.iter().map(|h| excerpt(h)).collect(),
                });
            }
        }
        if seen.iter().all(Option::is_none) {
            return Err(HeaderProblem::NoQuestions);
        }
        Ok(Plan {
            columns,
            fields,
            headers,
        })
    }

    /// Reads one row into `out` (cleared first), its id (if it has an id
    /// column) and its passed-through `fields`; problems go to `problems`.
    pub fn row<'r>(
        &self,
        index: &QuizIndex,
        record: &'r StringRecord,
        out: &mut Indexed,
        fields: &mut Vec<&'r str>,
        problems: &mut Vec<(Place, Problem)>,
    ) -> Option<&'r str> {
        out.clear();
        fields.clear();
        problems.clear();
        let (expected, got) = (self.columns.len(), record.len());
        if got > expected {
            problems.push((Place::Row, Problem::TooManyCells { expected, got }));
            return None;
        }
        if got < expected {
            problems.push((Place::Row, Problem::TooFewCells { expected, got }));
            return None;
        }
        let mut id = None;
        for ((column, cell), header) in self.columns.iter().zip(record).zip(&self.headers) {
            match column {
                Column::Id => id = Some(cell),
                Column::Field(_) => fields.push(cell),
                Column::Question(q) => {
                    if let Err(p) = index.accept_cell(*q, cell, out) {
                        problems.push((Place::Column(clip(header)), p));
                    }
                }
            }
        }
        id.filter(|s| !s.trim().is_empty())
    }
}

/// Rows of a CSV file, with the line each starts on.
#[derive(Debug, Default)]
pub struct CsvChunk {
    pub rows: Vec<(u64, Result<StringRecord, Problem>)>,
}

/// Reads a CSV file in chunks of rows, with every row's size bounded.
pub struct CsvChunker<R: Read> {
    reader: csv::Reader<Limited<R>>,
    limit: Arc<AtomicU64>,
    done: bool,
}

impl<R: Read> CsvChunker<R> {
    /// Opens the file and reads its header row.
    pub fn new(input: R) -> Result<(CsvChunker<R>, StringRecord), HeaderProblem> {
        let limit = Arc::new(AtomicU64::new(MAX_ROW_BYTES + 64 * 1024));
        let limited = Limited {
            inner: input,
            read: 0,
            limit: Arc::clone(&limit),
            kept: Vec::new(),
            kept_from: 0,
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(limited);
        let mut header = StringRecord::new();
        match reader.read_record(&mut header) {
            Ok(true) => {}
            Ok(false) => return Err(HeaderProblem::Empty),
            Err(_) => return Err(HeaderProblem::Unreadable),
        }
        let mut chunker = CsvChunker {
            reader,
            limit,
            done: false,
        };
        chunker.bump();
        Ok((chunker, header))
    }

    fn bump(&mut self) {
        let at = self.reader.position().byte();
        self.limit
            .store(at + MAX_ROW_BYTES + 64 * 1024, Ordering::Relaxed);
        self.reader.get_mut().forget_before(at);
    }

    /// The line a row starts on. The CSV reader puts a row's start right
    /// after the row before it: before the `\n` of a CRLF and before any
    /// blank lines, which this steps over.
    fn start_line(&self, at: &csv::Position) -> u64 {
        self.reader.get_ref().line_breaks_from(at.byte()) + at.line()
    }

    pub fn next_chunk(&mut self) -> Option<CsvChunk> {
        if self.done {
            return None;
        }
        let mut chunk = CsvChunk::default();
        while chunk.rows.len() < CHUNK_ROWS {
            let mut record = StringRecord::new();
            let result = self.reader.read_record(&mut record);
            let line = record
                .position()
                .map_or(self.reader.position().line(), |p| self.start_line(p));
            match result {
                Ok(false) => {
                    self.done = true;
                    break;
                }
                Ok(true) => {
                    // A blank line, or a row of empty cells (`,,`, as a
                    // spreadsheet writes an empty row), is no response.
                    let blank = record.iter().all(|cell| cell.trim().is_empty());
                    if !blank {
                        chunk.rows.push((line, Ok(record)));
                    }
                }
                Err(e) => {
                    let problem = match e.kind() {
                        csv::ErrorKind::Utf8 { .. } => Problem::NotUtf8,
                        csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::OutOfMemory => {
                            self.done = true;
                            Problem::TooLong {
                                limit: MAX_ROW_BYTES as usize,
                            }
                        }
                        csv::ErrorKind::Io(io) => {
                            self.done = true;
                            Problem::Unreadable { reason: io.kind() }
                        }
                        _ => Problem::BadCsv,
                    };
                    let line = e.position().map_or(line, |p| p.line());
                    chunk.rows.push((line, Err(problem)));
                    if self.done {
                        break;
                    }
                }
            }
            self.bump();
        }
        (!chunk.rows.is_empty()).then_some(chunk)
    }
}

/// A reader that refuses to go more than a limit past the last row read,
/// and keeps the bytes from the last row's end on (for row numbers).
struct Limited<R> {
    inner: R,
    read: u64,
    limit: Arc<AtomicU64>,
    kept: Vec<u8>,
    /// The offset of `kept[0]` in the input.
    kept_from: u64,
}

impl<R> Limited<R> {
    /// Drops the bytes before `at`, once there are 64 KiB of them (so the
    /// rest is not moved for every row).
    fn forget_before(&mut self, at: u64) {
        let n = (at.saturating_sub(self.kept_from) as usize).min(self.kept.len());
        if n < 64 * 1024 {
            return;
        }
        self.kept.drain(..n);
        self.kept_from += n as u64;
    }

    /// The `\n`s among the line breaks that start at `at`.
    fn line_breaks_from(&self, at: u64) -> u64 {
        let from = (at.saturating_sub(self.kept_from) as usize).min(self.kept.len());
        self.kept[from..]
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .filter(|b| **b == b'\n')
            .count() as u64
    }
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.read > self.limit.load(Ordering::Relaxed) {
            return Err(io::Error::new(io::ErrorKind::OutOfMemory, "row too long"));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        self.kept.extend_from_slice(&buf[..n]);
        Ok(n)
    }
}
