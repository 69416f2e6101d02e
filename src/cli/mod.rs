//! The command-line front end: parses arguments, runs a command, writes its
//! output and turns errors into messages and exit codes.

pub(crate) mod args;
mod calibration;
mod commands;
mod complete;
mod context;
pub(crate) mod output;
mod prescan;

pub(crate) use args::Cli;
pub(crate) use context::Context;

use std::ffi::OsString;
use std::mem::ManuallyDrop;

use clap::{CommandFactory, FromArgMatches};

use crate::error::CareerError;
use crate::i18n::Lang;
use crate::render::Caps;

/// Runs the program with the process's arguments; returns the exit code.
pub fn main() -> i32 {
    let argv: Vec<OsString> = std::env::args_os().collect();
    // `COMPLETE=bash career -- career roadmap <Tab>`: the shell asks for
    // completions (see `career completions`).
    if let Some(code) = complete::answer_shell(&argv) {
        return code;
    }
    let pre = prescan::Prescan::of(&argv);
    let lang = pre.lang.unwrap_or_else(Lang::from_env);
    let cli = match parse(&argv, lang) {
        Ok(cli) => cli,
        Err(e) => {
            let caps = Caps::detect(pre.color).install();
            output::init(output::Settings {
                caps,
                pager: None,
                json_errors: pre.json,
            });
            return usage_exit(&e, lang);
        }
    };
    let lang = cli.lang.unwrap_or(lang);
    let caps = Caps::detect(cli.color.into()).install();
    output::init(output::Settings {
        caps,
        pager: output::choose_pager(&caps, cli.no_pager),
        json_errors: cli.command.wants_json(),
    });
    let ctx = Context::new(lang, cli.content.clone());
    let code = match commands::run(&ctx, cli.command) {
        Ok(()) => 0,
        Err(e) => {
            output::report(&e, lang);
            e.exit_code()
        }
    };
    match output::write_failure() {
        Some(e) => {
            output::report(&CareerError::unwritable("<stdout>", e), lang);
            code.max(1)
        }
        None => code,
    }
}

/// Parses `argv` with help and messages in `lang`. The command definition
/// is not freed: the process ends soon after, and freeing every argument's
/// definition only costs time (docs/performance.md, "Start-up").
fn parse(argv: &[OsString], lang: Lang) -> Result<Cli, clap::Error> {
    // In English, clap's own texts: only the command used gets its
    // arguments defined. Another language rewrites every command's help.
    let cmd = match (lang, prescan::subcommand(argv)) {
        (Lang::En, Some(name)) => Cli::globals_only_to(Cli::command(), name),
        (Lang::En, None) => Cli::command(),
        _ => Cli::full_command(),
    };
    let mut cmd = ManuallyDrop::new(crate::i18n::help::localize(cmd, lang));
    let mut matches = cmd.try_get_matches_from_mut(argv.iter().cloned())?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd))
}

/// `--help` and `--version` (exit 0, on stdout) or a usage mistake (exit 2).
fn usage_exit(e: &clap::Error, lang: Lang) -> i32 {
    if e.use_stderr() {
        output::usage_error(e, lang);
        2
    } else {
        let caps = Caps::current();
        let text = if caps.stdout_color {
            e.render().ansi().to_string()
        } else {
            e.render().to_string()
        };
        output::print(&text);
        0
    }
}

pub(crate) type CommandResult = Result<(), CareerError>;
