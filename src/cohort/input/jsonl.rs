//! JSON Lines: one `{"id": …, "answers": {…}}` object per line. Lines are
//! read in chunks of whole lines, and each line is parsed in place: strings
//! are borrowed from the chunk and answers go straight into the row's slots.

use std::fmt;
use std::io::{self, Read};

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::super::index::{QuizIndex, Raw};
use super::super::problem::{Place, Problem};
use crate::engine::batch::{Indexed, Slot};

/// The longest line read, in bytes; a longer one is reported and skipped.
pub const MAX_LINE_BYTES: usize = 1024 * 1024;
/// About how many bytes one chunk holds.
const CHUNK_BYTES: usize = 256 * 1024;

/// Whole lines of the input.
#[derive(Debug, Default)]
pub struct LineChunk {
    pub data: Vec<u8>,
    /// The number of the chunk's first line (1-based).
    pub first_line: u64,
    /// Lines over the limit, left out of `data` (an empty line stands in for each).
    pub too_long: Vec<u64>,
    /// A read error that ended the input after this chunk.
    pub error: Option<std::io::ErrorKind>,
}

impl LineChunk {
    /// Every line with its number.
    pub fn lines(&self) -> impl Iterator<Item = (u64, &[u8])> {
        let data = self.data.strip_suffix(b"\n").unwrap_or(&self.data);
        let mut start = 0;
        let mut ends = memchr::memchr_iter(b'\n', data);
        let mut done = data.is_empty() && self.too_long.is_empty();
        let lines = std::iter::from_fn(move || {
            if done {
                return None;
            }
            let end = ends.next().unwrap_or_else(|| {
                done = true;
                data.len()
            });
            let line = &data[start..end];
            start = end + 1;
            Some(line)
        });
        lines.zip(self.first_line..).map(|(l, n)| (n, l))
    }
}

/// Cuts a byte stream into chunks of whole lines.
pub struct LineChunker<R> {
    input: R,
    carry: Vec<u8>,
    next_line: u64,
    done: bool,
}

impl<R: Read> LineChunker<R> {
    pub fn new(input: R) -> LineChunker<R> {
        LineChunker {
            input,
            carry: Vec::new(),
            next_line: 1,
            done: false,
        }
    }

    /// The next chunk, or `None` at the end.
    pub fn next_chunk(&mut self) -> Option<LineChunk> {
        if self.done {
            return None;
        }
        let mut chunk = LineChunk {
            data: std::mem::take(&mut self.carry),
            first_line: self.next_line,
            ..LineChunk::default()
        };
        // Where the unfinished last line of `data` starts.
        let mut tail = 0;
        loop {
            if let Some(i) = memchr::memrchr(b'\n', &chunk.data[tail..]) {
                tail += i + 1;
            }
            if chunk.data.len() - tail > MAX_LINE_BYTES {
                // Too long: keep an empty stand-in and skip the rest of the line.
                let line = self.next_line + count_lines(&chunk.data[..tail]);
                chunk.too_long.push(line);
                chunk.data.truncate(tail);
                chunk.data.push(b'\n');
                tail = chunk.data.len();
                match self.skip_line() {
                    Ok(rest) => chunk.data.extend_from_slice(&rest),
                    Err(e) => {
                        chunk.error = Some(e.kind());
                        self.done = true;
                    }
                }
                if self.done {
                    break;
                }
                continue;
            }
            if chunk.data.len() >= CHUNK_BYTES && tail > 0 {
                break;
            }
            let before = chunk.data.len();
            chunk.data.resize(before + CHUNK_BYTES / 4, 0);
            match read_some(&mut self.input, &mut chunk.data[before..]) {
                Ok(n) => {
                    chunk.data.truncate(before + n);
                    if n == 0 {
                        self.done = true;
                        break;
                    }
                }
                Err(e) => {
                    chunk.data.truncate(before);
                    chunk.error = Some(e.kind());
                    self.done = true;
                    break;
                }
            }
        }
        if !self.done {
            self.carry = chunk.data.split_off(tail);
        }
        self.next_line += count_lines(&chunk.data);
        if !chunk.data.is_empty() && !chunk.data.ends_with(b"\n") {
            self.next_line += 1;
        }
        if chunk.data.is_empty() && chunk.error.is_none() && chunk.too_long.is_empty() {
            return None;
        }
        Some(chunk)
    }

