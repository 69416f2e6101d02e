//! Errors for people (text) and for scripts (JSON on stderr under
//! `--format json`).

use serde_json::{json, Value};

use super::{eprint_json, eprintln, json_errors};
use crate::error::CareerError;
use crate::i18n::{count, fill, Lang, PROBLEM};
use crate::render;

/// Prints an error: what went wrong and what to do about it, as text, or as
/// `{"schema_version": 1, "error": {…}}` under `--format json`.
pub fn report(e: &CareerError, lang: Lang) {
    if matches!(e, CareerError::Reported) {
        return;
    }
    if json_errors() {
        eprint_json(error_document(e, lang));
    } else {
        eprintln(&text(e, lang));
    }
}

/// The one-line summary of an error, in `lang`.
fn summary(e: &CareerError, lang: Lang) -> String {
    let s = lang.strings();
    match e {
        CareerError::Content { pack, problems } => fill(
            s.content_problems,
            &[
                ("pack", pack),
                ("problems", &count(lang, problems.len(), PROBLEM)),
            ],
        ),
        CareerError::Answers { file, problems } => fill(
            s.answers_problems,
            &[
                ("file", file),
                ("problems", &count(lang, problems.len(), PROBLEM)),
            ],
        ),
        CareerError::Io { path, reason } => fill(
            s.cannot_read,
            &[("path", &path.display()), ("reason", reason)],
        ),
        CareerError::Data { message, .. }
        | CareerError::Usage { message, .. }
        | CareerError::Interrupted { message } => message.clone(),
        CareerError::Reported => String::new(),
    }
}

fn text(e: &CareerError, lang: Lang) -> String {
    let s = lang.strings();
    let label = render::Style::stderr().error_label(&format!("{}:", s.error));
    let summary = summary(e, lang);
    match e {
        CareerError::Content { problems, .. } => format!(
            "{label} {summary}\n{}{}: {}",
            render::diagnostics::text(problems, lang),
            s.hint,
            s.fix_and_retry
        ),
        CareerError::Answers { problems, .. } => format!(
            "{label} {summary}\n{}",
            render::diagnostics::text(problems, lang)
        ),
        CareerError::Io { .. } => format!("{label} {summary}"),
        CareerError::Data { hint, .. } | CareerError::Usage { hint, .. } => {
            format!("{label} {summary}\n  {}: {hint}", s.hint)
        }
        // Wrapped at word boundaries to the terminal it is shown on.
        CareerError::Interrupted { .. } => {
            textwrap::fill(&summary, render::Style::stderr().width.max(20))
        }
        CareerError::Reported => String::new(),
    }
}

/// What kind of error, for scripts: a stable word.
fn kind(e: &CareerError) -> &'static str {
    match e {
        CareerError::Content { .. } => "content",
        CareerError::Answers { .. } => "answers",
        CareerError::Io { .. } => "io",
        CareerError::Data { .. } => "data",
        CareerError::Usage { .. } => "usage",
        CareerError::Interrupted { .. } => "interrupted",
        CareerError::Reported => "reported",
    }
}

/// `{"schema_version": 1, "error": {"kind", "message", "file"?, "line"?, "hint"?, "problems"?}}`.
pub fn error_document(e: &CareerError, lang: Lang) -> Value {
    let mut err = json!({
        "kind": kind(e),
        "exit_code": e.exit_code(),
        "message": summary(e, lang),
    });
    let fields = err.as_object_mut().expect("an object");
    match e {
        CareerError::Content { pack, problems } => {
            fields.insert("file".into(), json!(pack));
            fields.insert("hint".into(), json!(lang.strings().fix_and_retry));
            let worded = crate::i18n::diagnostics::word_all(problems, lang);
            fields.insert("problems".into(), json!(worded));
        }
        CareerError::Answers { file, problems } => {
            fields.insert("file".into(), json!(file));
            if let [only] = problems.as_slice() {
                fields.insert("line".into(), json!(only.line()));
            }
            let worded = crate::i18n::diagnostics::word_all(problems, lang);
            fields.insert("problems".into(), json!(worded));
        }
        CareerError::Io { path, .. } => {
            fields.insert("file".into(), json!(path.display().to_string()));
        }
        CareerError::Data { hint, .. } | CareerError::Usage { hint, .. } => {
            fields.insert("hint".into(), json!(hint));
        }
        CareerError::Interrupted { .. } | CareerError::Reported => {}
    }
    render::json::document(json!({ "language": lang.code(), "error": err }))
}

/// A command-line mistake (exit 2), as text or JSON.
pub fn usage_error(e: &clap::Error, lang: Lang) {
    let message = crate::i18n::help::clap_error(e, lang);
    if json_errors() {
        let doc = render::json::document(json!({
            "language": lang.code(),
            "error": {
                "kind": "usage",
                "exit_code": 2,
                "message": message.summary,
                "hint": message.hint,
            }
        }));
        eprint_json(doc);
    } else if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        // `career` alone: the help (already in `lang`) says what to type.
        let help = if render::Caps::current().stderr_color {
            e.render().ansi().to_string()
        } else {
            e.render().to_string()
        };
        eprintln(&help);
    } else {
        let label = render::Style::stderr().error_label(&format!("{}:", lang.strings().error));
        eprintln(&format!("{label} {}", message.full));
    }
}

/// `warning: message` (and a hint) on standard error; under `--format json`
/// a `{"schema_version": 1, "warning": {…}}` line.
pub fn warning(lang: Lang, message: &str, hint: Option<&str>) {
    let s = lang.strings();
    if json_errors() {
        let doc = render::json::document(json!({
            "language": lang.code(),
            "warning": { "message": message, "hint": hint },
        }));
        eprint_json(doc);
        return;
    }
    let label = render::Style::stderr().warn(&crate::tr!(lang, "warning:", "peringatan:"));
    match hint {
        Some(hint) => eprintln(&format!("{label} {message}\n  {}: {hint}", s.hint)),
        None => eprintln(&format!("{label} {message}")),
    }
}
