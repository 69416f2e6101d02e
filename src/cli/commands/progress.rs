//! `career progress`: mark skills done, doing, skipped or back to do, and see
//! how far you are through a roadmap (per-stage bars and overall percent).

use crate::cli::args::{Format, ProgressAction, ProgressArgs};
use crate::cli::output;
use crate::cli::{CommandResult, Context};
use crate::content::{Pack, Role};
use crate::error::{CareerError, Result};
use crate::i18n::Lang;
use crate::render::roadmap::progress::{MarkedView, ProgressView};
use crate::roadmap::graph::SkillGraph;
use crate::roadmap::progress::tally;
use crate::roadmap::{known, plan, Progress, Status};
use crate::store::atomic::Loaded;
use crate::store::progress::{self as saved, PackKey};
use crate::store::StoreError;
use crate::tr;

/// Which roadmaps `career progress` measures: the `--role` given, else every
/// role whose roadmap holds at least one skill the person tracks (by id).
fn progress_roles<'p>(
    ctx: &Context,
    pack: &'p Pack,
    role: Option<&str>,
    progress: &Progress,
) -> Result<Vec<&'p Role>> {
    if let Some(id) = role {
        return Ok(vec![ctx.role(pack, id)?]);
    }
    Ok(pack
        .roles
        .iter()
        .filter(|r| {
            r.roadmap
                .stages
                .iter()
                .flat_map(|s| &s.skills)
                .any(|s| progress.status(s) != Status::Todo)
        })
        .collect())
}

pub fn run(ctx: &Context, args: ProgressArgs) -> CommandResult {
    let pack = ctx.pack()?;
    match args.action {
        Some(action) => mark(ctx, &pack, action, args.role.as_deref(), args.format),
        None => show(ctx, &pack, args.role.as_deref(), args.format),
    }
}

/// The key this command's pack keeps its progress under.
fn pack_key(ctx: &Context) -> PackKey {
    PackKey::of(&ctx.source)
}

/// Reads saved progress for a command that reports it: a damaged file
/// (already moved aside) ends the command, so the person hears of it.
fn read_strict(ctx: &Context) -> Result<Progress> {
    let path = saved::path()?;
    match saved::load(&path, &pack_key(ctx))? {
        Loaded::Missing => Ok(Progress::default()),
        Loaded::Found(p) => Ok(p),
        Loaded::Damaged { aside, reason } => Err(StoreError::Damaged {
            path,
            aside,
            reason,
        }
        .into()),
    }
}

/// Reads saved progress to mark a roadmap's skills. Problems are reported on
/// stderr and the roadmap is shown without statuses.
pub(super) fn read_for_display(ctx: &Context) -> Progress {
    let lang = ctx.lang;
    let loaded = saved::path().and_then(|path| {
        Ok(match saved::load(&path, &pack_key(ctx))? {
            Loaded::Damaged { aside, reason } => Err(StoreError::Damaged {
                path,
                aside,
                reason,
            }),
            Loaded::Found(p) => Ok(p),
            Loaded::Missing => Ok(Progress::default()),
        })
    });
    match loaded.and_then(|r| r) {
        Ok(p) => p,
        Err(e) => {
            let (message, hint) = crate::i18n::store::error(&e, lang);
            let without = tr!(
                lang,
                "the roadmap is shown without your progress",
                "peta belajar ditampilkan tanpa progresmu"
            );
            warn(lang, &message, &format!("{hint}; {without}"));
            Progress::default()
        }
    }
}

fn warn(lang: Lang, message: &str, hint: &str) {
    crate::cli::output::warning(lang, message, Some(hint));
}

fn mark(
    ctx: &Context,
    pack: &Pack,
    action: ProgressAction,
    role: Option<&str>,
    format: Format,
) -> CommandResult {
    let lang = ctx.lang;
    let (status, raw) = match action {
        ProgressAction::Done(a) => (Status::Done, a.skills),
        ProgressAction::Doing(a) => (Status::Doing, a.skills),
        ProgressAction::Skip(a) => (Status::Skip, a.skills),
        ProgressAction::Reset(a) => (Status::Todo, a.skills),
    };
    // Every id is checked before anything is written; ids and names in any
    // case are taken (`Python programming` is `python`).
    let mut ids: Vec<String> = Vec::new();
    for given in raw.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let id =
            known::skill_id(pack, given).map_err(|e| super::roadmap::unknown_skill(&e, lang))?;
        if !ids.iter().any(|x| x == id) {
            ids.push(id.to_string());
        }
    }
    if ids.is_empty() {
        let (message, hint) = crate::i18n::roadmap::no_skill_named(lang);
        return Err(CareerError::usage(message, hint));
    }
    let role = role.map(|r| ctx.role(pack, r)).transpose()?;
    // Read, change and write under the file's lock: commands run at once
    // each keep their change.
    let progress = saved::update(&saved::path()?, &pack_key(ctx), |p| {
        for id in &ids {
            p.set(id, status);
        }
    })?;

    let names = |ids: &[String]| {
        ids.iter()
            .map(|id| {
                pack.skills
                    .get(id)
                    .map(|k| k.name.get(lang).to_string())
                    .unwrap_or_else(|| id.clone())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Skills marked that the `--role` given does not hold: said, not refused.
    let not_in_roadmap = role.and_then(|role| {
        let the_plan = plan::build(pack, role);
        let in_plan = the_plan.skill_set();
        let missing: Vec<String> = ids
            .iter()
            .filter(|id| !in_plan.contains(id.as_str()))
            .cloned()
            .collect();
        (!missing.is_empty()).then(|| (role, names(&missing)))
    });
    let view = MarkedView {
        status,
        ids: &ids,
        names: names(&ids),
        not_in_roadmap,
        progress: &progress,
        lang,
    };
    output::show(format, ctx.style, &view);
    Ok(())
}

fn show(ctx: &Context, pack: &Pack, role: Option<&str>, format: Format) -> CommandResult {
    let lang = ctx.lang;
    // Check --role before touching the data directory.
    if let Some(r) = role {
        ctx.role(pack, r)?;
    }
    let progress = read_strict(ctx)?;
    let roles = progress_roles(ctx, pack, role, &progress)?;
    // One graph for every roadmap measured.
    let graph = SkillGraph::new(pack);
    let tallies: Vec<_> = roles
        .iter()
        .map(|r| (*r, tally(&plan::build_on(&graph, r), pack, &progress)))
        .collect();
    let view = ProgressView {
        tallies: &tallies,
        progress: &progress,
        all_roles: role.is_none(),
        lang,
    };
    output::show(format, ctx.style, &view);
    Ok(())
}
