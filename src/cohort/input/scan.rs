//! The fast path of [`super::jsonl`]: a scanner for the usual shape of a
//! response line, `{"id": "…", "answers": {"q": 4, "r": "opt", "s": ["a", "b"]}}`,
//! which reads it in one pass without serde's per-value machinery.
//!
//! It only accepts what it fully understands: strings without escapes or
//! control characters, non-negative integers, `null`, lists of strings, and
//! other top-level fields whose value serde_json confirms is valid JSON. On
//! anything else (escapes, floats, negative numbers, booleans, broken JSON…)
//! it gives up and the line is read again by the serde reader, which decides
//! what it means and how to word what is wrong. So the two readers agree on
//! every line; `tests` checks that on a sample of awkward lines.

use std::borrow::Cow;

use serde_json::value::RawValue;

use super::super::index::{QuizIndex, Raw};
use super::super::problem::{Place, Problem};
use super::jsonl::{record, record_at, Parsed};
use crate::engine::batch::Indexed;

/// The most items of a multi answer read on the fast path.
const MAX_ITEMS: usize = 64;

/// Reads `line` into `out`, `parsed` and `problems` (all empty on entry).
/// `None`: the line is not of the usual shape (what was filled is to be
/// cleared and the line read by serde).
pub fn line<'a>(
    index: &QuizIndex,
    line: &'a [u8],
    out: &mut Indexed,
    parsed: &mut Parsed<'a>,
    problems: &mut Vec<(Place, Problem)>,
) -> Option<bool> {
    let text = std::str::from_utf8(line).ok()?;
    let mut s = Scan { text, i: 0 };
    s.expect(b'{')?;
    let mut saw_answers = false;
    let mut saw_id = false;
    if s.peek()? == b'}' {
        s.i += 1;
    } else {
        loop {
            let key = s.string()?;
            s.expect(b':')?;
            match key {
                "answers" if !saw_answers => {
                    saw_answers = true;
                    answers(&mut s, index, out, problems)?;
                }
                "id" if !saw_id => {
                    saw_id = true;
                    parsed.id = match s.peek()? {
                        b'"' => Some(Cow::Borrowed(s.string()?)),
                        b'n' => {
                            s.literal("null")?;
                            None
                        }
                        _ => return None,
                    };
                }
                "answers" | "id" => return None,
                _ => {
                    let raw = s.raw_value()?;
                    parsed.fields.push((Cow::Borrowed(key), raw));
                }
            }
            match s.peek()? {
                b',' => s.i += 1,
                b'}' => {
                    s.i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    s.ws();
    (s.i == text.len()).then_some(saw_answers)
}

/// The `answers` object, each answer recorded as it is read.
fn answers(
    s: &mut Scan<'_>,
    index: &QuizIndex,
    out: &mut Indexed,
    problems: &mut Vec<(Place, Problem)>,
) -> Option<()> {
    s.expect(b'{')?;
    if s.peek()? == b'}' {
        s.i += 1;
        return Some(());
    }
    let mut hint = 0;
    let mut items: [&str; MAX_ITEMS] = [""; MAX_ITEMS];
    loop {
        // Answers usually come in quiz order, now and then one skipped: try
        // the expected ids in place first.
        let expected = s.key_is(index.plain_id(hint));
        let key = match expected.or_else(|| s.key_is(index.plain_id(hint + 1))) {
            Some(q) => Key::At(q),
            None => Key::Text(s.string()?),
        };
        s.expect(b':')?;
        let mut n = 0;
        let raw = match s.peek()? {
            b'"' => Raw::Str(s.string()?),
            b'0'..=b'9' => Raw::Int(s.int()?),
            b'n' => {
                s.literal("null")?;
                Raw::Skip
            }
            b'[' => {
                s.i += 1;
                if s.peek()? == b']' {
                    s.i += 1;
                } else {
                    loop {
                        *items.get_mut(n)? = s.string()?;
                        n += 1;
                        match s.peek()? {
                            b',' => s.i += 1,
                            b']' => {
                                s.i += 1;
                                break;
                            }
                            _ => return None,
                        }
                    }
                }
                Raw::List
            }
            _ => return None,
        };
        let items = &items[..n];
        match key {
            Key::At(q) => record_at(index, q, &mut hint, raw, items, out, problems),
            Key::Text(key) => record(index, key, &mut hint, raw, items, out, problems),
        }
        match s.peek()? {
            b',' => s.i += 1,
            b'}' => {
                s.i += 1;
                return Some(());
            }
            _ => return None,
        }
    }
}

/// An answer's key: the question found in place, or the text to look up.
enum Key<'a> {
    At(usize),
    Text(&'a str),
}

/// A position in a line known to be UTF-8.
struct Scan<'a> {
    text: &'a str,
    i: usize,
}

impl<'a> Scan<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// Skips JSON white space.
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes().get(self.i) {
            self.i += 1;
        }
    }

    /// The next byte after white space (not consumed).
    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.bytes().get(self.i).copied()
    }

    fn expect(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.i += 1)
    }

    /// Consumes the string `"id"` if it comes next; `id` is
    /// `(question, its id)` and holds no quote, backslash or control
    /// character, so equal bytes mean an equal string.
    fn key_is(&mut self, id: Option<(usize, &str)>) -> Option<usize> {
        let (q, id) = id?;
        self.ws();
        let start = self.i + 1;
        let end = start + id.len();
        let bytes = self.bytes();
        let found = bytes.get(self.i) == Some(&b'"')
            && bytes.get(start..end) == Some(id.as_bytes())
            && bytes.get(end) == Some(&b'"');
        found.then(|| {
            self.i = end + 1;
            q
        })
    }

    /// A string with no escapes and no control characters, borrowed.
    fn string(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.i;
        let end = string_end(self.bytes(), start)?;
        self.i = end + 1;
        // Both ends are ASCII quotes, so both are character boundaries.
        self.text.get(start..end)
    }

    /// A non-negative integer of at most 18 digits, written as JSON allows.
    fn int(&mut self) -> Option<i64> {
        let bytes = self.bytes();
        let start = self.i;
        let mut v: i64 = 0;
        while let Some(d @ b'0'..=b'9') = bytes.get(self.i) {
            if self.i - start == 18 {
                return None;
            }
            v = v * 10 + i64::from(d - b'0');
            self.i += 1;
        }
        let leading_zero = bytes[start] == b'0' && self.i - start > 1;
        let fraction = matches!(bytes.get(self.i), Some(b'.' | b'e' | b'E'));
        (!leading_zero && !fraction).then_some(v)
    }

    fn literal(&mut self, word: &str) -> Option<()> {
        let end = self.i + word.len();
        (self.bytes().get(self.i..end)? == word.as_bytes()).then(|| self.i = end)
    }

    /// Any JSON value, as serde_json's raw value (which checks it).
    fn raw_value(&mut self) -> Option<&'a RawValue> {
        self.ws();
        let start = self.i;
        let bytes = self.bytes();
        let mut depth = 0usize;
        loop {
            match *bytes.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    loop {
                        match *bytes.get(self.i)? {
                            b'"' => break,
                            b'\\' => self.i += 2,
                            _ => self.i += 1,
                        }
                    }
                    self.i += 1;
                }
                b'{' | b'[' => {
                    depth += 1;
                    self.i += 1;
                }
                b'}' | b']' if depth > 0 => {
                    depth -= 1;
                    self.i += 1;
                }
                b',' | b'}' | b']' if depth == 0 => break,
                _ => self.i += 1,
            }
            if depth == 0 && matches!(bytes.get(self.i), None | Some(b',' | b'}')) {
                break;
            }
        }
        let value = self.text.get(start..self.i)?.trim_end();
        serde_json::from_str::<&RawValue>(value).ok()
    }
}

