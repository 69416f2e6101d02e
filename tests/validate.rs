//! `career validate`: every problem in a pack is reported as
//! `file:line:column: message` with a hint; exit 0 when clean, 1 when not.

mod common;

use std::path::Path;

use common::{run, starter_pack_copy};

/// Applies `edit` to one file of a fresh copy of the example pack, validates it
/// and returns (exit code, stdout, file path shown in messages).
fn validate_with(file: &str, edit: impl FnOnce(String) -> String) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let path = pack.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit must change the file");
    std::fs::write(&path, edited).unwrap();
    let (code, out, err) = run(dir.path(), &["validate", pack.to_str().unwrap()]);
    assert!(err.is_empty(), "validate reports on stdout: {err}");
    (code, out, path.display().to_string())
}

/// The 1-based line of the first occurrence of `needle` in the (edited) text.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("`{needle}` not in file"))
}

fn assert_reported(out: &str, file: &str, line: usize, words: &str) {
    let prefix = format!("{file}:{line}:");
    assert!(
        out.lines()
            .any(|l| l.starts_with(&prefix) && l.contains(words)),
        "expected a line starting `{prefix}` containing `{words}` in:\n{out}"
    );
}

fn check(file: &str, from: &str, to: &str, marker: &str, words: &str) {
    check_nth(file, from, to, marker, 0, words)
}

/// Like `check`, with the problem expected at the `nth` line holding `marker`.
fn check_nth(file: &str, from: &str, to: &str, marker: &str, nth: usize, words: &str) {
    let mut edited = String::new();
    let (code, out, path) = validate_with(file, |t| {
        edited = t.replacen(from, to, 1);
        edited.clone()
    });
    assert_eq!(code, 1, "{out}");
    let line = edited
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(marker))
        .nth(nth)
        .map(|(i, _)| i + 1)
        .expect("marker in file");
    assert_reported(&out, &path, line, words);
    assert!(out.contains("hint: "), "every problem has a hint:\n{out}");
}