    /// Reads past the next newline; returns what came after it.
    fn skip_line(&mut self) -> io::Result<Vec<u8>> {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = read_some(&mut self.input, &mut buf)?;
            if n == 0 {
                self.done = true;
                return Ok(Vec::new());
            }
            if let Some(i) = memchr::memchr(b'\n', &buf[..n]) {
                return Ok(buf[i + 1..n].to_vec());
            }
        }
    }
}

fn count_lines(data: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', data).count() as u64
}

fn read_some(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match r.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// What one line holds besides its answers.
#[derive(Debug, Default)]
pub struct Parsed<'a> {
    pub id: Option<std::borrow::Cow<'a, str>>,
    /// Other top-level fields, passed through as raw JSON.
    pub fields: Vec<(std::borrow::Cow<'a, str>, &'a RawValue)>,
}

/// Reusable buffers for parsing lines.
#[derive(Debug, Default)]
pub struct LineParser {
    /// Problems of the current line (field, problem).
    pub problems: Vec<(Place, Problem)>,
}

impl LineParser {
    /// Parses one line into `out` (cleared first) and `parsed`. Problems with
    /// single answers are collected in `self.problems`; a line that is not a
    /// JSON object gives one problem and no answers.
    pub fn parse<'a>(
        &mut self,
        index: &QuizIndex,
        line: &'a [u8],
        out: &mut Indexed,
        parsed: &mut Parsed<'a>,
    ) {
        out.clear();
        parsed.id = None;
        parsed.fields.clear();
        self.problems.clear();
        match super::scan::line(index, line, out, parsed, &mut self.problems) {
            Some(true) => {}
            Some(false) => self.problems.push((Place::Row, Problem::NoAnswers)),
            None => self.parse_slow(index, line, out, parsed),
        }
    }

    /// [`Self::parse`] by serde, for the lines the scanner leaves.
    pub(super) fn parse_slow<'a>(
        &mut self,
        index: &QuizIndex,
        line: &'a [u8],
        out: &mut Indexed,
        parsed: &mut Parsed<'a>,
    ) {
        out.clear();
        parsed.id = None;
        parsed.fields.clear();
        self.problems.clear();
        let mut de = serde_json::Deserializer::from_slice(line);
        let mut saw_answers = false;
        let seed = RowSeed {
            index,
            out,
            parsed,
            problems: &mut self.problems,
            saw_answers: &mut saw_answers,
        };
        let result = seed.deserialize(&mut de).and_then(|()| de.end());
        if let Err(e) = result {
            self.problems.clear();
            let problem = if e.classify() == serde_json::error::Category::Data {
                Problem::NotAnObject
            } else {
                Problem::BrokenJson {
                    column: e.column().max(1),
                }
            };
            self.problems.push((Place::Row, problem));
            return;
        }
        if !saw_answers {
            self.problems.push((Place::Row, Problem::NoAnswers));
        }
    }
}

/// A map key or string, borrowed when it has no escapes.
struct Str<'a>(std::borrow::Cow<'a, str>);

impl<'de> de::Deserialize<'de> for Str<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Str<'de>, E> {
                Ok(Str(v.into()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Str<'de>, E> {
                Ok(Str(v.to_string().into()))
            }
        }
        d.deserialize_str(V)
    }
}

struct RowSeed<'s, 'a> {
    index: &'s QuizIndex,
    out: &'s mut Indexed,
    parsed: &'s mut Parsed<'a>,
    problems: &'s mut Vec<(Place, Problem)>,
    saw_answers: &'s mut bool,
}

impl<'de> DeserializeSeed<'de> for RowSeed<'_, 'de> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RowSeed<'_, 'de> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(Str(key)) = map.next_key::<Str<'de>>()? {
            match key.as_ref() {
                "answers" => {
                    *self.saw_answers = true;
                    map.next_value_seed(AnswersSeed {
                        index: self.index,
                        out: self.out,
                        problems: self.problems,
                    })?;
                }
                "id" => {
                    let raw: &'de RawValue = map.next_value()?;
                    self.parsed.id = id_of(raw);
                    if self.parsed.id.is_none() && raw.get() != "null" {
                        self.problems
                            .push((Place::Field("id".into()), Problem::BadId));
                    }
                }
                _ => {
                    let raw: &'de RawValue = map.next_value()?;
                    self.parsed.fields.push((key, raw));
                }
            }
        }
        Ok(())
    }
}

