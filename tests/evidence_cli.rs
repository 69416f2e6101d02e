//! Too few answers: no recommendation, and a clear word on what is missing,
//! in text and JSON, in English and Indonesian. An exact tie names both roles
//! and ends with the blended roadmap.

use std::path::Path;

mod common;

use common::career;

fn run(home: &Path, args: &[&str]) -> String {
    let out = career(home).args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn no_answers_or_one_answer_recommend_nothing_and_say_what_is_missing() {
    let home = tempfile::tempdir().unwrap();
    let empty = home.path().join("empty.yaml");
    std::fs::write(&empty, "answers: {}\n").unwrap();
    let one = home.path().join("one.yaml");
    std::fs::write(&one, "answers:\n  wire-up-models: 5\n").unwrap();
    for (file, product_missing) in [(&empty, 3), (&one, 2)] {
        let f = file.to_str().unwrap();
        let en = run(home.path(), &["quiz", "--answers", f]);
        assert!(en.starts_with("Not enough answers yet"), "{en}");
        assert!(
            en.contains(&format!("Building products: {product_missing} more")),
            "{en}"
        );
        assert!(en.contains("Modelling and maths: 3 more"), "{en}");
        assert!(
            !en.contains("Recommended") && !en.contains('%'),
            "nothing claims a match: {en}"
        );

        let id = run(home.path(), &["--lang", "id", "quiz", "--answers", f]);
        assert!(id.starts_with("Jawabannya belum cukup"), "{id}");
        assert!(
            id.contains(&format!("Membangun produk: {product_missing} lagi")),
            "{id}"
        );
        assert!(!id.contains("Rekomendasi"), "{id}");

        for lang in ["en", "id"] {
            let json: serde_json::Value = serde_json::from_str(&run(
                home.path(),
                &["--lang", lang, "quiz", "--answers", f, "--format", "json"],
            ))
            .unwrap();
            assert_eq!(json["recommendation"], serde_json::Value::Null);
            assert_eq!(json["evidence"]["enough"], false);
            assert_eq!(json["evidence"]["min_per_dimension"], 3);
            let dims = json["evidence"]["dimensions"].as_array().unwrap();
            let product = dims.iter().find(|d| d["id"] == "product").unwrap();
            assert_eq!(product["missing"], product_missing);
            assert_eq!(json["reasons"].as_array().unwrap().len(), 0);
        }
    }
    // Nothing was saved as a result.
    assert!(!home.path().join("results").exists());
}

/// A pack whose two roles mirror each other, so middling answers tie.
fn mirror_pack(dir: &Path) -> std::path::PathBuf {
    let pack = dir.join("mirror");
    let tiny = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny-pack/roles");
    std::fs::create_dir_all(pack.join("quizzes")).unwrap();
    std::fs::create_dir_all(pack.join("roles")).unwrap();
    std::fs::copy(tiny.join("skills.yaml"), pack.join("roles/skills.yaml")).unwrap();
    let mut quiz = String::from(
        "id: mirror\ntitle: \"Mirror\"\nlanguages: [en]\ndimensions:\n  - id: a\n    name: \"Apples\"\n    description: \"a\"\n  - id: b\n    name: \"Bananas\"\n    description: \"b\"\nquestions:\n",
    );
    for (i, d) in ["a", "a", "a", "b", "b", "b"].iter().enumerate() {
        quiz.push_str(&format!(
            "  - id: q{i}\n    kind: likert\n    dimension: {d}\n    text: \"Statement {i}\"\n"
        ));
    }
    std::fs::write(pack.join("quizzes/mirror.yaml"), quiz).unwrap();
    for (id, a, b) in [("alpha", 80, 20), ("beta", 20, 80)] {
        std::fs::write(
            pack.join(format!("roles/{id}.yaml")),
            format!(
                "id: {id}\nname: \"Role {id}\"\nsummary: \"{id}\"\ntargets: {{a: {a}, b: {b}}}\nfocus: \"f\"\nwork: [\"w\"]\nmodels:\n  from_scratch: sometimes\n  existing: sometimes\n  note: \"n\"\nmath_depth: \"m\"\nexamples: [\"e\"]\nanalogy: \"x\"\nemployers: [\"y\"]\nroadmap:\n  outside: \"o\"\n  stages:\n    - id: s\n      name: \"S\"\n      outcome: \"o\"\n      skills: [coding]\n"
            ),
        )
        .unwrap();
    }
    pack
}

#[test]
fn an_exact_tie_names_both_roles_and_offers_the_blend() {
    let home = tempfile::tempdir().unwrap();
    let pack = mirror_pack(home.path());
    let answers = home.path().join("tie.yaml");
    std::fs::write(
        &answers,
        "answers:\n  q0: 3\n  q1: 3\n  q2: 3\n  q3: 3\n  q4: 3\n  q5: 3\n",
    )
    .unwrap();
    let (p, a) = (pack.to_str().unwrap(), answers.to_str().unwrap());
    let text = run(
        home.path(),
        &["--content", p, "quiz", "--answers", a, "--no-save"],
    );
    let first = text.lines().next().unwrap();
    assert!(first.contains("A tie: Role alpha and Role beta"), "{text}");
    assert!(
        !text.contains("Recommended:"),
        "a tie does not pretend one won: {text}"
    );
    assert!(
        text.contains("`career roadmap alpha --blend beta`"),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&run(
        home.path(),
        &[
            "--content",
            p,
            "quiz",
            "--answers",
            a,
            "--no-save",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(json["recommendation"]["tie"], true);
    assert_eq!(json["recommendation"]["close_call"], true);
    assert_eq!(json["recommendation"]["runner_up"], "beta");
    // Its stability speaks of the pair: with only these two roles in the
    // pack, every retake gives one of them.
    assert_eq!(json["recommendation"]["stability"], 1.0);
    // The line after the headline, as one sentence (the screen wraps it).
    let second = text
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(
        second,
        "Stable: nearly every retake (more than 9 in 10) would give one of these two roles.",
        "{text}"
    );
    let id = run(
        home.path(),
        &[
            "--lang",
            "id",
            "--content",
            p,
            "quiz",
            "--answers",
            a,
            "--no-save",
        ],
    );
    let id = id.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        id.contains("akan memberi salah satu dari dua peran ini."),
        "{id}"
    );
    let page = run(
        home.path(),
        &["--content", p, "quiz", "--answers", a, "--format", "json"],
    );
    assert!(page.contains("\"tie\":true") || page.contains("\"tie\": true"));
    let page = run(home.path(), &["--content", p, "result", "--format", "html"]);
    assert!(page.contains("Role alpha / Role beta</title>"), "{page}");
}

#[test]
fn the_result_screen_starts_with_the_recommendation_and_its_stability() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.yaml");
    std::fs::write(
        &file,
        "answers:\n  free-friday: build-small-tool\n  support-chatbot: connect-and-launch\n  face-detection-app: library-model-in-app\n  wire-up-models: 5\n  watch-users-try: 5\n",
    )
    .unwrap();
    let out = run(
        home.path(),
        &["quiz", "--answers", file.to_str().unwrap(), "--no-save"],
    );
    let mut lines = out.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("Recommended: AI Engineer"),
        "{out}"
    );
    let second = lines.next().unwrap();
    assert!(
        second.starts_with("Stable:")
            || second.starts_with("Fairly stable:")
            || second.starts_with("Unsettled:"),
        "{out}"
    );
    assert!(out.find("Stable").unwrap() < out.find("Your interest profile").unwrap());
}

/// "None of these" on the pick-any questions is an answer: when it is cited
/// it is named, never shown as an empty quote, and with every interest level
/// (all at 0) no interest is called the strongest.
#[test]
fn nothing_ticked_is_named_and_level_interests_name_no_strongest() {
    let home = tempfile::tempdir().unwrap();
    let nones = home.path().join("nones.yaml");
    std::fs::write(
        &nones,
        "answers:\n  enjoyable-tasks: []\n  proud-achievements: []\n  weekend-reading: []\n",
    )
    .unwrap();
    let f = nones.to_str().unwrap();
    let en = run(home.path(), &["quiz", "--answers", f, "--no-save"]);
    assert!(en.contains("\"nothing ticked\" to"), "{en}");
    assert!(!en.contains("\"\""), "no empty quoted answer: {en}");
    assert!(!en.contains("strongest interest"), "{en}");

    let id = run(
        home.path(),
        &["--lang", "id", "quiz", "--answers", f, "--no-save"],
    );
    assert!(id.contains("\"tidak mencentang apa pun\" untuk"), "{id}");
    assert!(!id.contains("\"\""), "{id}");
    assert!(!id.contains("Minat terkuatmu"), "{id}");

    let json: serde_json::Value = serde_json::from_str(&run(
        home.path(),
        &["quiz", "--answers", f, "--no-save", "--format", "json"],
    ))
    .unwrap();
    let reasons = json["reasons"].as_array().unwrap();
    assert!(!reasons.is_empty());
    for r in reasons {
        assert_eq!(r["answer"], serde_json::json!([]));
        assert_eq!(r["answer_text"], "nothing ticked");
    }
}

/// Two interests level at the top are named together, not one of them.
#[test]
fn two_level_top_interests_are_named_together() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("level.yaml");
    // Statements only: agree fully on product and maths, disagree on theory.
    let out = common::career(home.path())
        .args(["questions", "--format", "json"])
        .output()
        .unwrap();
    let qs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut yaml = String::from("answers:\n");
    for q in qs["questions"].as_array().unwrap() {
        if q["kind"] != "likert" {
            continue;
        }
        let dim = q["dimension"].as_str().unwrap();
        let reverse = q["reverse"].as_bool().unwrap_or(false);
        let agree = dim != "theory";
        let v = if agree != reverse { 5 } else { 1 };
        yaml.push_str(&format!("  {}: {v}\n", q["id"].as_str().unwrap()));
    }
    std::fs::write(&file, yaml).unwrap();
    let f = file.to_str().unwrap();
    // The paragraph is wrapped to the terminal: compare with single spaces.
    let flat = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let en = flat(run(home.path(), &["quiz", "--answers", f, "--no-save"]));
    assert!(
        en.contains("Your strongest interests are level: Building products and Modelling and maths (100 of 100)."),
        "{en}"
    );
    let id = flat(run(
        home.path(),
        &["--lang", "id", "quiz", "--answers", f, "--no-save"],
    ));
    assert!(
        id.contains("Minat terkuatmu sama kuat: Membangun produk dan Pemodelan dan matematika (100 dari 100)."),
        "{id}"
    );
}

