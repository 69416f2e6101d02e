//! `career quiz --adaptive` and `career simulate` as a person or a script meets them.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The binary with a clean environment: no locale, no colour, a temporary home.
fn career(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("career").expect("the binary builds");
    // Other packs state their stability uncalibrated (no half-minute fit).
    cmd.env("CAREER_CALIBRATION", "no-fit");
    for var in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "CAREER_CONTENT",
        "CLICOLOR_FORCE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("NO_COLOR", "1").env("CAREER_HOME", home);
    cmd
}

/// A clear AI Engineer: product answers high, maths and theory low.
const PRODUCT_PERSON: &str = "\
answers:
  free-friday: build-small-tool
  wire-up-models: 5
  enjoy-statistics: 2
  read-papers: 2
  user-talks-distract: 1
  raw-data-to-model: 3
  works-is-enough: 4
  watch-users-try: 5
  api-over-training: 4
  open-questions: 2
  support-chatbot: connect-and-launch
  face-detection-app: library-model-in-app
  stock-prices: forecasts-in-app
  design-architecture: 2
  invent-learning-method: 2
  ship-every-week: 5
  skip-the-maths: 4
  slow-payoff: 4
  ai-unsure-screen: 5
  recommender: plug-in-service
  enjoyable-tasks: [chat-interface, model-as-api]
  reproduce-paper: find-released-model
  tune-training: 2
  proofs-satisfy: 1
  usage-matters-less: 2
  hand-off-data-prep: 4
  known-methods: 4
  prove-a-bound: does-it-help-users
  model-drift: graceful-feature
  rewarding-feedback: tickets-dropped
  skip-interface-details: 1
  vectors-and-matrices: 2
  write-up-ideas: 2
  request-to-feature: 5
  accuracy-plateau: improve-ux-around-errors
  weekend-reading: [trustworthy-ai-ux, llm-app-patterns]
  hackathon: sales-questions-app
  month-to-learn: ai-product-design
  proud-achievements: [shipped-to-many]
";

fn answers_file(dir: &Path) -> PathBuf {
    let path = dir.join("answers.yaml");
    std::fs::write(&path, PRODUCT_PERSON).expect("temp dir is writable");
    path
}

fn json_of(output: &[u8]) -> Value {
    serde_json::from_slice(output).expect("stdout is JSON")
}

#[test]
fn adaptive_json_reports_how_the_quiz_ended_and_agrees_with_the_full_quiz() {
    let home = tempfile::tempdir().unwrap();
    let file = answers_file(home.path());
    let adaptive = career(home.path())
        .args(["quiz", "--adaptive", "--format", "json", "--answers"])
        .arg(&file)
        .assert()
        .success();
    let a = json_of(&adaptive.get_output().stdout);
    let full = career(home.path())
        .args(["quiz", "--format", "json", "--answers"])
        .arg(&file)
        .assert()
        .success();
    let f = json_of(&full.get_output().stdout);

    assert_eq!(a["schema_version"], 1);
    assert_eq!(a["recommendation"]["role"], f["recommendation"]["role"]);
    assert_eq!(a["recommendation"]["role"], "ai-engineer");
    assert_eq!(a["stopped_early"], true);
    assert_eq!(a["stop_rule"], "certain");
    assert_eq!(a["total"], 39);
    let asked = a["asked"].as_u64().unwrap();
    assert!(asked < 39, "asked {asked}");
    assert_eq!(
        a["answered"].as_u64().unwrap() + a["skipped"].as_u64().unwrap(),
        asked
    );

    // A full run says so in the same fields.
    assert_eq!(f["asked"], 39);
    assert_eq!(f["stopped_early"], false);
    assert_eq!(f["stop_rule"], Value::Null);
    // Existing fields stay.
    for key in [
        "dimensions",
        "roles",
        "reasons",
        "flat_profile",
        "quiz",
        "language",
    ] {
        assert!(f.get(key).is_some() && a.get(key).is_some(), "{key}");
    }
}

#[test]
fn the_confidence_stop_asks_no_more_than_the_certain_stop() {
    let home = tempfile::tempdir().unwrap();
    let file = answers_file(home.path());
    let run = |extra: &[&str]| {
        let out = career(home.path())
            .args(["quiz", "--adaptive", "--format", "json", "--answers"])
            .arg(&file)
            .args(extra)
            .assert()
            .success();
        json_of(&out.get_output().stdout)
    };
    let certain = run(&[]);
    let confident = run(&["--confidence", "0.95"]);
    assert!(confident["asked"].as_u64() <= certain["asked"].as_u64());
    assert_eq!(confident["stopped_early"], true);
    assert!(confident["stop_rule"] == "confidence" || confident["stop_rule"] == "certain");
}

