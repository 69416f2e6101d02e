//! Checks a role file: its card, its target profile and its roadmap outline.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use super::{join, Checker};
use crate::content::diagnostic::{IdKind, Problem};
use crate::content::model::{
    CardSection, Extent, Milestone, Models, Neighbour, Roadmap, Role, Skill, Stage,
};
use crate::content::raw::{RoadmapEntry, RoleFile};
use crate::content::text::Text;

pub const EXTENTS: [&str; 3] = ["main", "sometimes", "rarely"];

/// What a role is checked against: the pack's dimensions, roles and skills.
pub struct RoleContext<'a> {
    pub dimensions: &'a [String],
    pub role_ids: &'a [String],
    pub skills: &'a BTreeMap<String, Skill>,
    /// Whether every quiz, role and catalogue file parsed, so that a missing
    /// id really is unknown rather than in a file that could not be read.
    pub dimensions_complete: bool,
    pub roles_complete: bool,
    pub skills_complete: bool,
}

pub fn check_role(c: &mut Checker, raw: &RoleFile, cx: &RoleContext) -> Role {
    let id = c.id("", &raw.id).unwrap_or_default();
    let name = c.text("", "name", &raw.name);
    let summary = c.text("", "summary", &raw.summary);

    let targets = dimension_numbers(
        c,
        "targets",
        &raw.targets,
        cx,
        |v| (0.0..=100.0).contains(&v),
        |value| Problem::TargetOutOfRange { value },
    );
    for d in cx.dimensions {
        if cx.dimensions_complete && !raw.targets.contains_key(d) {
            let at = if raw.targets.is_empty() {
                ""
            } else {
                "targets"
            };
            c.error(
                at,
                Problem::MissingTarget {
                    dimension: d.clone(),
                },
            );
        }
    }
    let importance = dimension_numbers(
        c,
        "importance",
        &raw.importance,
        cx,
        |v| v > 0.0 && v <= 10.0,
        |value| Problem::ImportanceOutOfRange { value },
    );

    let focus = c.text("", "focus", &raw.focus);
    let work = c.texts("", "work", &raw.work);
    // Optional: a role that does not deal in models, or in maths, leaves them out.
    let models = raw.models.as_ref().map(|m| Models {
        from_scratch: extent(c, "models", "from_scratch", &m.from_scratch),
        uses_existing: extent(c, "models", "existing", &m.existing),
        note: c.text("models", "note", &m.note),
    });
    let math_depth = raw
        .math_depth
        .as_ref()
        .map(|_| c.text("", "math_depth", &raw.math_depth));
    let sections = check_sections(c, raw);
    let examples = c.texts("", "examples", &raw.examples);
    let analogy = c.text("", "analogy", &raw.analogy);
    let employers = c.texts("", "employers", &raw.employers);

    let mut neighbours = Vec::new();
    for (i, n) in raw.neighbours.iter().enumerate() {
        let path = format!("neighbours.{i}");
        let Some(role) = n.role.as_deref().map(str::to_string) else {
            c.missing(&path, "role");
            continue;
        };
        let in_pack = cx.role_ids.contains(&role) || !cx.roles_complete;
        if role == id {
            c.error(&join(&path, "role"), Problem::OwnNeighbour);
        }
        let name = if in_pack {
            c.optional_text(&path, "name", &n.name)
        } else if n.name.is_none() {
            let suggestion = crate::suggest::closest(&role, cx.role_ids.iter().map(String::as_str))
                .map(str::to_string);
            c.error(
                &join(&path, "role"),
                Problem::UnknownRole {
                    role: role.clone(),
                    suggestion,
                },
            );
            Text::default()
        } else {
            c.optional_text(&path, "name", &n.name)
        };
        let boundary = c.text(&path, "boundary", &n.boundary);
        neighbours.push(Neighbour {
            role,
            name,
            boundary,
        });
    }

    let roadmap = match &raw.roadmap {
        None => {
            c.missing("", "roadmap");
            Roadmap::default()
        }
        Some(r) => check_roadmap(c, r, cx),
    };

    Role {
        id,
        name,
        summary,
        targets,
        importance,
        focus,
        work,
        models,
        math_depth,
        examples,
        analogy,
        employers,
        neighbours,
        roadmap,
        sections,
    }
}

/// Checks a map of dimension id to number (`targets`, `importance`): every key
/// must be a dimension of the pack and every value pass `in_range`.
fn dimension_numbers(
    c: &mut Checker,
    field: &str,
    raw: &BTreeMap<String, f64>,
    cx: &RoleContext,
    in_range: impl Fn(f64) -> bool,
    out_of_range: impl Fn(f64) -> Problem,
) -> BTreeMap<String, f64> {
    let mut checked = BTreeMap::new();
    for (d, v) in raw {
        let path = join(field, d);
        if cx.dimensions_complete && !cx.dimensions.contains(d) {
            let suggest = c.suggest(d, cx.dimensions.iter().map(String::as_str));
            c.error_at_key(
                &path,
                Problem::UnknownDimension {
                    dimension: d.clone(),
                    suggest,
                },
            );
        } else if !in_range(*v) {
            c.error(&path, out_of_range(*v));
        } else {
            checked.insert(d.clone(), *v);
        }
    }
    checked
}

