//! The validated content model every other layer works with.
//!
//! Everything here has passed validation: ids are unique, references resolve,
//! numbers are in range and texts are sanitised.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::diagnostic::Diagnostic;
use super::positions::Pos;
use super::skills::Skills;
use super::text::Text;

/// A whole content pack: quizzes, roles and the skill catalogue.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pack {
    /// Where the pack came from, for messages (`<built-in>` or a folder).
    pub origin: String,
    /// Quizzes sorted by id.
    pub quizzes: Vec<Quiz>,
    /// Roles sorted by id, so file order never changes a result.
    pub roles: Vec<Role>,
    /// Skills by id.
    pub skills: Skills,
    /// Languages every text must be written in.
    pub languages: Vec<String>,
    /// Quality warnings (`check::quality`): the pack works, but could be better.
    /// Not kept in the pre-built default pack, which must have none (its tests
    /// check that with `content::check`).
    #[serde(skip)]
    pub warnings: Vec<Diagnostic>,
}

impl Pack {
    /// The quiz called `id`, or the default quiz when `id` is `None`.
    pub fn quiz(&self, id: Option<&str>) -> Option<&Quiz> {
        match id {
            Some(id) => self.quizzes.iter().find(|q| q.id == id),
            None => self
                .quizzes
                .iter()
                .find(|q| q.default)
                .or_else(|| self.quizzes.first()),
        }
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The roles in the pack's own order, for lists and tables: by the
    /// dimension each role's target is highest on, in the order the default
    /// quiz lists its dimensions (product, maths, theory for the built-in
    /// pack), then by id. Results still rank by match.
    pub fn roles_in_pack_order(&self) -> Vec<&Role> {
        let dims: Vec<&str> = self
            .quiz(None)
            .map(|q| q.dimensions.iter().map(|d| d.id.as_str()).collect())
            .unwrap_or_default();
        // The first dimension with the highest target, and that target.
        let lean = |role: &Role| {
            dims.iter()
                .enumerate()
                .fold((usize::MAX, f64::NEG_INFINITY), |best, (i, d)| {
                    let t = role.target(d);
                    if t > best.1 {
                        (i, t)
                    } else {
                        best
                    }
                })
        };
        let mut roles: Vec<((usize, f64), &Role)> =
            self.roles.iter().map(|r| (lean(r), r)).collect();
        roles.sort_by(|(a, ra), (b, rb)| {
            a.0.cmp(&b.0)
                .then(b.1.total_cmp(&a.1))
                .then_with(|| ra.id.cmp(&rb.id))
        });
        roles.into_iter().map(|(_, r)| r).collect()
    }

    pub fn role_ids(&self) -> Vec<&str> {
        self.roles.iter().map(|r| r.id.as_str()).collect()
    }
}

/// Answered questions per dimension a quiz needs when it does not say.
pub const DEFAULT_MIN_ANSWERS: usize = 3;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Quiz {
    pub id: String,
    pub version: u32,
    pub default: bool,
    pub title: Text,
    pub intro: Text,
    pub minutes: Option<u32>,
    /// Answered questions each dimension needs before a role is recommended.
    pub min_answers_per_dimension: usize,
    pub dimensions: Vec<Dimension>,
    /// In the order the file lists them (the order they are asked in).
    pub questions: Vec<Question>,
    /// The file the quiz came from, for messages about answers.
    pub file: String,
}

impl Quiz {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == id)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Dimension {
    pub id: String,
    pub name: Text,
    pub description: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub text: Text,
    pub kind: QuestionKind,
    /// Whether options are shown in a random order (default); `false` for ordered options.
    pub shuffle: bool,
    pub pos: Pos,
}

/// The kinds of question the engine understands. New kinds add a variant here
/// and a scoring rule in `engine::score`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum QuestionKind {
    /// A statement rated 1..5 on one dimension.
    Likert {
        dimension: String,
        reverse: bool,
        weight: f64,
    },
    /// Pick exactly one option.
    Choice { options: Vec<AnswerOption> },
    /// Pick any number of options; their weights add up.
    Multi { options: Vec<AnswerOption> },
}

