//! The roadmap for reading in a terminal, wrapped to its width.

use super::{date, mark, RoadmapView};
use crate::content::Skill;
use crate::i18n::fill;
use crate::render::Style;
use crate::roadmap::plan::PlanStage;
use crate::roadmap::progress::tally;

/// Lays a roadmap out as text for `style` (the roadmap's [`crate::render::View::text`]).
pub struct Layout {
    pub style: Style,
}

fn push(out: &mut String, line: &str) {
    out.push_str(line);
    out.push('\n');
}

impl Layout {
    pub fn roadmap(&self, v: &RoadmapView) -> String {
        let st = &self.style;
        let s = v.s();
        let mut out = String::new();
        push(&mut out, &st.accent(&v.title()));
        if let Some(b) = v.blend {
            let note = fill(
                s.blend_note,
                &[
                    ("role", &v.role.name.get(v.lang)),
                    ("other", &b.name.get(v.lang)),
                ],
            );
            push(&mut out, &st.wrap(&note, ""));
        }
        push(&mut out, &v.summary());
        if !v.progress.is_empty() {
            let left = tally(v.plan, v.pack, v.progress).overall.remaining_hours();
            push(
                &mut out,
                &fill(s.remaining, &[("hours", &super::hours(left, v.lang))]),
            );
        }
        if !v.plan.left_out.is_empty() {
            let names = v.left_out_names();
            push(
                &mut out,
                &st.wrap(&fill(s.left_out, &[("skills", &names)]), ""),
            );
        }
        push(&mut out, &st.dim(s.legend));

        for (i, stage) in v.plan.stages.iter().enumerate() {
            out.push('\n');
            self.stage(&mut out, v, i + 1, stage);
        }
        self.boundaries(&mut out, v);
        self.schedule(&mut out, v);
        out
    }
}

impl Layout {
    fn stage(&self, out: &mut String, v: &RoadmapView, n: usize, stage: &PlanStage) {
        let st = &self.style;
        let s = v.s();
        let lang = v.lang;
        // Each skill looked up once; one the pack lacks counts 0 hours and
        // is not shown (as `PlanStage::hours` counts).
        let skills: Vec<Option<&Skill>> = stage.skills.iter().map(|id| v.skill(id)).collect();
        let hours: f64 = skills.iter().map(|k| k.map_or(0.0, |k| k.hours)).sum();
        let head = format!("{} · {}", v.stage_title(n, stage), v.hours_label(hours));
        push(out, &st.heading(&head));
        if let Some(w) = v.stage_done_by(stage) {
            let by = fill(
                s.stage_done_by,
                &[("week", &w.number), ("date", &date(w.end))],
            );
            push(out, &st.dim(&st.wrap(&by, "  ")));
        }
        for k in skills.into_iter().flatten() {
            let id = &k.id;
            // The id in brackets, so `--known` and `progress done` can be
            // typed without looking at JSON.
            let line = format!(
                "{} {} ({}) · {} · {}",
                mark(v.status(id)),
                k.name.get(lang),
                k.id,
                v.hours_label(k.hours),
                v.level(k.level)
            );
            push(out, &hanging(st, &line, "  ", "      "));
            push(out, &st.dim(&st.wrap(k.about.get(lang), "      ")));
            let mut pres: Vec<String> = k.prerequisites.iter().map(|p| v.skill_name(p)).collect();
            pres.sort();
            if !pres.is_empty() {
                let needs = format!("{}: {}", s.needs, pres.join(", "));
                push(out, &st.wrap(&needs, "      "));
            }
            for r in &k.resources {
                let label = format!(
                    "{} ({}, {})",
                    r.title.get(lang),
                    v.kind(r.kind),
                    v.cost(r.free)
                );
                push(out, &st.bullet(&label, "      "));
                // The address on its own line, never broken, so it stays clickable.
                push(out, &format!("        {}", r.url));
            }
        }
        push(
            out,
            &st.wrap(&format!("{}: {}", s.you_can, stage.outcome.get(lang)), "  "),
        );
        if let Some(m) = &stage.milestone {
            let text = format!(
                "{}: {}. {}",
                s.milestone,
                m.title.get(lang),
                m.text.get(lang)
            );
            push(out, &st.wrap(&text, "  "));
        }
        for b in &stage.blended {
            let from = v.blend_label(b, lang);
            push(out, &st.wrap(&format!("{from}:"), "  "));
            let can = format!("{}: {}", s.you_can, b.outcome.get(lang));
            push(out, &st.wrap(&can, "    "));
            if let Some(m) = &b.milestone {
                let text = format!(
                    "{}: {}. {}",
                    s.milestone,
                    m.title.get(lang),
                    m.text.get(lang)
                );
                push(out, &st.wrap(&text, "    "));
            }
        }
    }