/// "Pulling the other way" gives the numbers when the person's score on that
/// interest is nearer the runner-up's target, and they are the person's own
/// score and the roles' own targets: so the line is true, and it cannot read
/// as contradicting the strongest interest.
#[test]
fn the_pull_the_other_way_states_true_numbers() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    // Every statement "Strongly disagree".
    let qs: serde_json::Value =
        serde_json::from_str(&run(h, &["questions", "--format", "json"])).unwrap();
    let mut yaml = String::from("answers:\n");
    for q in qs["questions"].as_array().unwrap() {
        if q["kind"] == "likert" {
            yaml.push_str(&format!("  {}: 1\n", q["id"].as_str().unwrap()));
        }
    }
    let file = h.join("disagree.yaml");
    std::fs::write(&file, yaml).unwrap();
    let f = file.to_str().unwrap();
    let json: serde_json::Value = serde_json::from_str(&run(
        h,
        &["quiz", "--answers", f, "--no-save", "--format", "json"],
    ))
    .unwrap();
    let top = json["recommendation"]["role"].as_str().unwrap().to_string();
    let counter = &json["counter"];
    let dim = counter["dimension"].as_str().unwrap();
    let runner = counter["role"].as_str().unwrap();
    let target = |role: &str| {
        let card: serde_json::Value =
            serde_json::from_str(&run(h, &["roles", role, "--format", "json"])).unwrap();
        card["role"]["targets"][dim].as_f64().unwrap()
    };
    let (their, ours) = (target(runner), target(&top));
    let score = json["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == dim)
        .unwrap()["score"]
        .as_f64()
        .unwrap();
    assert!((score - their).abs() < (score - ours).abs(), "{json}");
    let name = |role: &str| {
        json["roles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == role)
            .unwrap()["name"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let text = run(h, &["quiz", "--answers", f, "--no-save"]);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let said = format!(
        "your score ({}) is nearer {}'s target ({}) than {}'s ({}).",
        score.round(),
        name(runner),
        their.round(),
        name(&top),
        ours.round()
    );
    assert!(text.contains(&said), "{said}\n{text}");
    let id = run(h, &["--lang", "id", "quiz", "--answers", f, "--no-save"]);
    let id = id.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(id.contains("lebih dekat ke target"), "{id}");
}
