//! `--blend ROLE2`: one roadmap for a close call between two roles.
//!
//! The first role's stages lead. Skills both roles need appear once, where the
//! first role puts them. A skill only the second role needs goes into the
//! first role's stage at the same relative point of the journey (the stage
//! holding the middle of its own stage), or later if a prerequisite is placed
//! later. Each of the second role's stages (its outcome and milestone) is shown
//! at the stage where all its skills have been learnt.

use super::graph::SkillGraph;
use super::plan::{build_on, BlendedStage, Plan};
use crate::content::{Pack, Role};

pub fn blend(pack: &Pack, first: &Role, second: &Role) -> Plan {
    blend_on(&SkillGraph::new(pack), first, second)
}

/// The blend on a graph already built.
pub fn blend_on(graph: &SkillGraph, first: &Role, second: &Role) -> Plan {
    let mut plan = build_on(graph, first);
    if first.id == second.id || plan.stages.is_empty() {
        return plan;
    }
    let n = plan.stages.len();
    let m = second.roadmap.stages.len().max(1);

    // Where each skill goes (by catalogue index): the first role's skills
    // stay in their stages.
    let mut placed: Vec<Option<usize>> = vec![None; graph.len()];
    for (i, stage) in plan.stages.iter().enumerate() {
        for s in &stage.skills {
            if let Some(k) = graph.index(s) {
                placed[k].get_or_insert(i);
            }
        }
    }
    let mut latest = graph.latest_placed(&placed);
    let mut added: Vec<Vec<String>> = vec![Vec::new(); n];
    for (k, stage) in second.roadmap.stages.iter().enumerate() {
        // The first role's stage that holds the middle of this stage.
        let relative = ((2 * k + 1) * n / (2 * m)).min(n - 1);
        // In prerequisite order, so a skill's prerequisites are placed before it.
        for s in graph.order(&stage.skills) {
            // Stage skills are catalogue ids once the pack is validated.
            let Some(i) = graph.index(&s) else { continue };
            if placed[i].is_some() {
                continue;
            }
            let after_prerequisites = latest.of(i).unwrap_or(0);
            let at = relative.max(after_prerequisites);
            placed[i] = Some(at);
            latest.place(i, at);
            added[at].push(s);
        }
    }
    for (stage, extra) in plan.stages.iter_mut().zip(added) {
        if extra.is_empty() {
            continue;
        }
        let mut all = std::mem::take(&mut stage.skills);
        all.extend(extra);
        stage.skills = graph.order(&all);
    }
    for stage in &second.roadmap.stages {
        let at = stage
            .skills
            .iter()
            .filter_map(|s| graph.index(s).and_then(|i| placed[i]))
            .max()
            .unwrap_or(n - 1);
        plan.stages[at].blended.push(BlendedStage {
            role: second.id.clone(),
            id: stage.id.clone(),
            name: stage.name.clone(),
            outcome: stage.outcome.clone(),
            milestone: stage.milestone.clone(),
        });
    }
    plan.blend = Some(second.id.clone());
    plan
}
