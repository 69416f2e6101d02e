//! The commands as scripts and people meet them: JSON documents, languages,
//! usage errors, pipes and terminal conventions.

mod common;

use common::{career, json, run};

#[test]
fn every_command_has_json_with_a_schema_version() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    for args in [
        &["questions", "--format", "json"][..],
        &["roles", "--format", "json"],
        &["roles", "ml-engineer", "--format", "json"],
        &["compare", "--format", "json"],
        &["roadmap", "ai-engineer", "--format", "json"],
        &["validate", "--format", "json"],
    ] {
        let doc = json(h, args);
        assert_eq!(doc["schema_version"], 1, "career {args:?}");
    }
}

#[test]
fn questions_json_describes_every_question() {
    let home = tempfile::tempdir().unwrap();
    let doc = json(home.path(), &["questions", "--format", "json"]);
    let questions = doc["questions"].as_array().unwrap();
    assert!(questions.len() >= 24);
    let dims: Vec<&str> = doc["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(dims, ["product", "math", "theory"]);
    for dim in dims {
        let informing = questions
            .iter()
            .filter(|q| {
                q["dimension"] == dim
                    || q["options"].as_array().is_some_and(|o| {
                        o.iter()
                            .any(|o| o["weights"][dim].as_f64().unwrap_or(0.0) != 0.0)
                    })
            })
            .count();
        assert!(informing >= 8, "{dim} is informed by {informing} questions");
    }
    for q in questions {
        assert!(q["id"].is_string() && q["text"].is_string());
        match q["kind"].as_str().unwrap() {
            "likert" => assert!(q["dimension"].is_string() && q["reverse"].is_boolean()),
            "choice" | "multi" => {
                for o in q["options"].as_array().unwrap() {
                    assert!(o["id"].is_string() && o["weights"].is_object());
                }
            }
            other => panic!("unexpected kind {other}"),
        }
    }
    let kinds = |k: &str| questions.iter().filter(|q| q["kind"] == k).count();
    assert!(kinds("likert") > 0 && kinds("choice") > 0 && kinds("multi") > 0);
    assert!(
        questions.iter().any(|q| q["reverse"] == true),
        "some likert items are reverse-keyed"
    );
}

#[test]
fn role_cards_compare_and_roadmap_in_both_languages() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = run(home.path(), &["roles", "ai-engineer"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("AI Engineer") && out.contains("Analogy") && out.contains("Data Scientist"),
        "{out}"
    );
    let (code, out, _) = run(home.path(), &["--lang", "id", "roles", "ai-engineer"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Analogi") && out.contains("Contoh pekerjaan"),
        "{out}"
    );

    let (code, out, _) = run(home.path(), &["compare"]);
    assert_eq!(code, 0);
    for label in [
        "Main focus",
        "Builds models from scratch",
        "Maths",
        "Example work",
        "Typical employers",
    ] {
        // Long labels wrap inside their cell; their first word starts a row.
        let first = label.split(' ').next().unwrap();
        assert!(out.contains(first), "compare shows `{label}`:\n{out}");
    }
    assert!(
        out.lines().all(|l| console::measure_text_width(l) <= 80),
        "fits 80 columns:\n{out}"
    );
    let (code, out, _) = run(
        home.path(),
        &["--lang", "id", "compare", "ai-engineer", "ml-engineer"],
    );
    assert_eq!(code, 0);
    assert!(
        out.contains("Fokus utama") && !out.contains("AI Researcher"),
        "{out}"
    );

    let (code, out, _) = run(home.path(), &["roadmap", "ml-engineer"]);
    assert_eq!(code, 0);
    assert!(out.contains("Stage 1") && out.contains("Stage 2"), "{out}");
    let (code, out, _) = run(home.path(), &["--lang", "id", "roadmap", "ml-engineer"]);
    assert_eq!(code, 0);
    assert!(out.contains("Tahap 1"), "{out}");
}

#[test]
fn an_unknown_role_is_a_usage_error_with_a_suggestion() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) = run(home.path(), &["roles", "ml-enginer"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("unknown role `ml-enginer`") && err.contains("did you mean `ml-engineer`?"),
        "{err}"
    );
    let (code, _, err) = run(home.path(), &["--lang", "id", "compare", "ai-enginer"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("tidak dikenal") && err.contains("ai-engineer"),
        "{err}"
    );
}

#[test]
fn bad_flags_exit_2() {
    let home = tempfile::tempdir().unwrap();
    let (code, _, err) = run(home.path(), &["quiz", "--format", "yaml"]);
    assert_eq!(code, 2);
    assert!(err.contains("yaml"), "{err}");
    let (code, _, _) = run(home.path(), &["--lang", "fr", "roles"]);
    assert_eq!(code, 2);
    let (code, out, _) = run(home.path(), &["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Exit codes"), "{out}");
}

#[test]
fn piped_output_has_no_colour_codes_and_no_color_is_respected() {
    let home = tempfile::tempdir().unwrap();
    for env in [("NO_COLOR", "1"), ("CLICOLOR", "0"), ("TERM", "dumb")] {
        let out = career(home.path())
            .env(env.0, env.1)
            .args(["roles", "ai-engineer"])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert!(!out.stdout.contains(&0x1b), "{env:?} gives plain text");
    }
}

#[test]
fn narrow_terminals_wrap() {
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .env("COLUMNS", "50")
        .args(["roles", "ai-researcher"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines().all(|l| console::measure_text_width(l) <= 50),
        "{text}"
    );
}

#[test]
fn command_line_mistakes_are_explained_in_indonesian_too() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) = run(home.path(), &["--lang", "id", "quiz", "--formt", "json"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("argumen tidak dikenal") && err.contains("--formt"),
        "{err}"
    );
    let out = career(home.path())
        .env("LANG", "id_ID.UTF-8")
        .args(["rols"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("perintah tidak dikenal"));
}

#[test]
fn naming_a_role_twice_compares_it_once() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = run(home.path(), &["compare", "ai-engineer", "ai-engineer"]);
    assert_eq!(code, 0);
    assert_eq!(out.matches("AI Engineer").count(), 1, "{out}");
    let doc = json(
        home.path(),
        &[
            "compare",
            "ml-engineer",
            "ai-engineer",
            "ml-engineer",
            "--format",
            "json",
        ],
    );
    let ids: Vec<&str> = doc["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["ml-engineer", "ai-engineer"]);
}

#[test]
fn every_json_document_names_its_language() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["roles", "--format", "json"][..],
        &["roles", "ai-engineer", "--format", "json"],
        &["compare", "--format", "json"],
        &["questions", "--format", "json"],
        &["roadmap", "ai-engineer", "--format", "json"],
    ] {
        for lang in ["en", "id"] {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            assert_eq!(json(home.path(), &all)["language"], lang, "{all:?}");
        }
    }
}

#[test]
fn global_options_work_before_and_after_the_subcommand() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let pack = common::repo().join("tests/fixtures/tiny-pack");
    let pack = pack.to_str().unwrap();
    // `--content` decides which roles are listed; `--lang` the language.
    let before = json(
        h,
        &[
            "--lang",
            "id",
            "--content",
            pack,
            "roles",
            "--format",
            "json",
        ],
    );
    let after = json(
        h,
        &["roles", "--format=json", "--content", pack, "--lang=id"],
    );
    let builtin = json(h, &["roles", "--format", "json"]);
    assert_eq!(before["language"], "id");
    assert_eq!(before, after);
    assert_ne!(
        before["roles"], builtin["roles"],
        "--content picks the tiny pack"
    );
    // A subcommand's help lists the global options too.
    let (code, help, _) = run(h, &["roles", "--help"]);
    assert_eq!(code, 0);
    for flag in ["--lang", "--content", "--color", "--no-pager"] {
        assert!(help.contains(flag), "{flag} missing from: {help}");
    }
}