fn extent(c: &mut Checker, parent: &str, field: &str, raw: &Option<Cow<str>>) -> Extent {
    match raw.as_deref().map(|s| (s, Extent::parse(s))) {
        None => {
            c.missing(parent, field);
            Extent::Sometimes
        }
        Some((_, Some(e))) => e,
        Some((s, None)) => {
            let suggest = c.suggest(s, EXTENTS);
            c.error(
                &join(parent, field),
                Problem::BadExtent {
                    value: s.to_string(),
                    suggest,
                },
            );
            Extent::Sometimes
        }
    }
}

/// The pack's own card sections: each an id, a title, and a text or items.
fn check_sections(c: &mut Checker, raw: &RoleFile) -> Vec<CardSection> {
    let mut ids = Vec::new();
    let mut out = Vec::new();
    for (i, s) in raw.sections.iter().enumerate() {
        let path = format!("sections.{i}");
        let id = c.id(&path, &s.id).unwrap_or_default();
        ids.push((join(&path, "id"), id.clone()));
        let title = c.text(&path, "title", &s.title);
        let items = c.texts(&path, "items", &s.items);
        let text = if s.text.is_none() && items.is_empty() {
            c.missing(&path, "text");
            Text::default()
        } else {
            c.optional_text(&path, "text", &s.text)
        };
        out.push(CardSection {
            id,
            title,
            text,
            items,
        });
    }
    c.duplicates(&ids, IdKind::Section);
    out
}

fn check_roadmap(c: &mut Checker, raw: &RoadmapEntry, cx: &RoleContext) -> Roadmap {
    let outside = c.text("roadmap", "outside", &raw.outside);
    if raw.stages.is_empty() {
        c.missing("roadmap", "stages");
    }
    let mut stages = Vec::new();
    let mut stage_ids = Vec::new();
    // Where each skill is first listed: (stage index, place in its list).
    let mut placed: HashMap<&str, (usize, usize)> = HashMap::new();
    // Each skill kept, with where it is listed, in roadmap order.
    let mut kept: Vec<(&String, &Skill, usize, usize)> = Vec::new();
    let listed = |stage: usize, j: usize| format!("roadmap.stages.{stage}.skills.{j}");
    for (i, s) in raw.stages.iter().enumerate() {
        let path = format!("roadmap.stages.{i}");
        let sid = c.id(&path, &s.id).unwrap_or_default();
        stage_ids.push((join(&path, "id"), sid.clone()));
        let name = c.text(&path, "name", &s.name);
        let outcome = c.text(&path, "outcome", &s.outcome);
        let milestone = s.milestone.as_ref().map(|m| Milestone {
            title: c.text(&join(&path, "milestone"), "title", &m.title),
            text: c.text(&join(&path, "milestone"), "text", &m.text),
        });
        if s.skills.is_empty() {
            c.missing(&path, "skills");
        }
        let mut skills = Vec::with_capacity(s.skills.len());
        for (j, skill) in s.skills.iter().enumerate() {
            let Some(known) = cx.skills.get(skill) else {
                if !cx.skills_complete {
                    continue;
                }
                let suggest = c.suggest(skill, cx.skills.keys().map(String::as_str));
                c.error(
                    &listed(i, j),
                    Problem::UnknownSkill {
                        skill: skill.clone(),
                        suggest,
                    },
                );
                continue;
            };
            if let Some(&(stage, k)) = placed.get(skill.as_str()) {
                let first_line = c.positions.value(&listed(stage, k)).line;
                c.error(
                    &listed(i, j),
                    Problem::SkillListedTwice {
                        skill: skill.clone(),
                        first_line,
                    },
                );
                continue;
            }
            placed.insert(skill, (i, j));
            kept.push((skill, known, i, j));
            skills.push(skill.clone());
        }
        stages.push(Stage {
            id: sid,
            name,
            outcome,
            skills,
            milestone,
        });
    }
    c.duplicates(&stage_ids, IdKind::Stage);
    // Prerequisites listed in a later stage, or not at all; reported in the
    // order of the skills' ids.
    let mut late: Vec<(&str, usize, usize, Problem)> = Vec::new();
    for (skill, known, at, j) in kept {
        for pre in &known.prerequisites {
            let problem = match placed.get(pre.as_str()) {
                Some(&(pre_stage, _)) if pre_stage > at => Problem::SkillBeforePrerequisite {
                    skill: skill.clone(),
                    stage: at + 1,
                    pre: pre.clone(),
                    pre_stage: pre_stage + 1,
                },
                None if cx.skills.contains_key(pre) => Problem::PrerequisiteNotInRoadmap {
                    skill: skill.clone(),
                    pre: pre.clone(),
                },
                _ => continue,
            };
            late.push((skill, at, j, problem));
        }
    }
    late.sort_by(|a, b| a.0.cmp(b.0));
    for (_, at, j, problem) in late {
        c.error(&listed(at, j), problem);
    }
    Roadmap { outside, stages }
}
