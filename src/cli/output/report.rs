//! Errors for people (text) and for scripts (JSON on stderr under
//! `--format json`), through the same views as every output
//! ([`crate::render::error`]).

use super::{eprint_json, eprintln, json_errors};
use crate::error::CareerError;
use crate::i18n::Lang;
use crate::render::error::{ErrorView, UsageView, WarningView};
use crate::render::{self, Style, View};

/// Writes a message view on standard error: its text, or its JSON document
/// under `--format json`.
fn emit(view: &dyn View) {
    if json_errors() {
        eprint_json(render::view::document(view));
    } else {
        eprintln(&view.text(&Style::stderr()));
    }
}

/// Prints an error: what went wrong and what to do about it, as text, or as
/// `{"schema_version": 1, "error": {…}}` under `--format json`.
pub fn report(e: &CareerError, lang: Lang) {
    if matches!(e, CareerError::Reported) {
        return;
    }
    emit(&ErrorView { error: e, lang });
}

/// A command-line mistake (exit 2), as text or JSON.
pub fn usage_error(e: &clap::Error, lang: Lang) {
    let message = crate::i18n::help::clap_error(e, lang);
    if !json_errors()
        && e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    {
        // `career` alone: the help (already in `lang`) says what to type.
        let help = if render::Caps::current().stderr_color {
            e.render().ansi().to_string()
        } else {
            e.render().to_string()
        };
        eprintln(&help);
        return;
    }
    emit(&UsageView {
        message: &message,
        lang,
    });
}

/// `warning: message` (and a hint) on standard error; under `--format json`
/// a `{"schema_version": 1, "warning": {…}}` line.
pub fn warning(lang: Lang, message: &str, hint: Option<&str>) {
    emit(&WarningView {
        message,
        hint,
        lang,
    });
}
