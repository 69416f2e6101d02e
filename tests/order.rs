//! Reordering questions or roles in the files never changes a result.

mod common;

use common::personas::answers;
use common::{default_pack_copy, json, Rng};

/// Lists the quiz file's dimensions, questions and every question's options
/// in reverse.
fn reverse_quiz(quiz_path: &std::path::Path) {
    let mut quiz: serde_json::Value =
        serde_saphyr::from_str(&std::fs::read_to_string(quiz_path).unwrap()).unwrap();
    quiz["dimensions"].as_array_mut().unwrap().reverse();
    let questions = quiz["questions"].as_array_mut().unwrap();
    questions.reverse();
    for q in questions.iter_mut() {
        if let Some(options) = q.get_mut("options").and_then(|o| o.as_array_mut()) {
            options.reverse();
        }
    }
    std::fs::write(quiz_path, serde_json::to_string_pretty(&quiz).unwrap()).unwrap();
}

/// Reverses the quiz ([`reverse_quiz`]) and renames role files so they are
/// read in the opposite order.
fn shuffle_pack(pack: &std::path::Path) {
    reverse_quiz(&pack.join("quizzes/interests.yaml"));
    let roles = pack.join("roles");
    for (from, to) in [
        ("ai-engineer", "zz-ai-engineer"),
        ("ai-researcher", "aa-ai-researcher"),
    ] {
        std::fs::rename(
            roles.join(format!("{from}.yaml")),
            roles.join(format!("{to}.yaml")),
        )
        .unwrap();
    }
}

#[test]
fn results_do_not_depend_on_file_order() {
    let dir = tempfile::tempdir().unwrap();
    let pack = default_pack_copy(dir.path());
    shuffle_pack(&pack);
    let shuffled = pack.to_str().unwrap();
    let questions = json(dir.path(), &["questions", "--format", "json"]);
    let reordered = json(
        dir.path(),
        &["--content", shuffled, "questions", "--format", "json"],
    );
    assert_ne!(
        questions["questions"][0]["id"], reordered["questions"][0]["id"],
        "the shuffle changed the order"
    );

    let mut rng = Rng::new(99);
    for (i, dim) in ["product", "math", "theory", "product", "math", "theory"]
        .iter()
        .enumerate()
    {
        let doc = answers(&questions, dim, if i < 3 { 0.0 } else { 0.5 }, &mut rng);
        let file = dir.path().join(format!("a{i}.json"));
        std::fs::write(&file, doc.to_string()).unwrap();
        let f = file.to_str().unwrap();
        let mut a = json(dir.path(), &["quiz", "--answers", f, "--format", "json"]);
        let mut b = json(
            dir.path(),
            &[
                "--content",
                shuffled,
                "quiz",
                "--answers",
                f,
                "--format",
                "json",
            ],
        );
        // Dimensions are listed in the quiz's order; compare them as sets.
        for doc in [&mut a, &mut b] {
            doc["dimensions"]
                .as_array_mut()
                .unwrap()
                .sort_by(|x, y| x["id"].as_str().cmp(&y["id"].as_str()));
            doc["evidence"]["dimensions"]
                .as_array_mut()
                .unwrap()
                .sort_by(|x, y| x["id"].as_str().cmp(&y["id"].as_str()));
        }
        assert_eq!(a, b, "answer set {i} scored differently after reordering");
    }
}

/// A copy of `pack` with its quiz file `quiz_file` reversed ([`reverse_quiz`]).
fn reversed_copy(
    pack: &std::path::Path,
    quiz_file: &str,
    to: &std::path::Path,
) -> std::path::PathBuf {
    let copy = to.join("reversed");
    common::copy_tree(pack, &copy);
    reverse_quiz(&copy.join("quizzes").join(quiz_file));
    copy
}

/// The stability of every response, too, on a pack of another shape (four
/// dimensions, multi questions): the same whatever the file's order.
#[test]
fn stability_does_not_depend_on_file_order() {
    let dir = tempfile::tempdir().unwrap();
    let pack = common::repo().join("tests/fixtures/shapes/wide-pack");
    let reversed = reversed_copy(&pack, "wide.yaml", dir.path());
    let p = pack.to_str().unwrap();
    let (code, lines, err) = common::run(
        dir.path(),
        &[
            "--content",
            p,
            "simulate",
            "--emit",
            "jsonl",
            "--respondents",
            "150",
            "--noise",
            "0.3",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let file = dir.path().join("r.jsonl");
    std::fs::write(&file, lines).unwrap();
    let f = file.to_str().unwrap();
    let score = |pack: &str| {
        let (code, out, err) = common::run(
            dir.path(),
            &[
                "--content",
                pack,
                "score",
                f,
                "--stability",
                "--format",
                "jsonl",
            ],
        );
        assert_eq!(code, 0, "{err}");
        out.lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (
                    v["id"].to_string(),
                    v["recommendation"].to_string(),
                    v["stability"].to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(score(p), score(reversed.to_str().unwrap()));
}