    fn boundaries(&self, out: &mut String, v: &RoadmapView) {
        let st = &self.style;
        let s = v.s();
        let lang = v.lang;
        out.push('\n');
        push(out, &st.heading(s.boundaries));
        let roles = v.roles();
        for role in &roles {
            let title = fill(s.outside, &[("role", &role.name.get(lang))]);
            push(
                out,
                &st.wrap(
                    &format!("{title}: {}", role.roadmap.outside.get(lang)),
                    "  ",
                ),
            );
        }
        let mut shown: Vec<&str> = Vec::new();
        let mut lines = Vec::new();
        for role in &roles {
            for n in &role.neighbours {
                // In a blend, the two blended roles are not each other's boundary.
                if roles.iter().any(|r| r.id == n.role) || shown.contains(&n.role.as_str()) {
                    continue;
                }
                shown.push(&n.role);
                lines.push(format!("{}: {}", n.name.get(lang), n.boundary.get(lang)));
            }
        }
        if !lines.is_empty() {
            push(out, &st.wrap(&format!("{}:", s.neighbours), "  "));
            for l in lines {
                push(out, &st.bullet(&l, "  "));
            }
        }
    }

    fn schedule(&self, out: &mut String, v: &RoadmapView) {
        let Some(plan) = v.schedule else { return };
        let st = &self.style;
        let s = v.s();
        out.push('\n');
        push(out, &st.heading(s.weekly_plan));
        let intro = fill(
            s.plan_intro,
            &[
                ("hours", &super::hours(plan.hours_per_week, v.lang)),
                ("start", &date(plan.start)),
            ],
        );
        push(out, &st.wrap(&intro, "  "));
        if !v.progress.is_empty() {
            push(out, &st.wrap(s.plan_excludes, "  "));
        }
        if plan.weeks.is_empty() {
            push(out, &st.wrap(s.nothing_to_schedule, "  "));
            return;
        }
        for row in super::week_rows(plan) {
            let items: Vec<String> = row
                .items
                .iter()
                .map(|(skill, h, finished)| {
                    let mut t = format!("{} {}", v.skill_name(skill), v.hours_label(*h));
                    if *finished {
                        t.push_str(&format!(" ({})", s.finished));
                    }
                    t
                })
                .collect();
            let line = format!(
                "{} ({} – {}): {}",
                row.label(v.lang),
                date(row.start),
                date(row.end),
                items.join("; ")
            );
            push(out, &hanging(st, &line, "  ", "      "));
        }
        let finish = fill(
            s.finish,
            &[
                ("date", &date(plan.finish)),
                ("weeks", &plan.weeks.len()),
                ("hours", &super::hours(plan.total_hours(), v.lang)),
            ],
        );
        push(out, &st.heading(&st.wrap(&finish, "  ")));
    }
}

/// `text` wrapped to the style's width, the first line indented by `first`
/// and the rest by `rest`.
fn hanging(st: &Style, text: &str, first: &str, rest: &str) -> String {
    let opts = textwrap::Options::new(st.width.saturating_sub(1).max(20))
        .initial_indent(first)
        .subsequent_indent(rest);
    crate::render::style::fill(text, opts)
}
