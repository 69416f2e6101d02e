//! The machinery of the fuzz-style tests: case counts, the runner, arbitrary
//! bytes, mutations of valid files, and what every message must be.

pub mod answers;
pub mod binary;
pub mod content;
pub mod state;

use std::fmt;
use std::sync::OnceLock;
use std::time::Instant;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

use career::content::{Diagnostic, Pack, PackSource};
use career::i18n::Lang;

pub type Checked = Result<(), TestCaseError>;

/// Cases per property in a normal `cargo test`.
pub const BRIEF: u32 = 24;

/// Runs `check` on `cases` values drawn from `strategy`. A panic or a failed
/// check stops the run with the smallest input proptest can find.
pub fn fuzz<S>(name: &str, cases: u32, strategy: S, check: impl Fn(S::Value) -> Checked)
where
    S: Strategy,
    S::Value: fmt::Debug,
{
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 1024,
        max_shrink_time: 60_000,
        ..Config::default()
    };
    let started = Instant::now();
    let done = std::cell::Cell::new(0u32);
    let result = TestRunner::new(config).run(&strategy, |v| {
        let r = check(v);
        done.set(done.get() + 1);
        if cases > BRIEF && done.get().is_multiple_of(25_000) {
            // Progress of a long run, for its record.
            eprintln!(
                "fuzz {name}: {} cases so far, {:.0} s",
                done.get(),
                started.elapsed().as_secs_f64()
            );
        }
        r
    });
    if let Err(e) = result {
        panic!("fuzz {name}: {e}");
    }
    if cases > BRIEF {
        // Printed for the record of a long run (`-- --nocapture`).
        eprintln!(
            "fuzz {name}: {cases} cases, no panic, no bad message, {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
}

/// The bytes of a fuzzed file, shown as text when a case fails.
#[derive(Clone)]
pub struct Input(pub Vec<u8>);

impl fmt::Debug for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(&self.0))
    }
}

/// Pieces of YAML, JSON and CSV syntax, keys the formats know, and values
/// that have broken parsers before.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ": ",
    ",",
    ", ",
    "\n",
    "\r\n",
    "  ",
    "    ",
    "\t",
    "- ",
    "-",
    "\"",
    "'",
    "&a ",
    "*a",
    "*b",
    "&b ",
    "!!str ",
    "!!binary ",
    "!!map ",
    "!custom ",
    "<<: ",
    "? ",
    "---\n",
    "...\n",
    "# c\n",
    "|\n",
    ">-\n",
    "%YAML 1.2\n",
    "id",
    "quiz",
    "answers",
    "questions",
    "options",
    "weights",
    "dimension",
    "kind",
    "likert",
    "choice",
    "multi",
    "text",
    "en",
    "id:",
    "skills",
    "roles",
    "stages",
    "schema_version",
    "packs",
    "position",
    "done",
    "finished",
    "1",
    "0",
    "-1",
    "5",
    "6",
    "2.5",
    "99999999999999999999999999",
    "-9223372036854775809",
    "1e400",
    ".nan",
    ".inf",
    "0x1F",
    "0o17",
    "1_000",
    "null",
    "~",
    "true",
    "no",
    "skip",
    "\u{1b}[31m",
    "\u{1b}]0;x\u{7}",
    "\u{9b}",
    "\u{202e}",
    "\u{2066}",
    "\u{200f}",
    "\u{0}",
    "\u{7}",
    "\u{feff}",
    "\\u0000",
    "\\ud800",
    "\\x1b",
    "é",
    "𝔘",
    "\u{fffd}",
    "Timestamp",
    "Email Address",
    "Agree",
];

/// Arbitrary bytes, and arbitrary sequences of syntax tokens (which get
/// further into a parser than noise does).
pub fn bytes() -> impl Strategy<Value = Input> {
    prop_oneof![
        vec(any::<u8>(), 0..768),
        vec(select(TOKENS), 0..96).prop_map(|t| t.concat().into_bytes()),
    ]
    .prop_map(Input)
}

