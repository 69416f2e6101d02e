//! The roadmap page: progress, a week-by-week timeline (with
//! `--hours-per-week`), every stage with its skills, hours, ids and resources,
//! and the role's boundaries.

use std::collections::HashMap;

use super::chart::{self, Span};
use super::{document, inline, link, text};
use crate::content::Milestone;
use crate::i18n::fill;
use crate::i18n::html::strings;
use crate::render::roadmap::{date, hours, RoadmapView};
use crate::render::Exporter;
use crate::roadmap::progress::{tally, Tally};
use crate::roadmap::{PlanStage, Schedule, Status};

pub struct HtmlExporter;

impl Exporter<RoadmapView<'_>> for HtmlExporter {
    fn export(&self, v: &RoadmapView<'_>) -> String {
        let s = v.s();
        let lang = v.lang;
        let mut body = format!(
            "<header>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n",
            text(&v.title()),
            text(&v.summary())
        );
        if let Some(b) = v.blend {
            let note = fill(
                s.blend_note,
                &[
                    ("role", &v.role.name.get(lang)),
                    ("other", &b.name.get(lang)),
                ],
            );
            body.push_str(&format!("<p>{}</p>\n", text(&note)));
        }
        if !v.plan.left_out.is_empty() {
            let left = fill(s.left_out, &[("skills", &v.left_out_names())]);
            body.push_str(&format!("<p>{}</p>\n", text(&left)));
        }
        body.push_str("</header>\n");
        body.push_str(&progress(v));
        if let Some(plan) = v.schedule {
            body.push_str(&timeline(v, plan));
        }
        for (i, stage) in v.plan.stages.iter().enumerate() {
            body.push_str(&stage_section(v, i + 1, stage));
        }
        body.push_str(&boundaries(v));
        document(lang, &v.title(), &body)
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Done => "done",
        Status::Doing => "doing",
        Status::Todo => "todo",
        Status::Skip => "skip",
    }
}

fn meter(percent: f64) -> String {
    format!(
        "<div class=\"meter\"><span style=\"width:{:.1}%\"></span></div>",
        percent.clamp(0.0, 100.0)
    )
}

fn tally_line(v: &RoadmapView, t: &Tally) -> String {
    fill(
        strings(v.lang).progress_line,
        &[
            ("percent", &format!("{:.0}", t.percent().floor())),
            ("done", &t.done),
            ("skills", &t.skills),
            (
                "skills_word",
                &crate::i18n::roadmap::skills_word(v.lang, t.skills),
            ),
            ("doing", &t.doing),
            ("skipped", &t.skipped),
        ],
    )
}

/// How far the person is: overall and stage by stage.
fn progress(v: &RoadmapView) -> String {
    let h = strings(v.lang);
    let mut out = format!(
        "<section class=\"progress\">\n<h2>{}</h2>\n",
        text(h.progress)
    );
    if v.progress.is_empty() {
        out.push_str(&format!(
            "<p class=\"muted\">{}</p>\n</section>\n",
            inline(h.no_progress)
        ));
        return out;
    }
    let t = tally(v.plan, v.pack, v.progress);
    out.push_str(&format!(
        "<p>{}</p>\n{}\n<table class=\"progress-table\">\n",
        text(&tally_line(v, &t.overall)),
        meter(t.overall.percent())
    ));
    for (n, stage) in t.stages.iter().enumerate() {
        let title = fill(
            v.s().stage,
            &[("n", &(n + 1)), ("name", &stage.name.get(v.lang))],
        );
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{:.0}%</td></tr>\n",
            text(&title),
            meter(stage.tally.percent()),
            stage.tally.percent().floor()
        ));
    }
    out.push_str("</table>\n</section>\n");
    out
}

/// The weekly plan as a timeline: one bar per skill from the moment its
/// work starts to the moment it is finished, coloured by stage.
fn timeline(v: &RoadmapView, plan: &Schedule) -> String {
    let s = v.s();
    let h = strings(v.lang);
    let mut intro = fill(
        s.plan_intro,
        &[
            ("hours", &hours(plan.hours_per_week, v.lang)),
            ("start", &date(plan.start)),
        ],
    );
    if !v.progress.is_empty() {
        intro = format!("{intro} {}", s.plan_excludes);
    }
    let mut out = format!(
        "<section class=\"timeline\">\n<h2>{}</h2>\n<p>{}</p>\n",
        text(h.timeline),
        text(&intro)
    );
    if plan.weeks.is_empty() {
        out.push_str(&format!(
            "<p>{}</p>\n</section>\n",
            text(s.nothing_to_schedule)
        ));
        return out;
    }
    out.push_str(&chart::timeline(
        &spans(v, plan),
        plan.weeks.len(),
        h.timeline_axis,
        h.chart_timeline,
    ));
    out.push_str("\n<ul class=\"legend\">\n");
    for (i, stage) in v.plan.stages.iter().enumerate() {
        out.push_str(&format!(
            "<li>{}{}</li>\n",
            chart::legend_swatch(chart::color(i)),
            text(&v.stage_title(i + 1, stage))
        ));
    }
    let finish = fill(
        s.finish,
        &[
            ("date", &date(plan.finish)),
            ("weeks", &plan.weeks.len()),
            ("hours", &hours(plan.total_hours(), v.lang)),
        ],
    );
    out.push_str(&format!(
        "</ul>\n<p><strong>{}</strong></p>\n</section>\n",
        text(&finish)
    ));
    out
}

