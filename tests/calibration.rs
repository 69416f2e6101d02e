//! The stated stability is read through the quiz's calibration map: the
//! built-in quiz's map comes with the program and belongs to it; a kept map
//! is used for its own quiz only; a person whose likert answers contradict
//! each other is not told that every retake would agree.
//! (Fitting a map is checked with the release binary in
//! `tests/simulate_targets.rs`: in a debug build it takes half a minute.)

mod common;

use career::content::QuestionKind;
use career::content::{self, PackSource};
use career::engine::stability_map::{quiz_fingerprint, StabilityMap};

fn built_in_maps() -> Vec<StabilityMap> {
    let text = std::fs::read_to_string(common::repo().join("calibration/built-in.json")).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    serde_json::from_value(doc["maps"].clone()).expect("calibration/built-in.json lists maps")
}

#[test]
fn the_built_in_map_belongs_to_the_built_in_quiz() {
    let pack = content::load(&PackSource::BuiltIn).unwrap();
    let maps = built_in_maps();
    for quiz in &pack.quizzes {
        let fp = quiz_fingerprint(&pack, quiz);
        assert!(
            maps.iter().any(|m| m.fits(&fp) && m.quiz == quiz.id),
            "quiz `{}` changed since its calibration map was made: run \
             `cargo run --release -- calibrate --format json > calibration/built-in.json`",
            quiz.id
        );
    }
}

#[test]
fn a_changed_quiz_has_another_fingerprint() {
    let pack = content::load(&PackSource::BuiltIn).unwrap();
    let quiz = pack.quiz(None).unwrap();
    let same = quiz_fingerprint(&pack, quiz);
    // The same quiz with its questions, options and dimensions in another order.
    let mut reordered = quiz.clone();
    reordered.questions.reverse();
    reordered.dimensions.reverse();
    for q in &mut reordered.questions {
        if let QuestionKind::Choice { options } | QuestionKind::Multi { options } = &mut q.kind {
            options.reverse();
        }
    }
    assert_eq!(
        quiz_fingerprint(&pack, &reordered),
        same,
        "the same quiz in another order"
    );
    let mut moved = pack.clone();
    moved.roles[0]
        .targets
        .iter_mut()
        .for_each(|(_, t)| *t = (*t + 1.0).min(100.0));
    let quiz2 = moved.quiz(None).unwrap();
    assert_ne!(
        quiz_fingerprint(&moved, quiz2),
        same,
        "a role's target moved"
    );
}

