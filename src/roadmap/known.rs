//! `--known`: skills a person already has are left out, and the plan shrinks.

use std::collections::BTreeSet;

use thiserror::Error;

use super::Plan;
use crate::content::Pack;

/// A skill named on the command line that the catalogue does not have.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown skill `{given}`")]
pub struct UnknownSkill {
    /// What was typed, as typed.
    pub given: String,
    /// The closest skill id, if one is close.
    pub suggestion: Option<String>,
}

/// The skill id `given` names: an id in any case, or a skill's name in any
/// language (see `suggest::find`).
pub fn skill_id<'p>(pack: &'p Pack, given: &str) -> Result<&'p str, UnknownSkill> {
    crate::suggest::skill(pack, given).map_err(|suggestion| UnknownSkill {
        given: given.to_string(),
        suggestion: suggestion.map(str::to_string),
    })
}

/// Checks every id against the catalogue. An unknown id is an error with a
/// "did you mean", so a typo never silently keeps a skill in. Blank entries
/// (`--known a,,b`) are skipped.
pub fn resolve(pack: &Pack, ids: &[String]) -> Result<BTreeSet<String>, UnknownSkill> {
    let mut known = BTreeSet::new();
    for raw in ids {
        let given = raw.trim();
        if given.is_empty() {
            continue;
        }
        known.insert(skill_id(pack, given)?.to_string());
    }
    Ok(known)
}
/// The plan without the `known` skills. Stages left with no skill are
/// dropped; prerequisites that are known count as met.
pub fn leave_out(mut plan: Plan, known: &BTreeSet<String>) -> Plan {
    for stage in &mut plan.stages {
        stage.skills.retain(|s| {
            if known.contains(s) {
                plan.left_out.push(s.clone());
                false
            } else {
                true
            }
        });
    }
    plan.stages.retain(|s| !s.skills.is_empty());
    plan.left_out.sort();
    plan.left_out.dedup();
    plan
}
