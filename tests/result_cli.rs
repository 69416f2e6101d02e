//! Saved results and the quiz without a terminal, through the real binary:
//! `career quiz` piped, `career result [--history]`, `career roadmap` with no role.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

mod common;

use common::career;
use predicates::prelude::*;

/// An answers file that leans towards building products.
fn product_answers(dir: &Path) -> PathBuf {
    let path = dir.join("answers.yaml");
    std::fs::write(
        &path,
        "answers:\n  free-friday: build-small-tool\n  support-chatbot: connect-and-launch\n  face-detection-app: library-model-in-app\n  wire-up-models: 5\n  watch-users-try: 5\n  enjoy-statistics: 1\n",
    )
    .unwrap();
    path
}

/// An answers file that leans towards research.
fn research_answers(dir: &Path) -> PathBuf {
    let path = dir.join("research.yaml");
    std::fs::write(
        &path,
        "answers:\n  free-friday: sketch-idea\n  support-chatbot: study-hallucination\n  face-detection-app: fairness-of-detectors\n  wire-up-models: 1\n  watch-users-try: 1\n",
    )
    .unwrap();
    path
}

fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

fn recommended_line(text: &str) -> String {
    text.lines()
        .find(|l| l.starts_with("Recommended:"))
        .unwrap_or_else(|| panic!("no recommendation in {text}"))
        .to_string()
}

fn result_files(home: &Path) -> Vec<PathBuf> {
    match std::fs::read_dir(home.join("results")) {
        Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn the_quiz_without_a_terminal_exits_2_and_shows_the_answers_form() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .arg("quiz")
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a terminal"))
        .stderr(predicate::str::contains("career quiz --answers"))
        .stderr(predicate::str::contains("IO error").not())
        .stderr(predicate::str::contains("panicked").not());
    career(home.path())
        .args(["--lang", "id", "quiz"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bukan terminal"))
        .stderr(predicate::str::contains("career quiz --answers"));
    assert!(result_files(home.path()).is_empty());
}

#[test]
fn resume_and_answers_do_not_go_together() {
    let home = tempfile::tempdir().unwrap();
    let file = product_answers(home.path());
    career(home.path())
        .args(["quiz", "--resume", "--answers"])
        .arg(&file)
        .assert()
        .code(2);
}

#[test]
fn with_nothing_saved_result_and_roadmap_say_how_to_get_a_result() {
    let home = tempfile::tempdir().unwrap();
    career(home.path())
        .arg("result")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no saved result"))
        .stderr(predicate::str::contains("career quiz"));
    career(home.path())
        .arg("roadmap")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("career quiz"))
        .stderr(predicate::str::contains("career roadmap ROLE"));
    // The same rule with --history: exit 1 and how to get a result.
    for format in ["text", "json"] {
        career(home.path())
            .args(["result", "--history", "--format", format])
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains("no saved result"))
            .stderr(predicate::str::contains("career quiz"));
    }
}

#[test]
fn a_scored_quiz_is_saved_and_shown_again() {
    let home = tempfile::tempdir().unwrap();
    let file = product_answers(home.path());
    let quiz_out = stdout_of(career(home.path()).arg("quiz").arg("--answers").arg(&file));
    assert_eq!(result_files(home.path()).len(), 1);

    let again = stdout_of(career(home.path()).arg("result"));
    assert_eq!(recommended_line(&again), recommended_line(&quiz_out));
    assert!(again.contains("Saved on"), "{again}");

    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        career(home.path()).args(["result", "--format", "json"]),
    ))
    .unwrap();
    assert_eq!(json["schema_version"], 1);
    let role = json["recommendation"]["role"].as_str().unwrap().to_string();
    assert!(recommended_line(&quiz_out).contains(json["recommendation"]["name"].as_str().unwrap()));

    // The same result in Indonesian, recomputed from the saved answers.
    let id = stdout_of(career(home.path()).args(["--lang", "id", "result"]));
    assert!(id.contains("Rekomendasi:"), "{id}");

    // `career roadmap` without a role takes the recommended one.
    let roadmap = stdout_of(career(home.path()).arg("roadmap"));
    let named = stdout_of(career(home.path()).args(["roadmap", &role]));
    assert_eq!(roadmap, named);
}

