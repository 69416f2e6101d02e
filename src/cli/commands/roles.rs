//! `career roles [ROLE]`: every role, or one role's card.

use serde_json::json;

use crate::cli::args::{Format, RolesArgs};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::content::{Pack, Role};
use crate::render::{self, json::document};

/// The pack's roles in the pack's own order: by the dimension each role's
/// target is highest on, in the order the default quiz lists its dimensions
/// (product, then maths, then theory for the built-in pack), then by id.
pub(crate) fn in_pack_order(pack: &Pack) -> Vec<&Role> {
    let dims: Vec<&str> = pack
        .quiz(None)
        .map(|q| q.dimensions.iter().map(|d| d.id.as_str()).collect())
        .unwrap_or_default();
    let lean = |role: &Role| -> (usize, f64) {
        dims.iter()
            .enumerate()
            .map(|(i, d)| (i, role.target(d)))
            .fold((usize::MAX, f64::NEG_INFINITY), |best, (i, t)| {
                if t > best.1 {
                    (i, t)
                } else {
                    best
                }
            })
    };
    let mut roles: Vec<(usize, f64, &Role)> = pack
        .roles
        .iter()
        .map(|r| {
            let (i, t) = lean(r);
            (i, t, r)
        })
        .collect();
    roles.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.total_cmp(&a.1))
            .then_with(|| a.2.id.cmp(&b.2.id))
    });
    roles.into_iter().map(|(_, _, r)| r).collect()
}

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
                json!({ "role": render::json::role(role, ctx.lang) }),
            )));
        }
        (None, Format::Text) => print(&render::card::list(
            &in_pack_order(&pack),
            ctx.lang,
            &ctx.style,
        )),
        (None, Format::Json) => {
            let roles: Vec<_> = in_pack_order(&pack)
                .into_iter()
                .map(|r| render::json::role(r, ctx.lang))
                .collect();
            print(&render::json::to_string(&document(
                json!({ "roles": roles }),
            )));
        }
    }
    Ok(())
}
