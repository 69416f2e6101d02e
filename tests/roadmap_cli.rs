//! `career roadmap` on the default pack: order, hours, --known, --blend,
//! the weekly plan, the four formats and the errors a person can meet.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::roadmap::{career, json, skill_ids};
use serde_json::Value;

const ROLES: [&str; 3] = ["ai-engineer", "ml-engineer", "ai-researcher"];

fn roadmap(args: &[&str]) -> Value {
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .arg("roadmap")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "career roadmap {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    json(&out)
}

/// Each skill's prerequisites, from the document itself.
fn prerequisites(doc: &Value) -> BTreeMap<String, Vec<String>> {
    doc["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["skills"].as_array().unwrap().iter())
        .map(|k| {
            let pres = k["prerequisites"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap().to_string())
                .collect();
            (k["id"].as_str().unwrap().to_string(), pres)
        })
        .collect()
}

/// Asserts every listed prerequisite that is in the plan comes before the skill.
fn assert_prerequisites_first(doc: &Value) {
    let order = skill_ids(doc);
    let pres = prerequisites(doc);
    for (i, skill) in order.iter().enumerate() {
        for p in &pres[skill] {
            if let Some(j) = order.iter().position(|s| s == p) {
                assert!(
                    j < i,
                    "`{skill}` (#{i}) comes before its prerequisite `{p}` (#{j})"
                );
            }
        }
    }
}

fn total_hours(doc: &Value) -> f64 {
    doc["totals"]["hours"].as_f64().unwrap()
}

#[test]
fn every_roadmap_lists_each_skill_after_its_prerequisites() {
    for role in ROLES {
        let doc = roadmap(&[role, "--format", "json"]);
        let ids = skill_ids(&doc);
        assert!(ids.len() >= 15, "{role} has only {} skills", ids.len());
        assert_prerequisites_first(&doc);
        // Every prerequisite of a roadmap skill is in the same roadmap.
        let all: BTreeSet<&String> = ids.iter().collect();
        for (skill, pres) in prerequisites(&doc) {
            for p in pres {
                assert!(
                    all.contains(&p),
                    "{role}: `{skill}` needs `{p}`, not in the roadmap"
                );
            }
        }
    }
}

#[test]
fn hours_add_up_per_stage_and_in_total() {
    let doc = roadmap(&["ml-engineer", "--format", "json"]);
    let mut total = 0.0;
    for stage in doc["stages"].as_array().unwrap() {
        let sum: f64 = stage["skills"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["hours"].as_f64().unwrap())
            .sum();
        assert_eq!(stage["hours"].as_f64().unwrap(), sum);
        total += sum;
    }
    assert_eq!(total_hours(&doc), total);
    assert_eq!(doc["schema_version"], 1);
}

#[test]
fn known_skills_are_removed_exactly_and_the_hours_shrink() {
    let full = roadmap(&["ml-engineer", "--format", "json"]);
    let less = roadmap(&[
        "ml-engineer",
        "--known",
        "python,sql",
        "--known",
        "numpy",
        "--format",
        "json",
    ]);
    let before: BTreeSet<String> = skill_ids(&full).into_iter().collect();
    let after: BTreeSet<String> = skill_ids(&less).into_iter().collect();
    let removed: BTreeSet<&str> = before.difference(&after).map(String::as_str).collect();
    assert_eq!(removed, BTreeSet::from(["numpy", "python", "sql"]));
    assert!(after.is_subset(&before));
    let hours = |doc: &Value, id: &str| {
        doc["stages"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["skills"].as_array().unwrap())
            .find(|k| k["id"] == id)
            .unwrap()["hours"]
            .as_f64()
            .unwrap()
    };
    let gone = hours(&full, "python") + hours(&full, "sql") + hours(&full, "numpy");
    assert_eq!(total_hours(&less), total_hours(&full) - gone);
    assert_eq!(
        less["left_out"],
        serde_json::json!(["numpy", "python", "sql"])
    );

    // The weekly plan shrinks too.
    let plan = |doc: &Value| doc["schedule"]["hours"].as_f64().unwrap();
    let a = roadmap(&[
        "ml-engineer",
        "--hours-per-week",
        "10",
        "--start",
        "2027-01-04",
        "--format",
        "json",
    ]);
    let b = roadmap(&[
        "ml-engineer",
        "--hours-per-week",
        "10",
        "--start",
        "2027-01-04",
        "--known",
        "python,sql,numpy",
        "--format",
        "json",
    ]);
    assert_eq!(plan(&b), plan(&a) - gone);
    assert!(b["schedule"]["finish"].as_str() < a["schedule"]["finish"].as_str());
}

#[test]
fn an_unknown_known_skill_gets_a_did_you_mean_and_exit_2() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .args(["roadmap", "ml-engineer", "--known", "python,pytorh"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("unknown skill `pytorh`"))
        .stderr(predicates::str::contains("did you mean `pytorch`?"));
    career(home.path())
        .args([
            "--lang",
            "id",
            "roadmap",
            "ml-engineer",
            "--known",
            "pytorh",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "keterampilan `pytorh` tidak dikenal",
        ))
        .stderr(predicates::str::contains("maksudnya `pytorch`?"));
}

#[test]
fn blending_two_roles_has_each_skill_once_in_prerequisite_order() {
    for a in ROLES {
        for b in ROLES.iter().filter(|b| **b != a) {
            let doc = roadmap(&[a, "--blend", b, "--format", "json"]);
            let ids = skill_ids(&doc);
            let unique: BTreeSet<&String> = ids.iter().collect();
            assert_eq!(
                unique.len(),
                ids.len(),
                "{a}+{b} lists a skill twice: {ids:?}"
            );
            let union: BTreeSet<String> = skill_ids(&roadmap(&[a, "--format", "json"]))
                .into_iter()
                .chain(skill_ids(&roadmap(&[b, "--format", "json"])))
                .collect();
            assert_eq!(unique.into_iter().cloned().collect::<BTreeSet<_>>(), union);
            assert_prerequisites_first(&doc);
            assert_eq!(doc["blend"]["id"], *b);
            // The first role leads: its stages, in its order.
            let stages: Vec<&str> = doc["stages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["id"].as_str().unwrap())
                .collect();
            let own = roadmap(&[a, "--format", "json"]);
            let own_stages: Vec<&str> = own["stages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["id"].as_str().unwrap())
                .collect();
            assert_eq!(stages, own_stages);
        }
    }
}

#[test]
fn blending_a_role_with_itself_is_a_usage_error() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .args(["roadmap", "ml-engineer", "--blend", "ml-engineer"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--blend needs a second role"));
    career(home.path())
        .args(["roadmap", "ml-engineer", "--blend", "ai-enginer"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("did you mean `ai-engineer`?"));
}

#[test]
fn the_weekly_plan_never_starts_a_skill_before_its_prerequisites_are_finished() {
    for hours in ["3", "10", "37.5"] {
        let doc = roadmap(&[
            "ml-engineer",
            "--hours-per-week",
            hours,
            "--start",
            "2027-01-04",
            "--format",
            "json",
        ]);
        let pres = prerequisites(&doc);
        let weeks = doc["schedule"]["weeks"].as_array().unwrap();
        let mut finished: BTreeSet<String> = BTreeSet::new();
        let mut seen_hours: BTreeMap<String, f64> = BTreeMap::new();
        let per_week: f64 = hours.parse().unwrap();
        for w in weeks {
            let items = w["items"].as_array().unwrap();
            let week_hours: f64 = items.iter().map(|i| i["hours"].as_f64().unwrap()).sum();
            assert!(
                week_hours <= per_week + 0.1,
                "week {} has {week_hours} h",
                w["week"]
            );
            for item in items {
                let skill = item["skill"].as_str().unwrap().to_string();
                for p in &pres[&skill] {
                    assert!(
                        finished.contains(p),
                        "`{skill}` scheduled before `{p}` is finished"
                    );
                }
                *seen_hours.entry(skill.clone()).or_default() += item["hours"].as_f64().unwrap();
                if item["finishes"].as_bool().unwrap() {
                    finished.insert(skill);
                }
            }
        }
        // Every skill is scheduled in full.
        assert_eq!(finished.len(), skill_ids(&doc).len());
        let total: f64 = seen_hours.values().sum();
        assert!((total - total_hours(&doc)).abs() < 0.5);
    }
}

#[test]
fn the_weekly_plan_has_dates_and_a_finish_date() {
    let doc = roadmap(&[
        "ml-engineer",
        "--hours-per-week",
        "10",
        "--start",
        "2027-01-04",
        "--format",
        "json",
    ]);
    let s = &doc["schedule"];
    assert_eq!(s["start"], "2027-01-04");
    let weeks = s["weeks"].as_array().unwrap();
    assert_eq!(weeks[0]["start"], "2027-01-04");
    assert_eq!(weeks[0]["end"], "2027-01-10");
    assert_eq!(weeks[1]["start"], "2027-01-11");
    assert_eq!(s["finish"], weeks.last().unwrap()["end"]);
    // 1270 hours at 10 a week cannot take fewer than 127 weeks.
    let needed = (total_hours(&doc) / 10.0).ceil() as usize;
    assert_eq!(weeks.len(), needed);
}

#[test]
fn bad_hours_and_dates_are_usage_errors_in_both_languages() {
    let home = tempfile::tempdir().unwrap();
    let cases = [
        (
            vec!["--hours-per-week", "0"],
            "--hours-per-week `0` is not a number of hours above 0",
        ),
        (
            vec!["--hours-per-week", "ten"],
            "--hours-per-week `ten` is not a number",
        ),
        (
            vec!["--hours-per-week", "500"],
            "more than anyone can keep up",
        ),
        (
            vec!["--hours-per-week", "10", "--start", "2027-02-30"],
            "--start `2027-02-30` is not a day of the calendar",
        ),
        (
            vec!["--hours-per-week", "10", "--start", "04/01/2027"],
            "is not a date written YYYY-MM-DD",
        ),
        (
            vec!["--start", "2027-01-04"],
            "--start only applies to a weekly plan",
        ),
    ];
    for (args, message) in cases {
        career(home.path())
            .args(["roadmap", "ml-engineer"])
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(message));
    }
    career(home.path())
        .args([
            "--lang",
            "id",
            "roadmap",
            "ml-engineer",
            "--hours-per-week",
            "10",
            "--start",
            "2027-13-01",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "bukan tanggal yang ada di kalender",
        ));
}

#[test]
fn without_a_role_the_command_asks_for_one() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .arg("roadmap")
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "give a role id, as in `career roadmap ROLE`",
        ));
}

#[test]
fn text_shows_stages_hours_resources_milestones_and_boundaries() {
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .args([
            "roadmap",
            "ml-engineer",
            "--hours-per-week",
            "10",
            "--start",
            "2027-01-04",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "Roadmap: ML Engineer",
        "Stage 1: Programming foundations",
        "[ ] Python programming (python) · 60\u{a0}h · foundation",
        "https://docs.python.org/3/tutorial/",
        "(docs, free)",
        "Milestone project: Price predictor from raw data",
        "After this stage you can:",
        "Outside ML Engineer:",
        "Data Scientist:",
        "Weekly plan",
        "Weeks 1–6 (2027-01-04 – 2027-02-14): Python programming 60\u{a0}h (finished)",
        "Finish: ",
    ] {
        assert!(text.contains(needle), "missing `{needle}` in:\n{text}");
    }
    // Wrapped to the terminal: no line longer than COLUMNS except unbreakable URLs.
    for line in text.lines().filter(|l| !l.trim_start().starts_with("http")) {
        assert!(line.chars().count() <= 100, "too long: {line}");
    }
}

#[test]
fn indonesian_output_is_indonesian() {
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .args([
            "--lang",
            "id",
            "roadmap",
            "ai-engineer",
            "--hours-per-week",
            "10",
            "--start",
            "2027-01-04",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "Tahap 1: Dasar pemrograman",
        "jam",
        "Proyek penanda",
        "Setelah tahap ini kamu bisa",
        "Rencana mingguan",
        "Selesai:",
        "Batas peran",
    ] {
        assert!(text.contains(needle), "missing `{needle}` in:\n{text}");
    }
    assert!(!text.contains("Stage 1"));
}

#[test]
fn markdown_is_a_github_checklist() {
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .args(["roadmap", "ai-engineer", "--format", "markdown"])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Roadmap: AI Engineer\n"));
    let items = md.lines().filter(|l| l.starts_with("- [ ] **")).count();
    let doc = roadmap(&["ai-engineer", "--format", "json"]);
    assert_eq!(items, skill_ids(&doc).len());
    assert!(
        md.contains("  - [The Python Tutorial](https://docs.python.org/3/tutorial/) (docs, free)")
    );
}

#[test]
fn mermaid_is_a_plain_flowchart_with_safe_ids_and_quoted_labels() {
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .args(["roadmap", "ml-engineer", "--format", "mermaid"])
        .output()
        .unwrap();
    let m = String::from_utf8(out.stdout).unwrap();
    // A valid `.mmd` file: no Markdown fences.
    assert!(m.starts_with("flowchart TD\n"), "{m}");
    assert!(!m.contains("```"), "{m}");
    let doc = roadmap(&["ml-engineer", "--format", "json"]);
    let pres = prerequisites(&doc);
    let edges: Vec<&str> = m.lines().filter(|l| l.contains(" --> ")).collect();
    assert_eq!(edges.len(), pres.values().map(Vec::len).sum::<usize>());
    assert!(m.contains("  s_python --> s_numpy\n"));
    for line in m
        .lines()
        .filter(|l| l.trim_start().starts_with("s_") && l.contains('['))
    {
        let (id, label) = line.trim().split_once('[').unwrap();
        assert!(
            id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
            "unsafe id {id}"
        );
        assert!(
            label.starts_with('"') && label.ends_with("\"]"),
            "unquoted label {label}"
        );
    }
    assert_eq!(
        m.matches("subgraph").count(),
        doc["stages"].as_array().unwrap().len()
    );
}

#[test]
fn a_pack_listing_skills_in_another_order_gives_the_same_weekly_plan() {
    let dir = tempfile::tempdir().unwrap();
    common::roadmap::shuffled_copy(dir.path(), 20270104);
    let args = [
        "roadmap",
        "ml-engineer",
        "--hours-per-week",
        "10",
        "--start",
        "2027-01-04",
        "--format",
        "json",
    ];
    let home = tempfile::tempdir().unwrap();
    let original = career(home.path()).args(args).output().unwrap();
    let shuffled = career(home.path())
        .arg("--content")
        .arg(dir.path())
        .args(args)
        .output()
        .unwrap();
    assert!(
        shuffled.status.success(),
        "{}",
        String::from_utf8_lossy(&shuffled.stderr)
    );
    // The copy really lists skills differently…
    let listed =
        |root: &std::path::Path| std::fs::read_to_string(root.join("roles/skills.yaml")).unwrap();
    let ids = |text: &str| {
        text.lines()
            .map(str::trim_start)
            .filter(|l| l.starts_with("- id:"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_ne!(
        ids(&listed(dir.path())),
        ids(&listed(&common::roadmap::default_pack()))
    );
    // …and the plan is the same.
    assert_eq!(json(&shuffled), json(&original));
}

#[test]
fn texts_and_addresses_from_a_pack_cannot_send_terminal_codes() {
    let dir = tempfile::tempdir().unwrap();
    common::roadmap::copy_pack(&common::roadmap::tiny_pack(), dir.path());
    let skills = dir.path().join("roles/skills.yaml");
    let text = std::fs::read_to_string(&skills)
        .unwrap()
        .replace(
            "https://docs.python.org/3/tutorial/",
            "https://docs.python.org/3/\\e[2J\\atutorial/",
        )
        .replace(
            "\"Writing programs.\"",
            "\"Writing \\e[31mprograms\\e[0m.\"",
        );
    std::fs::write(&skills, text).unwrap();
    let home = tempfile::tempdir().unwrap();
    for format in ["text", "markdown", "json", "mermaid"] {
        let out = career(home.path())
            .arg("--content")
            .arg(dir.path())
            .args(["roadmap", "builder", "--format", format])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !out.stdout.contains(&0x1b),
            "{format} output carries an escape code"
        );
        assert!(
            !out.stdout.contains(&0x07),
            "{format} output carries a bell"
        );
    }
}

#[test]
fn text_and_markdown_show_every_skills_id() {
    for pack in [
        common::roadmap::default_pack(),
        common::roadmap::tiny_pack(),
    ] {
        let home = tempfile::tempdir().unwrap();
        let role = if pack.ends_with("tiny-pack") {
            "builder"
        } else {
            "ai-engineer"
        };
        let run = |format: &str| {
            let out = career(home.path())
                .arg("--content")
                .arg(&pack)
                .args(["roadmap", role, "--format", format])
                .output()
                .unwrap();
            assert!(out.status.success());
            String::from_utf8(out.stdout).unwrap()
        };
        let doc = json(
            &career(home.path())
                .arg("--content")
                .arg(&pack)
                .args(["roadmap", role, "--format", "json"])
                .output()
                .unwrap(),
        );
        let (text, md) = (run("text"), run("markdown"));
        for k in doc["stages"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["skills"].as_array().unwrap())
        {
            let (id, name) = (k["id"].as_str().unwrap(), k["name"].as_str().unwrap());
            assert!(
                text.contains(&format!("[ ] {name} ({id}) · ")),
                "{id} in:\n{text}"
            );
            assert!(
                md.contains(&format!("**{name}** (`{id}`, ")),
                "{id} in:\n{md}"
            );
        }
    }
}

#[test]
fn numbers_stay_with_their_units_on_narrow_terminals() {
    let home = tempfile::tempdir().unwrap();
    for lang in ["en", "id"] {
        let out = career(home.path())
            .env("COLUMNS", "24")
            .args([
                "--lang",
                lang,
                "roadmap",
                "ml-engineer",
                "--hours-per-week",
                "10",
            ])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for pair in lines.windows(2) {
            let ends_with_number = pair[0].trim_end().ends_with(|c: char| c.is_ascii_digit());
            let next = pair[1].trim_start();
            let unit_first = ["h ", "h)", "jam", "weeks", "minggu"]
                .iter()
                .any(|u| next.starts_with(u))
                || next == "h";
            assert!(
                !(ends_with_number && unit_first),
                "a number split from its unit:\n{}\n{}",
                pair[0],
                pair[1]
            );
        }
        assert!(
            text.contains("\u{a0}"),
            "units are joined by non-breaking spaces"
        );
    }
}

#[test]
fn flags_a_format_cannot_show_are_usage_errors() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        vec!["--format", "mermaid", "--hours-per-week", "10"],
        vec![
            "--format",
            "mermaid",
            "--hours-per-week",
            "10",
            "--start",
            "2027-01-04",
        ],
    ] {
        career(home.path())
            .args(["roadmap", "ml-engineer"])
            .args(&args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicates::str::contains(
                "--hours-per-week does not apply to --format mermaid",
            ));
    }
    // The formats that show a weekly plan use the flag.
    for format in ["text", "markdown", "json"] {
        let out = career(home.path())
            .args([
                "roadmap",
                "ml-engineer",
                "--hours-per-week",
                "10",
                "--format",
                format,
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("Weekly plan") || text.contains("\"weeks_total\""),
            "{format} shows the plan"
        );
    }
}

#[test]
fn roles_and_skills_are_found_by_id_in_any_case_or_by_name() {
    let home = tempfile::tempdir().unwrap();
    let base = roadmap(&["ml-engineer", "--known", "python", "--format", "json"]);
    for (role, known) in [
        ("ML-Engineer", "PYTHON"),
        ("ML Engineer", "Python programming"),
        ("ml engineer", "python programming"),
    ] {
        let doc = roadmap(&[role, "--known", known, "--format", "json"]);
        assert_eq!(doc["role"], "ml-engineer", "{role}");
        assert_eq!(doc["left_out"], base["left_out"], "{known}");
    }
    // Indonesian names work too.
    let doc = roadmap(&[
        "ml-engineer",
        "--known",
        "Pemrograman Python",
        "--format",
        "json",
    ]);
    assert_eq!(doc["left_out"], serde_json::json!(["python"]));
    for cmd in [
        vec!["roles", "ML Engineer"],
        vec!["compare", "ML-Engineer", "ai researcher"],
    ] {
        career(home.path()).args(&cmd).assert().success();
    }
    career(home.path())
        .args([
            "roadmap",
            "ml-engineer",
            "--blend",
            "AI Researcher",
            "--format",
            "json",
        ])
        .assert()
        .success();
    // A near miss is refused with the id to use.
    career(home.path())
        .args(["roadmap", "ml-engineer", "--known", "pyton"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("did you mean `python`?"));
    career(home.path())
        .args(["roles", "ML-Enginer"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("did you mean `ml-engineer`?"));
}

/// One stage and one skill are counted in the singular ("1 stage · 1
/// skill"), in the roadmap and in progress; Indonesian nouns do not change.
#[test]
fn one_stage_and_one_skill_are_singular() {
    let home = tempfile::tempdir().unwrap();
    let pack = home.path().join("pack");
    let (code, _, err) = common::run(home.path(), &["init", pack.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let p = pack.to_str().unwrap();
    let flat = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (_, text, _) = common::run(home.path(), &["--content", p, "roadmap", "engineer"]);
    assert!(
        // (The tests run with TERM=dumb: the text's separators are ASCII.)
        flat(text.clone()).contains("1 stage - 1 skill - 40 h in total"),
        "{text}"
    );
    let (_, md, _) = common::run(
        home.path(),
        &[
            "--content",
            p,
            "roadmap",
            "engineer",
            "--format",
            "markdown",
        ],
    );
    assert!(flat(md.clone()).contains("1 stage · 1 skill ·"), "{md}");
    common::run(
        home.path(),
        &["--content", p, "progress", "done", "programming"],
    );
    let (_, progress, _) = common::run(
        home.path(),
        &["--content", p, "progress", "--role", "engineer"],
    );
    assert!(
        flat(progress.clone()).contains("1 of 1 skill done"),
        "{progress}"
    );
    let (_, id, _) = common::run(
        home.path(),
        &["--lang", "id", "--content", p, "roadmap", "engineer"],
    );
    assert!(
        flat(id.clone()).contains("1 tahap - 1 keterampilan"),
        "{id}"
    );
}
