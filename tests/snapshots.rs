//! Whole-output snapshots of every command that shows something, in text and
//! JSON, on the default pack and on a pack of another shape (five roles, four
//! dimensions). They pin what a person or a script sees, so a change to how
//! output is built (not what it says) shows up here as a diff.
//!
//! Runs are made repeatable: a fresh `CAREER_HOME`, `--color never`, 80
//! columns, fixed seeds and dates; what still changes from run to run (the
//! time a result was saved, temporary paths) is replaced by a placeholder.
//! Review a changed snapshot with `cargo insta review`, or rerun with
//! `INSTA_UPDATE=always` and read the diff in git.

mod common;

use std::path::{Path, PathBuf};

use tempfile::TempDir;

/// The default pack's answers of a simulated respondent (seed 11, r1).
const DEFAULT_ANSWERS: &str = r#"{"answers":{"free-friday":"clear-backlog","wire-up-models":2,"enjoy-statistics":2,"read-papers":2,"user-talks-distract":4,"raw-data-to-model":2,"works-is-enough":4,"watch-users-try":2,"api-over-training":5,"open-questions":3,"support-chatbot":"connect-and-launch","face-detection-app":"library-model-in-app","stock-prices":"run-forecasts-live","design-architecture":1,"invent-learning-method":3,"ship-every-week":2,"skip-the-maths":5,"slow-payoff":4,"ai-unsure-screen":3,"enjoyable-tasks":["write-paper"],"reproduce-paper":"reimplement-and-train","tune-training":2,"proofs-satisfy":2,"usage-matters-less":4,"hand-off-data-prep":5,"known-methods":3,"prove-a-bound":"proofs-not-for-me","model-drift":"robust-by-design","rewarding-feedback":"tickets-dropped","skip-interface-details":5,"vectors-and-matrices":2,"write-up-ideas":2,"request-to-feature":4,"weekend-reading":["emergent-abilities","llm-app-patterns","backprop-maths"],"hackathon":"sales-questions-app","month-to-learn":"ai-product-design","proud-achievements":[]}}"#;

/// The wide pack's answers of a simulated respondent (seed 3, r1).
const WIDE_ANSWERS: &str = r#"{"answers":{"q1":4,"q2":1,"q3":2,"q4":4,"q5":4,"q6":1,"q7":2,"q8":4,"q9":4,"q10":1,"q11":3,"q12":4,"q13":4,"q14":1,"q15":"o2","q16":"o1","q17":"o3","q18":"o1","q19":"o1","q21":"o1","q22":"o1","q23":"o1","q24":"o1","q26":"o1","q28":["o1"],"q29":["o1"],"q30":["o1","o3"]}}"#;

/// A pack to run against: the default one, or a fixture folder.
#[derive(Clone, Copy)]
enum Pack {
    Default,
    Wide,
}

impl Pack {
    fn args(self) -> Vec<String> {
        match self {
            Pack::Default => vec![],
            Pack::Wide => vec![
                "--content".into(),
                common::repo()
                    .join("tests/fixtures/shapes/wide-pack")
                    .display()
                    .to_string(),
            ],
        }
    }

    fn answers(self) -> &'static str {
        match self {
            Pack::Default => DEFAULT_ANSWERS,
            Pack::Wide => WIDE_ANSWERS,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Pack::Default => "default",
            Pack::Wide => "wide",
        }
    }
}

/// A fresh data directory and a pack, with the answers file written in it.
struct Run {
    home: TempDir,
    pack: Pack,
}

impl Run {
    fn new(pack: Pack) -> Run {
        let home = TempDir::new().unwrap();
        std::fs::write(home.path().join("answers.json"), pack.answers()).unwrap();
        Run { home, pack }
    }

    fn answers(&self) -> PathBuf {
        self.home.path().join("answers.json")
    }

    /// Runs `career args…` and returns its standard output (placeholders
    /// put in), checking the exit code.
    fn out(&self, code: i32, args: &[&str]) -> String {
        self.both(code, args).0
    }

    /// Runs `career args…` and returns its standard error (placeholders put
    /// in), checking the exit code.
    fn err(&self, code: i32, args: &[&str]) -> String {
        self.both(code, args).1
    }