/// Each scheduled skill's first and last moment, in weeks from the start,
/// in the order the plan starts them; one pass over the weeks.
fn spans(v: &RoadmapView, plan: &Schedule) -> Vec<Span> {
    let s = v.s();
    let stage_of: HashMap<&str, usize> = v
        .plan
        .stages
        .iter()
        .enumerate()
        .flat_map(|(i, st)| st.skills.iter().map(move |k| (k.as_str(), i)))
        .collect();
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut spans: Vec<Span> = Vec::new();
    for week in &plan.weeks {
        let mut used = 0.0;
        let base = (week.number - 1) as f64;
        for item in &week.items {
            let from = base + used / plan.hours_per_week;
            used += item.hours();
            let to = base + (used / plan.hours_per_week).min(1.0);
            match index.get(item.skill.as_str()) {
                Some(&i) => spans[i].end = to,
                None => {
                    index.insert(&item.skill, spans.len());
                    spans.push(Span {
                        label: v.skill_name(&item.skill),
                        start: from,
                        end: to,
                        series: stage_of.get(item.skill.as_str()).copied().unwrap_or(0),
                        tooltip: item.skill.clone(),
                    });
                }
            }
        }
    }
    // The tooltip: name, id and the weeks, as the text plan words them.
    for sp in &mut spans {
        let first = (sp.start.floor() as usize) + 1;
        let last = (sp.end.ceil() as usize).max(first);
        let weeks = if first == last {
            fill(s.week, &[("n", &first)])
        } else {
            fill(s.weeks, &[("from", &first), ("to", &last)])
        };
        sp.tooltip = format!("{} ({}): {weeks}", sp.label, sp.tooltip);
    }
    spans
}

fn stage_section(v: &RoadmapView, n: usize, stage: &PlanStage) -> String {
    let s = v.s();
    let lang = v.lang;
    let mut out = format!(
        "<section class=\"stage\">\n<h2>{} <span class=\"pill\">{}</span></h2>\n",
        text(&v.stage_title(n, stage)),
        text(&v.hours_label(stage.hours(v.pack)))
    );
    if let Some(w) = v.stage_done_by(stage) {
        let by = fill(
            s.stage_done_by,
            &[("week", &w.number), ("date", &date(w.end))],
        );
        out.push_str(&format!("<p class=\"muted\">{}</p>\n", text(&by)));
    }
    out.push_str("<ul class=\"skills\">\n");
    for id in &stage.skills {
        let Some(k) = v.skill(id) else { continue };
        let status = v.status(id);
        let badge = match status {
            Status::Todo => String::new(),
            other => format!(
                " <span class=\"status {}\">{}</span>",
                status_class(other),
                text(v.status_word(other))
            ),
        };
        out.push_str(&format!(
            "<li class=\"skill {}\">\n<div class=\"skill-head\"><span class=\"skill-name\">{}</span> <code title=\"{}\">{}</code> <span class=\"pill\">{}</span> <span class=\"pill\">{}</span>{badge}</div>\n<p>{}</p>\n",
            status_class(status),
            text(k.name.get(lang)),
            super::attr(strings(lang).skill_id),
            text(id),
            text(&v.hours_label(k.hours)),
            text(v.level(k.level)),
            text(k.about.get(lang))
        ));
        let mut pres: Vec<String> = k.prerequisites.iter().map(|p| v.skill_name(p)).collect();
        pres.sort();
        if !pres.is_empty() {
            out.push_str(&format!(
                "<p class=\"muted\">{}: {}</p>\n",
                text(s.needs),
                text(&pres.join(", "))
            ));
        }
        if !k.resources.is_empty() {
            out.push_str("<ul class=\"resources\">\n");
            for r in &k.resources {
                out.push_str(&format!(
                    "<li>{} <span class=\"muted\">({}, {})</span></li>\n",
                    link(&r.url, r.title.get(lang)),
                    text(v.kind(r.kind)),
                    text(v.cost(r.free))
                ));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
    out.push_str(&format!(
        "<p><strong>{}:</strong> {}</p>\n",
        text(s.you_can),
        text(stage.outcome.get(lang))
    ));
    if let Some(m) = &stage.milestone {
        out.push_str(&milestone(v, m));
    }
    for b in &stage.blended {
        let from = v.blend_label(b, lang);
        out.push_str(&format!(
            "<p><em>{}:</em> {}</p>\n",
            text(&from),
            text(b.outcome.get(lang))
        ));
        if let Some(m) = &b.milestone {
            out.push_str(&milestone(v, m));
        }
    }
    out.push_str("</section>\n");
    out
}

fn milestone(v: &RoadmapView, m: &Milestone) -> String {
    format!(
        "<div class=\"milestone\"><strong>{}: {}.</strong> {}</div>\n",
        text(v.s().milestone),
        text(m.title.get(v.lang)),
        text(m.text.get(v.lang))
    )
}

/// What the role leaves to others: its own "outside" text and its neighbours.
fn boundaries(v: &RoadmapView) -> String {
    let s = v.s();
    let lang = v.lang;
    let roles = v.roles();
    let mut out = format!(
        "<section class=\"boundaries\">\n<h2>{}</h2>\n",
        text(s.boundaries)
    );
    for role in &roles {
        let title = fill(s.outside, &[("role", &role.name.get(lang))]);
        out.push_str(&format!(
            "<p><strong>{}:</strong> {}</p>\n",
            text(&title),
            text(role.roadmap.outside.get(lang))
        ));
    }
    let items: Vec<String> = v
        .other_neighbours()
        .iter()
        .map(|n| format!("{}: {}", n.name.get(lang), n.boundary.get(lang)))
        .collect();
    if !items.is_empty() {
        out.push_str(&format!(
            "<h3>{}</h3>\n{}",
            text(s.neighbours),
            super::list(&items)
        ));
    }
    out.push_str("</section>\n");
    out
}