/// A string or number id as text.
fn id_of(raw: &RawValue) -> Option<std::borrow::Cow<'_, str>> {
    let text = raw.get();
    if text.starts_with('"') {
        match serde_json::from_str::<&str>(text) {
            Ok(s) => Some(s.into()),
            Err(_) => serde_json::from_str::<String>(text).ok().map(Into::into),
        }
    } else if text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
        Some(text.into())
    } else {
        None
    }
}

struct AnswersSeed<'s> {
    index: &'s QuizIndex,
    out: &'s mut Indexed,
    problems: &'s mut Vec<(Place, Problem)>,
}

impl AnswersSeed<'_> {
    fn not_a_map(self) {
        self.problems
            .push((Place::Field("answers".into()), Problem::AnswersNotAMap));
    }
}

impl<'de> DeserializeSeed<'de> for AnswersSeed<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AnswersSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of answers")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut hint = 0;
        let mut list: Vec<&'de str> = Vec::new();
        let mut owned: Vec<String> = Vec::new();
        while let Some(Str(key)) = map.next_key::<Str<'de>>()? {
            // An unknown or repeated question's value is skipped, whatever it is.
            let known = self.index.question(&key, hint);
            if known.is_none_or(|q| self.out.slots[q] != Slot::Skipped) {
                map.next_value::<IgnoredAny>()?;
                record(
                    self.index,
                    &key,
                    &mut hint,
                    Raw::Skip,
                    &[],
                    self.out,
                    self.problems,
                );
                continue;
            }
            list.clear();
            owned.clear();
            let raw = map.next_value_seed(AnswerSeed {
                list: &mut list,
                owned: &mut owned,
            })?;
            let strs: Vec<&str>;
            let items: &[&str] = if owned.is_empty() {
                &list
            } else {
                strs = owned.iter().map(String::as_str).collect();
                &strs
            };
            let raw = match raw {
                Value::Raw(r) => r,
                Value::Owned => Raw::Str(owned.first().map_or("", String::as_str)),
            };
            record(
                self.index,
                &key,
                &mut hint,
                raw,
                items,
                self.out,
                self.problems,
            );
        }
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        self.not_a_map();
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        self.not_a_map();
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        self.not_a_map();
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        self.not_a_map();
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        self.not_a_map();
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.not_a_map();
        Ok(())
    }
}

/// Records answer `raw` (with list `items`) to the question with id `key`,
/// or the problem with it: an unknown question, one answered twice, or an
/// answer that does not fit. `hint` is where the next question likely is.
pub(super) fn record(
    index: &QuizIndex,
    key: &str,
    hint: &mut usize,
    raw: Raw<'_>,
    items: &[&str],
    out: &mut Indexed,
    problems: &mut Vec<(Place, Problem)>,
) {
    match index.question(key, *hint) {
        Some(q) => record_at(index, q, hint, raw, items, out, problems),
        None => {
            let got = super::super::problem::clip(key);
            let suggestion = crate::suggest::closest(key, (0..index.len()).map(|q| index.id(q)))
                .map(str::to_string);
            problems.push((
                Place::Field(format!("answers.{got}")),
                Problem::UnknownQuestion { got, suggestion },
            ));
        }
    }
}

/// [`record`] for a key known to be question `q`'s id.
pub(super) fn record_at(
    index: &QuizIndex,
    q: usize,
    hint: &mut usize,
    raw: Raw<'_>,
    items: &[&str],
    out: &mut Indexed,
    problems: &mut Vec<(Place, Problem)>,
) {
    *hint = q + 1;
    if out.slots[q] != Slot::Skipped {
        let question = index.id(q).to_string();
        problems.push((
            Place::Field(format!("answers.{question}")),
            Problem::Duplicate { question },
        ));
        return;
    }
    if let Err(p) = index.accept(q, raw, items, out) {
        problems.push((Place::Field(format!("answers.{}", index.id(q))), p));
    }
}

