//! The roadmap for programs: `"schema_version": 1`, stages with their skills
//! (each with `id`, `hours`, `prerequisites`, `status`), totals, boundaries
//! and, with `--hours-per-week`, the schedule. Fields are only ever added.

use serde_json::{json, Value};

use super::{date, RoadmapView};
use crate::render::json::round1;
use crate::roadmap::progress::tally;
use crate::roadmap::{PlanStage, Schedule};

/// The document's fields (without `schema_version`).
pub fn value(v: &RoadmapView) -> Value {
    let lang = v.lang;
    let t = tally(v.plan, v.pack, v.progress).overall;
    json!({
        "language": lang.code(),
        "role": v.role.id,
        "name": v.role.name.get(lang),
        "blend": v.blend.map(|b| json!({"id": b.id, "name": b.name.get(lang)})),
        "left_out": v.plan.left_out,
        "stages": v.plan.stages.iter().map(|s| stage(v, s)).collect::<Vec<_>>(),
        "totals": {
            "stages": v.plan.stages.len(),
            "skills": t.skills,
            "hours": round1(t.hours),
            "done": t.done,
            "doing": t.doing,
            "skipped": t.skipped,
            "remaining_hours": round1(t.remaining_hours()),
            "percent": round1(t.percent()),
        },
        "boundaries": v.roles().iter().map(|r| json!({
            "role": r.id,
            "outside": r.roadmap.outside.get(lang),
            "neighbours": r.neighbours.iter().map(|n| json!({
                "role": n.role, "name": n.name.get(lang), "boundary": n.boundary.get(lang),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "schedule": v.schedule.map(schedule),
    })
}

fn stage(v: &RoadmapView, s: &PlanStage) -> Value {
    let lang = v.lang;
    let milestone = |m: &Option<crate::content::Milestone>| {
        m.as_ref()
            .map(|m| json!({"title": m.title.get(lang), "text": m.text.get(lang)}))
    };
    json!({
        "id": s.id,
        "name": s.name.get(lang),
        "outcome": s.outcome.get(lang),
        "milestone": milestone(&s.milestone),
        "hours": round1(s.hours(v.pack)),
        "done_by_week": v.stage_done_by(s).map(|w| w.number),
        "blended": s.blended.iter().map(|b| json!({
            "role": b.role,
            "stage": b.id,
            "name": b.name.get(lang),
            "outcome": b.outcome.get(lang),
            "milestone": milestone(&b.milestone),
        })).collect::<Vec<_>>(),
        "skills": s.skills.iter().filter_map(|id| v.skill(id)).map(|k| {
            let mut prerequisites = k.prerequisites.clone();
            prerequisites.sort();
            json!({
                "id": k.id,
                "name": k.name.get(lang),
                "about": k.about.get(lang),
                "level": k.level,
                "hours": k.hours,
                "prerequisites": prerequisites,
                "status": v.status(&k.id).as_str(),
                "resources": k.resources.iter().map(|r| json!({
                    "title": r.title.get(lang),
                    "url": r.url,
                    "kind": r.kind,
                    "free": r.free,
                })).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
    })
}

fn schedule(s: &Schedule) -> Value {
    json!({
        "hours_per_week": s.hours_per_week,
        "start": date(s.start),
        "finish": date(s.finish),
        "weeks_total": s.weeks.len(),
        "hours": round1(s.total_hours()),
        "weeks": s.weeks.iter().map(|w| json!({
            "week": w.number,
            "start": date(w.start),
            "end": date(w.end),
            "items": w.items.iter().map(|i| json!({
                "skill": i.skill,
                "hours": round1(i.hours()),
                "starts": i.starts,
                "finishes": i.finishes,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
