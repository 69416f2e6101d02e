//! Helpers shared by the integration tests: a `career` command that never
//! touches the real home directory, and content packs copied into temp dirs.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository's default pack folder.
pub fn default_pack() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The small valid pack under tests/fixtures.
pub fn tiny_pack() -> PathBuf {
    default_pack().join("tests/fixtures/tiny-pack")
}

/// `career` with a private data directory, English, no colour, a fixed width.
pub fn career(home: &Path) -> Command {
    let mut cmd = super::career(home);
    cmd.env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("TERM");
    cmd
}

/// Copies `quizzes/` and `roles/` of the pack at `from` into `to`.
pub fn copy_pack(from: &Path, to: &Path) {
    for folder in ["quizzes", "roles"] {
        let dest = to.join(folder);
        fs::create_dir_all(&dest).unwrap();
        for entry in fs::read_dir(from.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml") {
                fs::copy(&path, dest.join(path.file_name().unwrap())).unwrap();
            }
        }
    }
}

/// The 1-based line of the only line of `text` containing `needle`.
pub fn line_of(text: &str, needle: &str) -> usize {
    let hits: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "`{needle}` should occur once, found {hits:?}"
    );
    hits[0]
}

/// Parses a command's stdout as JSON.
pub fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// Skill ids of a roadmap JSON document, in order.
pub fn skill_ids(doc: &serde_json::Value) -> Vec<String> {
    doc["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["skills"].as_array().unwrap().iter())
        .map(|k| k["id"].as_str().unwrap().to_string())
        .collect()
}

/// Copies the default pack to `dir` with the catalogue's entries, each
/// prerequisite list and each stage's skill list shuffled.
pub fn shuffled_copy(dir: &Path, seed: u64) {
    let mut rng = super::Rng::new(seed);
    copy_pack(&default_pack(), dir);
    let roles = dir.join("roles");
    for entry in fs::read_dir(&roles).unwrap() {
        let path = entry.unwrap().path();
        let mut doc =
            serde_saphyr::from_str::<serde_json::Value>(&fs::read_to_string(&path).unwrap())
                .unwrap();
        if let Some(skills) = doc
            .get_mut("skills")
            .and_then(serde_json::Value::as_array_mut)
        {
            rng.shuffle(skills);
            for s in skills.iter_mut() {
                if let Some(p) = s
                    .get_mut("prerequisites")
                    .and_then(serde_json::Value::as_array_mut)
                {
                    rng.shuffle(p);
                }
            }
        }
        if let Some(stages) = doc
            .get_mut("roadmap")
            .and_then(|r| r.get_mut("stages"))
            .and_then(serde_json::Value::as_array_mut)
        {
            for stage in stages.iter_mut() {
                if let Some(list) = stage
                    .get_mut("skills")
                    .and_then(serde_json::Value::as_array_mut)
                {
                    rng.shuffle(list);
                }
            }
        }
        fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    }
}
