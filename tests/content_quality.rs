//! Quality warnings (`check::quality`): reported with file and line, the exit
//! code unchanged, limits a pack can set for itself; the default pack has none.
//! Also: `career roles` and `career compare` list roles in the pack's order.

mod common;

use std::path::Path;

use career::content::{self, PackSource};
use common::{json, run, starter_pack_copy};

/// A fresh copy of the example pack with `edit` applied to `file`; returns the
/// pack folder, the file's path as shown in messages, and the edited text.
fn edited_starter(
    dir: &Path,
    file: &str,
    edit: impl FnOnce(String) -> String,
) -> (String, String, String) {
    let pack = starter_pack_copy(dir);
    let path = pack.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit must change the file");
    std::fs::write(&path, &edited).unwrap();
    (
        pack.to_str().unwrap().to_string(),
        path.display().to_string(),
        edited,
    )
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("`{needle}` not in file"))
}

/// The `quality:` block the example pack sets for itself, removed.
fn without_own_limits(t: String) -> String {
    t.replace(
        "quality:\n  min_items_per_dimension: 3\n  min_reverse_per_dimension: 1\n",
        "",
    )
}

#[test]
fn the_default_pack_has_no_quality_warnings() {
    // `check`, not `load`: the pre-built default pack does not keep its warnings.
    let pack = content::check(&PackSource::BuiltIn).expect("the built-in pack is valid");
    let words: Vec<String> = pack
        .warnings
        .iter()
        .map(|d| career::i18n::diagnostics::word(d, career::i18n::Lang::En).location_line())
        .collect();
    assert!(words.is_empty(), "warnings on the default pack: {words:#?}");
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = run(home.path(), &["validate"]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("warning"), "{out}");
    assert!(out.contains("no problems found"), "{out}");
}

