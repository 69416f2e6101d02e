//! `career completions SHELL`: a completion script for the shell.

use crate::cli::args::CompletionsArgs;
use crate::cli::complete;
use crate::cli::output::print;
use crate::cli::CommandResult;

pub fn run(args: CompletionsArgs) -> CommandResult {
    let script = if args.static_script {
        complete::static_script(args.shell)
    } else {
        complete::registration(args.shell)
    };
    print(&script);
    Ok(())
}
