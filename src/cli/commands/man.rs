//! `career man`: the manual page, in roff, in the interface language.

use crate::cli::output::print;
use crate::cli::{Cli, CommandResult, Context};
use crate::error::CareerError;

pub fn run(ctx: &Context) -> CommandResult {
    let cmd = crate::i18n::help::localize(Cli::full_command(), ctx.lang);
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut page)
        .map_err(|e| CareerError::unwritable("<man page>", e))?;
    print(&String::from_utf8_lossy(&page));
    Ok(())
}