#[test]
fn history_lists_every_result_newest_first_with_its_role() {
    let home = tempfile::tempdir().unwrap();
    let product = product_answers(home.path());
    let research = research_answers(home.path());
    career(home.path())
        .arg("quiz")
        .arg("--answers")
        .arg(&product)
        .assert()
        .success();
    career(home.path())
        .arg("quiz")
        .arg("--answers")
        .arg(&research)
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_str(&stdout_of(career(home.path()).args([
        "result",
        "--history",
        "--format",
        "json",
    ])))
    .unwrap();
    let roles: Vec<&str> = json["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["recommendation"]["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["ai-researcher", "ai-engineer"]);
    let text = stdout_of(career(home.path()).args(["result", "--history"]));
    let researcher = text.find("AI Researcher").unwrap();
    let engineer = text.find("AI Engineer").unwrap();
    assert!(researcher < engineer, "newest first: {text}");
    // The last result decides the default roadmap.
    let roadmap = stdout_of(career(home.path()).arg("roadmap"));
    assert_eq!(
        roadmap,
        stdout_of(career(home.path()).args(["roadmap", "ai-researcher"]))
    );
}

#[test]
fn no_save_leaves_the_data_directory_alone() {
    let home = tempfile::tempdir().unwrap();
    let file = product_answers(home.path());
    career(home.path())
        .args(["quiz", "--no-save", "--answers"])
        .arg(&file)
        .assert()
        .success();
    assert!(result_files(home.path()).is_empty());
}

#[test]
fn a_damaged_result_is_reported_and_moved_aside_not_overwritten() {
    let home = tempfile::tempdir().unwrap();
    let file = product_answers(home.path());
    let first = stdout_of(career(home.path()).arg("quiz").arg("--answers").arg(&file));
    // A newer result that was cut off mid-write by some other tool.
    let damaged = home
        .path()
        .join("results")
        .join("99991231-235959-999999-00.json");
    std::fs::write(&damaged, b"{\"schema_version\": 1, \"saved_").unwrap();

    let out = career(home.path()).arg("result").assert().success();
    let out = out.get_output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not be read"), "{stderr}");
    assert!(stderr.contains("moved to"), "{stderr}");
    // The earlier result is shown, and the damaged bytes are kept aside.
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(recommended_line(&stdout), recommended_line(&first));
    assert!(!damaged.exists());
    let aside: Vec<_> = result_files(home.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read(&aside[0]).unwrap(),
        b"{\"schema_version\": 1, \"saved_"
    );
}

/// A saved result whose answers its quiz cannot have had (edited by hand:
/// a likert 9, a question the quiz does not have) is damaged: it is moved
/// aside and reported, and the result before it is shown.
#[test]
fn a_result_whose_answers_do_not_fit_is_set_aside_and_the_one_before_shown() {
    for (lang, words, unusable, shown) in [
        (
            "en",
            "2 of its answers do not fit the quiz's questions; the first: unknown question `bogus-q`",
            "could not be used",
            "Recommended: AI Researcher",
        ),
        (
            "id",
            "2 jawabannya tidak cocok dengan pertanyaan kuis; yang pertama: pertanyaan `bogus-q` tidak dikenal",
            "tidak bisa dipakai",
            "Rekomendasi: AI Researcher",
        ),
    ] {
        let home = tempfile::tempdir().unwrap();
        let first = stdout_of(
            career(home.path())
                .args(["quiz", "--answers"])
                .arg(research_answers(home.path())),
        );
        assert!(first.contains("Recommended: AI Researcher"), "{first}");
        stdout_of(
            career(home.path())
                .args(["quiz", "--answers"])
                .arg(product_answers(home.path())),
        );
        let newest = result_files(home.path()).into_iter().max().unwrap();
        let mut doc: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&newest).unwrap()).unwrap();
        doc["answers"]["wire-up-models"] = 9.into();
        doc["answers"]["bogus-q"] = "x".into();
        let edited = serde_json::to_vec_pretty(&doc).unwrap();
        std::fs::write(&newest, &edited).unwrap();

        let out = career(home.path())
            .args(["--lang", lang, "result"])
            .assert()
            .success();
        let out = out.get_output();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(words), "{stderr}");
        // It was read: it could not be used.
        assert!(stderr.contains(unusable), "{stderr}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains(shown), "the result before is shown: {stdout}");
        assert!(!newest.exists());
        let aside = result_files(home.path())
            .into_iter()
            .find(|p| p.to_string_lossy().contains(".damaged-"))
            .expect("the file is kept aside");
        assert_eq!(std::fs::read(&aside).unwrap(), edited);
    }
}