/// Values a scalar can be changed into: other types, out of range, odd YAML.
const VALUES: &[&str] = &[
    "",
    "~",
    "null",
    "[]",
    "{}",
    "[1, 2]",
    "{x: 1}",
    "{\"x\": 1}",
    "true",
    "3",
    "-7",
    "0",
    "2.5",
    "-0.0",
    "99999999999999999999999999999",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "-9223372036854775809",
    "1e400",
    ".nan",
    "-.inf",
    "\"text\"",
    "word",
    "\"\"",
    "*a",
    "&a x",
    "!!int x",
    "!!binary aGVsbG8=",
    "!!float yes",
    "|\n  block",
    "\"\\u001b[2J\\u202e\"",
    "\u{1b}[31mred\u{7}",
    "\u{202e}evil",
    "'unterminated",
    "\"unterminated",
];

/// Whole lines to insert: anchors and aliases, an alias bomb, deep nesting,
/// merge keys, tags, directives, document markers, long and odd lines.
fn snippets() -> &'static [String] {
    static SNIPPETS: OnceLock<Vec<String>> = OnceLock::new();
    SNIPPETS.get_or_init(|| {
        let mut s: Vec<String> = [
            "x: &a [1, 2, 3]",
            "y: *a",
            "z: *nowhere",
            "<<: *a",
            "<<: {id: merged}",
            "? [a, b]\n: c",
            "? {a: 1}\n: c",
            "!!python/object:os.system ls",
            "key: !!binary aGVsbG8=",
            "key: !custom {a: 1}",
            "---",
            "...",
            "--- !!map",
            "%YAML 1.2\n---",
            "%TAG ! tag:example.com,2000:\n---",
            "\u{feff}",
            "\t- tabbed",
            "\"schema_version\": 99,",
            "\"schema_version\": -1,",
            "\"schema_version\": 1e3,",
            "\"position\": 18446744073709551616,",
            "\"answers\": [],",
            "\"answers\": null,",
            "\"skills\": {\"a\": \"finished\"},",
            "\"updated\": \"not a date\",",
            "\"saved_at\": \"2026-13-45T99:99:99Z\",",
            "\"stop_rule\": \"\\u001b[31mx\",",
            "\"x\": \"\\ud800\",",
            "{}",
            "[]",
            "null",
            "\"unterminated,field",
            ",,,,,,,,,,,,,,,,",
            "a,b,\"c\nd\",e",
            "\u{feff}Timestamp,Email Address",
            "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{2066}X",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Aliases that expand nine-fold per level: the "billion laughs".
        let mut bomb = String::from("l0: &l0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let refs = vec![format!("*l{}", i - 1); 9].join(", ");
            bomb.push_str(&format!("l{i}: &l{i} [{refs}]\n"));
        }
        s.push(bomb);
        s.push(format!("deep: {}{}", "[".repeat(400), "]".repeat(400)));
        s.push(format!("deep: {}1{}", "{a: ".repeat(200), "}".repeat(200)));
        let mut indented = String::from("deep:\n");
        for d in 1..120 {
            indented.push_str(&format!("{}k{d}:\n", " ".repeat(d)));
        }
        s.push(indented);
        s.push(format!("long: {}", "x".repeat(200_000)));
        s.push(format!("\"long\": \"{}\",", "é".repeat(50_000)));
        s.push((0..3000).map(|i| format!("k{i}: {i}\n")).collect());
        s.push("[".repeat(100_000));
        s
    })
}

