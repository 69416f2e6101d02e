//! A pack's skill catalogue, which the built-in pack decodes only when a
//! command first uses it: the quiz and the role cards never do, and the
//! catalogue is the largest part of the pack.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::model::Skill;

/// Skills by id, in id order.
pub type SkillMap = BTreeMap<String, Skill>;

/// The skill catalogue: a map of id to skill (it dereferences to one), made
/// when first used when the pack says how (the built-in pack), else at once.
#[derive(Default)]
pub struct Skills {
    map: OnceLock<SkillMap>,
    make: Option<fn() -> SkillMap>,
}

impl Skills {
    /// A catalogue `make` builds the first time it is used.
    pub fn lazy(make: fn() -> SkillMap) -> Skills {
        Skills {
            map: OnceLock::new(),
            make: Some(make),
        }
    }

    /// The map itself, made now if it was not yet.
    pub fn into_map(mut self) -> SkillMap {
        std::mem::take(self.deref_mut())
    }

    fn get(&self) -> &SkillMap {
        self.map
            .get_or_init(|| self.make.map(|make| make()).unwrap_or_default())
    }
}

impl From<SkillMap> for Skills {
    fn from(map: SkillMap) -> Skills {
        Skills {
            map: OnceLock::from(map),
            make: None,
        }
    }
}

impl Deref for Skills {
    type Target = SkillMap;
    fn deref(&self) -> &SkillMap {
        self.get()
    }
}

impl DerefMut for Skills {
    fn deref_mut(&mut self) -> &mut SkillMap {
        self.get();
        self.make = None;
        self.map
            .get_mut()
            .expect("the catalogue was made just above")
    }
}

impl<'a> IntoIterator for &'a Skills {
    type Item = (&'a String, &'a Skill);
    type IntoIter = std::collections::btree_map::Iter<'a, String, Skill>;
    fn into_iter(self) -> Self::IntoIter {
        self.get().iter()
    }
}

impl Clone for Skills {
    fn clone(&self) -> Skills {
        Skills::from(self.get().clone())
    }
}

impl fmt::Debug for Skills {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.get().fmt(f)
    }
}

/// Written and read as the map.
impl Serialize for Skills {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.get().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Skills {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Skills, D::Error> {
        SkillMap::deserialize(d).map(Skills::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one() -> SkillMap {
        let skill: Skill = serde_json::from_value(serde_json::json!({
            "id": "python", "name": {"en": "Python"}, "about": {"en": "The language."},
            "level": "foundation", "hours": 20.0, "prerequisites": [], "resources": []
        }))
        .unwrap();
        BTreeMap::from([("python".to_string(), skill)])
    }

    #[test]
    fn a_lazy_catalogue_reads_as_the_map_it_makes() {
        let skills = Skills::lazy(one);
        assert_eq!(skills.len(), 1);
        assert_eq!(skills["python"].hours, 20.0);
        assert_eq!((&skills).into_iter().count(), 1);
        assert_eq!(
            serde_json::to_value(&skills).unwrap(),
            serde_json::to_value(one()).unwrap()
        );
    }

    #[test]
    fn a_lazy_catalogue_can_be_changed_before_it_was_read() {
        let mut skills = Skills::lazy(one);
        skills.insert("rust".to_string(), one().remove("python").unwrap());
        assert_eq!(
            skills.keys().collect::<Vec<_>>(),
            ["python", "rust"],
            "made first, then changed"
        );
        assert_eq!(skills.clone().into_map().len(), 2);
    }
}
