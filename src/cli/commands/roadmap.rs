//! `career roadmap [ROLE]`: a role's learning roadmap, stage by stage, with
//! hours, resources, milestones and boundaries; optionally blended with a
//! second role, without the skills a person knows, and planned week by week.

use chrono::NaiveDate;

use crate::cli::args::RoadmapArgs;
use crate::cli::output::show;
use crate::cli::{CommandResult, Context};
use crate::error::CareerError;
use crate::i18n::roadmap as words;
use crate::i18n::Lang;
use crate::render::roadmap::RoadmapView;
use crate::roadmap::graph::SkillGraph;
use crate::roadmap::schedule::{self, HoursError, HoursPerWeek, StartError};
use crate::roadmap::{blend, known, plan, Schedule};
use crate::tr;

/// `--hours-per-week` as clap reads it: the hours, or why they cannot be
/// planned with (reported in the person's language once it is known).
#[derive(Debug, Clone)]
pub struct HoursArg {
    raw: String,
    hours: Result<HoursPerWeek, HoursError>,
}

/// `--start` as clap reads it: the date, or why it cannot be used.
#[derive(Debug, Clone)]
pub struct StartArg {
    raw: String,
    date: Result<NaiveDate, StartError>,
}

/// clap's value parser for `--hours-per-week`: a number from 1 to 80.
pub fn hours_arg(raw: &str) -> Result<HoursArg, std::convert::Infallible> {
    let number = raw.trim().parse::<f64>().unwrap_or(f64::NAN);
    Ok(HoursArg {
        raw: raw.to_string(),
        hours: HoursPerWeek::new(number),
    })
}

/// clap's value parser for `--start`: a calendar date written YYYY-MM-DD.
pub fn start_arg(raw: &str) -> Result<StartArg, std::convert::Infallible> {
    let s = raw.trim();
    let shape_ok = s.len() == 10
        && s.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    let date = if shape_ok {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| StartError::NotADay)
            .and_then(schedule::check_start)
    } else {
        Err(StartError::Shape)
    };
    Ok(StartArg {
        raw: raw.to_string(),
        date,
    })
}

fn usage((message, hint): (String, String)) -> CareerError {
    CareerError::usage(message, hint)
}

/// The unknown-skill usage error, in `lang`.
pub(super) fn unknown_skill(e: &known::UnknownSkill, lang: Lang) -> CareerError {
    usage(words::unknown_skill(e, lang))
}

pub fn run(ctx: &Context, args: RoadmapArgs) -> CommandResult {
    let lang = ctx.lang;
    let pack = ctx.pack()?;
    // The role named, else the one the last saved result recommends.
    let role = super::last_role::resolve(ctx, &pack, args.role.as_deref())?;

    // Every flag is checked before anything is read from the data directory.
    // Only the Mermaid graph has no room for a weekly plan.
    if !args.format.shows_weeks() {
        for (flag, given) in [
            ("--hours-per-week", args.hours_per_week.is_some()),
            ("--start", args.start.is_some()),
        ] {
            if given {
                return Err(usage(words::flag_unused(flag, "mermaid", lang)));
            }
        }
    }
    let hours = match &args.hours_per_week {
        Some(h) => Some(
            h.hours
                .map_err(|e| usage(words::hours_error(e, &h.raw, lang)))?,
        ),
        None => None,
    };
    let start = match (&args.start, hours) {
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
        (Some(s), Some(_)) => s
            .date
            .map_err(|e| usage(words::start_error(e, &s.raw, lang)))?,
        (None, _) => schedule::today(),
    };
    let known_skills = known::resolve(&pack, &args.known).map_err(|e| unknown_skill(&e, lang))?;
    let second = match args.blend.as_deref() {
        None => None,
        Some(b) => {
            let other = ctx.role(&pack, b)?;
            if other.id == role.id {
                let (message, _) = words::blend_same_role(b, lang);
                return Err(CareerError::usage(
                    message,
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

    let graph = SkillGraph::new(&pack);
    let full = match second {
        Some(other) => blend::blend_on(&graph, role, other),
        None => plan::build_on(&graph, role),
    };
    let the_plan = known::leave_out(full, &known_skills);
    let progress = super::progress::read_for_display(ctx);
    let weekly = match hours {
        Some(h) => Some(
            Schedule::build(&schedule::remaining(&the_plan, &pack, &progress), h, start)
                .map_err(|e| usage(words::schedule_error(e, lang)))?,
        ),
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
    show(args.format, ctx.style, &view);
    // The command ends here and the process with it: like the pack (see
    // `Context::pack`), the graph and the plan are not freed one allocation
    // at a time just before exit. They hold nothing to save.
    std::mem::forget((the_plan, graph));
    Ok(())
}
