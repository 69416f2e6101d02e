//! The pack's files exactly as written, before validation.
//!
//! Every field is optional here, so that a missing value is reported with a
//! helpful message; validation turns these into the model in [`super::model`].
//! They are read from the positioned tree by [`super::convert`]; the derived
//! JSON Schema (`career schema`) describes the same fields for editors.

use std::collections::BTreeMap;

use super::convert::raw_struct;
use super::text::RawText;
use schemars::JsonSchema;

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct QuizFile {
        pub id: Option<String>,
        pub version: Option<u32>,
        #[serde(default)]
        pub default: bool,
        pub languages: Option<Vec<String>>,
        pub title: Option<RawText>,
        pub intro: Option<RawText>,
        pub minutes: Option<u32>,
        pub min_answers_per_dimension: Option<u32>,
        #[serde(default)]
        pub dimensions: Vec<DimensionEntry>,
        #[serde(default)]
        pub questions: Vec<QuestionEntry>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct DimensionEntry {
        pub id: Option<String>,
        pub name: Option<RawText>,
        pub description: Option<RawText>,
    }
}

raw_struct! {
    /// One question of any kind; which fields apply depends on `kind`.
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct QuestionEntry {
        pub id: Option<String>,
        #[schemars(extend("enum" = super::check::quiz::KINDS))]
        pub kind: Option<String>,
        pub text: Option<RawText>,
        pub dimension: Option<String>,
        pub reverse: Option<bool>,
        pub weight: Option<f64>,
        pub options: Option<Vec<OptionEntry>>,
        pub shuffle: Option<bool>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct OptionEntry {
        pub id: Option<String>,
        pub text: Option<RawText>,
        #[serde(default)]
        pub weights: BTreeMap<String, f64>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct RoleFile {
        pub id: Option<String>,
        pub name: Option<RawText>,
        pub summary: Option<RawText>,
        #[serde(default)]
        pub targets: BTreeMap<String, f64>,
        #[serde(default)]
        pub importance: BTreeMap<String, f64>,
        pub focus: Option<RawText>,
        #[serde(default)]
        pub work: Vec<RawText>,
        pub models: Option<ModelsEntry>,
        pub math_depth: Option<RawText>,
        #[serde(default)]
        pub examples: Vec<RawText>,
        pub analogy: Option<RawText>,
        #[serde(default)]
        pub employers: Vec<RawText>,
        #[serde(default)]
        pub neighbours: Vec<NeighbourEntry>,
        pub roadmap: Option<RoadmapEntry>,
        /// The pack's own card sections, shown after the standard ones.
        #[serde(default)]
        pub sections: Vec<SectionEntry>,
    }
}

raw_struct! {
    /// A card section a pack adds to a role: a title and a text, a list, or both.
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct SectionEntry {
        pub id: Option<String>,
        pub title: Option<RawText>,
        pub text: Option<RawText>,
        #[serde(default)]
        pub items: Vec<RawText>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct ModelsEntry {
        #[schemars(extend("enum" = super::check::role::EXTENTS))]
        pub from_scratch: Option<String>,
        #[schemars(extend("enum" = super::check::role::EXTENTS))]
        pub existing: Option<String>,
        pub note: Option<RawText>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct NeighbourEntry {
        pub role: Option<String>,
        pub name: Option<RawText>,
        pub boundary: Option<RawText>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct RoadmapEntry {
        pub outside: Option<RawText>,
        #[serde(default)]
        pub stages: Vec<StageEntry>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct StageEntry {
        pub id: Option<String>,
        pub name: Option<RawText>,
        pub outcome: Option<RawText>,
        #[serde(default)]
        pub skills: Vec<String>,
        pub milestone: Option<MilestoneEntry>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct MilestoneEntry {
        pub title: Option<RawText>,
        pub text: Option<RawText>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct SkillsFile {
        #[serde(default)]
        pub skills: Vec<SkillEntry>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct SkillEntry {
        pub id: Option<String>,
        pub name: Option<RawText>,
        pub about: Option<RawText>,
        #[schemars(extend("enum" = super::check::skills::LEVELS))]
        pub level: Option<String>,
        pub hours: Option<f64>,
        #[serde(default)]
        pub prerequisites: Vec<String>,
        #[serde(default)]
        pub resources: Vec<ResourceEntry>,
    }
}

raw_struct! {
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct ResourceEntry {
        pub title: Option<RawText>,
        pub url: Option<String>,
        #[schemars(extend("enum" = super::check::skills::KINDS))]
        pub kind: Option<String>,
        pub free: Option<bool>,
    }
}
