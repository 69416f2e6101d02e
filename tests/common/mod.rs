//! Shared helpers for the integration tests: run the real binary in a clean
//! environment, with a temporary data directory.
#![allow(dead_code)]

pub mod personas;
pub mod roadmap;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root (where the default pack lives).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `career` with an environment that does not depend on the caller's:
/// English, no colours forced either way, data in a fresh temporary folder.
/// No calibration map is fitted (`CAREER_CALIBRATION=no-fit`): a pack other
/// than the built-in one states its uncalibrated stability instead of
/// fitting a map, which takes half a minute in a debug build (the built-in
/// pack's map comes with the program, so its figures are the calibrated ones).
pub fn career(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_career"));
    for var in [
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "CAREER_CONTENT",
        "LC_ALL",
        "LC_MESSAGES",
        "LANGUAGE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "C.UTF-8")
        .env("CAREER_HOME", home)
        .env("TERM", "dumb")
        .env("CAREER_CALIBRATION", "no-fit");
    cmd
}

/// Runs `career args…` and returns (exit code, stdout, stderr).
pub fn run(home: &Path, args: &[&str]) -> (i32, String, String) {
    let out = career(home).args(args).output().expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs a command that must succeed and print JSON; returns the document.
pub fn json(home: &Path, args: &[&str]) -> serde_json::Value {
    let (code, out, err) = run(home, args);
    assert_eq!(code, 0, "career {args:?} failed: {err}");
    serde_json::from_str(&out)
        .unwrap_or_else(|e| panic!("career {args:?} printed no JSON ({e}): {out}"))
}

/// Copies a folder tree (a content pack) into `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A copy of the default pack in `dir/pack`, for tests that edit it.
pub fn default_pack_copy(dir: &Path) -> PathBuf {
    let pack = dir.join("pack");
    copy_tree(&repo().join("quizzes"), &pack.join("quizzes"));
    copy_tree(&repo().join("roles"), &pack.join("roles"));
    pack
}

/// A copy of the small example pack in `dir/pack`.
pub fn starter_pack_copy(dir: &Path) -> PathBuf {
    let pack = dir.join("pack");
    copy_tree(&repo().join("examples/starter-pack"), &pack);
    pack
}

/// A small deterministic random number generator (xorshift), so noisy answer
/// sets are the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// A number in 0..n.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Shuffles `v` in place (Fisher-Yates).
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
    /// True with probability p.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() % 1_000_000) as f64 / 1_000_000.0 < p
    }
}

/// The paths (`.error.hint`, `.rows[2].x`) of every value in `v` that
/// `matches`, for checks such as "no null anywhere".
pub fn json_paths(
    v: &serde_json::Value,
    matches: &dyn Fn(&serde_json::Value) -> bool,
) -> Vec<String> {
    fn walk(
        v: &serde_json::Value,
        at: String,
        matches: &dyn Fn(&serde_json::Value) -> bool,
        found: &mut Vec<String>,
    ) {
        match v {
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, format!("{at}[{i}]"), matches, found);
                }
            }
            serde_json::Value::Object(fields) => {
                for (k, item) in fields {
                    walk(item, format!("{at}.{k}"), matches, found);
                }
            }
            v if matches(v) => found.push(at),
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(v, String::new(), matches, &mut found);
    found
}