#[test]
fn thin_coverage_is_a_warning_at_the_dimension_and_the_exit_code_stays_0() {
    let dir = tempfile::tempdir().unwrap();
    let (pack, path, text) = edited_starter(dir.path(), "quizzes/starter.yaml", without_own_limits);
    let (code, out, err) = run(dir.path(), &["validate", &pack]);
    assert_eq!(code, 0, "warnings do not fail validation:\n{out}{err}");
    let build = line_of(&text, "- id: build");
    let research = line_of(&text, "- id: research");
    for (line, words) in [
        (
            build,
            "dimension `build` is informed by 4 question(s); at least 10",
        ),
        (build, "dimension `build` has 1 reverse-keyed"),
        (
            research,
            "dimension `research` is informed by 3 question(s)",
        ),
        (research, "dimension `research` has 1 reverse-keyed"),
    ] {
        let prefix = format!("warning: {path}:{line}:");
        assert!(
            out.lines()
                .any(|l| l.starts_with(&prefix) && l.contains(words)),
            "expected `{prefix}` … `{words}` in:\n{out}"
        );
    }
    assert!(out.contains("no errors, 4 warnings"), "{out}");
    assert!(
        out.contains("hint: add likert statements with `dimension: build` and `reverse: true`"),
        "{out}"
    );

    // In Indonesian too, and in JSON the pack is still ok.
    let (code, out, _) = run(dir.path(), &["--lang", "id", "validate", &pack]);
    assert_eq!(code, 0);
    assert!(out.contains("peringatan: "), "{out}");
    assert!(out.contains("tidak ada kesalahan, 4 peringatan"), "{out}");
    let doc = json(dir.path(), &["validate", &pack, "--format", "json"]);
    assert_eq!(doc["ok"], true, "{doc:#}");
    let problems = doc["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 4, "{doc:#}");
    assert!(
        problems.iter().all(|p| p["severity"] == "warning"),
        "{doc:#}"
    );
}

#[test]
fn a_pack_sets_its_own_limits() {
    // The example pack as shipped lowers the limits in its quiz file: clean.
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let (code, out, _) = run(dir.path(), &["validate", pack.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no problems found"), "{out}");
    // Raising a limit above what the pack has brings the warning back.
    let dir = tempfile::tempdir().unwrap();
    let (pack, _, _) = edited_starter(dir.path(), "quizzes/starter.yaml", |t| {
        t.replace(
            "min_reverse_per_dimension: 1",
            "min_reverse_per_dimension: 2",
        )
    });
    let (code, out, _) = run(dir.path(), &["validate", &pack]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.matches("reverse-keyed").count(), 2, "{out}");
    assert!(!out.contains("is informed by"), "{out}");
}

#[test]
fn an_item_that_names_a_role_is_a_warning_at_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let (pack, path, text) = edited_starter(dir.path(), "quizzes/starter.yaml", |t| {
        t.replace(
            "en: \"Build a small app\"",
            "en: \"Do what a Builder does: build a small app\"",
        )
        .replace(
            "en: \"Proving why a method works\"",
            "en: \"Proving why a method works, as the researcher role does\"",
        )
    });
    let (code, out, _) = run(dir.path(), &["validate", &pack]);
    assert_eq!(code, 0, "{out}");
    let builder = line_of(&text, "a Builder does");
    let researcher = line_of(&text, "researcher role");
    for (line, role) in [(builder, "builder"), (researcher, "researcher")] {
        let prefix = format!("warning: {path}:{line}:");
        assert!(
            out.lines()
                .any(|l| l.starts_with(&prefix) && l.contains(&format!("names the role `{role}`"))),
            "expected `{prefix}` naming `{role}` in:\n{out}"
        );
    }
    // Words that only contain a name are not names: "builders" is fine.
    let dir = tempfile::tempdir().unwrap();
    let (pack, _, _) = edited_starter(dir.path(), "quizzes/starter.yaml", |t| {
        t.replace(
            "en: \"Build a small app\"",
            "en: \"Build a small app for other builders\"",
        )
    });
    let (_, out, _) = run(dir.path(), &["validate", &pack]);
    assert!(!out.contains("names the role"), "{out}");
}

#[test]
fn a_plain_http_link_is_a_warning_at_its_url() {
    let dir = tempfile::tempdir().unwrap();
    let (pack, path, text) = edited_starter(dir.path(), "roles/skills.yaml", |t| {
        t.replacen("url: \"https://", "url: \"http://", 1)
    });
    let (code, out, _) = run(dir.path(), &["validate", &pack]);
    assert_eq!(code, 0, "{out}");
    let line = line_of(&text, "url: \"http://");
    let prefix = format!("warning: {path}:{line}:");
    assert!(
        out.lines()
            .any(|l| l.starts_with(&prefix) && l.contains("plain `http://` link")),
        "expected `{prefix}` in:\n{out}"
    );
    assert!(out.contains("hint: use the `https://` address"), "{out}");
}

#[test]
fn errors_still_fail_and_are_not_hidden_by_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let (pack, _, _) = edited_starter(dir.path(), "quizzes/starter.yaml", |t| {
        without_own_limits(t).replacen("dimension: build", "dimension: buidl", 1)
    });
    let (code, out, _) = run(dir.path(), &["validate", &pack]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("unknown dimension `buidl`"), "{out}");
}

fn role_ids(doc: &serde_json::Value) -> Vec<String> {
    doc["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn roles_and_compare_list_the_default_roles_from_product_to_theory() {
    let home = tempfile::tempdir().unwrap();
    let want = ["ai-engineer", "ml-engineer", "ai-researcher"];
    assert_eq!(
        role_ids(&json(home.path(), &["roles", "--format", "json"])),
        want
    );
    assert_eq!(
        role_ids(&json(home.path(), &["compare", "--format", "json"])),
        want
    );
    let (_, out, _) = run(home.path(), &["roles"]);
    let at = |name: &str| {
        out.find(name)
            .unwrap_or_else(|| panic!("{name} in:\n{out}"))
    };
    assert!(
        at("AI Engineer") < at("ML Engineer") && at("ML Engineer") < at("AI Researcher"),
        "{out}"
    );
    let (_, out, _) = run(home.path(), &["compare"]);
    let at = |name: &str| {
        out.find(name)
            .unwrap_or_else(|| panic!("{name} in:\n{out}"))
    };
    assert!(
        at("AI Engineer") < at("ML Engineer") && at("ML Engineer") < at("AI Researcher"),
        "{out}"
    );
}

#[test]
fn pack_order_follows_the_quiz_dimensions_in_another_pack() {
    // The example pack lists `build` then `research`: builder first.
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let pack = pack.to_str().unwrap();
    let doc = json(
        dir.path(),
        &["--content", pack, "roles", "--format", "json"],
    );
    assert_eq!(role_ids(&doc), ["builder", "researcher"]);
    // With the dimensions listed the other way round, the researcher comes first.
    let dir = tempfile::tempdir().unwrap();
    let (pack, _, _) = edited_starter(dir.path(), "quizzes/starter.yaml", |t| {
        let start = t.find("  - id: build\n").unwrap();
        let mid = t.find("  - id: research\n").unwrap();
        let end = t.find("questions:\n").unwrap();
        format!(
            "{}{}{}{}",
            &t[..start],
            &t[mid..end],
            &t[start..mid],
            &t[end..]
        )
    });
    let doc = json(
        dir.path(),
        &["--content", &pack, "compare", "--format", "json"],
    );
    assert_eq!(role_ids(&doc), ["researcher", "builder"]);
}
