//! Checks the skill catalogue: levels, hours, prerequisites (no cycles) and resources.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{item, join, Checker};
use crate::content::diagnostic::{IdKind, Problem};
use crate::content::model::{Level, Resource, ResourceKind, Skill};
use crate::content::raw::{ResourceEntry, SkillsFile};

pub const LEVELS: [&str; 3] = ["foundation", "core", "advanced"];
pub const KINDS: [&str; 7] = [
    "course", "book", "docs", "video", "project", "paper", "site",
];
/// The most hours one skill may be estimated at.
pub const MAX_HOURS: f64 = 2000.0;

/// Checks one catalogue file; the skills go into `into` (first definition wins).
pub fn check_skills(c: &mut Checker, raw: &SkillsFile, into: &mut BTreeMap<String, Skill>) {
    let mut ids = Vec::new();
    for (i, s) in raw.skills.iter().enumerate() {
        let path = item("skills", i);
        let Some(id) = c.id(&path, &s.id) else {
            continue;
        };
        ids.push((i, s.id.as_deref().unwrap_or_default()));
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
        let listed = join(&path, "resources");
        let resources = s
            .resources
            .iter()
            .enumerate()
            .filter_map(|(j, r)| resource(c, &item(&listed, j), r))
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
    c.duplicates_by(ids, |i| format!("skills.{i}.id"), IdKind::Skill);
}

/// Reports prerequisites that name no skill, and every prerequisite cycle,
/// for the skills `raw` (this file) defines; a skill defined twice is
/// reported at its last entry. Paths are written out only for a problem.
pub fn check_prerequisites(c: &mut Checker, skills: &BTreeMap<String, Skill>, raw: &SkillsFile) {
    let graph = Graph::new(skills);
    let cycles = graph.cycles();
    let clean = graph.prereqs.iter().flatten().all(Option::is_some);
    if clean && cycles.is_empty() {
        return;
    }
    let mut entry: HashMap<&str, usize> = HashMap::with_capacity(raw.skills.len());
    for (i, s) in raw.skills.iter().enumerate() {
        if let Some(id) = &s.id {
            entry.insert(id, i);
        }
    }
    for (i, (id, skill)) in skills.iter().enumerate() {
        let Some(at) = entry.get(id.as_str()) else {
            continue;
        };
        for (k, pre) in skill.prerequisites.iter().enumerate() {
            if graph.prereqs[i][k].is_none() {
                let suggest = c.suggest(pre, skills.keys().map(String::as_str));
                c.error(
                    &format!("skills.{at}.prerequisites.{k}"),
                    Problem::UnknownPrerequisite {
                        pre: pre.clone(),
                        skill: id.clone(),
                        suggest,
                    },
                );
            }
        }
    }
    for cycle in cycles {
        if let Some(at) = entry.get(cycle[0].as_str()) {
            c.error(
                &format!("skills.{at}.prerequisites"),
                Problem::PrerequisiteCycle { cycle },
            );
        }
    }
}

/// Every elementary cycle reachable in the prerequisite graph, each once,
/// starting at its smallest id and ending where it began.
pub fn find_cycles(skills: &BTreeMap<String, Skill>) -> Vec<Vec<String>> {
    Graph::new(skills).cycles()
}

/// The catalogue's prerequisites by index: skill `i` is the `i`-th id.
struct Graph<'a> {
    ids: Vec<&'a str>,
    /// Each listed prerequisite's index, `None` for an unknown id.
    prereqs: Vec<Vec<Option<usize>>>,
}

impl<'a> Graph<'a> {
    fn new(skills: &'a BTreeMap<String, Skill>) -> Graph<'a> {
        // In id order, as the map keeps them: found by binary search.
        let ids: Vec<&str> = skills.keys().map(String::as_str).collect();
        let prereqs = skills
            .values()
            .map(|s| {
                s.prerequisites
                    .iter()
                    .map(|p| ids.binary_search(&p.as_str()).ok())
                    .collect()
            })
            .collect();
        Graph { ids, prereqs }
    }

    /// Depth first from every skill in id order, each prerequisite in the
    /// order listed, with a stack of its own (a chain of any length cannot
    /// overflow the call stack): a prerequisite on the current path closes
    /// a cycle.
    fn cycles(&self) -> Vec<Vec<String>> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Active,
            Done,
        }
        let n = self.ids.len();
        let mut marks = vec![Mark::New; n];
        // The current path, and how far each of its skills' lists was walked.
        let mut path: Vec<(usize, usize)> = Vec::new();
        let mut found: Vec<Vec<String>> = Vec::new();
        let mut seen: HashSet<Vec<usize>> = HashSet::new();
        for root in 0..n {
            if marks[root] != Mark::New {
                continue;
            }
            marks[root] = Mark::Active;
            path.push((root, 0));
            while let Some(&mut (cur, ref mut next)) = path.last_mut() {
                let Some(&pre) = self.prereqs[cur].get(*next) else {
                    marks[cur] = Mark::Done;
                    path.pop();
                    continue;
                };
                *next += 1;
                let Some(pre) = pre else { continue };
                match marks[pre] {
                    Mark::New => {
                        marks[pre] = Mark::Active;
                        path.push((pre, 0));
                    }
                    Mark::Active => {
                        let start = path.iter().position(|&(s, _)| s == pre).unwrap_or(0);
                        let mut cycle: Vec<usize> = path[start..].iter().map(|&(s, _)| s).collect();
                        // Rotate so the cycle starts at its smallest id
                        // (indices follow id order): one report per cycle.
                        let min = (0..cycle.len()).min_by_key(|&k| cycle[k]).unwrap_or(0);
                        cycle.rotate_left(min);
                        if seen.insert(cycle.clone()) {
                            let mut ids: Vec<String> =
                                cycle.iter().map(|&s| self.ids[s].to_string()).collect();
                            ids.push(ids[0].clone());
                            found.push(ids);
                        }
                    }
                    Mark::Done => {}
                }
            }
        }
        found
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::text::Text;

    fn skill(id: &str, prerequisites: &[String]) -> Skill {
        Skill {
            id: id.to_string(),
            name: Text::default(),
            about: Text::default(),
            level: Level::Core,
            hours: 1.0,
            prerequisites: prerequisites.to_vec(),
            resources: Vec::new(),
        }
    }

    #[test]
    fn a_cycle_at_the_end_of_a_long_chain_is_found_without_overflowing() {
        // k000000 needs k000001, which needs k000002, … 100,000 deep; the
        // last three need each other in a ring.
        let n = 100_000;
        let id = |i: usize| format!("k{i:06}");
        let mut skills = BTreeMap::new();
        for i in 0..n {
            let pre = if i + 1 < n { i + 1 } else { n - 3 };
            skills.insert(id(i), skill(&id(i), &[id(pre)]));
        }
        let ring = vec![id(n - 3), id(n - 2), id(n - 1), id(n - 3)];
        assert_eq!(find_cycles(&skills), vec![ring]);
    }

    #[test]
    fn each_cycle_is_reported_once_from_its_smallest_id() {
        let mut skills = BTreeMap::new();
        let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        skills.insert("a".into(), skill("a", &ids(&["c", "d"])));
        skills.insert("b".into(), skill("b", &ids(&["a"])));
        skills.insert("c".into(), skill("c", &ids(&["b", "nowhere"])));
        skills.insert("d".into(), skill("d", &ids(&["d"])));
        assert_eq!(
            find_cycles(&skills),
            vec![ids(&["a", "c", "b", "a"]), ids(&["d", "d"])]
        );
    }
}