/// A result saved with another pack whose quiz has the same id and version
/// but other questions is not damaged: it is left alone and explained.
#[test]
fn a_result_from_another_pack_whose_answers_do_not_fit_is_left_alone() {
    let home = tempfile::tempdir().unwrap();
    let pack = common::default_pack_copy(home.path());
    let quiz = pack.join("quizzes/interests.yaml");
    let text = std::fs::read_to_string(&quiz).unwrap();
    std::fs::write(&quiz, text.replace("wire-up-models", "wire-models")).unwrap();
    let answers = product_answers(home.path());
    let text = std::fs::read_to_string(&answers).unwrap();
    std::fs::write(&answers, text.replace("wire-up-models", "wire-models")).unwrap();
    stdout_of(
        career(home.path())
            .arg("--content")
            .arg(&pack)
            .args(["quiz", "--answers"])
            .arg(&answers),
    );
    let saved = result_files(home.path());
    for (lang, words) in [
        ("en", "its answers do not fit quiz `interests` of this pack"),
        (
            "id",
            "jawabannya tidak cocok dengan kuis `interests` di paket ini",
        ),
    ] {
        let out = career(home.path())
            .args(["--lang", lang, "result"])
            .assert()
            .failure()
            .code(1);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(stderr.contains(words), "{stderr}");
        assert_eq!(result_files(home.path()), saved, "nothing moved");
    }
}

/// Under `--format json` the file set aside is a JSON warning on stderr.
#[test]
fn a_result_set_aside_for_its_answers_is_a_json_warning() {
    let home = tempfile::tempdir().unwrap();
    stdout_of(
        career(home.path())
            .args(["quiz", "--answers"])
            .arg(product_answers(home.path())),
    );
    let newest = result_files(home.path()).into_iter().max().unwrap();
    let text = std::fs::read_to_string(&newest).unwrap();
    std::fs::write(
        &newest,
        text.replacen("\"wire-up-models\": 5", "\"wire-up-models\": 9", 1),
    )
    .unwrap();
    let out = career(home.path())
        .args(["result", "--format", "json"])
        .assert()
        .failure()
        .code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    let warning: serde_json::Value = serde_json::Deserializer::from_str(&stderr)
        .into_iter()
        .next()
        .and_then(Result::ok)
        .unwrap_or_else(|| panic!("no JSON warning first: {stderr}"));
    assert!(
        warning["warning"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("1 of its answers do not fit the quiz's questions; the first: answer 9 to `wire-up-models` is out of range")),
        "{stderr}"
    );
}

#[test]
fn a_result_for_another_quiz_version_is_explained_not_recomputed() {
    let home = tempfile::tempdir().unwrap();
    let saved = &save_one_result(home.path());
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(saved).unwrap()).unwrap();
    json["quiz_version"] = serde_json::json!(99);
    std::fs::write(saved, serde_json::to_vec(&json).unwrap()).unwrap();
    career(home.path())
        .arg("result")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("version 99"))
        .stderr(predicate::str::contains("career quiz"));
    // The history still lists it.
    career(home.path())
        .args(["result", "--history"])
        .assert()
        .success()
        .stdout(predicate::str::contains("v99"));
}

#[test]
fn a_result_from_a_newer_version_or_with_an_unknown_value_is_named_plainly() {
    let home = tempfile::tempdir().unwrap();
    let saved = save_one_result(home.path());
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&saved).unwrap()).unwrap();
    json["schema_version"] = serde_json::json!(99);
    std::fs::write(&saved, serde_json::to_vec(&json).unwrap()).unwrap();
    for args in [vec!["result"], vec!["result", "--history"]] {
        career(home.path())
            .args(&args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(
                "was written by a newer version of career (schema 99)",
            ));
    }
    assert!(saved.exists(), "a newer file is left as it is");

    json["schema_version"] = serde_json::json!(1);
    json["stop_rule"] = serde_json::json!("sideways\u{1b}[2J");
    std::fs::write(&saved, serde_json::to_vec(&json).unwrap()).unwrap();
    let out = career(home.path()).arg("result").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("a field has a value this version does not understand"),
        "{err}"
    );
    assert!(
        !err.contains("unknown variant") && !err.contains('\u{1b}'),
        "{err}"
    );
}

/// Scores the product answers once; returns the saved result's file.
fn save_one_result(home: &std::path::Path) -> std::path::PathBuf {
    let file = product_answers(home);
    career(home)
        .arg("quiz")
        .arg("--answers")
        .arg(&file)
        .assert()
        .success();
    result_files(home)[0].clone()
}
