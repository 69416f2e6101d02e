//! The pack's files exactly as written, before validation.
//!
//! Fields are optional where a missing value should be reported with a
//! helpful message rather than a bare serde error; validation turns these
//! into the model in [`super::model`].

use std::collections::BTreeMap;

use serde::Deserialize;

use super::text::RawText;

#[derive(Debug, Deserialize)]
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
    /// Limits for the quality warnings (`check::quality`).
    pub quality: Option<QualityEntry>,
    #[serde(default)]
    pub dimensions: Vec<DimensionEntry>,
    #[serde(default)]
    pub questions: Vec<QuestionEntry>,
}

/// A quiz's own limits for the quality warnings; 0 turns a check off.
#[derive(Debug, Deserialize)]
pub struct QualityEntry {
    pub min_items_per_dimension: Option<u32>,
    pub min_reverse_per_dimension: Option<u32>,
}

#[derive(Debug, Deserialize)]
pub struct DimensionEntry {
    pub id: Option<String>,
    pub name: Option<RawText>,
    pub description: Option<RawText>,
}

/// One question of any kind; which fields apply depends on `kind`.
#[derive(Debug, Deserialize)]
pub struct QuestionEntry {
    pub id: Option<String>,
    pub kind: Option<String>,
    pub text: Option<RawText>,
    pub dimension: Option<String>,
    pub reverse: Option<bool>,
    pub weight: Option<f64>,
    pub options: Option<Vec<OptionEntry>>,
}

#[derive(Debug, Deserialize)]
pub struct OptionEntry {
    pub id: Option<String>,
    pub text: Option<RawText>,
    #[serde(default)]
    pub weights: BTreeMap<String, f64>,
}

#[derive(Debug, Deserialize)]
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
}

#[derive(Debug, Deserialize)]
pub struct ModelsEntry {
    pub from_scratch: Option<String>,
    pub existing: Option<String>,
    pub note: Option<RawText>,
}

#[derive(Debug, Deserialize)]
pub struct NeighbourEntry {
    pub role: Option<String>,
    pub name: Option<RawText>,
    pub boundary: Option<RawText>,
}

#[derive(Debug, Deserialize)]
pub struct RoadmapEntry {
    pub outside: Option<RawText>,
    #[serde(default)]
    pub stages: Vec<StageEntry>,
}

#[derive(Debug, Deserialize)]
pub struct StageEntry {
    pub id: Option<String>,
    pub name: Option<RawText>,
    pub outcome: Option<RawText>,
    #[serde(default)]
    pub skills: Vec<String>,
    pub milestone: Option<MilestoneEntry>,
}

#[derive(Debug, Deserialize)]
pub struct MilestoneEntry {
    pub title: Option<RawText>,
    pub text: Option<RawText>,
}

#[derive(Debug, Deserialize)]
pub struct SkillsFile {
    #[serde(default)]
    pub skills: Vec<SkillEntry>,
}

#[derive(Debug, Deserialize)]
pub struct SkillEntry {
    pub id: Option<String>,
    pub name: Option<RawText>,
    pub about: Option<RawText>,
    pub level: Option<String>,
    pub hours: Option<f64>,
    #[serde(default)]
    pub prerequisites: Vec<String>,
    #[serde(default)]
    pub resources: Vec<ResourceEntry>,
}

#[derive(Debug, Deserialize)]
pub struct ResourceEntry {
    pub title: Option<RawText>,
    pub url: Option<String>,
    pub kind: Option<String>,
    pub free: Option<bool>,
}