#[test]
fn counts_are_real_plurals_in_both_languages() {
    let home = tempfile::tempdir().unwrap();
    let tiny = common::repo().join("tests/fixtures/tiny-pack");
    let tiny = tiny.to_str().unwrap();
    let (_, out, _) = run(home.path(), &["validate", tiny]);
    assert!(
        out.contains("(1 quiz, 1 question, 1 role, 3 skills)"),
        "{out}"
    );
    let (_, out, _) = run(home.path(), &["validate"]);
    assert!(
        out.contains("1 quiz, ") && out.contains(" questions, 3 roles"),
        "{out}"
    );
    let (_, out, _) = run(home.path(), &["--lang", "id", "validate", tiny]);
    assert!(
        out.contains("(1 kuis, 1 pertanyaan, 1 peran, 3 keterampilan)"),
        "{out}"
    );
    assert!(!out.contains("(s)") && !out.contains("(zes)"));
    // One problem is "1 problem".
    let bad = tempfile::tempdir().unwrap();
    common::copy_tree(std::path::Path::new(tiny), bad.path());
    let quiz = bad.path().join("quizzes/tiny.yaml");
    let text = std::fs::read_to_string(&quiz).unwrap();
    std::fs::write(&quiz, format!("{text}\nbogus: 1\n")).unwrap();
    let (code, out, _) = run(home.path(), &["validate", bad.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("1 problem found in"), "{out}");
    let (_, _, err) = run(
        home.path(),
        &["--content", bad.path().to_str().unwrap(), "roles"],
    );
    assert!(err.contains("has 1 problem:"), "{err}");
}
