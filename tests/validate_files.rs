//! `career validate` on the files of a pack: which are read, and what a file
//! that cannot be read leads to (its own problem, and nothing that follows
//! from its absence).

mod common;

use std::path::{Path, PathBuf};

use common::{run, starter_pack_copy};

/// Validates `pack` in `lang`: (exit code, stdout).
fn validate(dir: &Path, pack: &Path, lang: &str) -> (i32, String) {
    let (code, out, err) = run(dir, &["--lang", lang, "validate", pack.to_str().unwrap()]);
    assert!(err.is_empty(), "validate reports on stdout: {err}");
    (code, out)
}

/// The lines that report a problem (not hints, not the summary).
fn problem_lines(out: &str) -> Vec<&str> {
    out.lines()
        .filter(|l| !l.starts_with(' ') && l.contains(": ") && !l.contains(" found in "))
        .filter(|l| !l.starts_with("ditemukan"))
        .collect()
}

/// A fresh copy of the example pack in a temporary folder.
fn pack() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    (dir, pack)
}

/// The file's problem is the only one reported, and no hint is an empty list.
fn assert_alone(out: &str, file: &str, words: &str) {
    let lines = problem_lines(out);
    assert_eq!(lines.len(), 1, "one problem, no follow-on errors:\n{out}");
    assert!(lines[0].contains(file) && lines[0].contains(words), "{out}");
    for line in out.lines() {
        assert!(
            !line.trim_end().ends_with(':'),
            "a hint ends in an empty list: {line:?} in\n{out}"
        );
    }
}

#[test]
fn a_quiz_file_too_large_brings_no_follow_on_errors_and_a_hint_for_a_quiz() {
    let (dir, pack) = pack();
    let quiz = pack.join("quizzes/starter.yaml");
    let mut text = std::fs::read_to_string(&quiz).unwrap();
    text.push_str(&"# a long comment\n".repeat(70_000));
    std::fs::write(&quiz, text).unwrap();
    let (code, out) = validate(dir.path(), &pack, "en");
    assert_eq!(code, 1);
    assert_alone(&out, "starter.yaml", "the limit is 1048576");
    assert!(!out.contains("unknown dimension"), "{out}");
    // One quiz per file: "split it into several files" cannot be followed.
    assert!(!out.contains("several smaller files"), "{out}");
    assert!(
        out.contains("hint: a quiz is one file: remove comments, shorten long texts, or move some questions into a second quiz"),
        "{out}"
    );
    let (_, out) = validate(dir.path(), &pack, "id");
    assert_alone(&out, "starter.yaml", "batasnya 1048576");
    assert!(
        out.contains("saran: satu kuis adalah satu file: hapus komentar"),
        "{out}"
    );
}

#[test]
fn a_quiz_file_that_is_not_utf8_brings_no_follow_on_errors() {
    let (dir, pack) = pack();
    let quiz = pack.join("quizzes/starter.yaml");
    let mut bytes = std::fs::read(&quiz).unwrap();
    bytes.extend_from_slice(b"# caf\xe9\n");
    std::fs::write(&quiz, bytes).unwrap();
    for lang in ["en", "id"] {
        let (code, out) = validate(dir.path(), &pack, lang);
        assert_eq!(code, 1);
        assert_alone(&out, "starter.yaml", "UTF-8");
    }
}

#[cfg(unix)]
#[test]
fn a_quizzes_folder_linked_out_of_the_pack_brings_no_follow_on_errors() {
    let (dir, pack) = pack();
    let outside = dir.path().join("elsewhere");
    std::fs::rename(pack.join("quizzes"), &outside).unwrap();
    std::os::unix::fs::symlink(&outside, pack.join("quizzes")).unwrap();
    let (code, out) = validate(dir.path(), &pack, "en");
    assert_eq!(code, 1);
    assert_alone(&out, "starter.yaml", "outside the pack");
}

#[test]
fn a_missing_quizzes_folder_brings_no_unknown_dimensions() {
    let (dir, pack) = pack();
    std::fs::remove_dir_all(pack.join("quizzes")).unwrap();
    let (code, out) = validate(dir.path(), &pack, "en");
    assert_eq!(code, 1);
    assert_alone(&out, "quizzes", "no readable `quizzes/` folder");
}

#[test]
fn a_role_or_catalogue_that_cannot_be_read_brings_no_unknown_roles_or_skills() {
    // The builder names the researcher as a neighbour, and every roadmap
    // lists skills of the catalogue.
    for file in ["roles/researcher.yaml", "roles/skills.yaml"] {
        let (dir, pack) = pack();
        let path = pack.join(file);
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend_from_slice(b"# caf\xe9\n");
        std::fs::write(&path, bytes).unwrap();
        let (code, out) = validate(dir.path(), &pack, "en");
        assert_eq!(code, 1);
        assert_alone(&out, file, "not UTF-8");
    }
}

#[test]
fn an_empty_pack_reports_both_missing_quizzes_and_missing_roles() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("empty");
    std::fs::create_dir_all(pack.join("quizzes")).unwrap();
    std::fs::create_dir_all(pack.join("roles")).unwrap();
    let (code, out) = validate(dir.path(), &pack, "en");
    assert_eq!(code, 1);
    assert!(out.contains("quizzes: the pack has no quiz"), "{out}");
    assert!(out.contains("roles: the pack has no role"), "{out}");
    assert!(out.contains("2 problems found"), "{out}");
    let (_, out) = validate(dir.path(), &pack, "id");
    assert!(out.contains("paket ini tidak punya kuis"), "{out}");
    assert!(out.contains("paket ini tidak punya peran"), "{out}");
}

#[test]
fn a_pack_without_a_quiz_says_so_once_not_for_every_target() {
    let (dir, pack) = pack();
    std::fs::remove_file(pack.join("quizzes/starter.yaml")).unwrap();
    let (code, out) = validate(dir.path(), &pack, "en");
    assert_eq!(code, 1);
    assert_alone(&out, "quizzes", "the pack has no quiz");
}

#[test]
fn yml_files_in_any_case_are_read_and_other_files_are_named_in_a_warning() {
    let (dir, pack) = pack();
    let roles = pack.join("roles");
    std::fs::rename(roles.join("researcher.yaml"), roles.join("researcher.yml")).unwrap();
    std::fs::rename(roles.join("builder.yaml"), roles.join("builder.YAML")).unwrap();
    std::fs::write(roles.join("notes.txt"), "not a role\n").unwrap();
    std::fs::write(roles.join(".gitkeep"), "").unwrap();
    let (code, out) = validate(dir.path(), &pack, "en");
    // A warning only: the pack is usable.
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 roles"), "both roles are read: {out}");
    assert!(
        out.contains("warning: ")
            && out.contains("notes.txt: this file was not read: only `.yaml` and `.yml` files are"),
        "{out}"
    );
    assert!(
        !out.contains(".gitkeep"),
        "hidden files are passed over: {out}"
    );
    let (code, out) = validate(dir.path(), &pack, "id");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("notes.txt: file ini tidak dibaca"), "{out}");

    // Beside errors, the warning is listed but not counted as a problem.
    std::fs::write(roles.join("broken.yaml"), "id: [\n").unwrap();
    let (code, out) = validate(dir.path(), &pack, "en");
    assert_eq!(code, 1);
    assert!(out.contains("notes.txt"), "{out}");
    assert!(out.contains("1 problem found"), "{out}");
}
