//! The default pack as build.rs checked and stored it: loaded without parsing
//! YAML or re-running any check. It is stored in postcard's compact binary
//! form, in two parts: the pack without its skill catalogue, and the
//! catalogue, decoded only when a command first uses it (a quiz never does).
//! Their texts are not decoded at all: each refers to its place in [`TEXTS`].

use super::model::Pack;
use super::skills::{SkillMap, Skills};
use super::PackSource;

static PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-pack.postcard"));
static SKILLS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-skills.postcard"));
/// The packed strings of every text of the pack and its catalogue
/// (`content::text::store_builtin`).
pub(super) static TEXTS: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin-texts.txt"));

/// The checked default pack; `None` only if the stored form cannot be read
/// (then the caller checks the embedded files instead).
pub fn pack() -> Option<Pack> {
    let mut pack: Pack = postcard::from_bytes(PACK).ok()?;
    pack.skills = Skills::lazy(skills);
    Some(pack)
}

/// The stored catalogue; should it not read, the one checked from the
/// embedded files.
fn skills() -> SkillMap {
    postcard::from_bytes(SKILLS).ok().unwrap_or_else(|| {
        super::check(&PackSource::BuiltIn)
            .map(|p| p.skills.into_map())
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_pack_reads_back_as_the_pack_checked_from_its_files() {
        // Every text, read in place from the built-in texts, and every other
        // field, catalogue included, as checking the YAML files gives them.
        let stored = pack().expect("the stored pack reads");
        let checked = super::super::check(&PackSource::BuiltIn).expect("the pack checks");
        let json = |p: &Pack| serde_json::to_value(p).expect("a pack serialises");
        assert_eq!(json(&stored), json(&checked));
        assert!(!stored.skills.is_empty() && !stored.quizzes.is_empty());
    }
}
