//! `career validate` on YAML mistakes: each is reported at the line that holds
//! it, in words a content author understands, and one mistake never hides the
//! others in the same file.

mod common;

use common::{run, starter_pack_copy};

/// Applies the edits to a fresh copy of the example pack and validates it:
/// (exit code, stdout, the pack folder's path, the folder's owner).
fn validate_edited(edits: &[(&str, &str, &str)]) -> (i32, String, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    for (file, from, to) in edits {
        let path = pack.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "`{from}` not in {file}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }
    let (code, out, err) = run(dir.path(), &["validate", pack.to_str().unwrap()]);
    assert!(err.is_empty(), "validate reports on stdout: {err}");
    (code, out, pack.display().to_string(), dir)
}

/// The 1-based line of the `nth` line of `file` (after the edits) holding `needle`.
fn line_in(out_pack: &str, file: &str, needle: &str, nth: usize) -> usize {
    let text = std::fs::read_to_string(format!("{out_pack}/{file}")).unwrap_or_default();
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .nth(nth)
        .map(|(i, _)| i + 1)
        .unwrap_or_else(|| panic!("`{needle}` not in {file}"))
}

fn reported(out: &str, prefix: &str, words: &str) -> bool {
    out.lines()
        .any(|l| l.starts_with(prefix) && l.contains(words))
}

#[test]
fn duplicate_keys_are_reported_at_the_duplicate_line() {
    // Lines counted in the unedited example pack, where the edits land.
    let quiz = "quizzes/starter.yaml";
    let original =
        std::fs::read_to_string(common::repo().join("examples/starter-pack").join(quiz)).unwrap();
    let title_en = original
        .lines()
        .position(|l| l.contains("en: \"Builder or researcher?\""))
        .unwrap()
        + 1;
    let weights = original
        .lines()
        .position(|l| l.contains("weights: {build: 2}"))
        .unwrap()
        + 1;
    let (code, out, pack, _dir) = validate_edited(&[
        (
            quiz,
            "  en: \"Builder or researcher?\"\n",
            "  en: \"Builder or researcher?\"\n  en: \"Again\"\n",
        ),
        (
            quiz,
            "weights: {build: 2}",
            "weights: {build: 2, build: -5}",
        ),
    ]);
    assert_eq!(code, 1, "{out}");
    let file = format!("{pack}/{quiz}");
    // The second `en` is on the line after the first; the weights share one line.
    assert!(
        reported(
            &out,
            &format!("{file}:{}:", title_en + 1),
            "duplicate key `en`"
        ),
        "{out}"
    );
    assert!(
        reported(
            &out,
            &format!("{file}:{}:", weights + 1),
            "duplicate key `build`"
        ),
        "{out}"
    );
    assert!(
        out.contains(&format!("already given on line {title_en}")),
        "{out}"
    );
}

#[test]
fn tab_indentation_gets_the_tab_hint_at_the_tab_line() {
    let (code, out, pack, _dir) = validate_edited(&[(
        "quizzes/starter.yaml",
        "minutes: 1\n",
        "minutes: 1\n\tindented: 2\n",
    )]);
    assert_eq!(code, 1);
    let line = line_in(&pack, "quizzes/starter.yaml", "indented", 0);
    assert!(
        reported(&out, &format!("{pack}/quizzes/starter.yaml:{line}:"), "tab"),
        "{out}"
    );
    assert!(out.contains("YAML indents with spaces, not tabs"), "{out}");
}

#[test]
fn a_type_error_does_not_hide_other_problems_in_the_file() {
    let (code, out, pack, _dir) = validate_edited(&[
        (
            "quizzes/starter.yaml",
            "weights: {build: 2}",
            "weights: {build: lots}",
        ),
        (
            "quizzes/starter.yaml",
            "- id: dislike-papers",
            "- id: enjoy-shipping",
        ),
    ]);
    assert_eq!(code, 1);
    let file = format!("{pack}/quizzes/starter.yaml");
    let weight = line_in(&pack, "quizzes/starter.yaml", "weights: {build: lots}", 0);
    let dup = line_in(&pack, "quizzes/starter.yaml", "- id: enjoy-shipping", 1);
    assert!(
        reported(&out, &format!("{file}:{weight}:"), "a number"),
        "{out}"
    );
    assert!(
        reported(
            &out,
            &format!("{file}:{dup}:"),
            "duplicate question id `enjoy-shipping`"
        ),
        "{out}"
    );
    // The temporary folder's random name can hold any of these letters.
    let messages = out.replace(pack.as_str(), "PACK");
    for internal in ["f64", "invalid type", "expected struct", "u128"] {
        assert!(
            !messages.contains(internal),
            "no serde internals (`{internal}`):\n{out}"
        );
    }
}

#[test]
fn several_problems_in_one_file_are_all_listed() {
    let (code, out, _, _dir) = validate_edited(&[
        ("quizzes/starter.yaml", "minutes: 1", "minutes: soon"),
        (
            "quizzes/starter.yaml",
            "dimension: build",
            "dimension: nope",
        ),
        (
            "quizzes/starter.yaml",
            "weights: {research: 1.5}",
            "weights: {research: 9}",
        ),
    ]);
    assert_eq!(code, 1);
    for words in [
        "a whole number",
        "unknown dimension `nope`",
        "weight 9 is out of range",
    ] {
        assert!(out.contains(words), "missing `{words}` in:\n{out}");
    }
}

#[test]
fn resource_urls_with_user_info_are_rejected() {
    for url in [
        "https://user:secret@docs.python.org/",
        "https://docs.python.org@evil.example/",
    ] {
        let (code, out, pack, _dir) = validate_edited(&[(
            "roles/skills.yaml",
            "https://docs.python.org/3/tutorial/",
            url,
        )]);
        assert_eq!(code, 1, "{url} must be rejected:\n{out}");
        let line = line_in(&pack, "roles/skills.yaml", url, 0);
        assert!(
            reported(
                &out,
                &format!("{pack}/roles/skills.yaml:{line}:"),
                "user name or password"
            ),
            "{out}"
        );
    }
}

#[test]
fn a_missing_folder_is_reported_by_its_path_alone() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = run(home.path(), &["validate", "/nonexistent"]);
    assert_eq!(code, 1);
    assert!(out.starts_with("/nonexistent: "), "{out}");
    assert!(
        !out.contains("/nonexistent:1:1"),
        "no made-up position: {out}"
    );
}

#[test]
fn a_quiz_that_does_not_parse_causes_no_follow_on_errors() {
    let (code, out, _, _dir) =
        validate_edited(&[("quizzes/starter.yaml", "minutes: 1\n", "minutes: [1\n")]);
    assert_eq!(code, 1);
    assert!(!out.contains("unknown dimension"), "{out}");
    assert!(!out.contains("known ids: \n"), "{out}");
    assert_eq!(
        out.lines().filter(|l| l.contains(".yaml:")).count(),
        1,
        "{out}"
    );
}

#[test]
fn an_over_full_roles_folder_keeps_the_skill_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let builder = std::fs::read_to_string(pack.join("roles/builder.yaml")).unwrap();
    // 201 role files sort before skills.yaml.
    for i in 0..201 {
        let id = format!("extra-{i:03}");
        std::fs::write(
            pack.join(format!("roles/{id}.yaml")),
            builder.replacen("id: builder", &format!("id: {id}"), 1),
        )
        .unwrap();
    }
    let (code, out, _) = run(dir.path(), &["validate", pack.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains("too many files (204)"),
        "every file is counted: {out}"
    );
    assert!(!out.contains("unknown skill"), "no false errors: {out}");
}
