//! The installed binary carries its default content: copied alone into an
//! empty folder, it still scores an answers file.

mod common;

use common::personas::answers;
use common::{json, Rng};

#[test]
fn the_binary_runs_from_an_empty_directory() {
    let dir = tempfile::tempdir().unwrap();
    let questions = json(dir.path(), &["questions", "--format", "json"]);
    let bin_dir = dir.path().join("bin");
    let work = dir.path().join("work");
    std::fs::create_dir_all(&bin_dir).unwrap();
    std::fs::create_dir_all(&work).unwrap();
    let bin = bin_dir.join("career");
    std::fs::copy(env!("CARGO_BIN_EXE_career"), &bin).unwrap();
    std::fs::write(
        work.join("answers.json"),
        answers(&questions, "math", 0.0, &mut Rng::new(5)).to_string(),
    )
    .unwrap();

    let out = std::process::Command::new(&bin)
        .current_dir(&work)
        .env_clear()
        .env("CAREER_HOME", dir.path().join("home"))
        .args(["quiz", "--answers", "answers.json", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(result["recommendation"]["role"], "ml-engineer");
    assert_eq!(
        std::fs::read_dir(&work).unwrap().count(),
        1,
        "nothing written next to the answers"
    );
}
