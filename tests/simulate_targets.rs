//! `career simulate` keeps its promises at 2,000 respondents per noise level:
//! the confidence stop agrees with the full quiz at least as often as asked
//! (less 0.01) on the built-in pack and on packs of other shapes, and 0.95
//! still saves most of the quiz at noise 0.15; and the stated (calibrated)
//! stability is within 7 points of a fresh simulated retake in every band of
//! 200 or more, at noise 0.15, 0.3 and 0.5, on the built-in pack and on packs
//! of other shapes (each fitting its own map on first use, as a person's
//! first run does). Also: `career calibrate` makes exactly the built-in
//! map that comes with the program.
//!
//! The simulation is run by the release binary (built here if needed): in a
//! debug build 24,000 simulated quizzes would take many minutes.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn release_binary() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--bin", "career"])
        .current_dir(root)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the release build works");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    target.join("release").join("career")
}

/// The release binary with its data in `home`, the built-in pack unless
/// told otherwise, and calibration maps fitted on first use.
fn career(binary: &Path, home: &Path) -> Command {
    let mut cmd = Command::new(binary);
    cmd.env("CAREER_HOME", home)
        .env_remove("CAREER_CONTENT")
        .env_remove("CAREER_CALIBRATION");
    cmd
}

fn simulate(binary: &Path, pack: Option<&str>) -> Value {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = career(binary, home.path());
    if let Some(p) = pack {
        cmd.arg("--content")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(p));
    }
    let out = cmd
        .args([
            "simulate",
            "--respondents",
            "2000",
            "--noise",
            "0.15,0.3,0.5",
            "--format",
            "json",
        ])
        .output()
        .expect("career runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("a JSON report")
}

fn check_confidence(report: &Value, pack: &str) {
    let runs = report["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 3);
    for run in runs {
        let noise = run["noise"].as_f64().unwrap();
        for mode in run["modes"].as_array().unwrap() {
            let Some(level) = mode["confidence"].as_f64() else {
                continue;
            };
            let agreement = mode["agreement_with_full"].as_f64().unwrap();
            assert!(
                agreement >= level - 0.01,
                "{pack}, noise {noise}: --confidence {level} agrees only {agreement}"
            );
        }
        let certain = &run["modes"][1];
        assert_eq!(certain["mode"], "certain");
        assert_eq!(
            certain["agreement_with_full"], 1.0,
            "the certain stop is exact"
        );
    }
}

#[test]
fn the_confidence_stop_and_the_stability_keep_their_word() {
    let binary = release_binary();
    let report = simulate(&binary, None);
    check_confidence(&report, "built-in");
    // The built-in pack's largest gap is 3.7 points at seed 42 (3.3 at most
    // at seeds 7, 202 and 303; docs/adaptive.md).
    check_calibration(&report, "built-in", &[0.15, 0.3, 0.5]);
    let questions = report["quiz"]["questions"].as_f64().unwrap();
    for run in report["runs"].as_array().unwrap() {
        let noise = run["noise"].as_f64().unwrap();
        if noise == 0.15 {
            let m = &run["modes"][3];
            assert_eq!(m["mode"], "confidence-0.95");
            let asked = m["mean_asked"].as_f64().unwrap();
            assert!(asked <= 0.4 * questions, "0.95 asks {asked} of {questions}");
        }
    }
    // Packs of other shapes, each with the map fitted for it on first use.
    for (pack, calibrated) in [
        ("tests/fixtures/shapes/wide-pack", &[0.15, 0.3, 0.5][..]),
        ("tests/fixtures/shapes/likert-pack", &[0.15, 0.3, 0.5][..]),
        ("tests/fixtures/shapes/choice-pack", &[0.15, 0.3, 0.5][..]),
    ] {
        let report = simulate(&binary, Some(pack));
        check_confidence(&report, pack);
        check_calibration(&report, pack, calibrated);
    }
}

/// Issue 9's calibration target: in every band of at least 200 respondents
/// the stated stability is within 7 points of the observed retake agreement,
/// at each noise level in `noises`.
fn check_calibration(report: &Value, pack: &str, noises: &[f64]) {
    let mut checked = 0;
    for run in report["runs"].as_array().unwrap() {
        let noise = run["noise"].as_f64().unwrap();
        if !noises.contains(&noise) {
            continue;
        }
        checked += 1;
        let bands = run["calibration"].as_array().unwrap();
        assert!(bands
            .iter()
            .any(|b| b["respondents"].as_u64().unwrap() >= 200));
        for band in bands
            .iter()
            .filter(|b| b["respondents"].as_u64().unwrap() >= 200)
        {
            let (stated, observed) = (
                band["stated"].as_f64().unwrap(),
                band["observed"].as_f64().unwrap(),
            );
            assert!(
                (stated - observed).abs() <= 0.07,
                "{pack}, noise {noise}: band from {} states {stated} but {observed} of retakes agree",
                band["from"]
            );
        }
    }
    assert_eq!(checked, noises.len(), "{pack}: every noise level ran");
}

/// `career calibrate --format json` on the built-in pack makes exactly the
/// maps in `calibration/built-in.json`: the file is what the program would
/// fit, and the fit is deterministic.
#[test]
fn calibrate_makes_the_built_in_map() {
    let binary = release_binary();
    let home = tempfile::tempdir().unwrap();
    let out = career(&binary, home.path())
        .args(["calibrate", "--format", "json"])
        .output()
        .expect("career runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let made: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("calibration/built-in.json");
    let shipped: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(
        made, shipped,
        "run `cargo run --release -- calibrate --format json > calibration/built-in.json`"
    );
    // The program's own map is read first, so nothing is kept for it.
    assert!(!home.path().join("calibration").exists(), "nothing kept");
}

/// Another pack's map is kept where later runs read it; when it cannot be
/// kept, `calibrate` still prints the map but fails (exit 1) and says why.
#[test]
fn calibrate_keeps_another_packs_map_or_fails() {
    let binary = release_binary();
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/shapes/choice-pack");
    let home = tempfile::tempdir().unwrap();
    let run = |home: &Path| {
        career(&binary, home)
            .arg("--content")
            .arg(&pack)
            .args(["calibrate", "--format", "json"])
            .output()
            .expect("career runs")
    };
    let out = run(home.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let made: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let fingerprint = made["maps"][0]["fingerprint"].as_str().unwrap();
    let kept = home
        .path()
        .join("calibration")
        .join(format!("{fingerprint}.json"));
    assert!(kept.is_file(), "kept in the data directory");

    let file = home.path().join("not-a-folder");
    std::fs::write(&file, "").unwrap();
    let out = run(&file);
    assert_eq!(out.status.code(), Some(1));
    let made: Value = serde_json::from_slice(&out.stdout).expect("the map is still printed");
    assert_eq!(made["maps"][0]["fingerprint"], fingerprint);
    let err: Value = serde_json::from_slice(&out.stderr).expect("a JSON error");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("could not be written"),
        "{err}"
    );
}
