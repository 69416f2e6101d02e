//! The roadmap as a GitHub checklist: done skills ticked (`- [x]`), resources
//! as links, the weekly plan as a table. Paste it into an issue or a README.

use super::{date, RoadmapView};
use crate::i18n::fill;
use crate::render::Exporter;
use crate::roadmap::Status;

pub struct MarkdownExporter;

/// Escapes the characters Markdown would read as formatting, and keeps a
/// text on one line so it cannot break the list it sits in.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A URL that cannot end a Markdown link early.
pub fn link_target(url: &str) -> String {
    url.chars()
        .map(|c| match c {
            ' ' => "%20".to_string(),
            '(' => "%28".to_string(),
            ')' => "%29".to_string(),
            '<' => "%3C".to_string(),
            '>' => "%3E".to_string(),
            c => c.to_string(),
        })
        .collect()
}

impl Exporter<RoadmapView<'_>> for MarkdownExporter {
    fn export(&self, v: &RoadmapView<'_>) -> String {
        let s = v.s();
        let lang = v.lang;
        let mut out = format!("# {}\n\n", escape(&v.title()));
        if let Some(b) = v.blend {
            let note = fill(
                s.blend_note,
                &[
                    ("role", &v.role.name.get(lang)),
                    ("other", &b.name.get(lang)),
                ],
            );
            out.push_str(&format!("{}\n\n", escape(&note)));
        }
        out.push_str(&format!("{}\n\n", escape(&v.summary())));
        if !v.plan.left_out.is_empty() {
            let names = v.left_out_names();
            out.push_str(&format!(
                "{}\n\n",
                escape(&fill(s.left_out, &[("skills", &names)]))
            ));
        }

        for (i, stage) in v.plan.stages.iter().enumerate() {
            out.push_str(&format!(
                "## {} ({})\n\n",
                escape(&v.stage_title(i + 1, stage)),
                v.hours_label(stage.hours(v.pack))
            ));
            if let Some(w) = v.stage_done_by(stage) {
                let by = fill(
                    s.stage_done_by,
                    &[("week", &w.number), ("date", &date(w.end))],
                );
                out.push_str(&format!("_{}_\n\n", escape(&by)));
            }
            for id in &stage.skills {
                let Some(k) = v.skill(id) else { continue };
                let status = v.status(id);
                let name = escape(k.name.get(lang));
                let (tick, name) = match status {
                    Status::Done => ("x", format!("**{name}**")),
                    Status::Skip => (" ", format!("~~**{name}**~~")),
                    _ => (" ", format!("**{name}**")),
                };
                let mut line = format!(
                    "- [{tick}] {name} (`{id}`, {}, {})",
                    v.hours_label(k.hours),
                    v.level(k.level)
                );
                if matches!(status, Status::Doing | Status::Skip) {
                    line.push_str(&format!(" _{}_", v.status_word(status)));
                }
                line.push_str(&format!(": {}\n", escape(k.about.get(lang))));
                out.push_str(&line);
                for r in &k.resources {
                    out.push_str(&format!(
                        "  - [{}]({}) ({}, {})\n",
                        escape(r.title.get(lang)),
                        link_target(&r.url),
                        v.kind(r.kind),
                        v.cost(r.free)
                    ));
                }
            }
            out.push_str(&format!(
                "\n**{}:** {}\n",
                escape(s.you_can),
                escape(stage.outcome.get(lang))
            ));
            if let Some(m) = &stage.milestone {
                out.push_str(&format!(
                    "\n**{}: {}.** {}\n",
                    escape(s.milestone),
                    escape(m.title.get(lang)),
                    escape(m.text.get(lang))
                ));
            }
            for b in &stage.blended {
                let from = v.blend_label(b, lang);
                out.push_str(&format!(
                    "\n_{}:_ {}",
                    escape(&from),
                    escape(b.outcome.get(lang))
                ));
                if let Some(m) = &b.milestone {
                    out.push_str(&format!(
                        " **{}: {}.** {}",
                        escape(s.milestone),
                        escape(m.title.get(lang)),
                        escape(m.text.get(lang))
                    ));
                }
                out.push('\n');
            }
            out.push('\n');
        }

        if let Some(plan) = v.schedule {
            out.push_str(&schedule(v, plan));
        }

        out.push_str(&format!("## {}\n\n", escape(s.boundaries)));
        let roles = v.roles();
        for role in &roles {
            let title = fill(s.outside, &[("role", &role.name.get(lang))]);
            out.push_str(&format!(
                "**{}:** {}\n\n",
                escape(&title),
                escape(role.roadmap.outside.get(lang))
            ));
        }
        let mut shown: Vec<&str> = Vec::new();
        let mut items = String::new();
        for role in &roles {
            for n in &role.neighbours {
                if roles.iter().any(|r| r.id == n.role) || shown.contains(&n.role.as_str()) {
                    continue;
                }
                shown.push(&n.role);
                items.push_str(&format!(
                    "- **{}:** {}\n",
                    escape(n.name.get(lang)),
                    escape(n.boundary.get(lang))
                ));
            }
        }
        if !items.is_empty() {
            out.push_str(&format!("**{}:**\n\n{items}", escape(s.neighbours)));
        }
        out
    }
}

/// The weekly plan as a table, then the finish date.
pub fn schedule(v: &RoadmapView, plan: &crate::roadmap::Schedule) -> String {
    let s = v.s();
    let mut out = format!("## {}\n\n", escape(s.weekly_plan));
    let intro = fill(
        s.plan_intro,
        &[
            ("hours", &super::hours(plan.hours_per_week, v.lang)),
            ("start", &date(plan.start)),
        ],
    );
    out.push_str(&escape(&intro));
    if !v.progress.is_empty() {
        out.push_str(&format!(" {}", escape(s.plan_excludes)));
    }
    out.push_str("\n\n");
    if plan.weeks.is_empty() {
        out.push_str(&format!("{}\n\n", escape(s.nothing_to_schedule)));
        return out;
    }
    out.push_str(&format!(
        "| {} | {} | {} |\n| ---: | --- | --- |\n",
        escape(s.week_column),
        escape(s.dates),
        escape(s.skills)
    ));
    for row in super::week_rows(plan) {
        let items: Vec<String> = row
            .items
            .iter()
            .map(|(skill, h, finished)| {
                let mut t = format!("{} ({})", escape(&v.skill_name(skill)), v.hours_label(*h));
                if *finished {
                    t.push_str(" ✓");
                }
                t
            })
            .collect();
        out.push_str(&format!(
            "| {} | {} – {} | {} |\n",
            row.numbers(),
            date(row.start),
            date(row.end),
            items.join(", ")
        ));
    }
    let finish = fill(
        s.finish,
        &[
            ("date", &date(plan.finish)),
            ("weeks", &plan.weeks.len()),
            ("hours", &super::hours(plan.total_hours(), v.lang)),
        ],
    );
    out.push_str(&format!("\n**{}**\n\n", escape(&finish)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_characters_are_escaped_and_newlines_flattened() {
        assert_eq!(escape("a*b_[c]|d\ne"), "a\\*b\\_\\[c\\]\\|d e");
        assert_eq!(
            link_target("https://x.org/a_(b)"),
            "https://x.org/a_%28b%29"
        );
    }
}
