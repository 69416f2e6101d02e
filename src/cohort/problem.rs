//! What can be wrong with one response of a batch, as typed values; the
//! words are chosen at the edge (`render::cohort::problems`).

use serde::Serialize;

use crate::content::Diagnostic;

/// The longest piece of a person's input repeated in a message, in characters.
pub const EXCERPT_CHARS: usize = 60;

/// The longest piece of a person's input kept in a problem's data (the
/// `--errors FILE` fields), in characters: enough for any real header or
/// answer, a bound against a huge cell.
pub const DATA_CHARS: usize = 1000;

/// A short, terminal-safe excerpt of untrusted input, for messages.
pub fn excerpt(s: &str) -> String {
    cut(&s.replace(['\n', '\t'], " "), EXCERPT_CHARS)
}

/// Untrusted input as a problem keeps it: sanitised, whole up to
/// [`DATA_CHARS`] characters (line breaks too: JSON escapes them), so a
/// script can match it to the input.
pub fn clip(s: &str) -> String {
    cut(s, DATA_CHARS)
}

fn cut(s: &str, limit: usize) -> String {
    let clean = crate::content::text::sanitize(s);
    let mut chars = clean.chars();
    let mut out: String = chars.by_ref().take(limit).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// Where in a row a problem is. In JSON always an object with a `kind`:
/// `{"kind": "row"}`, `{"kind": "field", "field": "answers.q"}` or
/// `{"kind": "column", "column": "Q3"}`.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// The whole line or row.
    Row,
    /// A JSON field path such as `answers.free-friday`.
    Field(String),
    /// A CSV column, by its header.
    Column(String),
}

impl Serialize for Place {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        match self {
            Place::Row => map.serialize_entry("kind", "row")?,
            Place::Field(field) => {
                map.serialize_entry("kind", "field")?;
                map.serialize_entry("field", field)?;
            }
            Place::Column(column) => {
                map.serialize_entry("kind", "column")?;
                map.serialize_entry("column", column)?;
            }
        }
        map.end()
    }
}

/// One thing wrong with a response.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// The line is not valid JSON; `column` is where the parser gave up.
    BrokenJson { column: usize },
    /// The line is JSON but not an object.
    NotAnObject,
    /// The object has no `answers` map.
    NoAnswers,
    /// `answers` is not a map of question ids to answers.
    AnswersNotAMap,
    /// `id` is neither a string nor a number.
    BadId,
    UnknownQuestion {
        got: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        suggestion: Option<String>,
    },
    /// The same question is answered twice in one response.
    Duplicate { question: String },
    UnknownOption {
        question: String,
        got: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        suggestion: Option<String>,
    },
    /// A likert answer outside 1..5.
    LikertOutOfRange { question: String, got: String },
    /// A likert answer with a fraction (`2.5`); `4.0` is taken as 4.
    LikertNotWhole { question: String, got: String },
    /// A likert answer that is not a number (nor, in CSV, a scale label).
    LikertNeedsNumber { question: String },
    /// A choice answer that is not one option.
    ChoiceNeedsOption { question: String },
    /// A multi answer that is not a list of options.
    MultiNeedsList { question: String },
    /// A CSV row longer than its header.
    TooManyCells { expected: usize, got: usize },
    /// A CSV row shorter than its header.
    TooFewCells { expected: usize, got: usize },
    /// A line, row or file over the size limit.
    TooLong { limit: usize },
    /// Text that is not UTF-8.
    NotUtf8,
    /// A CSV row the CSV reader could not read.
    BadCsv,
    /// The input, or a file of a folder, could not be read (worded at the
    /// edge; in JSON the message says why).
    Unreadable {
        #[serde(skip)]
        reason: std::io::ErrorKind,
    },
    /// An answers file of a folder has problems (already in the person's language).
    AnswersFile {
        #[serde(skip)]
        problems: Vec<Diagnostic>,
    },
}

/// A problem with the row (line, record or file) it was found in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowProblem {
    /// The line (JSONL), the record's line (CSV) or the file's place in the folder.
    pub row: u64,
    /// The file name, for a folder of answers files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    pub place: Place,
    #[serde(flatten)]
    pub problem: Problem,
}
