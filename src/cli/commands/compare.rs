//! `career compare [ROLE...]`: roles side by side.

use serde_json::json;

use crate::cli::args::{CompareArgs, Format};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::render::{self, json::document};

pub fn run(ctx: &Context, args: CompareArgs) -> CommandResult {
    let pack = ctx.pack()?;
    let roles = if args.roles.is_empty() {
        super::roles::in_pack_order(&pack)
    } else {
        args.roles
            .iter()
            .map(|id| ctx.role(&pack, id))
            .collect::<Result<Vec<_>, _>>()?
    };
    match args.format {
        Format::Text => print(&render::compare::text(&roles, ctx.lang, &ctx.style)),
        Format::Json => {
            let rows: Vec<_> = roles
                .iter()
                .map(|r| render::json::role(r, ctx.lang))
                .collect();
            print(&render::json::to_string(&document(
                json!({ "roles": rows }),
            )));
        }
    }
    Ok(())
}
