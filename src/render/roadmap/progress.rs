//! `career progress`: per-stage bars and the overall percentage of each
//! roadmap measured.

use serde_json::{json, Value};

use super::hours;
use crate::content::Role;
use crate::i18n::roadmap::strings;
use crate::i18n::{fill, Lang};
use crate::render::json::round1;
use crate::render::Style;
use crate::roadmap::progress::{PlanTally, Tally};
use crate::roadmap::Progress;

fn tally_line(t: &Tally, lang: Lang) -> String {
    fill(
        strings(lang).tally_line,
        &[
            ("done", &t.done),
            ("skills", &t.skills),
            ("done_hours", &hours(t.done_hours, lang)),
            ("hours", &hours(t.hours - t.skipped_hours, lang)),
        ],
    )
}

/// One block per role: a bar per stage, then the overall bar.
pub fn text(tallies: &[(&Role, PlanTally)], lang: Lang, style: &Style) -> String {
    let s = strings(lang);
    let cells = (style.width / 4).clamp(10, 20);
    let mut out = String::new();
    for (i, (role, t)) in tallies.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&style.accent(&fill(s.progress_title, &[("role", &role.name.get(lang))])));
        out.push('\n');
        for (n, stage) in t.stages.iter().enumerate() {
            let title = fill(s.stage, &[("n", &(n + 1)), ("name", &stage.name.get(lang))]);
            out.push_str(&format!(
                "  {} {:>3.0}%  {}\n",
                style.bar(stage.tally.percent(), cells),
                stage.tally.percent().floor(),
                title
            ));
            out.push_str(&style.dim(&style.wrap(&tally_line(&stage.tally, lang), "      ")));
            out.push('\n');
        }
        out.push_str(&style.heading(&format!(
            "  {} {:>3.0}%  {}",
            style.bar(t.overall.percent(), cells),
            t.overall.percent().floor(),
            s.overall
        )));
        out.push('\n');
        out.push_str(&style.wrap(&tally_line(&t.overall, lang), "      "));
        out.push('\n');
    }
    out
}

/// The `career progress --format json` fields.
pub fn json(tallies: &[(&Role, PlanTally)], progress: &Progress, lang: Lang) -> Value {
    let tally = |t: &Tally| {
        json!({
            "skills": t.skills,
            "done": t.done,
            "doing": t.doing,
            "skipped": t.skipped,
            "hours": round1(t.hours),
            "done_hours": round1(t.done_hours),
            "remaining_hours": round1(t.remaining_hours()),
            "percent": round1(t.percent()),
        })
    };
    json!({
        "language": lang.code(),
        "skills": progress.skills.iter().map(|(k, v)| (k.clone(), json!(v.as_str()))).collect::<serde_json::Map<_, _>>(),
        "roles": tallies.iter().map(|(role, t)| {
            let mut overall = tally(&t.overall);
            overall["id"] = json!(role.id);
            overall["name"] = json!(role.name.get(lang));
            overall["stages"] = t.stages.iter().map(|s| {
                let mut v = tally(&s.tally);
                v["id"] = json!(s.id);
                v["name"] = json!(s.name.get(lang));
                v
            }).collect();
            overall
        }).collect::<Vec<_>>(),
    })
}
