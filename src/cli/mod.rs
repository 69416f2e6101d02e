//! The command-line front end: parses arguments, runs a command, writes its
//! output and turns errors into messages and exit codes.

pub mod args;
mod commands;
mod context;
mod output;

pub use args::Cli;
pub use context::Context;

use clap::Parser;

use crate::error::CareerError;
use crate::i18n::Lang;

/// Runs the program with the process's arguments; returns the exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are not errors; clap prints them itself.
            if !e.use_stderr() {
                let _ = e.print();
                return 0;
            }
            output::usage_error(&e, lang_before_parsing());
            return 2;
        }
    };
    let lang = cli.lang.unwrap_or_else(Lang::from_env);
    output::setup_colors();
    let ctx = Context::new(lang, cli.content.clone());
    match commands::run(&ctx, cli.command) {
        Ok(()) => 0,
        Err(e) => {
            output::report(&e, lang);
            e.exit_code()
        }
    }
}

/// The language for a message about the command line itself, which could not
/// be parsed: `--lang id` / `--lang=id` if present, else the locale.
fn lang_before_parsing() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    let named = args.iter().enumerate().find_map(|(i, a)| match a.as_str() {
        "--lang" => args.get(i + 1).map(String::as_str),
        _ => a.strip_prefix("--lang="),
    });
    match named {
        Some("id") => Lang::Id,
        Some("en") => Lang::En,
        _ => Lang::from_env(),
    }
}

pub type CommandResult = Result<(), CareerError>;
