//! The pack's files exactly as written, before validation.
//!
//! Every field is optional here, so that a missing value is reported with a
//! helpful message; validation turns these into the model in [`super::model`].
//! They are read from the positioned tree by [`super::convert`]; the derived
//! JSON Schema (`career schema`) describes the same fields for editors.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::convert::raw_struct;
use super::text::RawText;
use schemars::JsonSchema;

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct QuizFile<'a> {
        pub id: Option<Cow<'a, str>>,
        pub version: Option<u32>,
        #[serde(default)]
        pub default: bool,
        pub languages: Option<Vec<String>>,
        pub title: Option<RawText<'a>>,
        pub intro: Option<RawText<'a>>,
        pub minutes: Option<u32>,
        pub min_answers_per_dimension: Option<u32>,
        /// Limits for the quality warnings (`check::quality`).
        pub quality: Option<QualityEntry>,
        #[serde(default)]
        pub dimensions: Vec<DimensionEntry<'a>>,
        #[serde(default)]
        pub questions: Vec<QuestionEntry<'a>>,
    }
}

raw_struct! {
    /// A quiz's own limits for the quality warnings; 0 turns a check off.
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct QualityEntry {
        pub min_items_per_dimension: Option<u32>,
        pub min_reverse_per_dimension: Option<u32>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct DimensionEntry<'a> {
        pub id: Option<Cow<'a, str>>,
        pub name: Option<RawText<'a>>,
        pub description: Option<RawText<'a>>,
    }
}

raw_struct! {
    /// One question of any kind; which fields apply depends on `kind`.
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct QuestionEntry<'a> {
        pub id: Option<Cow<'a, str>>,
        #[schemars(extend("enum" = super::check::quiz::KINDS))]
        pub kind: Option<Cow<'a, str>>,
        pub text: Option<RawText<'a>>,
        pub dimension: Option<Cow<'a, str>>,
        pub reverse: Option<bool>,
        pub weight: Option<f64>,
        pub options: Option<Vec<OptionEntry<'a>>>,
        pub shuffle: Option<bool>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct OptionEntry<'a> {
        pub id: Option<Cow<'a, str>>,
        pub text: Option<RawText<'a>>,
        #[serde(default)]
        #[schemars(with = "BTreeMap<String, f64>")]
        pub weights: RawWeights<'a>,
    }
}

/// An option's weights as written: dimension id and weight, in id order; of a
/// dimension given twice, the first is kept (the second is reported as a
/// duplicate key). A sorted list rather than a map: one allocation per
/// option, and ids borrowed from the file where the parser could.
#[derive(Debug, Default)]
pub struct RawWeights<'a>(pub Vec<(Cow<'a, str>, f64)>);

impl RawWeights<'_> {
    /// (dimension id, weight), in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, f64)> {
        self.0.iter().map(|(d, w)| (d.as_ref(), *w))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

/// Written as a map of dimension id to weight (the schema's default, `{}`).
impl serde::Serialize for RawWeights<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct RoleFile<'a> {
        pub id: Option<Cow<'a, str>>,
        pub name: Option<RawText<'a>>,
        pub summary: Option<RawText<'a>>,
        #[serde(default)]
        pub targets: BTreeMap<String, f64>,
        #[serde(default)]
        pub importance: BTreeMap<String, f64>,
        pub focus: Option<RawText<'a>>,
        #[serde(default)]
        pub work: Vec<RawText<'a>>,
        pub models: Option<ModelsEntry<'a>>,
        pub math_depth: Option<RawText<'a>>,
        #[serde(default)]
        pub examples: Vec<RawText<'a>>,
        pub analogy: Option<RawText<'a>>,
        #[serde(default)]
        pub employers: Vec<RawText<'a>>,
        #[serde(default)]
        pub neighbours: Vec<NeighbourEntry<'a>>,
        pub roadmap: Option<RoadmapEntry<'a>>,
        /// The pack's own card sections, shown after the standard ones.
        #[serde(default)]
        pub sections: Vec<SectionEntry<'a>>,
    }
}

raw_struct! {
    /// A card section a pack adds to a role: a title and a text, a list, or both.
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct SectionEntry<'a> {
        pub id: Option<Cow<'a, str>>,
        pub title: Option<RawText<'a>>,
        pub text: Option<RawText<'a>>,
        #[serde(default)]
        pub items: Vec<RawText<'a>>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct ModelsEntry<'a> {
        #[schemars(extend("enum" = super::check::role::EXTENTS))]
        pub from_scratch: Option<Cow<'a, str>>,
        #[schemars(extend("enum" = super::check::role::EXTENTS))]
        pub existing: Option<Cow<'a, str>>,
        pub note: Option<RawText<'a>>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct NeighbourEntry<'a> {
        pub role: Option<Cow<'a, str>>,
        pub name: Option<RawText<'a>>,
        pub boundary: Option<RawText<'a>>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct RoadmapEntry<'a> {
        pub outside: Option<RawText<'a>>,
        #[serde(default)]
        pub stages: Vec<StageEntry<'a>>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct StageEntry<'a> {
        pub id: Option<Cow<'a, str>>,
        pub name: Option<RawText<'a>>,
        pub outcome: Option<RawText<'a>>,
        #[serde(default)]
        pub skills: Vec<String>,
        pub milestone: Option<MilestoneEntry<'a>>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct MilestoneEntry<'a> {
        pub title: Option<RawText<'a>>,
        pub text: Option<RawText<'a>>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct SkillsFile<'a> {
        #[serde(default)]
        pub skills: Vec<SkillEntry<'a>>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct SkillEntry<'a> {
        pub id: Option<Cow<'a, str>>,
        pub name: Option<RawText<'a>>,
        pub about: Option<RawText<'a>>,
        #[schemars(extend("enum" = super::check::skills::LEVELS))]
        pub level: Option<Cow<'a, str>>,
        pub hours: Option<f64>,
        #[serde(default)]
        pub prerequisites: Vec<String>,
        #[serde(default)]
        pub resources: Vec<ResourceEntry<'a>>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct ResourceEntry<'a> {
        pub title: Option<RawText<'a>>,
        pub url: Option<Cow<'a, str>>,
        #[schemars(extend("enum" = super::check::skills::KINDS))]
        pub kind: Option<Cow<'a, str>>,
        pub free: Option<bool>,
    }
}
