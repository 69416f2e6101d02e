//! `career validate` on small broken packs: each roadmap problem is reported
//! at the file and line that hold it, with a way to fix it.

mod common;

use std::fs;
use std::path::Path;

use common::roadmap::{career, copy_pack, line_of, tiny_pack};

const SKILLS: &str = include_str!("fixtures/tiny-pack/roles/skills.yaml");
const ROLE: &str = include_str!("fixtures/tiny-pack/roles/builder.yaml");

/// Validates the tiny pack with one file replaced; returns (pack dir, stdout).
fn validate_with(file: &str, text: &str, lang: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    copy_pack(&tiny_pack(), dir.path());
    fs::write(dir.path().join("roles").join(file), text).unwrap();
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .args(["--lang", lang, "validate"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a broken pack fails validation");
    (dir, String::from_utf8(out.stdout).unwrap())
}

/// Asserts `report` has a `FILE:LINE:COL: …message…` line for `file` and `line`,
/// followed by a hint containing `hint`.
fn assert_reported(report: &str, dir: &Path, file: &str, line: usize, message: &str, hint: &str) {
    let prefix = format!("{}:{line}:", dir.join("roles").join(file).display());
    let lines: Vec<&str> = report.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with(&prefix) && l.contains(message))
        .unwrap_or_else(|| panic!("no `{prefix} … {message}` in:\n{report}"));
    let next = lines.get(at + 1).copied().unwrap_or("");
    assert!(
        next.contains(hint),
        "hint `{hint}` missing after line {at}:\n{report}"
    );
}

#[test]
fn the_fixture_pack_is_valid() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .arg("validate")
        .arg(tiny_pack())
        .assert()
        .success();
}

#[test]
fn a_prerequisite_cycle_prints_the_cycle_at_its_line() {
    let text = SKILLS
        .replace("prerequisites: []", "prerequisites: [shipping]")
        .replace("prerequisites: [coding, tools]", "prerequisites: [tools]");
    let (dir, report) = validate_with("skills.yaml", &text, "en");
    assert_reported(
        &report,
        dir.path(),
        "skills.yaml",
        line_of(&text, "prerequisites: [shipping]"),
        "prerequisite cycle: coding -> shipping -> tools -> coding",
        "remove one of these prerequisites",
    );
}

#[test]
fn a_cycle_is_reported_in_indonesian_too() {
    let text = SKILLS.replace("prerequisites: []", "prerequisites: [tools]");
    let (dir, report) = validate_with("skills.yaml", &text, "id");
    assert_reported(
        &report,
        dir.path(),
        "skills.yaml",
        line_of(&text, "prerequisites: [tools]"),
        "siklus prasyarat: coding -> tools -> coding",
        "hapus salah satu prasyarat",
    );
}

#[test]
fn a_dangling_prerequisite_is_reported_with_a_suggestion() {
    let text = SKILLS.replace("prerequisites: [coding]", "prerequisites: [codng]");
    let (dir, report) = validate_with("skills.yaml", &text, "en");
    assert_reported(
        &report,
        dir.path(),
        "skills.yaml",
        line_of(&text, "prerequisites: [codng]"),
        "prerequisite `codng` of `tools` is not a skill",
        "did you mean `coding`?",
    );
}

#[test]
fn malformed_urls_are_reported_at_their_line() {
    for bad in [
        "htps//docs.python.org/3/",
        "not a url",
        "https://localhost/x",
        "ftp://example.org/",
    ] {
        let text = SKILLS.replace("https://git-scm.com/book/en/v2", bad);
        let (dir, report) = validate_with("skills.yaml", &text, "en");
        assert_reported(
            &report,
            dir.path(),
            "skills.yaml",
            line_of(&text, bad),
            &format!("`{bad}` is not a valid web address"),
            "write a full address",
        );
    }
}

#[test]
fn hours_must_be_positive() {
    for bad in ["0", "-5"] {
        let text = SKILLS.replace("hours: 10", &format!("hours: {bad}"));
        let (dir, report) = validate_with("skills.yaml", &text, "en");
        assert_reported(
            &report,
            dir.path(),
            "skills.yaml",
            line_of(&text, &format!("hours: {bad}")),
            &format!("hours must be above 0 and at most 2000, not {bad}"),
            "hours: 30",
        );
    }
}

#[test]
fn an_unknown_skill_in_a_stage_is_reported_with_a_suggestion() {
    let text = ROLE.replace("skills: [coding, tools]", "skills: [coding, tols]");
    let (dir, report) = validate_with("builder.yaml", &text, "en");
    assert_reported(
        &report,
        dir.path(),
        "builder.yaml",
        line_of(&text, "skills: [coding, tols]"),
        "unknown skill `tols`",
        "did you mean `tools`?",
    );
}

#[test]
fn a_skill_before_its_prerequisite_stage_is_reported() {
    let text = ROLE
        .replace("skills: [coding, tools]", "skills: [coding, shipping]")
        .replace("skills: [shipping]", "skills: [tools]");
    let (dir, report) = validate_with("builder.yaml", &text, "en");
    assert_reported(
        &report,
        dir.path(),
        "builder.yaml",
        line_of(&text, "skills: [coding, shipping]"),
        "skill `shipping` is in stage 1, earlier than its prerequisite `tools` in stage 2",
        "move `shipping` to stage 2 or later",
    );
}

#[test]
fn a_prerequisite_missing_from_the_roadmap_is_reported() {
    let text = ROLE.replace("skills: [coding, tools]", "skills: [coding]");
    let (dir, report) = validate_with("builder.yaml", &text, "en");
    assert_reported(
        &report,
        dir.path(),
        "builder.yaml",
        line_of(&text, "skills: [shipping]"),
        "skill `shipping` needs `tools`, which this roadmap does not list",
        "add `tools` to this stage or an earlier one",
    );
}

#[test]
fn validate_json_gives_file_and_line_of_each_problem() {
    let text = SKILLS.replace("prerequisites: [coding]", "prerequisites: [codng]");
    let dir = tempfile::tempdir().unwrap();
    copy_pack(&tiny_pack(), dir.path());
    fs::write(dir.path().join("roles/skills.yaml"), &text).unwrap();
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .args(["validate", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let doc = common::roadmap::json(&out);
    let problem = &doc["problems"][0];
    assert!(problem["file"].as_str().unwrap().ends_with("skills.yaml"));
    assert_eq!(problem["line"], line_of(&text, "prerequisites: [codng]"));
}
