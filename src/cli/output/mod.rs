//! Writing to the terminal: a command's output to stdout, messages to stderr.
//!
//! Everything written goes through this module, so three rules hold for
//! every command without it having to remember them:
//! - every string passes the one sanitiser ([`crate::sanitize`]): no raw
//!   escape, control, C1 or bidi character reaches a terminal or a text file,
//!   whatever its origin; long echoed lines on stderr are cut to an excerpt;
//! - long output on a terminal is paged through `$PAGER` (default
//!   `less -FRX`), never when piped or with `--no-pager`;
//! - a closed pipe (`career validate | head -1`) ends output quietly, and the
//!   exit code still tells the command's real result.
//!
//! Nothing here ends the process: `cli::main` returns the exit code.

mod pager;
mod report;

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

pub use report::{report, usage_error, warning};

use crate::render::{Caps, Formats, Style};
use crate::sanitize;

/// Lines on stderr longer than this are cut to an excerpt.
const MAX_MESSAGE_LINE: usize = 400;

/// How this run writes its output, decided once by `cli::main`.
#[derive(Debug, Clone)]
pub struct Settings {
    pub caps: Caps,
    /// The pager command to page long output through, if any.
    pub pager: Option<String>,
    /// Errors as JSON documents (under `--format json`).
    pub json_errors: bool,
}

static SETTINGS: OnceLock<Settings> = OnceLock::new();
/// Standard output was closed by its reader: write nothing more to it.
static CLOSED: AtomicBool = AtomicBool::new(false);
/// Standard output failed for another reason (disk full, …).
static FAILED: Mutex<Option<io::Error>> = Mutex::new(None);

/// Makes `settings` the run's (the first call wins).
pub fn init(settings: Settings) {
    let _ = SETTINGS.set(settings);
}

fn settings() -> &'static Settings {
    SETTINGS.get_or_init(|| Settings {
        caps: Caps::current(),
        pager: None,
        json_errors: false,
    })
}

/// Whether errors are written as JSON (under `--format json`).
pub fn json_errors() -> bool {
    settings().json_errors
}

/// Writes a command's output: sanitised, and paged when it is longer than
/// the terminal. A closed pipe is not an error: the reader has what it wanted.
pub fn print(text: &str) {
    if CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let s = settings();
    let clean = sanitize::for_terminal(text, s.caps.stdout_color);
    if let Some(pager) = &s.pager {
        if pager::is_long(&clean, &s.caps) && pager::show(pager, &clean).is_ok() {
            return;
        }
    }
    let mut out = io::stdout().lock();
    if let Err(e) = out.write_all(clean.as_bytes()).and_then(|_| out.flush()) {
        note_failure(e);
    }
}

/// Shows a command's view in `format`: the one way every command writes
/// its output (text laid out with `style`, a JSON document, or a format of
/// the command's own such as the roadmap's Markdown).
pub fn show<V: ?Sized>(format: impl Formats<V>, style: Style, view: &V) {
    print(&format.exporter(style).export(view));
}

/// Writes a message for the person to standard error: sanitised, long lines
/// cut to an excerpt. Errors writing to stderr have nowhere to be told.
pub fn eprint(text: &str) {
    let s = settings();
    let clean = sanitize::for_terminal(text, s.caps.stderr_color);
    let clean = crate::render::glyphs::for_terminal(&clean, s.caps.unicode);
    let short = sanitize::cut_long_lines(&clean, MAX_MESSAGE_LINE);
    let mut err = io::stderr().lock();
    let _ = err.write_all(short.as_bytes()).and_then(|_| err.flush());
}

/// A JSON document (an error or warning) on standard error. Long strings in
/// it are cut to an excerpt before it is written, so it stays valid JSON;
/// fields that are not known (null) are left out, as README promises.
pub fn eprint_json(mut doc: serde_json::Value) {
    shorten_strings(&mut doc);
    drop_nulls(&mut doc);
    let text = crate::render::json::to_string(&doc);
    let clean = sanitize::for_terminal(&text, false);
    let mut err = io::stderr().lock();
    let _ = err.write_all(clean.as_bytes()).and_then(|_| err.flush());
}

fn shorten_strings(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::String(s) if s.chars().nth(MAX_MESSAGE_LINE).is_some() => {
            let total = s.chars().count();
            let keep = MAX_MESSAGE_LINE / 2;
            *s = format!("{} [+{}]", sanitize::excerpt(s, keep), total - keep);
        }
        Value::Array(items) => items.iter_mut().for_each(shorten_strings),
        Value::Object(fields) => fields.values_mut().for_each(shorten_strings),
        _ => {}
    }
}

fn drop_nulls(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        Value::Object(fields) => {
            fields.retain(|_, v| !v.is_null());
            fields.values_mut().for_each(drop_nulls);
        }
        _ => {}
    }
}

/// [`eprint`] of a line: `text` and a newline.
pub fn eprintln(text: &str) {
    eprint(&format!("{}\n", text.trim_end_matches('\n')));
}

fn note_failure(e: io::Error) {
    if e.kind() == io::ErrorKind::BrokenPipe {
        CLOSED.store(true, Ordering::Relaxed);
    } else if let Ok(mut failed) = FAILED.lock() {
        failed.get_or_insert(e);
    }
}

/// Why standard output could not be written, if it could not (a closed
/// pipe does not count); asked once, at the end of the run.
pub fn write_failure() -> Option<io::Error> {
    FAILED.lock().ok().and_then(|mut f| f.take())
}

/// The pager for this run: `$PAGER` (empty or `cat` for none), else
/// `less -FRX`; none when standard output is not a terminal or with
/// `--no-pager`.
pub fn choose_pager(caps: &Caps, no_pager: bool) -> Option<String> {
    if no_pager || !caps.stdout_tty {
        return None;
    }
    pager::command(std::env::var("PAGER").ok())
}
