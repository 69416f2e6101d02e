//! A role's roadmap as a learner walks it: the stages in the role's order and,
//! within each stage, the skills ordered so that prerequisites come first.
//!
//! The order within a stage never depends on the order a file lists skills
//! in: among the skills whose prerequisites are all placed, the next one is
//! the lowest level (foundation, core, advanced), then the one more of the
//! catalogue builds on, then the smallest id.

use super::graph::SkillGraph;
use crate::content::{Milestone, Pack, Role, Text};

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
        let order: Vec<&str> = self.skills().collect();
        SkillGraph::new(pack).order_violations(&order)
    }

    /// The plan's skills as a set, for membership tests in a loop.
    pub fn skill_set(&self) -> std::collections::HashSet<&str> {
        self.skills().collect()
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
    build_on(&SkillGraph::new(pack), role)
}

/// The plan of one role on a graph already built (several plans, one graph).
pub fn build_on(graph: &SkillGraph, role: &Role) -> Plan {
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
            skills: graph.order(&s.skills),
        })
        .collect();
    Plan {
        role: role.id.clone(),
        blend: None,
        stages,
        left_out: Vec::new(),
    }
}
