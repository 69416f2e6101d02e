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
use crate::roadmap::{Progress, Status};

fn tally_line(t: &Tally, lang: Lang) -> String {
    fill(
        strings(lang).tally_line,
        &[
            ("done", &t.done),
            ("skills", &t.skills),
            (
                "skills_word",
                &crate::i18n::roadmap::skills_word(lang, t.skills),
            ),
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
        "skills": skills(progress),
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

/// How far the person is through the roadmaps measured (`career progress`).
pub struct ProgressView<'a> {
    pub tallies: &'a [(&'a Role, PlanTally)],
    pub progress: &'a Progress,
    /// Every tracked roadmap is shown (no `--role`): a note says how to pick one.
    pub all_roles: bool,
    pub lang: Lang,
}

impl crate::render::View for ProgressView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        let s = strings(self.lang);
        if self.tallies.is_empty() {
            return format!("{}\n", style.wrap(s.nothing_tracked, ""));
        }
        let mut out = text(self.tallies, self.lang, style);
        if self.all_roles && self.tallies.len() > 1 {
            out.push_str(&format!("\n{}\n", style.dim(&style.wrap(s.more_roles, ""))));
        }
        out
    }
    fn json(&self) -> Value {
        json(self.tallies, self.progress, self.lang)
    }
}

/// Skills just marked (`career progress done|doing|skip|reset`).
pub struct MarkedView<'a> {
    pub status: Status,
    /// The skills marked, by id.
    pub ids: &'a [String],
    /// Their names, joined, in the view's language.
    pub names: String,
    /// The role named with `--role` and the names of the marked skills its
    /// roadmap does not hold, when there are any.
    pub not_in_roadmap: Option<(&'a Role, String)>,
    pub progress: &'a Progress,
    pub lang: Lang,
}

impl crate::render::View for MarkedView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        let s = strings(self.lang);
        let word = super::status_word(s, self.status);
        let marked = fill(s.marked, &[("status", &word), ("skills", &self.names)]);
        let mut out = format!("{}\n", style.wrap(&marked, ""));
        if let Some((role, missing)) = &self.not_in_roadmap {
            let note = fill(
                s.not_in_roadmap,
                &[("role", &role.name.get(self.lang)), ("skills", missing)],
            );
            out.push_str(&format!("{}\n", style.wrap(&note, "")));
        }
        out.push_str(&format!("{}\n", style.dim(s.see_progress)));
        out
    }
    fn json(&self) -> Value {
        json!({
            "status": self.status.as_str(),
            "changed": self.ids,
            "skills": skills(self.progress),
        })
    }
    /// The document of a change was published without a `language`.
    fn json_language(&self) -> Option<Lang> {
        None
    }
}

/// Every tracked skill's status, by id.
fn skills(progress: &Progress) -> serde_json::Map<String, Value> {
    progress
        .skills
        .iter()
        .map(|(k, v)| (k.clone(), json!(v.as_str())))
        .collect()
}
