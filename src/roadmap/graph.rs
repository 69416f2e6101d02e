//! The prerequisite graph of the skill catalogue, as ordering needs it.

use std::collections::{BTreeMap, BTreeSet};

use crate::content::Pack;

/// For every skill: everything it needs, directly or through other skills,
/// and how many skills need it in turn. Built once per command.
#[derive(Debug, Clone, Default)]
pub struct SkillGraph {
    needs: BTreeMap<String, BTreeSet<String>>,
    dependents: BTreeMap<String, usize>,
}

impl SkillGraph {
    pub fn new(pack: &Pack) -> SkillGraph {
        let mut needs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for id in pack.skills.keys() {
            // Depth-first over prerequisites; the visited set keeps a cycle
            // (which validation rejects anyway) from looping forever.
            let mut seen = BTreeSet::new();
            let mut todo: Vec<&str> = vec![id];
            while let Some(cur) = todo.pop() {
                for pre in pack
                    .skills
                    .get(cur)
                    .map(|s| s.prerequisites.as_slice())
                    .unwrap_or(&[])
                {
                    if pre != id && seen.insert(pre.clone()) {
                        todo.push(pre);
                    }
                }
            }
            needs.insert(id.clone(), seen);
        }
        let mut dependents: BTreeMap<String, usize> = BTreeMap::new();
        for set in needs.values() {
            for pre in set {
                *dependents.entry(pre.clone()).or_default() += 1;
            }
        }
        SkillGraph { needs, dependents }
    }

    /// Whether `skill` needs `pre`, directly or through other skills.
    pub fn needs(&self, skill: &str, pre: &str) -> bool {
        self.needs.get(skill).is_some_and(|s| s.contains(pre))
    }

    /// How many skills of the catalogue build on `skill`.
    pub fn dependents(&self, skill: &str) -> usize {
        self.dependents.get(skill).copied().unwrap_or(0)
    }
}
