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
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
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

pub type CommandResult = Result<(), CareerError>;