#[test]
fn the_default_and_example_packs_are_clean() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = run(home.path(), &["validate"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no problems"), "{out}");
    let example = common::repo().join("examples/starter-pack");
    let (code, out, _) = run(home.path(), &["validate", example.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn yaml_syntax_error() {
    check(
        "quizzes/starter.yaml",
        "minutes: 1\n",
        "minutes: 1\n\tindented: 2\n",
        "indented",
        "tab",
    );
    let (_, out, _) = validate_with("quizzes/starter.yaml", |t| {
        t.replacen("minutes: 1\n", "minutes: 1\n\tindented: 2\n", 1)
    });
    assert!(out.contains("not tabs"), "{out}");
    // A file that does not parse does not drown its problem in follow-on errors.
    assert_eq!(
        out.lines().filter(|l| l.contains(".yaml:")).count(),
        1,
        "{out}"
    );
}

#[test]
fn unknown_field_with_suggestion() {
    check(
        "quizzes/starter.yaml",
        "    dimension: build\n",
        "    dimension: build\n    revers: true\n",
        "revers:",
        "unknown field `revers`",
    );
    let (_, out, _) = validate_with("quizzes/starter.yaml", |t| {
        t.replacen(
            "    dimension: build\n",
            "    dimension: build\n    revers: true\n",
            1,
        )
    });
    assert!(out.contains("did you mean `reverse`?"), "{out}");
}

#[test]
fn unknown_dimension() {
    check(
        "quizzes/starter.yaml",
        "dimension: build",
        "dimension: buidl",
        "dimension: buidl",
        "unknown dimension `buidl`",
    );
    check(
        "quizzes/starter.yaml",
        "weights: {build: 2}",
        "weights: {biuld: 2}",
        "biuld",
        "unknown dimension `biuld`",
    );
    check(
        "roles/builder.yaml",
        "targets: {build: 85, research: 20}",
        "targets: {build: 85, research: 20, maths: 3}",
        "targets:",
        "unknown dimension `maths`",
    );
}

#[test]
fn unknown_role_id() {
    check(
        "roles/builder.yaml",
        "  - role: researcher",
        "  - role: reseacher",
        "role: reseacher",
        "unknown role `reseacher`",
    );
}

#[test]
fn duplicate_option_ids() {
    check_nth(
        "quizzes/starter.yaml",
        "      - id: read-paper",
        "      - id: build-app",
        "- id: build-app",
        1,
        "duplicate option id `build-app`",
    );
}

#[test]
fn duplicate_role_across_files() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    std::fs::copy(
        pack.join("roles/builder.yaml"),
        pack.join("roles/builder-copy.yaml"),
    )
    .unwrap();
    let (code, out, _) = run(dir.path(), &["validate", pack.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_reported(
        &out,
        &pack.join("roles/builder.yaml").display().to_string(),
        // Line 1 names the file's JSON Schema; the id is on line 2.
        2,
        "duplicate role id `builder`",
    );
}

#[test]
fn duplicate_question_id_points_at_the_second_one() {
    let mut edited = String::new();
    let (code, out, path) = validate_with("quizzes/starter.yaml", |t| {
        edited = t.replacen("  - id: fun-tasks", "  - id: free-day", 1);
        edited.clone()
    });
    assert_eq!(code, 1);
    let second = edited
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "  - id: free-day")
        .nth(1)
        .unwrap()
        .0
        + 1;
    assert_reported(&out, &path, second, "duplicate question id `free-day`");
}

#[test]
fn likert_weight_out_of_range() {
    check(
        "quizzes/starter.yaml",
        "    dimension: build\n",
        "    dimension: build\n    weight: 40\n",
        "weight: 40",
        "out of range",
    );
}

#[test]
fn empty_options() {
    let mut edited = String::new();
    let (code, out, path) = validate_with("quizzes/starter.yaml", |t| {
        let start = t.find("    options:\n      - id: build-app").unwrap();
        let end = t.find("  - id: fun-tasks").unwrap();
        edited = format!("{}    options: []\n{}", &t[..start], &t[end..]);
        edited.clone()
    });
    assert_eq!(code, 1);
    assert_reported(
        &out,
        &path,
        line_of(&edited, "options: []"),
        "at least 2 options",
    );
}

#[test]
fn role_missing_a_dimension_target() {
    check(
        "roles/builder.yaml",
        "targets: {build: 85, research: 20}",
        "targets: {build: 85}",
        "targets:",
        "no target for dimension `research`",
    );
}

#[test]
fn dimension_no_question_informs() {
    let text = |t: String| {
        t.replacen("    dimension: research\n", "    dimension: build\n", 1)
            .replacen(
                "weights: {research: 2, build: 0.5}",
                "weights: {build: 0.5}",
                1,
            )
            .replacen("weights: {research: 1.5}", "weights: {build: 1.5}", 1)
    };
    let mut edited = String::new();
    let (code, out, path) = validate_with("quizzes/starter.yaml", |t| {
        edited = text(t);
        edited.clone()
    });
    assert_eq!(code, 1);
    assert_reported(
        &out,
        &path,
        line_of(&edited, "- id: research"),
        "no question informs dimension `research`",
    );
}

#[test]
fn text_missing_a_declared_language() {
    check(
        "quizzes/starter.yaml",
        "      id: \"Riset\"\n",
        "",
        "en: \"Research\"",
        "no Indonesian `id` version",
    );
}

/// `minutes`, `version` and the quality limits are counts: a negative number
/// is told the rule, not that it should be a whole number (it is one).
#[test]
fn a_negative_count_is_told_the_rule() {
    check(
        "quizzes/starter.yaml",
        "minutes: 1\n",
        "minutes: -3\n",
        "minutes: -3",
        "minutes: this should be a whole number, 0 or more",
    );
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let quiz = pack.join("quizzes/starter.yaml");
    let text = std::fs::read_to_string(&quiz).unwrap();
    std::fs::write(&quiz, text.replacen("minutes: 1\n", "minutes: -3\n", 1)).unwrap();
    let (_, out, _) = run(
        dir.path(),
        &["--lang", "id", "validate", pack.to_str().unwrap()],
    );
    assert!(
        out.contains("minutes: nilai ini seharusnya sebuah bilangan bulat, 0 atau lebih"),
        "{out}"
    );
}

/// An empty or blank text, in one language of a map or as a plain string, is
/// an error at its line, naming the field, in both languages.
#[test]
fn empty_and_blank_texts_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let edit = |file: &str, from: &str, to: &str| {
        let path = pack.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "`{from}` not in {file}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit("roles/builder.yaml", "en: \"Builder\"", "en: \"\"");
    edit(
        "roles/builder.yaml",
        "summary:\n  en: \"Turns ideas into tools people use.\"\n  id: \"Mengubah ide menjadi alat yang dipakai orang.\"",
        "summary: \"   \"",
    );
    edit(
        "quizzes/starter.yaml",
        "en: \"Reading research papers bores me.\"",
        "en: \"   \"",
    );
    edit(
        "quizzes/starter.yaml",
        "en: \"Fixing a bug users reported\"",
        "en: \"\"",
    );
    let builder = pack.join("roles/builder.yaml").display().to_string();
    let quiz = pack.join("quizzes/starter.yaml").display().to_string();
    let text = |f: &str| std::fs::read_to_string(f).unwrap();
    let (b, q) = (text(&builder), text(&quiz));
    let expected = [
        (&builder, line_of(&b, "en: \"\""), "name.en"),
        (&builder, line_of(&b, "summary:"), "summary"),
        (&quiz, line_of(&q, "en: \"   \""), "questions.1.text.en"),
        (
            &quiz,
            line_of(&q, "en: \"\""),
            "questions.4.options.0.text.en",
        ),
    ];
    for (lang, message, hint) in [
        (
            "en",
            "this text is empty",
            "hint: write the text; this field cannot be left out",
        ),
        (
            "id",
            "teks ini kosong",
            "saran: isi teksnya; field ini wajib ada",
        ),
    ] {
        let (code, out, _) = run(
            dir.path(),
            &["--lang", lang, "validate", pack.to_str().unwrap()],
        );
        assert_eq!(code, 1, "{out}");
        for (file, line, field) in expected {
            assert_reported(&out, file, line, &format!("{field}: {message}"));
        }
        assert_eq!(out.matches(hint).count(), 4, "{out}");
    }
}

#[test]
fn an_empty_optional_text_may_be_removed() {
    // The map that was under `intro:` moves under an unknown field.
    let mut edited = String::new();
    let (code, out, path) = validate_with("quizzes/starter.yaml", |t| {
        edited = t.replacen("intro:\n", "intro: \"\"\nintro_was:\n", 1);
        edited.clone()
    });
    assert_eq!(code, 1);
    let line = line_of(&edited, "intro: \"\"");
    assert_reported(&out, &path, line, "intro: this text is empty");
    assert!(out.contains("hint: write the text, or remove it"), "{out}");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let edit = |f: &str, from: &str, to: &str| {
        let p = pack.join(f);
        std::fs::write(
            &p,
            std::fs::read_to_string(&p).unwrap().replacen(from, to, 1),
        )
        .unwrap();
    };
    edit(
        "quizzes/starter.yaml",
        "dimension: build",
        "dimension: nope",
    );
    edit(
        "roles/builder.yaml",
        "targets: {build: 85, research: 20}",
        "targets: {build: 85}",
    );
    edit("roles/researcher.yaml", "analogy:", "analogyy:");
    edit("roles/skills.yaml", "hours: 20", "hours: 0");
    let (code, out, _) = run(dir.path(), &["validate", pack.to_str().unwrap()]);
    assert_eq!(code, 1);
    for words in [
        "unknown dimension `nope`",
        "no target for dimension",
        "unknown field `analogyy`",
        "hours must be above 0",
    ] {
        assert!(out.contains(words), "missing `{words}` in:\n{out}");
    }
    assert!(
        out.contains("problem found") || out.contains("problems found"),
        "{out}"
    );
}

#[test]
fn json_report_lists_problems_with_positions() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let p = pack.join("quizzes/starter.yaml");
    std::fs::write(
        &p,
        std::fs::read_to_string(&p)
            .unwrap()
            .replacen("dimension: build", "dimension: nope", 1),
    )
    .unwrap();
    let (code, out, _) = run(
        dir.path(),
        &["validate", pack.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(code, 1);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["ok"], false);
    let problem = &doc["problems"][0];
    assert!(problem["file"].as_str().unwrap().ends_with("starter.yaml"));
    assert!(problem["line"].as_u64().unwrap() > 1);
    assert!(problem["hint"].is_string());
}

#[test]
fn a_bad_pack_stops_other_commands_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let p = pack.join("roles/builder.yaml");
    std::fs::write(
        &p,
        std::fs::read_to_string(&p).unwrap().replacen(
            "targets: {build: 85, research: 20}",
            "targets: {build: 85}",
            1,
        ),
    )
    .unwrap();
    let (code, out, err) = run(dir.path(), &["--content", pack.to_str().unwrap(), "roles"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("builder.yaml:") && err.contains("research"),
        "{err}"
    );
}

#[test]
fn a_folder_that_is_not_a_pack() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = run(
        dir.path(),
        &["validate", dir.path().join("nothing").to_str().unwrap()],
    );
    assert_eq!(code, 1);
    assert!(out.contains("not a content pack"), "{out}");
}

#[test]
fn links_out_of_the_pack_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let outside = dir.path().join("secret.yaml");
    std::fs::write(&outside, "id: secret\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&outside, pack.join("roles/secret.yaml")).unwrap();
    let (code, out, _) = run(dir.path(), &["validate", pack.to_str().unwrap()]);
    if cfg!(unix) {
        assert_eq!(code, 1);
        assert!(out.contains("outside the pack"), "{out}");
    }
    let _ = Path::new("");
}

/// Quiz files are read one at a time, as each is checked: one that cannot be
/// read is still reported by its name, and the others are still checked.
#[test]
fn quiz_files_that_cannot_be_read_are_reported_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let quizzes = pack.join("quizzes");
    std::fs::write(quizzes.join("latin1.yaml"), b"id: caf\xe9\n").unwrap();
    std::fs::write(quizzes.join("huge.yaml"), "a".repeat(1024 * 1024 + 1)).unwrap();
    // A second, broken quiz beside them is still checked.
    std::fs::write(quizzes.join("typo.yaml"), "id: typo\nversoin: 1\n").unwrap();
    let (code, out, _) = run(dir.path(), &["validate", pack.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    let line_with = |file: &str| {
        out.lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} not reported: {out}"))
            .to_string()
    };
    assert!(line_with("latin1.yaml").contains("not UTF-8"), "{out}");
    assert!(line_with("huge.yaml").contains("1048577 bytes"), "{out}");
    assert!(out.contains("versoin"), "{out}");
}

#[test]
fn terminal_control_characters_in_content_are_not_printed() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let p = pack.join("roles/builder.yaml");
    let text = std::fs::read_to_string(&p).unwrap().replacen(
        "Turns ideas into tools people use.",
        "Turns ideas\\u001b[2J into tools.",
        1,
    );
    std::fs::write(&p, text).unwrap();
    let (code, out, _) = run(
        dir.path(),
        &["--content", pack.to_str().unwrap(), "roles", "builder"],
    );
    assert_eq!(code, 0);
    assert!(out.contains("Turns ideas[2J into tools."), "{out}");
    assert!(!out.contains('\u{1b}'));
}

/// A text without one of the pack's languages names the language, so `id`
/// cannot be read as the `id:` key.
#[test]
fn a_missing_translation_names_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let pack = common::starter_pack_copy(dir.path());
    let quiz = std::fs::read_dir(pack.join("quizzes"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let text = std::fs::read_to_string(&quiz).unwrap();
    let text = text.replacen("  id: \"Pembangun atau peneliti?\"\n", "", 1);
    std::fs::write(&quiz, text).unwrap();
    let p = pack.to_str().unwrap();
    let (code, out, _) = common::run(dir.path(), &["validate", p]);
    assert_eq!(code, 1);
    assert!(
        out.contains(
            "this text has no Indonesian `id` version, but the pack declares `id` in `languages`"
        ),
        "{out}"
    );
    let (_, out, _) = common::run(dir.path(), &["--lang", "id", "validate", p]);
    assert!(
        out.contains("teks ini tidak punya versi bahasa Indonesia `id`"),
        "{out}"
    );
}
