//! `career init DIR`: a new pack that validates, scores an answers file and
//! runs; an existing pack or file is never overwritten.

mod common;
#[cfg(unix)]
mod pty_support;

use std::path::Path;

use common::{json, run};

fn init(home: &Path, dir: &Path) -> (i32, String, String) {
    run(home, &["init", dir.to_str().unwrap()])
}

/// Every file under `dir` with its contents, sorted.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().display().to_string();
                out.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_new_pack_validates_and_scores_answers() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("my-pack");
    let (code, out, err) = init(tmp.path(), &pack);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("career validate"),
        "says what to do next: {out}"
    );

    let (code, out, err) = run(tmp.path(), &["validate", pack.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("no problems found"), "{out}");

    // Answers that lean towards systems recommend the engineer, people the designer.
    let content = pack.to_str().unwrap();
    for (answers, role) in [
        ("answers:\n  talk-to-users: 2\n  avoid-servers: 1\n  free-afternoon: speed-up-code\n  good-days: [fixing-outage]\n", "engineer"),
        ("answers:\n  talk-to-users: 5\n  avoid-servers: 5\n  free-afternoon: sketch-screens\n  good-days: [interviews, workshop]\n", "designer"),
    ] {
        let file = tmp.path().join(format!("{role}.yaml"));
        std::fs::write(&file, answers).unwrap();
        let result = json(
            tmp.path(),
            &["--content", content, "quiz", "--answers", file.to_str().unwrap(), "--format", "json", "--no-save"],
        );
        assert_eq!(result["recommendation"]["role"], role, "{result:#}");
    }

    // The quiz, roles and roadmap of the new pack are what the commands show.
    let (code, out, _) = run(tmp.path(), &["--content", content, "roles"]);
    assert_eq!(code, 0);
    assert!(out.contains("Product designer") && out.contains("Backend engineer"));
    let (code, out, _) = run(
        tmp.path(),
        &["--content", content, "--lang", "id", "roadmap", "designer"],
    );
    assert_eq!(code, 0);
    assert!(out.contains("Riset pengguna"), "{out}");
}

#[test]
fn every_yaml_file_starts_with_its_schema_line_and_the_schema_is_there() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("p");
    assert_eq!(init(tmp.path(), &pack).0, 0);
    for (file, kind) in [
        ("quizzes/quiz.yaml", "quiz"),
        ("roles/designer.yaml", "role"),
        ("roles/engineer.yaml", "role"),
        ("roles/skills.yaml", "skills"),
    ] {
        let text = std::fs::read_to_string(pack.join(file)).unwrap();
        let line = format!("# yaml-language-server: $schema=../schemas/{kind}.schema.json");
        assert_eq!(text.lines().next(), Some(line.as_str()), "{file}");
        let schema: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(pack.join(format!("schemas/{kind}.schema.json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    }
}

#[test]
fn nothing_is_overwritten_and_nothing_is_written_when_a_file_is_in_the_way() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    std::fs::create_dir_all(pack.join("roles")).unwrap();
    std::fs::write(pack.join("roles/skills.yaml"), "my own skills\n").unwrap();
    let before = snapshot(&pack);
    let (code, out, err) = init(tmp.path(), &pack);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("roles/skills.yaml") && err.contains("writes nothing"),
        "{err}"
    );
    assert_eq!(snapshot(&pack), before, "the folder is as it was");

    // A second init over a finished one changes nothing either.
    let other = tmp.path().join("other");
    assert_eq!(init(tmp.path(), &other).0, 0);
    std::fs::write(other.join("quizzes/quiz.yaml"), "edited\n").unwrap();
    let before = snapshot(&other);
    assert_eq!(init(tmp.path(), &other).0, 2);
    assert_eq!(snapshot(&other), before);
}

#[test]
fn a_folder_that_already_holds_a_pack_is_refused_in_indonesian_too() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    std::fs::create_dir_all(pack.join("quizzes")).unwrap();
    std::fs::write(pack.join("quizzes/other.yaml"), "id: other\n").unwrap();
    let (code, _, err) = run(
        tmp.path(),
        &["--lang", "id", "init", pack.to_str().unwrap()],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("tidak menulis apa pun") && err.contains("quizzes/"),
        "{err}"
    );
    assert!(!pack.join("roles").exists());
}

#[test]
fn a_folder_that_cannot_be_written_is_reported_and_left_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let (code, _, err) = init(tmp.path(), &file.join("pack"));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("cannot write"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), b"x");
}

/// `career --content DIR quiz` in a terminal: the new pack's quiz runs to a result.
#[cfg(unix)]
#[test]
fn the_new_pack_runs_as_an_interactive_quiz() {
    use career::i18n::Lang;
    use pty_support::{answer_all, expected_role, persona, World};

    let pack = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    assert_eq!(
        init(home.path(), pack.path()).0,
        0,
        "an empty folder is fine"
    );
    let world = World {
        home,
        pack: Some(pack),
    };
    let loaded = world.load();
    let quiz = loaded.quiz(None).unwrap();
    let picks = persona(quiz, "systems");
    let (role, name) = expected_role(&loaded, quiz, &picks, Lang::En);
    assert_eq!(role, "engineer", "someone who loves building systems");
    let mut p = world.spawn(&["quiz"], &[]);
    p.exp_string("People or systems?").unwrap();
    answer_all(&mut p, Lang::En, quiz, &picks, 0);
    p.exp_string(&format!("Recommended: {name}")).unwrap();
    p.exp_string("Tools of the trade").unwrap();
    p.exp_eof().unwrap();
}
