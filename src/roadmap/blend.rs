//! `--blend ROLE2`: one roadmap for a close call between two roles.
//!
//! The first role's stages lead. Skills both roles need appear once, where the
//! first role puts them. A skill only the second role needs goes into the
//! first role's stage at the same relative point of the journey (the stage
//! holding the middle of its own stage), or later if a prerequisite is placed
//! later. Each of the second role's stages (its outcome and milestone) is shown
//! at the stage where all its skills have been learnt.

use std::collections::BTreeMap;

use super::graph::SkillGraph;
use super::plan::{build, order_stage, BlendedStage, Plan};
use crate::content::{Pack, Role};

pub fn blend(pack: &Pack, first: &Role, second: &Role) -> Plan {
    let mut plan = build(pack, first);
    if first.id == second.id || plan.stages.is_empty() {
        return plan;
    }
    let graph = SkillGraph::new(pack);
    let n = plan.stages.len();
    let m = second.roadmap.stages.len().max(1);

    // Where each skill goes: the first role's skills stay in their stages.
    let mut placed: BTreeMap<String, usize> = BTreeMap::new();
    for (i, stage) in plan.stages.iter().enumerate() {
        for s in &stage.skills {
            placed.entry(s.clone()).or_insert(i);
        }
    }
    let mut added: Vec<Vec<String>> = vec![Vec::new(); n];
    for (k, stage) in second.roadmap.stages.iter().enumerate() {
        // The first role's stage that holds the middle of this stage.
        let relative = ((2 * k + 1) * n / (2 * m)).min(n - 1);
        // In prerequisite order, so a skill's prerequisites are placed before it.
        for s in order_stage(&stage.skills, pack, &graph) {
            if placed.contains_key(&s) {
                continue;
            }
            let after_prerequisites = placed
                .iter()
                .filter(|(p, _)| graph.needs(&s, p))
                .map(|(_, at)| *at)
                .max()
                .unwrap_or(0);
            let at = relative.max(after_prerequisites);
            placed.insert(s.clone(), at);
            added[at].push(s);
        }
    }
    for (stage, extra) in plan.stages.iter_mut().zip(added) {
        if extra.is_empty() {
            continue;
        }
        let mut all = std::mem::take(&mut stage.skills);
        all.extend(extra);
        stage.skills = order_stage(&all, pack, &graph);
    }
    for stage in &second.roadmap.stages {
        let at = stage
            .skills
            .iter()
            .filter_map(|s| placed.get(s).copied())
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
