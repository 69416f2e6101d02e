//! `career roadmap [ROLE]`: a role's learning roadmap, stage by stage, with
//! hours, resources, milestones and boundaries; optionally blended with a
//! second role, without the skills a person knows, and planned week by week.

use crate::cli::args::RoadmapArgs;
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::error::CareerError;
use crate::render::roadmap::{exporter, RoadmapView};
use crate::roadmap::{blend, known, plan, schedule, Schedule};
use crate::tr;

pub fn run(ctx: &Context, args: RoadmapArgs) -> CommandResult {
    let lang = ctx.lang;
    let pack = ctx.pack()?;
    // The role named, else the one the last saved result recommends.
    let role = super::last_role::resolve(ctx, &pack, args.role.as_deref())?;

    // Every flag is checked before anything is read from the data directory.
    let hours = args
        .hours_per_week
        .as_deref()
        .map(|h| schedule::parse_hours_per_week(h, lang))
        .transpose()?;
    let start = match (args.start.as_deref(), hours) {
        (Some(_), None) => {
            return Err(CareerError::usage(
                tr!(
                    lang,
                    "--start only applies to a weekly plan",
                    "--start hanya berlaku untuk rencana mingguan"
                ),
                tr!(
                lang,
                "add `--hours-per-week N`, e.g. `--hours-per-week 10 --start 2027-01-04`",
                "tambahkan `--hours-per-week N`, misalnya `--hours-per-week 10 --start 2027-01-04`"
            ),
            ))
        }
        (Some(s), Some(_)) => schedule::parse_start(s, lang)?,
        (None, _) => schedule::today(),
    };
    let known_skills = known::resolve(&pack, &args.known, lang)?;
    let second = match args.blend.as_deref() {
        None => None,
        Some(b) => {
            let other = ctx.role(&pack, b)?;
            if other.id == role.id {
                return Err(CareerError::usage(
                    tr!(
                        lang,
                        "--blend needs a second role, not `{b}` again",
                        "--blend butuh peran kedua, bukan `{b}` lagi"
                    ),
                    ctx.known_hint(
                        "",
                        &pack
                            .role_ids()
                            .into_iter()
                            .filter(|id| *id != role.id)
                            .collect::<Vec<_>>(),
                    ),
                ));
            }
            Some(other)
        }
    };

    let full = match second {
        Some(other) => blend::blend(&pack, role, other),
        None => plan::build(&pack, role),
    };
    let the_plan = known::leave_out(full, &known_skills);
    let progress = super::progress::read_for_display(ctx);
    let weekly = match hours {
        Some(h) => Some(Schedule::build(
            &schedule::remaining(&the_plan, &pack, &progress),
            h,
            start,
            lang,
        )?),
        None => None,
    };
    let view = RoadmapView {
        pack: &pack,
        role,
        blend: second,
        plan: &the_plan,
        progress: &progress,
        schedule: weekly.as_ref(),
        lang,
    };
    print(&exporter(args.format, ctx.style).export(&view));
    Ok(())
}
