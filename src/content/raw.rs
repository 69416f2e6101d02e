//! The pack's files exactly as written, before validation.
//!
//! Every field is optional here, so that a missing value is reported with a
//! helpful message; validation turns these into the model in [`super::model`].
//! They are read from the positioned tree by [`super::convert`].

use std::collections::BTreeMap;

use super::convert::raw_struct;
use super::text::RawText;

raw_struct! {
    pub struct QuizFile {
        pub id: Option<String>,
        pub version: Option<u32>,
        pub default: bool,
        pub languages: Option<Vec<String>>,
        pub title: Option<RawText>,
        pub intro: Option<RawText>,
        pub minutes: Option<u32>,
        pub dimensions: Vec<DimensionEntry>,
        pub questions: Vec<QuestionEntry>,
    }
}

raw_struct! {
    pub struct DimensionEntry {
        pub id: Option<String>,
        pub name: Option<RawText>,
        pub description: Option<RawText>,
    }
}

raw_struct! {
    /// One question of any kind; which fields apply depends on `kind`.
    pub struct QuestionEntry {
        pub id: Option<String>,
        pub kind: Option<String>,
        pub text: Option<RawText>,
        pub dimension: Option<String>,
        pub reverse: Option<bool>,
        pub weight: Option<f64>,
        pub options: Option<Vec<OptionEntry>>,
    }
}

raw_struct! {
    pub struct OptionEntry {
        pub id: Option<String>,
        pub text: Option<RawText>,
        pub weights: BTreeMap<String, f64>,
    }
}

raw_struct! {
    pub struct RoleFile {
        pub id: Option<String>,
        pub name: Option<RawText>,
        pub summary: Option<RawText>,
        pub targets: BTreeMap<String, f64>,
        pub importance: BTreeMap<String, f64>,
        pub focus: Option<RawText>,
        pub work: Vec<RawText>,
        pub models: Option<ModelsEntry>,
        pub math_depth: Option<RawText>,
        pub examples: Vec<RawText>,
        pub analogy: Option<RawText>,
        pub employers: Vec<RawText>,
        pub neighbours: Vec<NeighbourEntry>,
        pub roadmap: Option<RoadmapEntry>,
    }
}

raw_struct! {
    pub struct ModelsEntry {
        pub from_scratch: Option<String>,
        pub existing: Option<String>,
        pub note: Option<RawText>,
    }
}

raw_struct! {
    pub struct NeighbourEntry {
        pub role: Option<String>,
        pub name: Option<RawText>,
        pub boundary: Option<RawText>,
    }
}

raw_struct! {
    pub struct RoadmapEntry {
        pub outside: Option<RawText>,
        pub stages: Vec<StageEntry>,
    }
}

raw_struct! {
    pub struct StageEntry {
        pub id: Option<String>,
        pub name: Option<RawText>,
        pub outcome: Option<RawText>,
        pub skills: Vec<String>,
        pub milestone: Option<MilestoneEntry>,
    }
}

raw_struct! {
    pub struct MilestoneEntry {
        pub title: Option<RawText>,
        pub text: Option<RawText>,
    }
}

raw_struct! {
    pub struct SkillsFile {
        pub skills: Vec<SkillEntry>,
    }
}

raw_struct! {
    pub struct SkillEntry {
        pub id: Option<String>,
        pub name: Option<RawText>,
        pub about: Option<RawText>,
        pub level: Option<String>,
        pub hours: Option<f64>,
        pub prerequisites: Vec<String>,
        pub resources: Vec<ResourceEntry>,
    }
}

raw_struct! {
    pub struct ResourceEntry {
        pub title: Option<RawText>,
        pub url: Option<String>,
        pub kind: Option<String>,
        pub free: Option<bool>,
    }
}