/// Where the string body starting at `i` ends (its closing quote), or
/// `None` when a backslash or a control character comes first. Eight bytes
/// at a time: the lowest flagged byte of each test below is exact, so the
/// first of them is the first special byte.
fn string_end(bytes: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    while let Some(word) = bytes.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        let w = u64::from_le_bytes(w);
        let special = zero_byte(w ^ (ONES * u64::from(b'"')))
            | zero_byte(w ^ (ONES * u64::from(b'\\')))
            | (w.wrapping_sub(ONES * 0x20) & !w & HIGH);
        if special != 0 {
            let j = i + (special.trailing_zeros() / 8) as usize;
            return (bytes[j] == b'"').then_some(j);
        }
        i += 8;
    }
    loop {
        match *bytes.get(i)? {
            b'"' => return Some(i),
            b'\\' | 0..=0x1f => return None,
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::jsonl::LineParser;
    use super::*;
    use crate::content::{self, PackSource};
    use crate::engine::batch::Slot;

    /// What a reader concluded from a line.
    type Read = (
        Vec<Slot>,
        Vec<u32>,
        Option<String>,
        Vec<(String, String)>,
        Vec<(Place, Problem)>,
    );

    fn by_serde(index: &QuizIndex, text: &str) -> Read {
        let mut out = Indexed::new(index.len());
        let mut parsed = Parsed::default();
        let mut parser = LineParser::default();
        parser.parse_slow(index, text.as_bytes(), &mut out, &mut parsed);
        seen(out, parsed, parser.problems)
    }

    fn by_scan(index: &QuizIndex, text: &str) -> Option<Read> {
        let mut out = Indexed::new(index.len());
        let mut parsed = Parsed::default();
        let mut problems = Vec::new();
        let saw = line(index, text.as_bytes(), &mut out, &mut parsed, &mut problems)?;
        if !saw {
            problems.push((Place::Row, Problem::NoAnswers));
        }
        Some(seen(out, parsed, problems))
    }

    fn seen(out: Indexed, parsed: Parsed<'_>, problems: Vec<(Place, Problem)>) -> Read {
        let fields = parsed
            .fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.get().to_string()))
            .collect();
        let id = parsed.id.map(|i| i.to_string());
        (out.slots, out.picks, id, fields, problems)
    }

    #[test]
    fn a_string_ends_at_its_first_quote_unless_escaped_or_broken() {
        for (body, end) in [
            ("abc\"", Some(3)),
            ("abcdefghijklmnop\"x\"", Some(16)),
            ("abcdefg\"", Some(7)),
            ("abcdefgh\"", Some(8)),
            ("caf\u{e9} cr\u{e8}me br\u{fb}l\u{e9}e\"", Some(21)),
            ("abcdefghij\\\"\"", None),
            ("abcdefghij\tk\"", None),
            ("abc\u{7f}\u{1f}\"", None),
            ("abcdefghijklmnop", None),
            ("", None),
        ] {
            assert_eq!(string_end(body.as_bytes(), 0), end, "{body:?}");
        }
    }

    #[test]
    fn the_scanner_agrees_with_serde_or_leaves_the_line_to_it() {
        let pack = content::load(&PackSource::BuiltIn).expect("pack loads");
        let quiz = pack.quiz(None).expect("a quiz");
        let index = QuizIndex::new(quiz, &[]);
        let lines = [
            r#"{"id":"a","answers":{"wire-up-models":4,"free-friday":"sketch-idea"}}"#,
            r#" { "answers" : { "enjoyable-tasks" : [ "chat-interface" , "chat-interface" ] } , "id" : "b" } "#,
            r#"{"answers":{"enjoyable-tasks":[],"wire-up-models":null,"free-friday":"skip"}}"#,
            r#"{"answers":{"enjoyable-tasks":"chat-interface"}}"#,
            r#"{"answers":{}}"#,
            r#"{}"#,
            r#"{"id":null,"answers":{"wire-up-models":7}}"#,
            r#"{"answers":{"wire-up-models":0}}"#,
            r#"{"answers":{"wire-up-models":04}}"#,
            r#"{"answers":{"wire-up-models":4.0}}"#,
            r#"{"answers":{"wire-up-models":4e0}}"#,
            r#"{"answers":{"wire-up-models":-4}}"#,
            r#"{"answers":{"wire-up-models":99999999999999999999999}}"#,
            r#"{"answers":{"wire-up-models":"4"}}"#,
            r#"{"answers":{"wire-up-models":true}}"#,
            r#"{"answers":{"free-friday":"no-such"}}"#,
            r#"{"answers":{"free-friday":"sketch-idea","free-friday":"sketch-idea"}}"#,
            r#"{"answers":{"no-such-question":4,"wire-up-models":3}}"#,
            r#"{"answers":{"enjoyable-tasks":["chat-interface",3]}}"#,
            r#"{"answers":{"enjoyable-tasks":["nope"]}}"#,
            r#"{"answers":{"free-friday":["sketch-idea"]}}"#,
            r#"{"answers":{"free-friday":"sketch\u002didea"}}"#,
            r#"{"id":"a\"b","answers":{}}"#,
            r#"{"id":12,"answers":{}}"#,
            r#"{"id":true,"answers":{}}"#,
            r#"{"email":"x@y.z","n":[1,{"a":"]}"}],"answers":{"wire-up-models":2},"t":-1.5e3}"#,
            r#"{"email":"x@y.z" , "answers":{"wire-up-models":2} }"#,
            r#"{"bad":[1,,2],"answers":{}}"#,
            r#"{"answers":{"wire-up-models":4}} x"#,
            r#"{"answers":{"wire-up-models":4},}"#,
            r#"{"answers":{"wire-up-models":4}"#,
            r#"{"answers":{"wire-up-models":4,}}"#,
            r#"{"answers":{"wire-up-models":nul}}"#,
            r#"{"answers":{"wire-up-models":4}}{"answers":{}}"#,
            r#"{"answers":{"wire-up-models":4},"answers":{"wire-up-models":3}}"#,
            r#"{"id":"a","id":"b","answers":{}}"#,
            r#"{"answers":null}"#,
            r#"{"answers":[1]}"#,
            r#"[1,2]"#,
            r#""answers""#,
            "{\"id\":\"tab\there\",\"answers\":{}}",
            "{\"id\":\"caf\u{e9}\",\"answers\":{\"free-friday\":\"\u{e9}t\u{e9}\"}}",
            "",
            "{",
        ];
        let mut scanned = 0;
        for text in lines {
            let slow = by_serde(&index, text);
            if let Some(fast) = by_scan(&index, text) {
                scanned += 1;
                assert_eq!(fast, slow, "{text}");
            }
        }
        // The usual shapes do take the fast path.
        assert!(scanned >= 15, "only {scanned} lines scanned");
    }

    #[test]
    fn the_scanner_agrees_with_serde_on_damaged_lines() {
        use rand::rngs::ChaCha8Rng;
        use rand::{RngExt, SeedableRng};
        let pack = content::load(&PackSource::BuiltIn).expect("pack loads");
        let quiz = pack.quiz(None).expect("a quiz");
        let index = QuizIndex::new(quiz, &[]);
        let base = br#"{"id":"r1","x":[1,{"y":"}"}],"answers":{"free-friday":"sketch-idea","wire-up-models":4,"enjoyable-tasks":["chat-interface"],"open-questions":null}}"#;
        let pieces: [&[u8]; 12] = [
            b"\\", b"\"", b"{", b"}", b"[", b"]", b",", b":", b" ", b"0", b"7", b"\xc3",
        ];
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        let (mut scanned, mut left) = (0, 0);
        for _ in 0..3000 {
            let mut line = base.to_vec();
            for _ in 0..rng.random_range(1..=3) {
                let at = rng.random_range(0..line.len());
                if rng.random::<bool>() {
                    line.remove(at);
                } else {
                    let piece = pieces[rng.random_range(0..pieces.len())];
                    line.splice(at..at, piece.iter().copied());
                }
            }
            let text = String::from_utf8_lossy(&line).into_owned();
            let slow = by_serde(&index, &text);
            match by_scan(&index, &text) {
                Some(fast) => {
                    scanned += 1;
                    assert_eq!(fast, slow, "{text}");
                }
                None => left += 1,
            }
        }
        assert!(
            scanned > 100 && left > 100,
            "{scanned} scanned, {left} left to serde"
        );
    }
}