/// Answers of the built-in quiz that pick the product option of every choice
/// and tick only product options, with likert answers given as `likert(i)`
/// for the i-th statement.
fn answers_file(dir: &std::path::Path, likert: impl Fn(usize) -> u8) -> std::path::PathBuf {
    let questions = common::json(dir, &["questions", "--format", "json"]);
    let mut lines = vec!["answers:".to_string()];
    let mut k = 0;
    for q in questions["questions"].as_array().unwrap() {
        let id = q["id"].as_str().unwrap();
        match q["kind"].as_str().unwrap() {
            "likert" => {
                lines.push(format!("  {id}: {}", likert(k)));
                k += 1;
            }
            kind => {
                let product = q["options"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .max_by(|a, b| {
                        let w =
                            |o: &serde_json::Value| o["weights"]["product"].as_f64().unwrap_or(0.0);
                        w(a).total_cmp(&w(b))
                    })
                    .unwrap();
                let option = product["id"].as_str().unwrap();
                if kind == "multi" {
                    lines.push(format!("  {id}: [{option}]"));
                } else {
                    lines.push(format!("  {id}: {option}"));
                }
            }
        }
    }
    let file = dir.join("answers.yaml");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    file
}

/// The stated stability of `career [--content PACK] quiz --answers FILE`.
fn stated(home: &std::path::Path, pack: Option<&std::path::Path>, file: &std::path::Path) -> f64 {
    let mut cmd = common::career(home);
    if let Some(p) = pack {
        cmd.arg("--content").arg(p);
    }
    let out = cmd
        .args(["quiz", "--answers", file.to_str().unwrap()])
        .args(["--format", "json", "--no-save"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["recommendation"]["stability"].as_f64().unwrap()
}

#[test]
fn contradicting_likert_answers_are_not_told_every_retake_agrees() {
    let home = tempfile::tempdir().unwrap();
    // Every statement answered as a product lover would: agreeing with
    // product statements, disagreeing with the others (reverse-keyed ones
    // turned round).
    let questions = common::json(home.path(), &["questions", "--format", "json"]);
    let likert: Vec<(String, bool)> = questions["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] == "likert")
        .map(|q| {
            let reverse = q["reverse"].as_bool().unwrap_or(false);
            (q["dimension"].as_str().unwrap().to_string(), reverse)
        })
        .collect();
    let consistent = |k: usize| {
        let (dim, reverse) = &likert[k];
        let agree = dim == "product";
        if agree != *reverse {
            5
        } else {
            1
        }
    };
    let file = answers_file(home.path(), consistent);
    let sure = stated(home.path(), None, &file);
    assert!(sure >= 0.9, "a consistent product lover: {sure}");
    // The same choices, but each dimension's statements answered 5, 1, 5, 1:
    // the person's own answers say a retake could come out differently.
    let file = answers_file(home.path(), |k| if k % 2 == 0 { 5 } else { 1 });
    let unsure = stated(home.path(), None, &file);
    assert!(unsure < 0.9, "contradicting answers: {unsure}");
}

/// A map stating `value` everywhere, for the quiz with fingerprint `fp`.
fn flat_map(fp: &str, value: f64) -> StabilityMap {
    StabilityMap {
        format: career::engine::stability_map::FORMAT,
        quiz: "wide".into(),
        fingerprint: fp.into(),
        respondents: 1,
        seed: 1,
        by_figure: vec![value; career::engine::stability_map::FIGURE_NODES],
        noises: vec![0.2],
        by_both: vec![vec![value; career::engine::stability_map::FIGURE_NODES]],
    }
}

#[test]
fn a_kept_map_is_used_for_its_own_quiz_only() {
    let pack_dir = common::repo().join("tests/fixtures/shapes/wide-pack");
    let pack = content::load(&PackSource::Folder(pack_dir.clone())).unwrap();
    let quiz = pack.quiz(None).unwrap();
    let fp = quiz_fingerprint(&pack, quiz);
    let home = tempfile::tempdir().unwrap();
    let answers = home.path().join("a.yaml");
    let ids: Vec<String> = quiz.questions.iter().map(|q| q.id.clone()).collect();
    let mut text = String::from("answers:\n");
    for (q, id) in quiz.questions.iter().zip(&ids) {
        match q.kind.options().first() {
            Some(o) if matches!(q.kind, career::content::QuestionKind::Multi { .. }) => {
                text.push_str(&format!("  {id}: [{}]\n", o.id))
            }
            Some(o) => text.push_str(&format!("  {id}: {}\n", o.id)),
            None => text.push_str(&format!("  {id}: 4\n")),
        }
    }
    std::fs::write(&answers, text).unwrap();
    let run = |home: &std::path::Path| stated(home, Some(&pack_dir), &answers);
    let kept = home.path().join("calibration").join(format!("{fp}.json"));
    std::fs::create_dir_all(kept.parent().unwrap()).unwrap();

    // No map, and none fitted (no-fit): the quick figure.
    let quick = run(home.path());
    // A kept map for this quiz: its figure.
    let value = if quick > 0.5 { 0.25 } else { 0.75 };
    std::fs::write(&kept, serde_json::to_string(&flat_map(&fp, value)).unwrap()).unwrap();
    assert_eq!(run(home.path()), value, "the kept map states the figure");
    // A map for another quiz, under this quiz's name: not used.
    std::fs::write(
        &kept,
        serde_json::to_string(&flat_map("0123456789abcdef", value)).unwrap(),
    )
    .unwrap();
    assert_eq!(
        run(home.path()),
        quick,
        "a map for another quiz is not used"
    );
    // A damaged file: not used, and no error.
    std::fs::write(&kept, b"{ not json").unwrap();
    assert_eq!(run(home.path()), quick, "a damaged map is not used");
}
