//! `career roadmap ROLE`: the role's roadmap outline.

use serde_json::json;

use crate::cli::args::{Format, RoadmapArgs};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::render::{self, json::document};

pub fn run(ctx: &Context, args: RoadmapArgs) -> CommandResult {
    let pack = ctx.pack()?;
    let role = super::last_role::resolve(ctx, &pack, args.role.as_deref())?;
    let lang = ctx.lang;
    match args.format {
        Format::Text => print(&render::outline::text(role, &pack, lang, &ctx.style)),
        Format::Json => {
            let stages: Vec<_> = role
                .roadmap
                .stages
                .iter()
                .map(|s| {
                    json!({
                        "id": s.id,
                        "name": s.name.get(lang),
                        "outcome": s.outcome.get(lang),
                        "skills": s.skills.iter().map(|id| {
                            let k = &pack.skills[id];
                            json!({"id": id, "name": k.name.get(lang), "hours": k.hours, "prerequisites": k.prerequisites})
                        }).collect::<Vec<_>>(),
                        "milestone": s.milestone.as_ref().map(|m| json!({"title": m.title.get(lang), "text": m.text.get(lang)})),
                    })
                })
                .collect();
            print(&render::json::to_string(&document(
                json!({ "role": role.id, "stages": stages }),
            )));
        }
    }
    Ok(())
}