    fn both(&self, code: i32, args: &[&str]) -> (String, String) {
        let mut cmd = common::career(self.home.path());
        cmd.env("TERM", "xterm-256color")
            .env("COLUMNS", "80")
            .env("NO_COLOR", "1")
            .env("PAGER", "cat")
            .args(self.pack.args())
            .arg("--color")
            .arg("never")
            .args(args);
        let out = cmd.output().expect("the binary runs");
        let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
        let stderr = String::from_utf8(out.stderr).expect("UTF-8 messages");
        assert_eq!(
            out.status.code(),
            Some(code),
            "career {args:?}: {stderr}\n{stdout}"
        );
        let dirs = [self.home.path()];
        (redact(&stdout, &dirs), redact(&stderr, &dirs))
    }
}

/// Puts placeholders where runs differ: temporary folders, save times and
/// the file names made from them.
fn redact(text: &str, dirs: &[&Path]) -> String {
    let mut out = text.to_string();
    // The checkout's own path (fixture packs are named by it).
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for shown in [repo.display().to_string(), json_escaped(repo)] {
        out = out.replace(&shown, "[REPO]");
    }
    for dir in dirs {
        for shown in [dir.display().to_string(), json_escaped(dir)] {
            out = out.replace(&shown, "[HOME]");
        }
    }
    let stamp = regex::Regex::new(
        r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?| \d{2}:\d{2})",
    )
    .unwrap();
    let file = regex::Regex::new(r"results/[^\s\x22]+\.json").unwrap();
    let aside = regex::Regex::new(r"damaged-\d{8}-\d{6}(-\d+)?").unwrap();
    let out = stamp.replace_all(&out, "[TIME]");
    let out = aside.replace_all(&out, "damaged-[TIME]");
    file.replace_all(&out, "results/[FILE].json").into_owned()
}

fn json_escaped(dir: &Path) -> String {
    let s = serde_json::to_string(&dir.display().to_string()).unwrap();
    s.trim_matches('"').to_string()
}

/// Snapshots `text` as `name`.
fn snap(name: &str, text: &str) {
    insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!(name, text);
    });
}

fn quiz_and_result(pack: Pack) {
    let run = Run::new(pack);
    let p = pack.name();
    let answers = run.answers();
    let answers = answers.to_str().unwrap();
    for lang in ["en", "id"] {
        if matches!(pack, Pack::Wide) && lang == "id" {
            continue; // the wide pack speaks English only
        }
        for format in ["text", "json"] {
            let out = run.out(
                0,
                &[
                    "--lang",
                    lang,
                    "quiz",
                    "--answers",
                    answers,
                    "--no-save",
                    "--format",
                    format,
                ],
            );
            snap(&format!("{p}-quiz-answers-{lang}-{format}"), &out);
        }
    }
    let out = run.out(
        0,
        &["quiz", "--answers", answers, "--adaptive", "--no-save"],
    );
    snap(&format!("{p}-quiz-adaptive-text"), &out);
    // Save one result, then show it and the history in every format.
    run.out(0, &["quiz", "--answers", answers, "--format", "json"]);
    for format in ["text", "json", "html"] {
        let out = run.out(0, &["result", "--format", format]);
        snap(&format!("{p}-result-{format}"), &out);
    }
    for format in ["text", "json"] {
        let out = run.out(0, &["result", "--history", "--format", format]);
        snap(&format!("{p}-result-history-{format}"), &out);
    }
    // The roadmap of the last recommended role.
    let out = run.out(0, &["roadmap"]);
    snap(&format!("{p}-roadmap-last-role-text"), &out);
}

#[test]
fn quiz_and_result_default_pack() {
    quiz_and_result(Pack::Default);
}

#[test]
fn quiz_and_result_wide_pack() {
    quiz_and_result(Pack::Wide);
}

#[test]
fn quiz_result_in_indonesian() {
    let run = Run::new(Pack::Default);
    let answers = run.answers();
    run.out(0, &["quiz", "--answers", answers.to_str().unwrap()]);
    for format in ["text", "json"] {
        let out = run.out(0, &["--lang", "id", "result", "--format", format]);
        snap(&format!("default-result-id-{format}"), &out);
    }
}