#[test]
fn the_text_result_says_it_stopped_early_in_both_languages() {
    let home = tempfile::tempdir().unwrap();
    let file = answers_file(home.path());
    let en = career(home.path())
        .args(["--lang", "en", "quiz", "--adaptive", "--answers"])
        .arg(&file)
        .assert()
        .success();
    let en = String::from_utf8_lossy(&en.get_output().stdout).replace('\n', " ");
    assert!(en.contains("Stopped early after"), "{en}");
    assert!(en.contains("could not change your top match"), "{en}");

    let id = career(home.path())
        .args(["--lang", "id", "quiz", "--adaptive", "--answers"])
        .arg(&file)
        .assert()
        .success();
    let id = String::from_utf8_lossy(&id.get_output().stdout).replace('\n', " ");
    assert!(id.contains("Berhenti lebih awal setelah"), "{id}");

    // Without --adaptive nothing stops early and nothing says so.
    let full = career(home.path())
        .args(["quiz", "--answers"])
        .arg(&file)
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&full.get_output().stdout).contains("Stopped early"));
}

#[test]
fn bad_flag_values_are_usage_errors_with_a_clear_message() {
    let home = tempfile::tempdir().unwrap();
    let file = answers_file(home.path());
    let file = file.to_str().unwrap();
    let cases: [(&[&str], &str); 7] = [
        (
            &[
                "quiz",
                "--adaptive",
                "--confidence",
                "1.5",
                "--answers",
                file,
            ],
            "`--confidence 1.5` is out of range",
        ),
        (
            &["quiz", "--adaptive", "--confidence", "0", "--answers", file],
            "`--confidence 0` is out of range",
        ),
        (
            &["quiz", "--confidence", "0.9", "--answers", file],
            "`--confidence` only works with `--adaptive`",
        ),
        (
            &["simulate", "--respondents", "0"],
            "`--respondents 0` is out of range",
        ),
        (
            &["simulate", "--respondents", "-3"],
            "`--respondents -3` is out of range",
        ),
        (
            &["simulate", "--noise", "-1"],
            "`--noise -1` is out of range",
        ),
        (
            &["--lang", "id", "simulate", "--respondents", "0"],
            "`--respondents 0` di luar rentang",
        ),
    ];
    for (args, message) in cases {
        let out = career(home.path()).args(args).assert().code(2);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(
            stderr.contains("hint:") || stderr.contains("saran:"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn the_same_seed_gives_the_same_simulation_report() {
    let home = tempfile::tempdir().unwrap();
    let run = || {
        let out = career(home.path())
            .args([
                "simulate",
                "--seed",
                "7",
                "--respondents",
                "200",
                "--format",
                "json",
            ])
            .assert()
            .success();
        out.get_output().stdout.clone()
    };
    let (first, second) = (run(), run());
    assert_eq!(first, second, "same seed, different report");

    let report = json_of(&first);
    assert_eq!(report["schema_version"], 1);
    assert_eq!(
        (report["respondents"].as_u64(), report["seed"].as_u64()),
        (Some(200), Some(7))
    );
    let modes = report["modes"].as_array().unwrap();
    let names: Vec<&str> = modes.iter().map(|m| m["mode"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "full",
            "certain",
            "confidence-0.90",
            "confidence-0.95",
            "confidence-0.99"
        ]
    );
    for m in modes {
        for key in [
            "accuracy",
            "agreement_with_full",
            "mean_asked",
            "median_asked",
            "p90_asked",
            "close_call_rate",
        ] {
            assert!(m[key].is_number(), "{key} in {m}");
        }
    }
    // The certain stop never disagrees with the full quiz, and saves questions.
    assert_eq!(modes[1]["agreement_with_full"], 1.0);
    assert!(modes[1]["mean_asked"].as_f64() < modes[0]["mean_asked"].as_f64());
    assert_eq!(modes[0]["mean_asked"], 39.0);
}

#[test]
fn simulate_measures_the_quiz_of_a_content_folder() {
    let home = tempfile::tempdir().unwrap();
    let pack = home.path().join("pack");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for folder in ["quizzes", "roles"] {
        std::fs::create_dir_all(pack.join(folder)).unwrap();
        for entry in std::fs::read_dir(repo.join(folder)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), pack.join(folder).join(entry.file_name())).unwrap();
        }
    }
    // The author drops the last question of the quiz.
    let quiz = pack.join("quizzes/interests.yaml");
    let text = std::fs::read_to_string(&quiz).unwrap();
    let cut = text.rfind("\n  - id: ").unwrap() + 1;
    std::fs::write(&quiz, &text[..cut]).unwrap();

    let out = career(home.path())
        .args([
            "simulate",
            "--respondents",
            "20",
            "--format",
            "json",
            "--content",
        ])
        .arg(&pack)
        .assert()
        .success();
    let report = json_of(&out.get_output().stdout);
    assert_eq!(report["quiz"]["questions"], 38);
    assert_eq!(report["modes"][0]["mean_asked"], 38.0);

    let out = career(home.path())
        .args([
            "--lang",
            "id",
            "simulate",
            "--respondents",
            "20",
            "--content",
        ])
        .arg(&pack)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("berhenti pasti"), "{text}");
    assert!(text.contains("38 pertanyaan"), "{text}");
}
