//! The pack's files exactly as written, before validation.
//!
//! Fields are optional where a missing value should be reported with a
//! helpful message rather than a bare serde error; validation turns these
//! into the model in [`super::model`].

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use super::text::RawText;

#[derive(Debug, Deserialize, JsonSchema)]
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

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DimensionEntry {
    pub id: Option<String>,
    pub name: Option<RawText>,
    pub description: Option<RawText>,
}

/// One question of any kind; which fields apply depends on `kind`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct QuestionEntry {
    pub id: Option<String>,
    #[schemars(extend("enum" = ["likert", "choice", "multi"]))]
    pub kind: Option<String>,
    pub text: Option<RawText>,
    pub dimension: Option<String>,
    pub reverse: Option<bool>,
    pub weight: Option<f64>,
    pub options: Option<Vec<OptionEntry>>,
    pub shuffle: Option<bool>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct OptionEntry {
    pub id: Option<String>,
    pub text: Option<RawText>,
    #[serde(default)]
    pub weights: BTreeMap<String, f64>,
}

#[derive(Debug, Deserialize, JsonSchema)]
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

/// A card section a pack adds to a role: a title and a text, a list, or both.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SectionEntry {
    pub id: Option<String>,
    pub title: Option<RawText>,
    pub text: Option<RawText>,
    #[serde(default)]
    pub items: Vec<RawText>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ModelsEntry {
    #[schemars(extend("enum" = ["main", "sometimes", "rarely"]))]
    pub from_scratch: Option<String>,
    #[schemars(extend("enum" = ["main", "sometimes", "rarely"]))]
    pub existing: Option<String>,
    pub note: Option<RawText>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct NeighbourEntry {
    pub role: Option<String>,
    pub name: Option<RawText>,
    pub boundary: Option<RawText>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RoadmapEntry {
    pub outside: Option<RawText>,
    #[serde(default)]
    pub stages: Vec<StageEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct StageEntry {
    pub id: Option<String>,
    pub name: Option<RawText>,
    pub outcome: Option<RawText>,
    #[serde(default)]
    pub skills: Vec<String>,
    pub milestone: Option<MilestoneEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct MilestoneEntry {
    pub title: Option<RawText>,
    pub text: Option<RawText>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SkillsFile {
    #[serde(default)]
    pub skills: Vec<SkillEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SkillEntry {
    pub id: Option<String>,
    pub name: Option<RawText>,
    pub about: Option<RawText>,
    #[schemars(extend("enum" = ["foundation", "core", "advanced"]))]
    pub level: Option<String>,
    pub hours: Option<f64>,
    #[serde(default)]
    pub prerequisites: Vec<String>,
    #[serde(default)]
    pub resources: Vec<ResourceEntry>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ResourceEntry {
    pub title: Option<RawText>,
    pub url: Option<String>,
    #[schemars(extend("enum" = ["course", "book", "docs", "video", "project"]))]
    pub kind: Option<String>,
    pub free: Option<bool>,
}
