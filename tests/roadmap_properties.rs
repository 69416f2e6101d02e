//! Properties of plans and schedules on the default pack: the order never
//! depends on how files list skills, and no schedule starts a skill before
//! its prerequisites are finished, whatever the hours, known skills or blend.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use career::content::{self, Pack, PackSource};
use career::i18n::Lang;
use career::render::roadmap::{exporter, ExportFormat, RoadmapView};
use career::render::Style;
use career::roadmap::schedule::HoursPerWeek;
use career::roadmap::{blend, known, plan, schedule, Progress, Schedule};
use proptest::prelude::*;

fn load(dir: &Path) -> Pack {
    content::load(&PackSource::Folder(dir.to_path_buf()))
        .unwrap_or_else(|e| panic!("pack does not load: {e:?}"))
}

fn start() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
}

fn default_pack() -> Pack {
    content::load(&PackSource::BuiltIn).unwrap()
}

/// The JSON roadmap with a weekly plan, as `career roadmap ROLE --format json` prints it.
fn weekly_json(pack: &Pack, role: &str, other: Option<&str>) -> String {
    let r = pack.role(role).unwrap();
    let b = other.map(|o| pack.role(o).unwrap());
    let p = match b {
        Some(b) => blend::blend(pack, r, b),
        None => plan::build(pack, r),
    };
    let progress = Progress::default();
    let s = Schedule::build(
        &schedule::remaining(&p, pack, &progress),
        HoursPerWeek::new(10.0).unwrap(),
        start(),
    )
    .unwrap();
    let view = RoadmapView {
        pack,
        role: r,
        blend: b,
        plan: &p,
        progress: &progress,
        schedule: Some(&s),
        lang: Lang::En,
    };
    exporter(ExportFormat::Json, Style::plain()).export(&view)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn the_weekly_plan_does_not_depend_on_file_order(seed in any::<u64>()) {
        let dir = tempfile::tempdir().unwrap();
        common::roadmap::shuffled_copy(dir.path(), seed);
        let shuffled = load(dir.path());
        let original = default_pack();
        for role in ["ai-engineer", "ml-engineer", "ai-researcher"] {
            prop_assert_eq!(weekly_json(&shuffled, role, None), weekly_json(&original, role, None));
        }
        prop_assert_eq!(
            weekly_json(&shuffled, "ai-engineer", Some("ml-engineer")),
            weekly_json(&original, "ai-engineer", Some("ml-engineer"))
        );
    }
}

