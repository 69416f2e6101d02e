//! Indonesian output uses one word for each thing, as the help does: `peran`
//! for a role, `keterampilan` for a skill, `peta belajar` for a roadmap; a
//! placeholder in a command is written in Indonesian like its neighbours.

mod common;

use common::{run, starter_pack_copy};

/// Runs `career --lang id args…`: (exit code, stdout and stderr together).
fn id(home: &std::path::Path, args: &[&str]) -> (i32, String) {
    let mut all = vec!["--lang", "id"];
    all.extend_from_slice(args);
    let (code, out, err) = run(home, &all);
    (code, format!("{out}{err}"))
}

/// English words for things that have an Indonesian name; commands, ids and
/// field paths (`career roadmap`, `roadmap.stages.0.skills`) aside.
fn assert_no_english_nouns(what: &str, text: &str) {
    for line in text.lines() {
        let words: Vec<&str> = line
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '`' || c == '.'))
            .collect();
        for w in words {
            assert!(
                !matches!(
                    w,
                    "skill" | "skill-mu" | "Skill" | "roadmap" | "Roadmap" | "role" | "SKILL"
                ),
                "{what}: `{w}` in {line:?}"
            );
        }
    }
}

#[test]
fn a_duplicate_role_id_is_a_duplicate_peran_id() {
    let home = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(home.path());
    let researcher = pack.join("roles/researcher.yaml");
    let text = std::fs::read_to_string(&researcher).unwrap();
    std::fs::write(
        &researcher,
        text.replacen("id: researcher", "id: builder", 1),
    )
    .unwrap();
    let (code, out) = id(home.path(), &["validate", pack.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("id peran `builder` ganda"), "{out}");
}

#[test]
fn skills_and_roadmaps_have_their_indonesian_names() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (code, out) = id(h, &["roadmap", "ml-engineer", "--known", "pyton"]);
    assert_eq!(code, 2);
    assert!(out.contains("keterampilan `pyton` tidak dikenal"), "{out}");

    let (_, out) = id(h, &["progress"]);
    assert!(
        out.contains("`career progress done KETERAMPILAN`") && out.contains("`--role PERAN`"),
        "{out}"
    );
    assert_no_english_nouns("progress, nothing tracked", &out);

    let (code, _) = id(h, &["progress", "done", "python"]);
    assert_eq!(code, 0);
    let (_, out) = id(h, &["progress", "--role", "ml-engineer"]);
    assert!(out.contains("keterampilan selesai"), "{out}");
    assert_no_english_nouns("progress --role", &out);

    let (_, out) = id(h, &["roadmap", "ml-engineer"]);
    assert!(out.contains("Peta belajar: ML Engineer"), "{out}");
    let summary = out.lines().nth(1).unwrap_or_default();
    assert!(summary.contains(" keterampilan "), "{out}");
    assert_no_english_nouns("roadmap", &out);

    let (_, out) = id(h, &["roles"]);
    assert!(!out.contains("roadmap belajarmu"), "{out}");
}

#[test]
fn a_did_you_mean_hint_has_no_stray_semicolon() {
    let home = tempfile::tempdir().unwrap();
    let (code, out) = id(home.path(), &["roles", "--format", "jsn"]);
    assert_eq!(code, 2);
    assert!(
        out.contains("maksudnya 'json'? pilihan yang ada: text, json"),
        "{out}"
    );
    assert!(!out.contains("?;"), "{out}");
}