/// What an answer value was read as: a [`Raw`] borrowing the line, or a
/// string with escapes, kept in `owned`.
enum Value<'a> {
    Raw(Raw<'a>),
    Owned,
}

struct AnswerSeed<'s, 'a> {
    list: &'s mut Vec<&'a str>,
    owned: &'s mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for AnswerSeed<'_, 'de> {
    type Value = Value<'de>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AnswerSeed<'_, 'de> {
    type Value = Value<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer")
    }
    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Raw(Raw::Skip))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Value<'de>, E> {
        Ok(Value::Raw(Raw::Other))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value<'de>, E> {
        Ok(Value::Raw(Raw::Int(i64::try_from(v).unwrap_or(i64::MAX))))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value<'de>, E> {
        Ok(Value::Raw(Raw::Int(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value<'de>, E> {
        Ok(Value::Raw(Raw::Float(v)))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::Raw(Raw::Str(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value<'de>, E> {
        self.owned.push(v.to_string());
        Ok(Value::Owned)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Value::Raw(Raw::Other))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        let mut other = false;
        while let Some(item) = seq.next_element::<ListItem<'de>>()? {
            match item {
                ListItem::Str(std::borrow::Cow::Borrowed(s)) => self.list.push(s),
                ListItem::Str(std::borrow::Cow::Owned(s)) => self.owned.push(s),
                ListItem::Other => other = true,
            }
        }
        if !self.owned.is_empty() {
            // Rare (escapes in an option id): then every item is kept owned.
            let borrowed: Vec<String> = self.list.drain(..).map(str::to_string).collect();
            self.owned.extend(borrowed);
        }
        Ok(Value::Raw(if other { Raw::Other } else { Raw::List }))
    }
}

/// One item of a multi answer's list.
enum ListItem<'a> {
    Str(std::borrow::Cow<'a, str>),
    Other,
}

impl<'de> de::Deserialize<'de> for ListItem<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ListItem<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an option id")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<ListItem<'de>, E> {
                Ok(ListItem::Str(v.into()))
            }
            fn visit_str<E>(self, v: &str) -> Result<ListItem<'de>, E> {
                Ok(ListItem::Str(v.to_string().into()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<ListItem<'de>, E> {
                Ok(ListItem::Other)
            }
            fn visit_u64<E>(self, _: u64) -> Result<ListItem<'de>, E> {
                Ok(ListItem::Other)
            }
            fn visit_i64<E>(self, _: i64) -> Result<ListItem<'de>, E> {
                Ok(ListItem::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<ListItem<'de>, E> {
                Ok(ListItem::Other)
            }
            fn visit_unit<E>(self) -> Result<ListItem<'de>, E> {
                Ok(ListItem::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ListItem<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(ListItem::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ListItem<'de>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(ListItem::Other)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(input: &str) -> Vec<(u64, String)> {
        let mut c = LineChunker::new(input.as_bytes());
        let mut out = Vec::new();
        while let Some(chunk) = c.next_chunk() {
            for (n, l) in chunk.lines() {
                out.push((n, String::from_utf8_lossy(l).into_owned()));
            }
        }
        out
    }

    #[test]
    fn lines_keep_their_numbers() {
        assert_eq!(
            chunks("a\nb\n\nc"),
            vec![
                (1, "a".into()),
                (2, "b".into()),
                (3, "".into()),
                (4, "c".into())
            ]
        );
        assert_eq!(chunks(""), vec![]);
    }

    #[test]
    fn an_over_long_line_is_left_out_and_counted() {
        let long = "x".repeat(MAX_LINE_BYTES + CHUNK_BYTES);
        let input = format!("a\n{long}\nb\n");
        let mut c = LineChunker::new(input.as_bytes());
        let mut lines = Vec::new();
        let mut too_long = Vec::new();
        while let Some(chunk) = c.next_chunk() {
            too_long.extend(chunk.too_long.iter().copied());
            lines.extend(chunk.lines().map(|(n, l)| (n, l.len())));
        }
        assert_eq!(too_long, vec![2]);
        assert_eq!(lines, vec![(1, 1), (2, 0), (3, 1)]);
    }
}