fn arb_case() -> impl Strategy<Value = (usize, Option<usize>, f64, Vec<bool>)> {
    (
        0usize..3,
        proptest::option::of(0usize..3),
        1.0f64..=80.0,
        proptest::collection::vec(any::<bool>(), 48),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_schedule_starts_a_skill_before_its_prerequisites(case in arb_case()) {
        let (a, b, hours, known_mask) = case;
        let pack = default_pack();
        let role = &pack.roles[a];
        let full = match b.map(|i| &pack.roles[i]) {
            Some(other) => blend::blend(&pack, role, other),
            None => plan::build(&pack, role),
        };
        // Know a random subset of the catalogue.
        let ids: Vec<String> = pack.skills.keys().cloned().collect();
        let knowing: Vec<String> = ids.iter().zip(&known_mask).filter(|(_, k)| **k).map(|(i, _)| i.clone()).collect();
        let known_set = known::resolve(&pack, &knowing).unwrap();
        let p = known::leave_out(full.clone(), &known_set);
        prop_assert!(p.order_violations(&pack).is_empty());
        let left: BTreeSet<&str> = p.skills().collect();
        let before: BTreeSet<&str> = full.skills().collect();
        let expected: BTreeSet<&str> = before.iter().copied().filter(|s| !known_set.contains(*s)).collect();
        prop_assert_eq!(&left, &expected);

        let per_week = HoursPerWeek::new(hours).unwrap();
        let s = Schedule::build(&schedule::remaining(&p, &pack, &Progress::default()), per_week, start()).unwrap();
        let mut finished: BTreeSet<String> = known_set.clone();
        for w in &s.weeks {
            prop_assert!(w.hours() <= hours + 1.0 / 60.0);
            for item in &w.items {
                for pre in &pack.skills[&item.skill].prerequisites {
                    prop_assert!(finished.contains(pre), "{} before {}", item.skill, pre);
                }
                if item.finishes {
                    finished.insert(item.skill.clone());
                }
            }
        }
        prop_assert!(left.iter().all(|s| finished.contains(*s)));
    }
}

/// A pack with skills `k00`…: skill `i` needs each `j < i` where `needs[i][j]`,
/// at the level `levels[i]`; one role whose stages hold the skills in the
/// order and cut given.
fn dag_pack(needs: &[Vec<bool>], levels: &[u8], order: &[usize], cuts: &[usize]) -> Pack {
    use career::content::{Level, Text};
    static BASE: std::sync::OnceLock<Pack> = std::sync::OnceLock::new();
    let mut pack = BASE.get_or_init(default_pack).clone();
    let template = pack.skills.values().next().unwrap().clone();
    pack.skills.clear();
    let id = |i: usize| format!("k{i:02}");
    for (i, row) in needs.iter().enumerate() {
        let mut skill = template.clone();
        skill.id = id(i);
        skill.name = Text::plain(&id(i));
        skill.level = [Level::Foundation, Level::Core, Level::Advanced][levels[i] as usize % 3];
        skill.prerequisites = (0..i).filter(|&j| row[j]).map(id).collect();
        pack.skills.insert(id(i), skill);
    }
    let mut role = pack.roles[0].clone();
    let stage = role.roadmap.stages[0].clone();
    role.roadmap.stages.clear();
    let mut from = 0;
    for (k, &to) in cuts.iter().chain(std::iter::once(&order.len())).enumerate() {
        let to = to.clamp(from, order.len());
        let mut s = stage.clone();
        s.id = format!("st{k}");
        s.skills = order[from..to].iter().map(|&i| id(i)).collect();
        from = to;
        if !s.skills.is_empty() {
            role.roadmap.stages.push(s);
        }
    }
    pack.roles = vec![role];
    pack
}

/// The order the docs promise, computed the slow, obvious way: among the
/// stage's skills whose prerequisites in the stage (direct or not) are all
/// placed, the lowest level, then the one more skills build on, then the id.
fn reference_order(pack: &Pack, stage: &[String]) -> Vec<String> {
    use std::collections::BTreeMap;
    let mut closure: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for id in pack.skills.keys() {
        let mut seen = BTreeSet::new();
        let mut todo = vec![id.as_str()];
        while let Some(cur) = todo.pop() {
            for p in &pack.skills[cur].prerequisites {
                if seen.insert(p.as_str()) {
                    todo.push(p.as_str());
                }
            }
        }
        closure.insert(id.as_str(), seen);
    }
    let builds_on = |id: &str| closure.values().filter(|c| c.contains(id)).count();
    let mut left: Vec<&str> = stage.iter().map(String::as_str).collect();
    let mut out: Vec<String> = Vec::new();
    while !left.is_empty() {
        let ready = left
            .iter()
            .copied()
            .filter(|s| {
                left.iter()
                    .all(|other| other == s || !closure[s].contains(other))
            })
            .min_by_key(|s| {
                (
                    pack.skills[*s].level,
                    std::cmp::Reverse(builds_on(s)),
                    s.to_string(),
                )
            })
            .unwrap();
        out.push(ready.to_string());
        left.retain(|s| *s != ready);
    }
    out
}

fn arb_dag() -> impl Strategy<Value = (Vec<Vec<bool>>, Vec<u8>, Vec<usize>, Vec<usize>)> {
    (2usize..25).prop_flat_map(|n| {
        (
            proptest::collection::vec(
                proptest::collection::vec(proptest::bool::weighted(0.2), n),
                n,
            ),
            proptest::collection::vec(0u8..3, n),
            Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
            proptest::collection::vec(0..n, 0..4).prop_map(|mut v| {
                v.sort();
                v
            }),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The index-based ordering gives exactly the order of the obvious
    /// quadratic definition, on packs of other shapes than the default one.
    #[test]
    fn stage_order_matches_the_obvious_definition(case in arb_dag()) {
        let (needs, levels, order, cuts) = case;
        let pack = dag_pack(&needs, &levels, &order, &cuts);
        let role = &pack.roles[0];
        // Random cuts may put a prerequisite in a later stage (validation
        // refuses such roadmaps); the order within each stage is still defined.
        let p = plan::build(&pack, role);
        for (stage, planned) in role.roadmap.stages.iter().zip(&p.stages) {
            prop_assert_eq!(&planned.skills, &reference_order(&pack, &stage.skills));
        }
    }
}