fn roadmaps(pack: Pack, role: &str, other: &str, skill: &str) {
    let run = Run::new(pack);
    let p = pack.name();
    for format in ["text", "json", "markdown", "mermaid", "html"] {
        let out = run.out(0, &["roadmap", role, "--format", format]);
        snap(&format!("{p}-roadmap-{format}"), &out);
    }
    // Marked progress shows in the roadmap; a weekly plan and a blend.
    run.out(0, &["progress", "done", skill]);
    for format in ["text", "json", "markdown", "html"] {
        let out = run.out(
            0,
            &[
                "roadmap",
                role,
                "--blend",
                other,
                "--hours-per-week",
                "10",
                "--start",
                "2027-01-04",
                "--format",
                format,
            ],
        );
        snap(&format!("{p}-roadmap-blend-weekly-{format}"), &out);
    }
}

#[test]
fn roadmap_default_pack() {
    roadmaps(Pack::Default, "ai-engineer", "ml-engineer", "python");
}

#[test]
fn roadmap_wide_pack() {
    roadmaps(Pack::Wide, "role-1", "role-2", "coding");
}

fn progress(pack: Pack, role: &str, skills: [&str; 3]) {
    let run = Run::new(pack);
    let p = pack.name();
    for format in ["text", "json"] {
        let out = run.out(0, &["progress", "--format", format]);
        snap(&format!("{p}-progress-empty-{format}"), &out);
    }
    let out = run.out(0, &["progress", "--role", role, "done", skills[0]]);
    snap(&format!("{p}-progress-done-text"), &out);
    let out = run.out(0, &["progress", "doing", skills[1], "--format", "json"]);
    snap(&format!("{p}-progress-doing-json"), &out);
    let out = run.out(0, &["progress", "skip", skills[2]]);
    snap(&format!("{p}-progress-skip-text"), &out);
    for format in ["text", "json"] {
        let out = run.out(0, &["progress", "--format", format]);
        snap(&format!("{p}-progress-{format}"), &out);
        let out = run.out(0, &["progress", "--role", role, "--format", format]);
        snap(&format!("{p}-progress-role-{format}"), &out);
    }
}

#[test]
fn progress_default_pack() {
    progress(
        Pack::Default,
        "ai-engineer",
        ["python", "git", "linear-algebra"],
    );
}

#[test]
fn progress_wide_pack() {
    progress(Pack::Wide, "role-1", ["coding", "tools", "shipping"]);
}

fn listings(pack: Pack, role: &str) {
    let run = Run::new(pack);
    let p = pack.name();
    for format in ["text", "json"] {
        for (what, args) in [
            ("roles", vec!["roles"]),
            ("role-card", vec!["roles", role]),
            ("compare", vec!["compare"]),
            ("questions", vec!["questions"]),
            ("validate", vec!["validate"]),
        ] {
            let mut args = args;
            args.extend(["--format", format]);
            let out = run.out(0, &args);
            snap(&format!("{p}-{what}-{format}"), &out);
        }
    }
    let out = run.out(0, &["questions", "--format", "csv"]);
    snap(&format!("{p}-questions-csv"), &out);
}

#[test]
fn listings_default_pack() {
    listings(Pack::Default, "ml-engineer");
}

#[test]
fn listings_wide_pack() {
    listings(Pack::Wide, "role-3");
}

/// A pack with problems in a quiz and a role: `validate` reports them all.
fn broken_pack(dir: &Path, from: &str) -> PathBuf {
    let pack = dir.join("broken");
    common::copy_tree(&common::repo().join(from), &pack);
    let edit = |rel: &str, from: &str, to: &str| {
        let path = pack.join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{rel} has no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "quizzes/tiny.yaml",
        "dimension: product",
        "dimension: prodcut",
    );
    edit(
        "roles/builder.yaml",
        "skills: [coding, tools]",
        "skills: [coding, tool]",
    );
    pack
}

#[test]
fn validate_with_problems() {
    let run = Run::new(Pack::Default);
    let pack = broken_pack(run.home.path(), "tests/fixtures/tiny-pack");
    let shown = pack.display().to_string();
    for lang in ["en", "id"] {
        for format in ["text", "json"] {
            let out = run.out(1, &["--lang", lang, "validate", &shown, "--format", format]);
            let out = redact(&out, &[&pack]).replace("[HOME]", "[PACK]");
            snap(&format!("validate-problems-{lang}-{format}"), &out);
        }
    }
}

