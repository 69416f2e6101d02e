//! Errors and warnings, as views like every output: text for people, or a
//! JSON document for scripts (`{"schema_version": 1, "language": …,
//! "error": {…}}`, or `"warning"`), both written on standard error.

use serde_json::{json, Value};

use super::{Style, View};
use crate::error::CareerError;
use crate::i18n::help::ClapMessage;
use crate::i18n::{count, fill, Lang, PROBLEM};

/// An error a command ended with.
pub struct ErrorView<'a> {
    pub error: &'a CareerError,
    pub lang: Lang,
}

impl View for ErrorView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        text(self.error, self.lang, style)
    }
    fn json(&self) -> Value {
        json!({ "error": fields(self.error, self.lang) })
    }
}

/// A command-line mistake (exit 2), in the person's language.
pub struct UsageView<'a> {
    pub message: &'a ClapMessage,
    pub lang: Lang,
}

impl View for UsageView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        let label = style.error_label(&format!("{}:", self.lang.strings().error));
        format!("{label} {}", self.message.full)
    }
    fn json(&self) -> Value {
        let mut error = json!({
            "kind": "usage",
            "exit_code": 2,
            "message": self.message.summary,
        });
        if let Some(hint) = &self.message.hint {
            error["hint"] = json!(hint);
        }
        json!({ "error": error })
    }
}

/// `warning: message`, and a hint.
pub struct WarningView<'a> {
    pub message: &'a str,
    pub hint: Option<&'a str>,
    pub lang: Lang,
}

impl View for WarningView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        let lang = self.lang;
        let label = style.warn(&crate::tr!(lang, "warning:", "peringatan:"));
        match self.hint {
            Some(hint) => format!(
                "{label} {}\n  {}: {hint}",
                self.message,
                lang.strings().hint
            ),
            None => format!("{label} {}", self.message),
        }
    }
    fn json(&self) -> Value {
        let mut warning = json!({ "message": self.message });
        if let Some(hint) = self.hint {
            warning["hint"] = json!(hint);
        }
        json!({ "warning": warning })
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
        CareerError::Io {
            path,
            access,
            problem,
        } => crate::i18n::files::summary(&path.display().to_string(), *access, problem, lang),
        CareerError::Store(e) => crate::i18n::store::error(e, lang).0,
        CareerError::Data { message, .. }
        | CareerError::Usage { message, .. }
        | CareerError::Interrupted { message } => message.clone(),
        CareerError::Reported => String::new(),
    }
}

fn text(e: &CareerError, lang: Lang, style: &Style) -> String {
    let s = lang.strings();
    let label = style.error_label(&format!("{}:", s.error));
    let summary = summary(e, lang);
    match e {
        CareerError::Content { problems, .. } => format!(
            "{label} {summary}\n{}{}: {}",
            super::diagnostics::text(problems, lang),
            s.hint,
            s.fix_and_retry
        ),
        CareerError::Answers { problems, .. } => format!(
            "{label} {summary}\n{}",
            super::diagnostics::text(problems, lang)
        ),
        CareerError::Io {
            access, problem, ..
        } => match crate::i18n::files::hint(*access, problem, lang) {
            Some(hint) => format!("{label} {summary}\n  {}: {hint}", s.hint),
            None => format!("{label} {summary}"),
        },
        CareerError::Data { hint, .. } | CareerError::Usage { hint, .. } => {
            format!("{label} {summary}\n  {}: {hint}", s.hint)
        }
        CareerError::Store(e) => {
            let hint = crate::i18n::store::error(e, lang).1;
            format!("{label} {summary}\n  {}: {hint}", s.hint)
        }
        // Wrapped at word boundaries to the terminal it is shown on.
        CareerError::Interrupted { .. } => textwrap::fill(&summary, style.width.max(20)),
        CareerError::Reported => String::new(),
    }
}

/// What kind of error, for scripts: a stable word.
fn kind(e: &CareerError) -> &'static str {
    match e {
        CareerError::Content { .. } => "content",
        CareerError::Answers { .. } => "answers",
        CareerError::Io { .. } => "io",
        CareerError::Data { .. } | CareerError::Store(_) => "data",
        CareerError::Usage { .. } => "usage",
        CareerError::Interrupted { .. } => "interrupted",
        CareerError::Reported => "reported",
    }
}

/// `{"kind", "exit_code", "message", "file"?, "line"?, "hint"?, "problems"?}`.
fn fields(e: &CareerError, lang: Lang) -> Value {
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
            if let Some(line) = problems.first().and_then(|p| p.line()) {
                if problems.len() == 1 {
                    fields.insert("line".into(), json!(line));
                }
            }
            let worded = crate::i18n::diagnostics::word_all(problems, lang);
            fields.insert("problems".into(), json!(worded));
        }
        CareerError::Io {
            path,
            access,
            problem,
        } => {
            fields.insert("file".into(), json!(path.display().to_string()));
            if let Some(hint) = crate::i18n::files::hint(*access, problem, lang) {
                fields.insert("hint".into(), json!(hint));
            }
        }
        CareerError::Data { hint, .. } | CareerError::Usage { hint, .. } => {
            fields.insert("hint".into(), json!(hint));
        }
        CareerError::Store(e) => {
            fields.insert("hint".into(), json!(crate::i18n::store::error(e, lang).1));
        }
        CareerError::Interrupted { .. } | CareerError::Reported => {}
    }
    err
}
