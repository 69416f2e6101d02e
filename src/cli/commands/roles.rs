//! `career roles [ROLE]`: every role, or one role's card.

use serde_json::json;

use crate::cli::args::{Format, RolesArgs};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::render::{self, json::document};

pub fn run(ctx: &Context, args: RolesArgs) -> CommandResult {
    let pack = ctx.pack()?;
    match (&args.role, args.format) {
        (Some(id), Format::Text) => print(&render::card::text(
            ctx.role(&pack, id)?,
            &pack,
            ctx.lang,
            &ctx.style,
        )),
        (Some(id), Format::Json) => {
            let role = ctx.role(&pack, id)?;
            print(&render::json::to_string(&document(
                json!({ "language": ctx.lang.code(), "role": render::json::role(role, ctx.lang) }),
            )));
        }
        (None, Format::Text) => print(&render::card::list(&pack, ctx.lang, &ctx.style)),
        (None, Format::Json) => {
            let roles: Vec<_> = pack
                .roles
                .iter()
                .map(|r| render::json::role(r, ctx.lang))
                .collect();
            print(&render::json::to_string(&document(
                json!({ "language": ctx.lang.code(), "roles": roles }),
            )));
        }
    }
    Ok(())
}
