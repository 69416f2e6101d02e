//! Checks the skill catalogue: levels, hours, prerequisites (no cycles) and resources.

use std::collections::BTreeMap;

use super::{join, Checker};
use crate::content::diagnostic::{IdKind, Problem};
use crate::content::model::{Level, Resource, ResourceKind, Skill};
use crate::content::raw::{ResourceEntry, SkillsFile};

pub const LEVELS: [&str; 3] = ["foundation", "core", "advanced"];
pub const KINDS: [&str; 5] = ["course", "book", "docs", "video", "project"];
/// The most hours one skill may be estimated at.
pub const MAX_HOURS: f64 = 2000.0;

/// Checks one catalogue file; the skills go into `into` (first definition wins).
pub fn check_skills(c: &mut Checker, raw: &SkillsFile, into: &mut BTreeMap<String, Skill>) {
    let mut ids = Vec::new();
    for (i, s) in raw.skills.iter().enumerate() {
        let path = format!("skills.{i}");
        let Some(id) = c.id(&path, &s.id) else {
            continue;
        };
        ids.push((join(&path, "id"), id.clone()));
        let name = c.text(&path, "name", &s.name);
        let about = c.text(&path, "about", &s.about);
        let level = match s.level.as_deref() {
            None => {
                c.missing(&path, "level");
                Level::Core
            }
            Some(l) => Level::parse(l).unwrap_or_else(|| {
                let suggest = c.suggest(l, LEVELS);
                c.error(
                    &join(&path, "level"),
                    Problem::BadLevel {
                        level: l.to_string(),
                        suggest,
                    },
                );
                Level::Core
            }),
        };
        let hours = match s.hours {
            None => {
                c.missing(&path, "hours");
                1.0
            }
            Some(h) if !(h > 0.0 && h <= MAX_HOURS) => {
                c.error(
                    &join(&path, "hours"),
                    Problem::HoursOutOfRange {
                        hours: h,
                        max: MAX_HOURS,
                    },
                );
                1.0
            }
            Some(h) => h,
        };
        let resources = s
            .resources
            .iter()
            .enumerate()
            .filter_map(|(j, r)| resource(c, &join(&join(&path, "resources"), &j.to_string()), r))
            .collect();
        into.entry(id.clone()).or_insert(Skill {
            id,
            name,
            about,
            level,
            hours,
            prerequisites: s.prerequisites.clone(),
            resources,
        });
    }
    c.duplicates(&ids, IdKind::Skill);
}

/// Reports prerequisites that name no skill, and every prerequisite cycle.
/// `paths` maps a skill id to the path of its entry in this file.
pub fn check_prerequisites(
    c: &mut Checker,
    skills: &BTreeMap<String, Skill>,
    paths: &BTreeMap<String, String>,
) {
    for (id, skill) in skills {
        let Some(path) = paths.get(id) else { continue };
        for (k, pre) in skill.prerequisites.iter().enumerate() {
            if !skills.contains_key(pre) {
                let suggest = c.suggest(pre, skills.keys().map(String::as_str));
                c.error(
                    &join(&join(path, "prerequisites"), &k.to_string()),
                    Problem::UnknownPrerequisite {
                        pre: pre.clone(),
                        skill: id.clone(),
                        suggest,
                    },
                );
            }
        }
    }
    for cycle in find_cycles(skills) {
        if let Some(path) = paths.get(&cycle[0]) {
            c.error(
                &join(path, "prerequisites"),
                Problem::PrerequisiteCycle { cycle },
            );
        }
    }
}

/// Every elementary cycle reachable in the prerequisite graph, each once,
/// starting at its smallest id and ending where it began.
pub fn find_cycles(skills: &BTreeMap<String, Skill>) -> Vec<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    fn visit(
        id: &str,
        skills: &BTreeMap<String, Skill>,
        marks: &mut BTreeMap<String, Mark>,
        stack: &mut Vec<String>,
        found: &mut Vec<Vec<String>>,
    ) {
        marks.insert(id.to_string(), Mark::Active);
        stack.push(id.to_string());
        for pre in skills
            .get(id)
            .map(|s| s.prerequisites.as_slice())
            .unwrap_or(&[])
        {
            match marks.get(pre).copied().unwrap_or(Mark::Done) {
                Mark::New => visit(pre, skills, marks, stack, found),
                Mark::Active => {
                    let start = stack.iter().position(|s| s == pre).unwrap_or(0);
                    let mut cycle: Vec<String> = stack[start..].to_vec();
                    // Rotate so the cycle starts at its smallest id: one report per cycle.
                    let min = cycle
                        .iter()
                        .enumerate()
                        .min_by(|a, b| a.1.cmp(b.1))
                        .map(|(i, _)| i)
                        .unwrap_or(0);
                    cycle.rotate_left(min);
                    cycle.push(cycle[0].clone());
                    if !found.contains(&cycle) {
                        found.push(cycle);
                    }
                }
                Mark::Done => {}
            }
        }
        stack.pop();
        marks.insert(id.to_string(), Mark::Done);
    }
    let mut marks: BTreeMap<String, Mark> = skills.keys().map(|k| (k.clone(), Mark::New)).collect();
    let mut found = Vec::new();
    for id in skills.keys() {
        if marks[id] == Mark::New {
            visit(id, skills, &mut marks, &mut Vec::new(), &mut found);
        }
    }
    found
}

fn resource(c: &mut Checker, path: &str, r: &ResourceEntry) -> Option<Resource> {
    let title = c.text(path, "title", &r.title);
    let url = match r.url.as_deref() {
        None => {
            c.missing(path, "url");
            return None;
        }
        Some(u) => match url::Url::parse(u) {
            Ok(parsed) if !parsed.username().is_empty() || parsed.password().is_some() => {
                c.error(
                    &join(path, "url"),
                    Problem::UrlWithUserInfo { url: u.to_string() },
                );
                return None;
            }
            Ok(parsed)
                if matches!(parsed.scheme(), "http" | "https")
                    && parsed.host_str().is_some_and(|h| h.contains('.')) =>
            {
                // The parsed form: control characters and spaces are
                // percent-encoded, so an address cannot smuggle terminal codes.
                parsed.to_string()
            }
            _ => {
                c.error(&join(path, "url"), Problem::BadUrl { url: u.to_string() });
                return None;
            }
        },
    };
    let kind = match r.kind.as_deref() {
        None => {
            c.missing(path, "kind");
            ResourceKind::Docs
        }
        Some(k) => ResourceKind::parse(k).unwrap_or_else(|| {
            let suggest = c.suggest(k, KINDS);
            c.error(
                &join(path, "kind"),
                Problem::BadResourceKind {
                    kind: k.to_string(),
                    suggest,
                },
            );
            ResourceKind::Docs
        }),
    };
    Some(Resource {
        title,
        url,
        kind,
        free: r.free.unwrap_or(true),
    })
}
