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
use career::roadmap::{blend, known, plan, schedule, Progress, Schedule};
use proptest::prelude::*;

fn load(dir: &Path) -> Pack {
    content::load(&PackSource::Folder(dir.to_path_buf()))
        .unwrap_or_else(|e| panic!("pack does not load: {e:?}"))
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
    let start = schedule::parse_start("2027-01-04", Lang::En).unwrap();
    let s = Schedule::build(
        &schedule::remaining(&p, pack, &progress),
        10.0,
        start,
        Lang::En,
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
        let known_set = known::resolve(&pack, &knowing, Lang::En).unwrap();
        let p = known::leave_out(full.clone(), &known_set);
        prop_assert!(p.order_violations(&pack).is_empty());
        let left: BTreeSet<&str> = p.skills().collect();
        let before: BTreeSet<&str> = full.skills().collect();
        let expected: BTreeSet<&str> = before.iter().copied().filter(|s| !known_set.contains(*s)).collect();
        prop_assert_eq!(&left, &expected);

        let start = schedule::parse_start("2027-01-04", Lang::En).unwrap();
        let s = Schedule::build(&schedule::remaining(&p, &pack, &Progress::default()), hours, start, Lang::En).unwrap();
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
