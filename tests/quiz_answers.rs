//! `career quiz --answers`: people with clear interests get their role, even
//! when their answers are noisy; bad answers are reported with file and line.

mod common;

use common::personas::answers;
use common::{json, run, Rng};

const PERSONAS: [(&str, &str); 3] = [
    ("product", "ai-engineer"),
    ("math", "ml-engineer"),
    ("theory", "ai-researcher"),
];

fn recommend(home: &std::path::Path, doc: &serde_json::Value, name: &str) -> serde_json::Value {
    let file = home.join(name);
    std::fs::write(&file, serde_json::to_string(doc).unwrap()).unwrap();
    json(
        home,
        &[
            "quiz",
            "--answers",
            file.to_str().unwrap(),
            "--format",
            "json",
        ],
    )
}

#[test]
fn each_persona_is_recommended_their_role() {
    let home = tempfile::tempdir().unwrap();
    let questions = json(home.path(), &["questions", "--format", "json"]);
    for (dim, role) in PERSONAS {
        let result = recommend(
            home.path(),
            &answers(&questions, dim, 0.0, &mut Rng::new(1)),
            "a.json",
        );
        assert_eq!(
            result["recommendation"]["role"], role,
            "a person who loves {dim}: {result:#}"
        );
        assert_eq!(result["roles"][0]["id"], role);
        assert_eq!(result["flat_profile"], false);
        assert_eq!(result["skipped"], 0);
        // The loved dimension is the person's highest score.
        let dims = result["dimensions"].as_array().unwrap();
        let top = dims
            .iter()
            .max_by(|a, b| {
                a["score"]
                    .as_f64()
                    .unwrap()
                    .total_cmp(&b["score"].as_f64().unwrap())
            })
            .unwrap();
        assert_eq!(top["id"], dim);
    }
}

#[test]
fn noisy_personas_still_mostly_land_right() {
    let home = tempfile::tempdir().unwrap();
    let questions = json(home.path(), &["questions", "--format", "json"]);
    let mut rng = Rng::new(2024);
    for (dim, role) in PERSONAS {
        let trials = 20;
        let right = (0..trials)
            .filter(|i| {
                let doc = answers(&questions, dim, 0.3, &mut rng);
                recommend(home.path(), &doc, &format!("{dim}-{i}.json"))["recommendation"]["role"]
                    == role
            })
            .count();
        assert!(
            right * 100 >= trials * 80,
            "{dim}: only {right} of {trials} noisy answer sets were recommended {role}"
        );
    }
}

#[test]
fn json_result_has_the_documented_fields() {
    let home = tempfile::tempdir().unwrap();
    let questions = json(home.path(), &["questions", "--format", "json"]);
    let result = recommend(
        home.path(),
        &answers(&questions, "math", 0.0, &mut Rng::new(3)),
        "a.json",
    );
    assert_eq!(result["schema_version"], 1);
    for d in result["dimensions"].as_array().unwrap() {
        let score = d["score"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&score));
        assert!(d["id"].is_string());
    }
    let matches: Vec<f64> = result["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["match"].as_f64().unwrap())
        .collect();
    assert_eq!(matches.len(), 3);
    assert!(
        matches.windows(2).all(|w| w[0] >= w[1]),
        "roles are sorted best first: {matches:?}"
    );
    assert!(result["recommendation"]["close_call"].is_boolean());
    assert!(result["flat_profile"].is_boolean());
    assert_eq!(
        result["answered"].as_u64().unwrap() + result["skipped"].as_u64().unwrap(),
        questions["questions"].as_array().unwrap().len() as u64
    );
}

