//! Writing to the terminal: results to stdout, messages to stderr.

use std::io::Write;

use crate::error::CareerError;
use crate::i18n::{fill, Lang};
use crate::render;

/// Applies `NO_COLOR`, `CLICOLOR` and `TERM=dumb` to everything console draws.
pub fn setup_colors() {
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    if render::style::no_color() || dumb {
        console::set_colors_enabled(false);
        console::set_colors_enabled_stderr(false);
    }
}

/// Writes a command's output. A closed pipe (`career roles | head -1`) is not
/// an error: the reader has what it wanted, so the program ends quietly.
pub fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write output: {e}");
        std::process::exit(1);
    }
}

/// Prints an error for a person: what went wrong and what to do about it.
pub fn report(e: &CareerError, lang: Lang) {
    let s = lang.strings();
    let label = console::style(format!("{}:", s.error))
        .red()
        .bold()
        .for_stderr();
    let msg = match e {
        CareerError::Content { pack, problems } => format!(
            "{label} {}\n{}{}: {}",
            fill(
                s.content_problems,
                &[("pack", pack), ("n", &problems.len())]
            ),
            render::diagnostics::text(problems, lang),
            s.hint,
            s.fix_and_retry
        ),
        CareerError::Answers { file, problems } => format!(
            "{label} {}\n{}",
            fill(
                s.answers_problems,
                &[("file", file), ("n", &problems.len())]
            ),
            render::diagnostics::text(problems, lang)
        ),
        CareerError::Io { path, reason } => {
            format!(
                "{label} {}",
                fill(
                    s.cannot_read,
                    &[("path", &path.display()), ("reason", reason)]
                )
            )
        }
        CareerError::Store(e) => {
            let (message, hint) = crate::i18n::store::error(e, lang);
            format!("{label} {message}\n  {}: {hint}", s.hint)
        }
        CareerError::Data { message, hint } | CareerError::Usage { message, hint } => {
            format!("{label} {message}\n  {}: {hint}", s.hint)
        }
        CareerError::Interrupted { message } => {
            // Wrapped at word boundaries to the terminal it is shown on.
            let width = console::Term::stderr()
                .size_checked()
                .map_or(80, |(_, w)| w as usize);
            textwrap::fill(message, width.max(20))
        }
        CareerError::Reported => return,
    };
    let _ = writeln!(std::io::stderr(), "{}", msg.trim_end());
}

/// A command-line mistake (exit 2). clap's own message names the argument; in
/// Indonesian a translated summary comes first, since clap speaks English only.
pub fn usage_error(e: &clap::Error, lang: Lang) {
    use clap::error::ErrorKind;
    if lang == Lang::Id {
        let what = match e.kind() {
            ErrorKind::UnknownArgument => "argumen tidak dikenal",
            ErrorKind::InvalidSubcommand => "perintah tidak dikenal",
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => "nilai tidak valid",
            ErrorKind::MissingRequiredArgument => "ada argumen wajib yang belum diberikan",
            ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                "perintahnya belum disebutkan"
            }
            ErrorKind::ArgumentConflict => "argumen ini tidak bisa dipakai bersamaan",
            _ => "cara memakai perintah ini tidak tepat",
        };
        let label = console::style("kesalahan:").red().bold().for_stderr();
        let _ = writeln!(
            std::io::stderr(),
            "{label} {what} (rincian dalam bahasa Inggris di bawah; `career --help` menjelaskan semua perintah)"
        );
    }
    let _ = e.print();
}
