//! `career progress`: statuses survive a restart (each command is a new
//! process), a killed write never loses earlier progress, and a damaged file
//! is reported and kept aside, never silently replaced.

mod common;

use std::fs;
use std::path::Path;

use common::roadmap::{career, json};
use predicates::str::contains;
use serde_json::Value;

fn status_of(doc: &Value, skill: &str) -> String {
    doc["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["skills"].as_array().unwrap())
        .find(|k| k["id"] == skill)
        .map(|k| k["status"].as_str().unwrap().to_string())
        .unwrap_or_else(|| panic!("{skill} not in the roadmap"))
}

fn roadmap_json(home: &Path, role: &str) -> Value {
    let out = career(home)
        .args(["roadmap", role, "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    json(&out)
}

#[test]
fn statuses_survive_a_restart_and_mark_the_roadmap() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .args(["progress", "done", "python", "git"])
        .assert()
        .success()
        .stdout(contains(
            "Marked as done: Python programming, Git and version control",
        ));
    career(home.path())
        .args(["progress", "doing", "numpy"])
        .assert()
        .success();
    career(home.path())
        .args(["progress", "skip", "sql"])
        .assert()
        .success();

    // A new process reads what the earlier ones wrote.
    let doc = roadmap_json(home.path(), "ml-engineer");
    assert_eq!(status_of(&doc, "python"), "done");
    assert_eq!(status_of(&doc, "git"), "done");
    assert_eq!(status_of(&doc, "numpy"), "doing");
    assert_eq!(status_of(&doc, "sql"), "skip");
    assert_eq!(status_of(&doc, "pytorch"), "todo");
    assert_eq!(doc["totals"]["done"], 2);

    let text = career(home.path())
        .args(["roadmap", "ml-engineer"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("[x] Python programming"));
    assert!(text.contains("[~] NumPy and array computing"));
    assert!(text.contains("[-] SQL and databases"));
    assert!(text.contains("[ ] PyTorch"));

    let md = career(home.path())
        .args(["roadmap", "ml-engineer", "--format", "markdown"])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.contains("- [x] **Python programming**"));
    assert!(md.contains("- [ ] **PyTorch**"));
    assert_eq!(md.lines().filter(|l| l.starts_with("- [x]")).count(), 2);

    career(home.path())
        .args(["progress", "reset", "git"])
        .assert()
        .success();
    assert_eq!(
        status_of(&roadmap_json(home.path(), "ml-engineer"), "git"),
        "todo"
    );
}

#[test]
fn done_and_skipped_skills_are_not_scheduled() {
    let home = tempfile::tempdir().unwrap();
    let plan = |home: &Path| {
        let out = career(home)
            .args([
                "roadmap",
                "ml-engineer",
                "--hours-per-week",
                "10",
                "--start",
                "2027-01-04",
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        json(&out)["schedule"].clone()
    };
    let before = plan(home.path());
    career(home.path())
        .args(["progress", "done", "python"])
        .assert()
        .success();
    career(home.path())
        .args(["progress", "skip", "sql"])
        .assert()
        .success();
    let after = plan(home.path());
    assert_eq!(
        after["hours"].as_f64().unwrap(),
        before["hours"].as_f64().unwrap() - 60.0 - 25.0
    );
    let scheduled: Vec<&str> = after["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|w| w["items"].as_array().unwrap())
        .map(|i| i["skill"].as_str().unwrap())
        .collect();
    assert!(!scheduled.contains(&"python") && !scheduled.contains(&"sql"));
}

#[test]
fn progress_shows_stage_bars_and_an_overall_percent() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .args(["progress"])
        .assert()
        .success()
        .stdout(contains("Nothing tracked yet"));
    career(home.path())
        .args([
            "progress",
            "done",
            "python,git,command-line,sql,numpy,software-testing",
        ])
        .assert()
        .success();
    let out = career(home.path())
        .args(["progress", "--role", "ml-engineer", "--format", "json"])
        .output()
        .unwrap();
    let doc = json(&out);
    let role = &doc["roles"][0];
    assert_eq!(role["id"], "ml-engineer");
    // The whole first stage (150 of 1270 h) is done.
    assert_eq!(role["stages"][0]["percent"], 100.0);
    assert_eq!(role["stages"][1]["percent"], 0.0);
    let expected = role["done_hours"].as_f64().unwrap() / role["hours"].as_f64().unwrap() * 100.0;
    assert!((role["percent"].as_f64().unwrap() - expected).abs() < 0.1);

    let text = career(home.path())
        .args(["progress", "--role", "ml-engineer"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Progress: ML Engineer"));
    assert!(text.contains("████████████████████ 100%  Stage 1: Programming foundations"));
    assert!(text.contains("Overall"));

    // Without --role: every roadmap holding a tracked skill.
    let all = json(
        &career(home.path())
            .args(["progress", "--format", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(all["roles"].as_array().unwrap().len(), 3);

    let id = career(home.path())
        .args(["--lang", "id", "progress", "--role", "ml-engineer"])
        .output()
        .unwrap();
    let id = String::from_utf8(id.stdout).unwrap();
    assert!(
        id.contains("Progres: ML Engineer") && id.contains("Keseluruhan") && id.contains("Tahap 1")
    );
}

#[test]
fn unknown_skills_are_refused_before_anything_is_written() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .args(["progress", "done", "python", "pyton"])
        .assert()
        .code(2)
        .stderr(contains("unknown skill `pyton`"))
        .stderr(contains("did you mean `python`?"));
    assert!(!home.path().join("progress.json").exists());
}

#[test]
fn a_leftover_temp_file_from_a_killed_write_does_not_touch_saved_progress() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .args(["progress", "done", "python"])
        .assert()
        .success();
    let saved = fs::read(home.path().join("progress.json")).unwrap();
    // What a write killed half-way leaves: a partial temp file beside the real one.
    fs::write(
        home.path().join(".tmpK1ll3d"),
        br#"{"schema_version": 1, "skills": {"git": "do"#,
    )
    .unwrap();

    let doc = roadmap_json(home.path(), "ml-engineer");
    assert_eq!(status_of(&doc, "python"), "done");
    assert_eq!(status_of(&doc, "git"), "todo");
    assert_eq!(fs::read(home.path().join("progress.json")).unwrap(), saved);

    // The next write still works and keeps the earlier state.
    career(home.path())
        .args(["progress", "done", "git"])
        .assert()
        .success();
    let doc = roadmap_json(home.path(), "ml-engineer");
    assert_eq!(status_of(&doc, "python"), "done");
    assert_eq!(status_of(&doc, "git"), "done");
}

#[test]
fn a_damaged_file_is_reported_and_kept_aside() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("progress.json");
    let truncated = br#"{"schema_version": 1, "skills": {"python": "done", "g"#;
    fs::write(&path, truncated).unwrap();

    // Changing progress stops: nothing is written over what may be recovered.
    career(home.path())
        .args(["progress", "done", "git"])
        .assert()
        .code(1)
        .stderr(contains("could not be read"))
        .stderr(contains("was moved to"));
    let aside: Vec<_> = fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("progress.json.damaged-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(&aside[0]).unwrap(), truncated);
    assert!(!path.exists(), "nothing new was written");

    // A roadmap still prints, with a warning, when the file is damaged.
    fs::write(&path, b"\x00\x01garbage").unwrap();
    career(home.path())
        .args(["roadmap", "ml-engineer"])
        .assert()
        .success()
        .stderr(contains("warning:"))
        .stdout(contains("Roadmap: ML Engineer"));
    let kept = fs::read_dir(home.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".damaged-")
        })
        .count();
    assert_eq!(kept, 2, "both damaged files are kept");
}