fn simulate(pack: Pack) {
    let run = Run::new(pack);
    let p = pack.name();
    for format in ["text", "json"] {
        let out = run.out(
            0,
            &[
                "simulate",
                "--respondents",
                "30",
                "--seed",
                "7",
                "--noise",
                "0.5",
                "--noise",
                "1.5",
                "--format",
                format,
            ],
        );
        snap(&format!("{p}-simulate-{format}"), &out);
    }
    let out = run.out(
        0,
        &[
            "simulate",
            "--respondents",
            "3",
            "--seed",
            "7",
            "--emit",
            "jsonl",
        ],
    );
    snap(&format!("{p}-simulate-jsonl"), &out);
}

#[test]
fn simulate_default_pack() {
    simulate(Pack::Default);
}

#[test]
fn simulate_wide_pack() {
    simulate(Pack::Wide);
}

#[test]
fn init_and_schema() {
    let run = Run::new(Pack::Default);
    let dir = run.home.path().join("new-pack");
    for lang in ["en", "id"] {
        let target = dir.join(lang);
        let out = run.out(0, &["--lang", lang, "init", target.to_str().unwrap()]);
        snap(&format!("init-{lang}"), &out);
    }
    for kind in ["quiz", "role", "skills"] {
        let out = run.out(0, &["schema", kind]);
        snap(&format!("schema-{kind}"), &out);
    }
}

/// Errors and warnings on standard error, as text and (under `--format
/// json`) as JSON documents: one of each kind a person meets.
#[test]
fn errors_and_warnings() {
    let run = Run::new(Pack::Default);
    let home = run.home.path();
    let bad_answers = home.join("bad.yaml");
    std::fs::write(
        &bad_answers,
        "answers:\n  free-friday: nap\n  wire-up-models: 9\n",
    )
    .unwrap();
    let bad_answers = bad_answers.to_str().unwrap();
    let broken = broken_pack(home, "tests/fixtures/tiny-pack");
    let broken = broken.to_str().unwrap();
    for lang in ["en", "id"] {
        for format in ["text", "json"] {
            let cases: [(&str, i32, Vec<&str>); 5] = [
                ("unknown-role", 2, vec!["roles", "ai-enginer"]),
                ("no-result", 1, vec!["result"]),
                ("bad-answers", 1, vec!["quiz", "--answers", bad_answers]),
                ("bad-pack", 1, vec!["--content", broken, "roles"]),
                ("bad-flag", 2, vec!["roles", "--bogus"]),
            ];
            for (what, code, args) in cases {
                let mut all = vec!["--lang", lang];
                all.extend(args);
                all.extend(["--format", format]);
                let err = run.err(code, &all);
                snap(&format!("error-{what}-{lang}-{format}"), &err);
            }
            // A damaged progress file: the roadmap is shown, with a warning.
            std::fs::write(home.join("progress.json"), "{ not json").unwrap();
            let err = run.err(
                0,
                &["--lang", lang, "roadmap", "ai-engineer", "--format", format],
            );
            snap(&format!("warning-damaged-progress-{lang}-{format}"), &err);
        }
    }
}

/// `career analyze` on the cohort fixture (400 responses to a pack of four
/// dimensions), in each of its formats and in Indonesian.
#[test]
fn analyze_cohort() {
    let run = Run::new(Pack::Default);
    let pack = common::repo().join("tests/fixtures/cohort/pack");
    let responses = common::repo().join("tests/fixtures/cohort/responses.jsonl");
    let (pack, responses) = (pack.to_str().unwrap(), responses.to_str().unwrap());
    for format in ["text", "json", "markdown"] {
        let out = run.out(
            0,
            &["--content", pack, "analyze", responses, "--format", format],
        );
        snap(&format!("cohort-analyze-{format}"), &out);
    }
    let out = run.out(
        0,
        &["--lang", "id", "--content", pack, "analyze", responses],
    );
    snap("cohort-analyze-id-text", &out);
}
