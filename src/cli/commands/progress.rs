//! `career progress`: mark skills done, doing, skipped or back to do, and see
//! how far you are through a roadmap (per-stage bars and overall percent).

use serde_json::json;

use crate::cli::args::{Format, ProgressAction, ProgressArgs};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::content::{Pack, Role};
use crate::error::{CareerError, Result};
use crate::i18n::roadmap::strings;
use crate::i18n::{fill, Lang};
use crate::render::json::{document, to_string};
use crate::render::roadmap::progress as view;
use crate::roadmap::progress::tally;
use crate::roadmap::{known, plan, Progress, Status};
use crate::store::atomic::Loaded;
use crate::store::progress as saved;
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

/// Reads saved progress for a command that changes or reports it: a damaged
/// file (already moved aside) ends the command, so nothing is written over
/// what the person may still want to recover.
fn read_strict(lang: Lang) -> Result<(std::path::PathBuf, Progress)> {
    let path = saved::path()?;
    match saved::load(&path, lang)? {
        Loaded::Missing => Ok((path, Progress::default())),
        Loaded::Found(p) => Ok((path, p)),
        Loaded::Damaged { aside, reason } => {
            let (message, hint) = saved::damaged_message(&path, &aside, &reason, lang);
            Err(CareerError::Data { message, hint })
        }
    }
}

/// Reads saved progress to mark a roadmap's skills. Problems are reported on
/// stderr and the roadmap is shown without statuses.
pub(super) fn read_for_display(ctx: &Context) -> Progress {
    let lang = ctx.lang;
    let Ok(path) = saved::path() else {
        return Progress::default();
    };
    match saved::load(&path, lang) {
        Ok(Loaded::Found(p)) => p,
        Ok(Loaded::Missing) => Progress::default(),
        Ok(Loaded::Damaged { aside, reason }) => {
            let (message, hint) = saved::damaged_message(&path, &aside, &reason, lang);
            warn(lang, &message, &hint);
            Progress::default()
        }
        Err(e) => {
            let hint = tr!(
                lang,
                "the roadmap is shown without your progress",
                "roadmap ditampilkan tanpa progresmu"
            );
            warn(lang, &e.to_string(), &hint);
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
    let s = strings(lang);
    let (status, raw) = match action {
        ProgressAction::Done(a) => (Status::Done, a.skills),
        ProgressAction::Doing(a) => (Status::Doing, a.skills),
        ProgressAction::Skip(a) => (Status::Skip, a.skills),
        ProgressAction::Reset(a) => (Status::Todo, a.skills),
    };
    // Every id is checked before anything is written.
    let mut ids: Vec<String> = Vec::new();
    for id in raw.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if !pack.skills.contains_key(id) {
            return Err(known::unknown_skill(pack, id, lang));
        }
        if !ids.iter().any(|x| x == id) {
            ids.push(id.to_string());
        }
    }
    let role = role.map(|r| ctx.role(pack, r)).transpose()?;
    let (path, mut progress) = read_strict(lang)?;
    for id in &ids {
        progress.set(id, status);
    }
    saved::save(&path, &progress)?;

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
    match format {
        Format::Json => print(&to_string(&document(json!({
            "status": status.as_str(),
            "changed": ids,
            "skills": progress.skills.iter().map(|(k, v)| (k.clone(), json!(v.as_str()))).collect::<serde_json::Map<_, _>>(),
        })))),
        Format::Text => {
            let word = match status {
                Status::Todo => s.status_todo,
                Status::Doing => s.status_doing,
                Status::Done => s.status_done,
                Status::Skip => s.status_skip,
            };
            let mut out = format!(
                "{}\n",
                ctx.style.wrap(
                    &fill(s.marked, &[("status", &word), ("skills", &names(&ids))]),
                    ""
                )
            );
            if let Some(role) = role {
                let the_plan = plan::build(pack, role);
                let missing: Vec<String> = ids
                    .iter()
                    .filter(|id| !the_plan.contains(id))
                    .cloned()
                    .collect();
                if !missing.is_empty() {
                    let note = fill(
                        s.not_in_roadmap,
                        &[("role", &role.name.get(lang)), ("skills", &names(&missing))],
                    );
                    out.push_str(&format!("{}\n", ctx.style.wrap(&note, "")));
                }
            }
            out.push_str(&format!("{}\n", ctx.style.dim(s.see_progress)));
            print(&out);
        }
    }
    Ok(())
}

fn show(ctx: &Context, pack: &Pack, role: Option<&str>, format: Format) -> CommandResult {
    let lang = ctx.lang;
    let s = strings(lang);
    // Check --role before touching the data directory.
    if let Some(r) = role {
        ctx.role(pack, r)?;
    }
    let (_, progress) = read_strict(lang)?;
    let roles = progress_roles(ctx, pack, role, &progress)?;
    let tallies: Vec<_> = roles
        .iter()
        .map(|r| (*r, tally(&plan::build(pack, r), pack, &progress)))
        .collect();
    match format {
        Format::Json => print(&to_string(&document(view::json(&tallies, &progress, lang)))),
        Format::Text if tallies.is_empty() => {
            print(&format!("{}\n", ctx.style.wrap(s.nothing_tracked, "")))
        }
        Format::Text => {
            let mut out = view::text(&tallies, lang, &ctx.style);
            if role.is_none() && tallies.len() > 1 {
                out.push_str(&format!(
                    "\n{}\n",
                    ctx.style.dim(&ctx.style.wrap(s.more_roles, ""))
                ));
            }
            print(&out);
        }
    }
    Ok(())
}
