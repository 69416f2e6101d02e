//! A role's roadmap as a learner walks it: the stages in the role's order and,
//! within each stage, the skills ordered so that prerequisites come first.
//!
//! The order within a stage never depends on the order a file lists skills
//! in: among the skills whose prerequisites are all placed, the next one is
//! the lowest level (foundation, core, advanced), then the one more of the
//! catalogue builds on, then the smallest id.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

use super::graph::SkillGraph;
use crate::content::{Level, Milestone, Pack, Role, Text};

/// The roadmap a person follows.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The role whose stages the plan follows.
    pub role: String,
    /// The second role of a blended plan (`--blend`).
    pub blend: Option<String>,
    pub stages: Vec<PlanStage>,
    /// Skills left out because the person already knows them, by id.
    pub left_out: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct PlanStage {
    pub id: String,
    pub name: Text,
    pub outcome: Text,
    pub milestone: Option<Milestone>,
    /// Stages of the blended role whose skills are all learnt by the end of this one.
    pub blended: Vec<BlendedStage>,
    /// Skill ids in learning order.
    pub skills: Vec<String>,
}

/// A stage of the second role of a blend, shown where its skills are complete.
#[derive(Debug, Clone)]
pub struct BlendedStage {
    pub role: String,
    pub id: String,
    pub name: Text,
    pub outcome: Text,
    pub milestone: Option<Milestone>,
}

impl Plan {
    /// Every skill of the plan in learning order.
    pub fn skills(&self) -> impl Iterator<Item = &str> {
        self.stages
            .iter()
            .flat_map(|s| s.skills.iter().map(String::as_str))
    }

    pub fn contains(&self, skill: &str) -> bool {
        self.skills().any(|s| s == skill)
    }

    /// The estimated hours of every skill in the plan.
    pub fn hours(&self, pack: &Pack) -> f64 {
        self.skills().map(|id| skill_hours(pack, id)).sum()
    }

    /// Pairs `(skill, prerequisite)` where the skill comes first: always empty
    /// for a plan built here; tests and callers use it as a safety check.
    pub fn order_violations(&self, pack: &Pack) -> Vec<(String, String)> {
        let graph = SkillGraph::new(pack);
        let order: Vec<&str> = self.skills().collect();
        let mut out = Vec::new();
        for (i, skill) in order.iter().enumerate() {
            for later in &order[i + 1..] {
                if graph.needs(skill, later) {
                    out.push((skill.to_string(), later.to_string()));
                }
            }
        }
        out
    }
}

impl PlanStage {
    pub fn hours(&self, pack: &Pack) -> f64 {
        self.skills.iter().map(|id| skill_hours(pack, id)).sum()
    }
}

/// The estimated hours of one skill (0 for an id the pack does not know).
pub fn skill_hours(pack: &Pack, id: &str) -> f64 {
    pack.skills.get(id).map(|s| s.hours).unwrap_or(0.0)
}

/// The plan of one role, as its roadmap lays it out.
pub fn build(pack: &Pack, role: &Role) -> Plan {
    let graph = SkillGraph::new(pack);
    let stages = role
        .roadmap
        .stages
        .iter()
        .map(|s| PlanStage {
            id: s.id.clone(),
            name: s.name.clone(),
            outcome: s.outcome.clone(),
            milestone: s.milestone.clone(),
            blended: Vec::new(),
            skills: order_stage(&s.skills, pack, &graph),
        })
        .collect();
    Plan {
        role: role.id.clone(),
        blend: None,
        stages,
        left_out: Vec::new(),
    }
}

/// Orders the skills of one stage: prerequisites first, ties broken by level,
/// then by how much of the catalogue builds on a skill, then by id.
pub fn order_stage(skills: &[String], pack: &Pack, graph: &SkillGraph) -> Vec<String> {
    let set: BTreeSet<&str> = skills.iter().map(String::as_str).collect();
    let items: Vec<&str> = set.into_iter().collect();
    let n = items.len();
    // before[i]: the stage's skills that skill i must come after.
    let mut waiting = vec![0usize; n];
    let mut unlocks: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, skill) in items.iter().enumerate() {
        for (j, pre) in items.iter().enumerate() {
            if i != j && graph.needs(skill, pre) {
                waiting[i] += 1;
                unlocks[j].push(i);
            }
        }
    }
    let key = |i: usize| {
        let id = items[i];
        let level = pack.skills.get(id).map(|s| s.level).unwrap_or(Level::Core);
        Reverse((level, Reverse(graph.dependents(id)), id, i))
    };
    let mut ready: BinaryHeap<_> = (0..n).filter(|&i| waiting[i] == 0).map(key).collect();
    let mut out = Vec::with_capacity(n);
    let mut placed = vec![false; n];
    while let Some(Reverse((_, _, id, i))) = ready.pop() {
        out.push(id.to_string());
        placed[i] = true;
        for &k in &unlocks[i] {
            waiting[k] -= 1;
            if waiting[k] == 0 {
                ready.push(key(k));
            }
        }
    }
    // Only a prerequisite cycle leaves skills unplaced; validation rejects
    // those, but nothing is ever dropped silently.
    out.extend(
        items
            .iter()
            .zip(&placed)
            .filter(|(_, p)| !**p)
            .map(|(id, _)| id.to_string()),
    );
    out
}
