//! `career schema quiz|role|skills`: draft-07 JSON Schemas that every file of
//! the default pack, the starter pack and a `career init` pack satisfies,
//! that catch the mistakes an editor should underline, and that match the
//! copies in schemas/ that the packs' first lines point editors to.

mod common;

use std::path::{Path, PathBuf};

use common::{repo, run};
use serde_json::Value;

fn schema(kind: &str) -> Value {
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) = run(home.path(), &["schema", kind]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

fn validator(kind: &str) -> jsonschema::Validator {
    jsonschema::draft7::new(&schema(kind)).expect("a valid draft-07 schema")
}

/// A YAML file as JSON, read with the YAML parser the project uses.
fn yaml_as_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The schema a pack file answers to, by where it sits.
fn kind_of(path: &Path) -> &'static str {
    let folder = path.parent().unwrap().file_name().unwrap();
    match (
        folder.to_str().unwrap(),
        path.file_name().unwrap().to_str().unwrap(),
    ) {
        ("quizzes", _) => "quiz",
        ("roles", "skills.yaml") => "skills",
        _ => "role",
    }
}

fn pack_files(pack: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for folder in ["quizzes", "roles"] {
        for entry in std::fs::read_dir(pack.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Every problem the schema finds in `doc`, as text.
fn problems(kind: &str, doc: &Value) -> Vec<String> {
    validator(kind)
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn assert_pack_valid(pack: &Path) -> usize {
    let files = pack_files(pack);
    for file in &files {
        let found = problems(kind_of(file), &yaml_as_json(file));
        assert!(found.is_empty(), "{}: {found:#?}", file.display());
    }
    files.len()
}

#[test]
fn schemas_are_draft_07() {
    for kind in ["quiz", "role", "skills"] {
        let s = schema(kind);
        assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
        assert_eq!(s["type"], "object");
        assert!(!s["title"].as_str().unwrap().is_empty());
    }
}

#[test]
fn every_file_of_the_default_and_starter_packs_fits_its_schema() {
    assert!(assert_pack_valid(&repo()) >= 5, "a quiz, roles and skills");
    assert!(assert_pack_valid(&repo().join("examples/starter-pack")) >= 4);
}

#[test]
fn a_pack_from_career_init_fits_its_schema() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    let (code, _, err) = run(dir.path(), &["init", pack.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(assert_pack_valid(&pack), 4);
}

#[test]
fn the_schema_underlines_typos_wrong_kinds_and_wrong_types() {
    let role = yaml_as_json(&repo().join("examples/starter-pack/roles/builder.yaml"));
    let mut typo = role.clone();
    let summary = typo.as_object_mut().unwrap().remove("summary").unwrap();
    typo["sumary"] = summary;
    assert!(!problems("role", &typo).is_empty(), "a misspelt field");

    let mut bad_targets = role.clone();
    bad_targets["targets"]["build"] = Value::from("high");
    assert!(
        !problems("role", &bad_targets).is_empty(),
        "a word for a number"
    );

    let quiz = yaml_as_json(&repo().join("examples/starter-pack/quizzes/starter.yaml"));
    let mut bad_kind = quiz.clone();
    bad_kind["questions"][0]["kind"] = Value::from("likret");
    assert!(
        !problems("quiz", &bad_kind).is_empty(),
        "an unknown question kind"
    );

    let skills = yaml_as_json(&repo().join("examples/starter-pack/roles/skills.yaml"));
    let mut bad_level = skills.clone();
    bad_level["skills"][0]["level"] = Value::from("expert");
    assert!(
        !problems("skills", &bad_level).is_empty(),
        "an unknown level"
    );
}

#[test]
fn the_schema_files_editors_use_are_the_ones_career_prints() {
    for kind in ["quiz", "role", "skills"] {
        let file = repo().join(format!("schemas/{kind}.schema.json"));
        let saved: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert!(
            saved == schema(kind),
            "{} is out of date: run `career schema {kind} > schemas/{kind}.schema.json`",
            file.display()
        );
    }
}