/// One change to a file.
#[derive(Debug, Clone)]
pub enum Op {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Indent(usize, usize),
    Dedent(usize),
    TabIndent(usize),
    InsertBytes(usize, Vec<u8>),
    InsertLine(usize, usize),
    Truncate(usize),
    Retype(usize, &'static str),
    Repeat(usize, usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        40 => small_op(),
        // A line repeated hundreds of times: rare, as it makes a case slow.
        1 => (any::<usize>(), 16..400usize).prop_map(|(a, n)| Op::Repeat(a, n)),
    ]
}

fn small_op() -> impl Strategy<Value = Op> {
    let at = any::<usize>;
    prop_oneof![
        at().prop_map(Op::DeleteLine),
        at().prop_map(Op::DuplicateLine),
        (at(), at()).prop_map(|(a, b)| Op::SwapLines(a, b)),
        (at(), 1..9usize).prop_map(|(a, n)| Op::Indent(a, n)),
        at().prop_map(Op::Dedent),
        at().prop_map(Op::TabIndent),
        (at(), vec(any::<u8>(), 1..16)).prop_map(|(a, b)| Op::InsertBytes(a, b)),
        (at(), at()).prop_map(|(a, s)| Op::InsertLine(a, s)),
        at().prop_map(Op::Truncate),
        (at(), select(VALUES)).prop_map(|(a, v)| Op::Retype(a, v)),
        (at(), 2..16usize).prop_map(|(a, n)| Op::Repeat(a, n)),
    ]
}

/// A valid file of `corpus` (by index) changed by one to five [`Op`]s.
#[derive(Clone)]
pub struct Mutated {
    pub file: usize,
    pub ops: Vec<Op>,
}

impl fmt::Debug for Mutated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "file {} changed by {:?}", self.file, self.ops)
    }
}

pub fn mutations(files: usize) -> impl Strategy<Value = Mutated> {
    (0..files, vec(op(), 1..6)).prop_map(|(file, ops)| Mutated { file, ops })
}

impl Mutated {
    /// The changed bytes of `original`.
    pub fn apply(&self, original: &[u8]) -> Vec<u8> {
        let mut lines: Vec<Vec<u8>> = original
            .split(|b| *b == b'\n')
            .map(<[u8]>::to_vec)
            .collect();
        for op in &self.ops {
            let n = lines.len().max(1);
            match op {
                Op::DeleteLine(i) if !lines.is_empty() => {
                    lines.remove(i % n);
                }
                Op::DuplicateLine(i) if !lines.is_empty() => {
                    let l = lines[i % n].clone();
                    lines.insert(i % n, l);
                }
                Op::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
                Op::Indent(i, k) if !lines.is_empty() => {
                    let l = &mut lines[i % n];
                    l.splice(0..0, std::iter::repeat_n(b' ', *k));
                }
                Op::Dedent(i) if !lines.is_empty() => {
                    let l = &mut lines[i % n];
                    let spaces = l.iter().take_while(|b| **b == b' ').count();
                    l.drain(..spaces.min(2));
                }
                Op::TabIndent(i) if !lines.is_empty() => {
                    let l = &mut lines[i % n];
                    let spaces = l.iter().take_while(|b| **b == b' ').count();
                    l.splice(0..spaces, [b'\t']);
                }
                Op::InsertBytes(at, bytes) => {
                    let mut flat = lines.join(&b'\n');
                    let at = at % (flat.len() + 1);
                    flat.splice(at..at, bytes.iter().copied());
                    lines = flat.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
                }
                Op::InsertLine(at, s) => {
                    let snippet = &snippets()[s % snippets().len()];
                    let at = at % (lines.len() + 1);
                    // At the indentation of the line it goes before.
                    let indent = lines
                        .get(at)
                        .map_or(0, |l| l.iter().take_while(|b| **b == b' ').count());
                    let pad = " ".repeat(indent);
                    let block: Vec<Vec<u8>> = snippet
                        .split('\n')
                        .map(|l| format!("{pad}{l}").into_bytes())
                        .collect();
                    lines.splice(at..at, block);
                }
                Op::Truncate(at) => {
                    let mut flat = lines.join(&b'\n');
                    flat.truncate(at % (flat.len() + 1));
                    lines = flat.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
                }
                Op::Retype(i, value) if !lines.is_empty() => {
                    let l = &mut lines[i % n];
                    // The value after `key:` (YAML or JSON), else after `- `, else the cell after a comma.
                    let cut = find(l, b": ")
                        .map(|c| c + 2)
                        .or_else(|| find(l, b"- ").map(|c| c + 2))
                        .or_else(|| l.iter().position(|b| *b == b',').map(|c| c + 1));
                    if let Some(c) = cut {
                        let comma = l.ends_with(b",");
                        l.truncate(c);
                        l.extend_from_slice(value.as_bytes());
                        if comma {
                            l.push(b',');
                        }
                    }
                }
                Op::Repeat(i, times) if !lines.is_empty() => {
                    let l = lines[i % n].clone();
                    let at = i % n;
                    lines.splice(at..at, std::iter::repeat_n(l, *times));
                }
                _ => {}
            }
        }
        lines.join(&b'\n')
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Words that only Rust or serde would write.
const INTERNALS: &[&str] = &[
    "invalid type",
    "invalid value",
    "invalid length",
    "expected struct",
    "expected enum",
    "expected a sequence",
    "expected a map",
    "unknown variant",
    "serde",
    "saphyr",
    "Error {",
    "Error(",
    "Os {",
    "Custom {",
    "panicked",
    "called `",
    "RUST_BACKTRACE",
    "os error",
    "Utf8Error",
    "ParseIntError",
    "ParseFloatError",
    "SystemTime",
    "DateTime",
    "PathBuf",
    "Some(",
    "None,",
];

fn rust_type() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"\b(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64)\b")
            .unwrap()
    })
}

