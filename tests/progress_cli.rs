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

/// The ids of the first `n` skills of a roadmap.
fn some_skills(home: &Path, n: usize) -> Vec<String> {
    let doc = roadmap_json(home, "ml-engineer");
    common::roadmap::skill_ids(&doc)
        .into_iter()
        .take(n)
        .collect()
}

fn tracked(home: &Path, content: Option<&Path>) -> serde_json::Map<String, Value> {
    let mut cmd = career(home);
    if let Some(dir) = content {
        cmd.arg("--content").arg(dir);
    }
    let out = cmd.args(["progress", "--format", "json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    json(&out)["skills"].as_object().unwrap().clone()
}

#[test]
fn twenty_markings_at_once_are_all_kept() {
    let home = tempfile::tempdir().unwrap();
    let skills = some_skills(home.path(), 20);
    assert_eq!(skills.len(), 20);
    let children: Vec<_> = skills
        .iter()
        .map(|id| {
            // The real binary, twenty processes at once.
            std::process::Command::new(env!("CARGO_BIN_EXE_career"))
                .env("CAREER_HOME", home.path())
                .env("CAREER_CALIBRATION", "no-fit")
                .env("LANG", "C.UTF-8")
                .env_remove("CAREER_CONTENT")
                .args(["progress", "done", id])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let now = tracked(home.path(), None);
    for id in &skills {
        assert_eq!(
            now.get(id).and_then(Value::as_str),
            Some("done"),
            "{id} lost"
        );
    }
    assert_eq!(now.len(), 20);
}

#[test]
fn leftovers_of_a_killed_write_are_removed_by_the_next_write() {
    let home = tempfile::tempdir().unwrap();
    let stale = [
        home.path().join(".progress.json.x1Y2z3.tmp"),
        home.path().join(".tmpAb12Cd"),
    ];
    for p in &stale {
        fs::write(p, b"{\"schema_version\": 2, \"pa").unwrap();
    }
    career(home.path())
        .args(["progress", "done", "python"])
        .assert()
        .success();
    for p in &stale {
        assert!(!p.exists(), "{} is still there", p.display());
    }
}

#[test]
fn a_fifo_or_a_huge_progress_file_is_refused_at_once() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("progress.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success());
    career(home.path())
        .arg("progress")
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(1)
        .stderr(contains("is not a regular file"));
    fs::remove_file(&path).unwrap();

    let f = fs::File::create(&path).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap();
    for args in [vec!["progress"], vec!["progress", "done", "python"]] {
        career(home.path())
            .args(&args)
            .timeout(std::time::Duration::from_secs(20))
            .assert()
            .code(1)
            .stderr(contains("larger than a saved file ever is"));
    }
    assert_eq!(
        fs::metadata(&path).unwrap().len(),
        200 * 1024 * 1024,
        "left as it is"
    );
}

#[test]
fn a_failed_save_says_which_file_why_and_that_nothing_changed() {
    let home = tempfile::tempdir().unwrap();
    // The data directory is a file: no folder can be made there.
    let blocker = home.path().join("not-a-folder");
    fs::write(&blocker, b"").unwrap();
    let out = career(home.path())
        .env("CAREER_HOME", &blocker)
        .args(["progress", "done", "python"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "no success is reported");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("saving failed"), "{err}");
    assert!(err.contains("progress.json could not be written"), "{err}");
    assert!(
        err.contains("a file stands where a folder should be"),
        "{err}"
    );
    assert!(err.contains("nothing was changed"), "{err}");
    // The file named is progress.json, never a temporary file beside it.
    assert!(
        !err.contains("progress.json.") && !err.contains("cannot read"),
        "{err}"
    );
}

#[test]
fn an_empty_skill_is_a_usage_error_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    for blank in ["", " ", ",", " , "] {
        career(home.path())
            .args(["progress", "done", blank])
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains("no skill was named"));
    }
    assert!(!home.path().join("progress.json").exists());
}

#[test]
fn skills_are_marked_by_name_or_id_in_any_case() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .args(["progress", "done", "Python programming", "GIT"])
        .assert()
        .success()
        .stdout(contains("Python programming, Git and version control"));
    let now = tracked(home.path(), None);
    assert_eq!(now["python"], "done");
    assert_eq!(now["git"], "done");
    career(home.path())
        .args(["progress", "done", "Pyton programming"])
        .assert()
        .code(2)
        .stderr(contains("did you mean `python`?"));
}

#[test]
fn an_unknown_status_is_named_without_serde_words_or_escapes() {
    let home = tempfile::tempdir().unwrap();
    fs::write(
        home.path().join("progress.json"),
        "{\"schema_version\": 1, \"skills\": {\"python\": \"fin\\u001b[31mished\"}}",
    )
    .unwrap();
    let out = career(home.path()).arg("progress").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("skill `python` has status `fin"), "{err}");
    assert!(err.contains("expected todo, doing, done or skip"), "{err}");
    assert!(
        !err.contains("unknown variant") && !err.contains('\u{1b}'),
        "{err}"
    );
}

#[test]
fn progress_is_kept_per_pack() {
    let home = tempfile::tempdir().unwrap();
    let packs = tempfile::tempdir().unwrap();
    let (a, b) = (packs.path().join("a"), packs.path().join("b"));
    common::roadmap::copy_pack(&common::roadmap::tiny_pack(), &a);
    common::roadmap::copy_pack(&common::roadmap::tiny_pack(), &b);
    career(home.path())
        .arg("--content")
        .arg(&a)
        .args(["progress", "done", "coding"])
        .assert()
        .success();
    career(home.path())
        .args(["progress", "doing", "python"])
        .assert()
        .success();
    assert_eq!(tracked(home.path(), Some(&a))["coding"], "done");
    assert!(
        tracked(home.path(), Some(&b)).is_empty(),
        "pack b has its own"
    );
    let built_in = tracked(home.path(), None);
    assert_eq!(built_in.len(), 1);
    assert_eq!(built_in["python"], "doing");
    let roadmap_b = career(home.path())
        .arg("--content")
        .arg(&b)
        .args(["roadmap", "builder", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(status_of(&json(&roadmap_b), "coding"), "todo");
}

#[test]
fn an_old_progress_file_becomes_the_built_in_packs_without_loss() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("progress.json");
    fs::write(
        &path,
        r#"{"schema_version": 1, "skills": {"python": "done", "numpy": "doing", "sql": "skip"}}"#,
    )
    .unwrap();
    let doc = roadmap_json(home.path(), "ml-engineer");
    assert_eq!(status_of(&doc, "python"), "done");
    career(home.path())
        .args(["progress", "done", "git"])
        .assert()
        .success();
    let now = tracked(home.path(), None);
    for (id, status) in [
        ("python", "done"),
        ("numpy", "doing"),
        ("sql", "skip"),
        ("git", "done"),
    ] {
        assert_eq!(now[id], status, "{id}");
    }
    let file: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(file["schema_version"], 2);
    // Another pack starts with nothing.
    assert!(tracked(home.path(), Some(&common::roadmap::tiny_pack())).is_empty());
}
