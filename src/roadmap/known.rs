//! `--known`: skills a person already has are left out, and the plan shrinks.

use std::collections::BTreeSet;

use super::Plan;
use crate::content::{text::sanitize, Pack};
use crate::error::{CareerError, Result};
use crate::i18n::Lang;
use crate::tr;

/// Checks every id against the catalogue. An unknown id is a usage error
/// with a "did you mean" hint, so a typo never silently keeps a skill in.
pub fn resolve(pack: &Pack, ids: &[String], lang: Lang) -> Result<BTreeSet<String>> {
    let mut known = BTreeSet::new();
    for raw in ids {
        let id = raw.trim();
        if id.is_empty() {
            continue;
        }
        if !pack.skills.contains_key(id) {
            return Err(unknown_skill(pack, id, lang));
        }
        known.insert(id.to_string());
    }
    Ok(known)
}

/// The usage error for a skill id the catalogue does not have.
pub fn unknown_skill(pack: &Pack, id: &str, lang: Lang) -> CareerError {
    let shown = sanitize(id);
    let hint = match crate::suggest::closest(id, pack.skills.keys().map(String::as_str)) {
        Some(s) => tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
        None => tr!(
            lang,
            "`career roadmap ROLE --format json` lists the skill ids of a roadmap",
            "`career roadmap PERAN --format json` menampilkan id skill sebuah roadmap"
        ),
    };
    CareerError::usage(
        tr!(
            lang,
            "unknown skill `{shown}`",
            "skill `{shown}` tidak dikenal"
        ),
        hint,
    )
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