#[test]
fn missing_answers_count_as_skipped_and_an_empty_file_recommends_nothing() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("empty.yaml");
    std::fs::write(&file, "answers: {}\n").unwrap();
    let result = json(
        home.path(),
        &[
            "quiz",
            "--answers",
            file.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(result["answered"], 0);
    assert_eq!(result["flat_profile"], true);
    assert_eq!(result["recommendation"], serde_json::Value::Null);
    let (code, out, _) = run(home.path(), &["quiz", "--answers", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Not enough answers yet"),
        "the text result says there is no recommendation yet: {out}"
    );
}

#[test]
fn text_result_shows_bars_roles_recommendation_and_reasons() {
    let home = tempfile::tempdir().unwrap();
    let questions = json(home.path(), &["questions", "--format", "json"]);
    let file = home.path().join("a.json");
    std::fs::write(
        &file,
        answers(&questions, "product", 0.0, &mut Rng::new(1)).to_string(),
    )
    .unwrap();
    let (code, out, err) = run(home.path(), &["quiz", "--answers", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Recommended: AI Engineer"), "{out}");
    for role in ["AI Engineer", "ML Engineer", "AI Researcher"] {
        assert!(
            out.lines().any(|l| l.contains(role) && l.contains('%')),
            "{role} has a match line: {out}"
        );
    }
    assert!(
        out.contains("You answered"),
        "reasons quote the person's answers: {out}"
    );
    assert!(out.contains("career roadmap ai-engineer"));
    assert!(
        out.lines().all(|l| console::measure_text_width(l) <= 80),
        "fits 80 columns:\n{out}"
    );
}

#[test]
fn indonesian_result() {
    let home = tempfile::tempdir().unwrap();
    let questions = json(home.path(), &["questions", "--format", "json"]);
    let file = home.path().join("a.json");
    std::fs::write(
        &file,
        answers(&questions, "theory", 0.0, &mut Rng::new(1)).to_string(),
    )
    .unwrap();
    let (code, out, _) = run(
        home.path(),
        &["--lang", "id", "quiz", "--answers", file.to_str().unwrap()],
    );
    assert_eq!(code, 0);
    assert!(out.contains("Rekomendasi: AI Researcher"), "{out}");
    assert!(out.contains("Profil minatmu"));
    // The locale picks the language too.
    let out = common::career(home.path())
        .env("LANG", "id_ID.UTF-8")
        .args(["quiz", "--answers", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Rekomendasi"));
}

fn bad_answers(text: &str) -> (i32, String, String, String) {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("answers.yaml");
    std::fs::write(&file, text).unwrap();
    let path = file.to_str().unwrap().to_string();
    let (code, out, err) = run(home.path(), &["quiz", "--answers", &path]);
    (code, out, err, path)
}

#[test]
fn unknown_question_is_named_with_file_and_line() {
    let (code, out, err, path) = bad_answers("answers:\n  enjoy-shiping: 4\n");
    assert_eq!(code, 1);
    assert!(out.is_empty(), "nothing that looks like a result: {out}");
    assert!(err.contains(&format!("{path}:2:")), "{err}");
    assert!(err.contains("unknown question `enjoy-shiping`"), "{err}");
}

#[test]
fn unknown_option_is_named_with_the_choices() {
    let home = tempfile::tempdir().unwrap();
    let questions = json(home.path(), &["questions", "--format", "json"]);
    let choice = questions["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["kind"] == "choice")
        .unwrap();
    let id = choice["id"].as_str().unwrap();
    let (code, out, err, path) = bad_answers(&format!("answers:\n  {id}: not-an-option\n"));
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains(&format!("{path}:2:")), "{err}");
    assert!(err.contains("no option `not-an-option`"), "{err}");
    assert!(
        err.contains(choice["options"][0]["id"].as_str().unwrap()),
        "the hint lists the options: {err}"
    );
}

#[test]
fn likert_of_nine_is_out_of_range() {
    let home = tempfile::tempdir().unwrap();
    let questions = json(home.path(), &["questions", "--format", "json"]);
    let likert = questions["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["kind"] == "likert")
        .unwrap();
    let id = likert["id"].as_str().unwrap();
    let (code, out, err, path) = bad_answers(&format!("quiz: interests\nanswers:\n  {id}: 9\n"));
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains(&format!("{path}:3:")), "{err}");
    assert!(
        err.contains("answer 9") && err.contains("out of range"),
        "{err}"
    );
}

#[test]
fn every_bad_answer_is_reported_not_just_the_first() {
    let (code, _, err, _) = bad_answers("answers:\n  nope-one: 3\n  nope-two: 4\n");
    assert_eq!(code, 1);
    assert!(
        err.contains("nope-one") && err.contains("nope-two"),
        "{err}"
    );
}

#[test]
fn broken_answers_yaml_points_at_the_line() {
    let (code, out, err, path) = bad_answers("answers:\n  a: [1, 2\n  b: 3\n");
    assert_eq!(code, 1);
    assert!(out.is_empty());
    // The parser notices the unclosed list where the next entry starts.
    assert!(err.contains(&format!("{path}:3:")), "{err}");
}

#[test]
fn a_missing_answers_file_is_a_clear_error() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) = run(
        home.path(),
        &["quiz", "--answers", "/nonexistent/answers.yaml"],
    );
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("/nonexistent/answers.yaml"), "{err}");
}
