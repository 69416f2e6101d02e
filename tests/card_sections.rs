//! Role cards are the pack's: `models` and `math_depth` are optional, and a
//! role may declare its own card sections, shown by the card, the result
//! screen, `compare`, JSON and the HTML page, in both languages.

mod common;
mod html_support;

use std::path::{Path, PathBuf};

use common::{json, run, starter_pack_copy};

const TOOLS: &str = "sections:
  - id: tools
    title:
      en: \"Tools of the trade\"
      id: \"Alat kerja\"
    items:
      - en: \"A notebook and a whiteboard\"
        id: \"Buku catatan dan papan tulis\"
";

/// The starter pack where the builder has no models and no maths section
/// but a pack section, and the researcher keeps its models.
fn pack(dir: &Path) -> PathBuf {
    let pack = starter_pack_copy(dir);
    let file = pack.join("roles/builder.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let models = text
        .find("models:")
        .expect("the starter builder has models");
    let examples = text.find("examples:").unwrap();
    let without = format!("{}{}{TOOLS}", &text[..models], &text[examples..]);
    assert!(!without.contains("math_depth") && !without.contains("from_scratch"));
    std::fs::write(&file, without).unwrap();
    pack
}

#[test]
fn a_role_without_models_or_maths_validates_and_shows_its_own_sections() {
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path());
    let content = pack.to_str().unwrap();
    let (code, out, err) = run(dir.path(), &["validate", content]);
    assert_eq!(code, 0, "{out}{err}");

    let (code, card, _) = run(dir.path(), &["--content", content, "roles", "builder"]);
    assert_eq!(code, 0);
    assert!(
        card.contains("Tools of the trade") && card.contains("A notebook and a whiteboard"),
        "{card}"
    );
    assert!(!card.contains("From scratch or existing models"), "{card}");
    assert!(!card.contains("Maths"), "{card}");

    let (_, researcher, _) = run(dir.path(), &["--content", content, "roles", "researcher"]);
    assert!(
        researcher.contains("From scratch or existing models"),
        "kept where written"
    );
    assert!(!researcher.contains("Tools of the trade"));

    let (_, kartu, _) = run(
        dir.path(),
        &["--content", content, "--lang", "id", "roles", "builder"],
    );
    assert!(
        kartu.contains("Alat kerja") && kartu.contains("Buku catatan"),
        "{kartu}"
    );
}

#[test]
fn compare_lines_sections_up_and_marks_the_missing_ones() {
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path());
    let (code, table, err) = run(
        dir.path(),
        &["--content", pack.to_str().unwrap(), "compare"],
    );
    assert_eq!(code, 0, "{err}");
    let row = |label: &str| {
        table
            .lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("no {label} row in {table}"))
            .to_string()
    };
    assert!(
        // The tests run with TERM=dumb, where the dash that marks a missing
        // section is written in ASCII.
        row("Tools of the trade").contains("--"),
        "the researcher has no tools section"
    );
    assert!(
        row("Builds models from").contains("--"),
        "the builder has no models"
    );
}

#[test]
fn json_gives_null_for_absent_sections_and_lists_the_packs_own() {
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path());
    let doc = json(
        dir.path(),
        &[
            "--content",
            pack.to_str().unwrap(),
            "roles",
            "builder",
            "--format",
            "json",
        ],
    );
    let role = if doc["role"].is_object() {
        &doc["role"]
    } else {
        &doc["roles"][0]
    };
    assert!(role["models"].is_null(), "{doc:#}");
    assert!(role["math_depth"].is_null());
    assert_eq!(role["sections"][0]["id"], "tools");
    assert_eq!(role["sections"][0]["title"], "Tools of the trade");
    assert_eq!(
        role["sections"][0]["items"][0],
        "A notebook and a whiteboard"
    );
}

#[test]
fn a_section_without_a_title_or_body_is_reported_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path());
    let file = pack.join("roles/builder.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{text}  - id: budget\n")).unwrap();
    let (code, out, err) = run(dir.path(), &["validate", pack.to_str().unwrap()]);
    let report = format!("{out}{err}");
    assert_eq!(code, 1, "{report}");
    let line = text.lines().count() + 1;
    assert!(
        report.contains(&format!("builder.yaml:{line}:")),
        "{report}"
    );
    assert!(report.contains("title"), "{report}");
    assert!(report.contains("text"), "{report}");
}

#[test]
fn the_result_screen_and_the_html_page_show_the_recommended_roles_own_sections() {
    let dir = tempfile::tempdir().unwrap();
    let pack = pack(dir.path());
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let pages = html_support::make(&home, Some(&pack), "build", "programming", "builder", "en");
    assert!(
        pages.result.contains("Recommended: Builder"),
        "{}",
        pages.result
    );
    assert!(pages.result.contains("<h3>Tools of the trade</h3>"));
    assert!(!pages.result.contains("From scratch or existing models"));
    assert!(!pages.result.contains("<h3>Maths</h3>"));

    let (code, screen, err) = run(&home, &["--content", pack.to_str().unwrap(), "result"]);
    assert_eq!(code, 0, "{err}");
    assert!(screen.contains("Tools of the trade"), "{screen}");
    assert!(
        !screen.contains("From scratch or existing models"),
        "{screen}"
    );
}