impl QuestionKind {
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::Likert { .. } => "likert",
            QuestionKind::Choice { .. } => "choice",
            QuestionKind::Multi { .. } => "multi",
        }
    }

    pub fn options(&self) -> &[AnswerOption] {
        match self {
            QuestionKind::Choice { options } | QuestionKind::Multi { options } => options,
            QuestionKind::Likert { .. } => &[],
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AnswerOption {
    pub id: String,
    pub text: Text,
    /// Dimension id to weight; dimensions not listed weigh 0.
    pub weights: Weights,
}

/// An option's weights by dimension id, in id order. An option weighs a
/// handful of dimensions and a pack has tens of thousands of options, so a
/// sorted list: one small allocation, where a map takes a node of eleven.
/// Written and read (serde) as a map, like the `BTreeMap` it stands for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Weights(Vec<(String, f64)>);

impl Weights {
    pub fn get(&self, dimension: &str) -> Option<&f64> {
        self.0
            .binary_search_by(|(d, _)| d.as_str().cmp(dimension))
            .ok()
            .map(|i| &self.0[i].1)
    }

    /// (dimension, weight) in dimension order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &f64)> + Clone {
        self.0.iter().map(|(d, w)| (d, w))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// From pairs in any order; of a dimension given twice, the last is kept (as a map's insert).
impl FromIterator<(String, f64)> for Weights {
    fn from_iter<I: IntoIterator<Item = (String, f64)>>(pairs: I) -> Weights {
        let mut list: Vec<(String, f64)> = pairs.into_iter().collect();
        list.reverse();
        list.sort_by(|a, b| a.0.cmp(&b.0));
        list.dedup_by(|later, first| later.0 == first.0);
        list.shrink_to_fit();
        Weights(list)
    }
}

impl<'w> IntoIterator for &'w Weights {
    type Item = (&'w String, &'w f64);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'w, (String, f64)>,
        fn(&'w (String, f64)) -> (&'w String, &'w f64),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(d, w)| (d, w))
    }
}

impl Serialize for Weights {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Weights {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Weights, D::Error> {
        struct Pairs;
        impl<'de> serde::de::Visitor<'de> for Pairs {
            type Value = Weights;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map of dimension id to weight")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Weights, A::Error> {
                let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
                while let Some(pair) = map.next_entry::<String, f64>()? {
                    pairs.push(pair);
                }
                Ok(pairs.into_iter().collect())
            }
        }
        d.deserialize_map(Pairs)
    }
}

impl AnswerOption {
    pub fn weight(&self, dimension: &str) -> f64 {
        self.weights.get(dimension).copied().unwrap_or(0.0)
    }
}

/// How much a role builds models itself versus using existing ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Extent {
    Main,
    Sometimes,
    Rarely,
}

impl Extent {
    pub fn parse(s: &str) -> Option<Extent> {
        match s {
            "main" => Some(Extent::Main),
            "sometimes" => Some(Extent::Sometimes),
            "rarely" => Some(Extent::Rarely),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Role {
    pub id: String,
    pub name: Text,
    pub summary: Text,
    /// Dimension id to target score 0..100.
    pub targets: BTreeMap<String, f64>,
    /// Dimension id to importance in matching (default 1).
    pub importance: BTreeMap<String, f64>,
    pub focus: Text,
    pub work: Vec<Text>,
    /// From scratch or existing models; a role that does not deal in models leaves it out.
    pub models: Option<Models>,
    /// How deep the maths goes, when the pack says.
    pub math_depth: Option<Text>,
    pub examples: Vec<Text>,
    pub analogy: Text,
    pub employers: Vec<Text>,
    pub neighbours: Vec<Neighbour>,
    pub roadmap: Roadmap,
    /// The pack's own card sections, in file order.
    pub sections: Vec<CardSection>,
}

/// How much a role builds models itself versus using existing ones.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Models {
    pub from_scratch: Extent,
    pub uses_existing: Extent,
    pub note: Text,
}

/// A card section declared by the pack: its id (to line sections up across
/// roles), its title, and a text, a list or both.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CardSection {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub items: Vec<Text>,
}

impl Role {
    pub fn target(&self, dimension: &str) -> f64 {
        self.targets.get(dimension).copied().unwrap_or(50.0)
    }

    pub fn importance(&self, dimension: &str) -> f64 {
        self.importance.get(dimension).copied().unwrap_or(1.0)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Neighbour {
    pub role: String,
    /// The neighbour's name (taken from the pack when it is one of its roles).
    pub name: Text,
    pub boundary: Text,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Roadmap {
    pub outside: Text,
    pub stages: Vec<Stage>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Stage {
    pub id: String,
    pub name: Text,
    pub outcome: Text,
    pub skills: Vec<String>,
    pub milestone: Option<Milestone>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Milestone {
    pub title: Text,
    pub text: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Foundation,
    Core,
    Advanced,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "foundation" => Some(Level::Foundation),
            "core" => Some(Level::Core),
            "advanced" => Some(Level::Advanced),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Skill {
    pub id: String,
    pub name: Text,
    pub about: Text,
    pub level: Level,
    pub hours: f64,
    pub prerequisites: Vec<String>,
    pub resources: Vec<Resource>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Resource {
    pub title: Text,
    pub url: String,
    pub kind: ResourceKind,
    pub free: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResourceKind {
    Course,
    Book,
    Docs,
    Video,
    Project,
    /// A single paper or article.
    Paper,
    /// A website to search or browse, such as a paper archive.
    Site,
}

impl ResourceKind {
    pub fn parse(s: &str) -> Option<ResourceKind> {
        match s {
            "course" => Some(ResourceKind::Course),
            "book" => Some(ResourceKind::Book),
            "docs" => Some(ResourceKind::Docs),
            "video" => Some(ResourceKind::Video),
            "project" => Some(ResourceKind::Project),
            "paper" => Some(ResourceKind::Paper),
            "site" => Some(ResourceKind::Site),
            _ => None,
        }
    }
}
