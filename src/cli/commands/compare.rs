//! `career compare [ROLE...]`: roles side by side.

use serde_json::json;

use crate::cli::args::{CompareArgs, Format};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::render::{self, json::document};

pub fn run(ctx: &Context, args: CompareArgs) -> CommandResult {
    let pack = ctx.pack()?;
    let roles = if args.roles.is_empty() {
        pack.roles.iter().collect()
    } else {
        let mut roles: Vec<&crate::content::Role> = Vec::new();
        for id in &args.roles {
            let role = ctx.role(&pack, id)?;
            // A role named twice is shown once.
            if !roles.iter().any(|r| r.id == role.id) {
                roles.push(role);
            }
        }
        roles
    };
    match args.format {
        Format::Text => print(&render::compare::text(&roles, ctx.lang, &ctx.style)),
        Format::Json => {
            let rows: Vec<_> = roles
                .iter()
                .map(|r| render::json::role(r, ctx.lang))
                .collect();
            print(&render::json::to_string(&document(
                json!({ "language": ctx.lang.code(), "roles": rows }),
            )));
        }
    }
    Ok(())
}
