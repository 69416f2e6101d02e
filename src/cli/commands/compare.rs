//! `career compare [ROLE...]`: roles side by side.

use crate::cli::args::CompareArgs;
use crate::cli::output::show;
use crate::cli::{CommandResult, Context};
use crate::render::compare::Comparison;

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
    show(
        args.format,
        ctx.style,
        &Comparison {
            roles,
            lang: ctx.lang,
        },
    );
    Ok(())
}