thread_local! {
    /// The input of the case being checked: words it holds may be echoed.
    static INPUT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Records the input of the case about to be checked (or a file name that
/// messages may quote), so that its own words are not taken for leaks.
pub fn input_is(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    // As written, and as the sanitiser leaves it (`i\u{1}8` is shown `i8`).
    let both = format!("{text}\n{}", career::sanitize::clean(&text));
    INPUT.with(|i| *i.borrow_mut() = both);
}

fn echoed(word: &str) -> bool {
    INPUT.with(|i| i.borrow().contains(word))
}

/// A message shown to a person: not empty, in words (no Rust or serde
/// internals, unless the input itself holds those words and is quoted),
/// and with no character that would drive the terminal.
pub fn clean(what: &str, message: &str) -> Checked {
    prop_assert!(!message.trim().is_empty(), "{what}: an empty message");
    for leak in INTERNALS {
        prop_assert!(
            !message.contains(leak) || echoed(leak),
            "{what}: `{leak}` in the message {message:?}"
        );
    }
    if let Some(m) = rust_type().find_iter(message).find(|m| !echoed(m.as_str())) {
        return Err(TestCaseError::fail(format!(
            "{what}: the Rust type `{}` in the message {message:?}",
            m.as_str()
        )));
    }
    if let Some(c) = message.chars().find(|c| career::sanitize::is_unsafe(*c)) {
        return Err(TestCaseError::fail(format!(
            "{what}: raw U+{:04X} in the message {message:?}",
            c as u32
        )));
    }
    Ok(())
}

pub const LANGS: [Lang; 2] = [Lang::En, Lang::Id];

/// Every diagnostic worded in both languages: a clean message, hint and location.
pub fn clean_diagnostics(what: &str, list: &[Diagnostic]) -> Checked {
    for d in list {
        for lang in LANGS {
            let w = career::i18n::diagnostics::word(d, lang);
            clean(what, &w.message)?;
            if let Some(h) = &w.hint {
                clean(what, h)?;
            }
            clean(what, &w.location_line())?;
        }
    }
    Ok(())
}

/// The default pack, loaded once.
pub fn built_in() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| {
        career::content::load(&PackSource::BuiltIn).expect("the default pack loads")
    })
}

/// The repository root.
pub fn repo() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
