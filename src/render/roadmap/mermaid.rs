//! The roadmap as a plain Mermaid flowchart (a valid `.mmd` file, no Markdown
//! fences) that GitHub renders: one box per skill
//! inside one box per stage, an arrow from each prerequisite to the skills
//! that need it, and done / learning / skipped skills coloured.
//!
//! Node ids are built from skill ids (`s_` + the id with `-` turned into `_`)
//! so they never clash with Mermaid keywords such as `end`; labels are quoted
//! and their quotes and angle brackets written as Mermaid entities.

use super::RoadmapView;
use crate::render::Exporter;
use crate::roadmap::Status;

pub struct MermaidExporter;

/// A node id Mermaid accepts for any skill id.
pub fn node_id(skill: &str) -> String {
    let safe: String = skill
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("s_{safe}")
}

/// A label safe inside `["…"]`.
pub fn label(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

impl Exporter<RoadmapView<'_>> for MermaidExporter {
    fn export(&self, v: &RoadmapView<'_>) -> String {
        let mut out = String::from("flowchart TD\n");
        out.push_str(&format!("  %% {}\n", label(&v.title())));
        for (i, stage) in v.plan.stages.iter().enumerate() {
            out.push_str(&format!(
                "  subgraph stage_{}[\"{}\"]\n",
                i + 1,
                label(&v.stage_title(i + 1, stage))
            ));
            for id in &stage.skills {
                let Some(k) = v.skill(id) else { continue };
                out.push_str(&format!(
                    "    {}[\"{} · {}\"]\n",
                    node_id(id),
                    label(k.name.get(v.lang)),
                    label(&v.hours_label(k.hours))
                ));
            }
            out.push_str("  end\n");
        }
        let mut edges = Vec::new();
        let in_plan = v.plan.skill_set();
        for id in v.plan.skills() {
            let Some(k) = v.skill(id) else { continue };
            let mut pres: Vec<&String> = k
                .prerequisites
                .iter()
                .filter(|p| in_plan.contains(p.as_str()))
                .collect();
            pres.sort();
            for p in pres {
                edges.push(format!("  {} --> {}\n", node_id(p), node_id(id)));
            }
        }
        edges.iter().for_each(|e| out.push_str(e));
        out.push_str("  classDef done fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332\n");
        out.push_str("  classDef doing fill:#fff3bf,stroke:#e67700,color:#5c3c00\n");
        out.push_str(
            "  classDef skip fill:#f1f3f5,stroke:#868e96,color:#495057,stroke-dasharray: 4 3\n",
        );
        for (status, class) in [
            (Status::Done, "done"),
            (Status::Doing, "doing"),
            (Status::Skip, "skip"),
        ] {
            let ids: Vec<String> = v
                .plan
                .skills()
                .filter(|id| v.status(id) == status)
                .map(node_id)
                .collect();
            if !ids.is_empty() {
                out.push_str(&format!("  class {} {class}\n", ids.join(",")));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_ids_and_labels_cannot_break_the_graph() {
        assert_eq!(node_id("end"), "s_end");
        assert_eq!(node_id("data-wrangling"), "s_data_wrangling");
        assert_eq!(
            label("C# \"quoted\" <b>"),
            "C#35; #quot;quoted#quot; #lt;b#gt;"
        );
    }
}
