//! `career roles [ROLE]`: every role, or one role's card.

use crate::cli::args::RolesArgs;
use crate::cli::output::show;
use crate::cli::{CommandResult, Context};
use crate::render::roles::{RoleCard, RoleList};

pub fn run(ctx: &Context, args: RolesArgs) -> CommandResult {
    let pack = ctx.pack()?;
    let lang = ctx.lang;
    match &args.role {
        Some(id) => {
            let role = ctx.role(&pack, id)?;
            let card = RoleCard {
                role,
                pack: &pack,
                lang,
            };
            show(args.format, ctx.style, &card);
        }
        None => show(args.format, ctx.style, &RoleList { pack: &pack, lang }),
    }
    Ok(())
}
