//! The real `career` on fuzzed answers, content and saved state: it ends
//! with 0, 1 or 2, says why on stderr when it fails, and writes nothing
//! that drives the terminal.

use std::path::Path;

use proptest::prelude::*;

use super::content::{Kind, Packs};
use super::*;

/// Few cases: each runs the program.
pub const CASES: u32 = 6;

fn career(home: &Path, args: &[&std::ffi::OsStr]) -> Checked {
    let out = crate::common::career(home)
        .args(args)
        .output()
        .expect("the binary runs");
    let code = out.status.code();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    prop_assert!(
        matches!(code, Some(0..=2)),
        "{args:?} ended with {code:?}: {stderr}"
    );
    // `validate` reports on stdout; every other failure on stderr.
    if code != Some(0) {
        let said = if stderr.trim().is_empty() {
            &stdout
        } else {
            &stderr
        };
        clean(&format!("what {args:?} said"), said)?;
    }
    prop_assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    for (name, text) in [("stdout", &stdout), ("stderr", &stderr)] {
        if let Some(c) = text.chars().find(|c| career::sanitize::is_unsafe(*c)) {
            return Err(TestCaseError::fail(format!(
                "{args:?}: raw U+{:04X} on {name}: {text}",
                c as u32
            )));
        }
    }
    Ok(())
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

pub fn answers() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.yaml");
    let files = super::answers::answers_files();
    fuzz("binary answers", CASES, mutations(files.len()), |m| {
        let bytes = m.apply(&files[m.file]);
        std::fs::write(&file, &bytes).unwrap();
        input_is(&bytes);
        career(dir.path(), &[os("quiz"), os("--answers"), file.as_os_str()])
    });
}

pub fn batch() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("responses.jsonl");
    let csv = dir.path().join("form.csv");
    fuzz("binary batch", CASES, bytes(), |input| {
        input_is(&input.0);
        std::fs::write(&jsonl, &input.0).unwrap();
        std::fs::write(&csv, &input.0).unwrap();
        career(dir.path(), &[os("score"), jsonl.as_os_str()])?;
        career(dir.path(), &[os("analyze"), csv.as_os_str()])
    });
}

pub fn content() {
    let packs = Packs::new(Kind::Quiz);
    fuzz("binary content", CASES, mutations(packs.len()), |m| {
        packs.with(m.file, &m.apply(packs.original(m.file)), |pack| {
            let home = tempfile::tempdir().unwrap();
            career(home.path(), &[os("validate"), pack.as_os_str()])?;
            career(
                home.path(),
                &[os("--content"), pack.as_os_str(), os("roles")],
            )
        })
    });
}

pub fn saved_state() {
    fuzz("binary saved state", CASES, bytes(), |input| {
        input_is(&input.0);
        let home = tempfile::tempdir().unwrap();
        std::fs::write(home.path().join("progress.json"), &input.0).unwrap();
        let results = home.path().join("results");
        std::fs::create_dir_all(&results).unwrap();
        std::fs::write(results.join("20261128-090000-000000-00.json"), &input.0).unwrap();
        career(
            home.path(),
            &[os("progress"), os("--role"), os("ml-engineer")],
        )?;
        career(home.path(), &[os("progress"), os("done"), os("python")])?;
        career(home.path(), &[os("result")])?;
        career(home.path(), &[os("result"), os("--history")])
    });
}
