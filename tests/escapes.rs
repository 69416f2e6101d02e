//! No raw escape, BEL, C1 control or bidi override reaches stdout or stderr,
//! whatever carries it in: pack text, YAML keys, file names, language codes,
//! answers files (keys, values, names), saved state in CAREER_HOME, or flags.
//! Every command is run with the real binary.

#![cfg(unix)]

mod common;

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use common::{career, copy_tree, repo};

/// Everything a hostile author can hide in text: an OSC title change ended
/// by BEL, a screen clear, a C1 CSI, and bidi and format characters.
const HOSTILE: &str =
    "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{2066}\u{200f}\u{61c}\u{200e}X";

/// The characters that must never be written raw.
fn forbidden(c: char) -> bool {
    matches!(c, '\u{1b}' | '\u{7}' | '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Runs `career args` and checks both streams; returns stderr's length.
fn check(home: &Path, args: &[&OsStr], env: &[(&str, &OsStr)]) -> usize {
    let mut cmd = career(home);
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let code = out.status.code();
    assert!(
        matches!(code, Some(0..=2)),
        "{args:?} ended with {code:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert!(
            !bytes.contains(&0x1b) && !bytes.contains(&0x07),
            "{args:?}: raw ESC/BEL on {name}: {}",
            String::from_utf8_lossy(bytes)
        );
        let text = String::from_utf8_lossy(bytes);
        if let Some(c) = text.chars().find(|c| forbidden(*c)) {
            panic!("{args:?}: raw U+{:04X} on {name}: {text}", c as u32);
        }
    }
    out.stderr.len()
}

/// `s` as a YAML double-quoted string, every character outside printable
/// ASCII written as an escape (YAML refuses raw C1 controls in a file).
fn yaml(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ => out.push_str(&format!("\\u{:04x}", c as u32)),
        }
    }
    out.push('"');
    out
}

fn os(args: &[&str]) -> Vec<&'static OsStr> {
    args.iter()
        .map(|a| OsStr::new(Box::leak(a.to_string().into_boxed_str())))
        .collect()
}

/// A pack that loads: its texts and a resource title carry the hostile text.
fn text_pack(dir: &Path) -> PathBuf {
    let pack = dir.join("text-pack");
    copy_tree(&repo().join("tests/fixtures/tiny-pack"), &pack);
    for file in [
        "quizzes/tiny.yaml",
        "roles/builder.yaml",
        "roles/skills.yaml",
    ] {
        let path = pack.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let json_hostile = yaml(HOSTILE);
        let text = text
            .replace("\"Tiny quiz\"", &json_hostile)
            .replace("\"Builder\"", &json_hostile)
            .replace("\"Coding\"", &json_hostile)
            .replace("\"I like shipping features.\"", &json_hostile);
        std::fs::write(&path, text).unwrap();
    }
    pack
}

/// A pack that does not load: hostile YAML keys, a hostile language code
/// and a hostile file name.
fn broken_pack(dir: &Path) -> PathBuf {
    let pack = dir.join("broken-pack");
    copy_tree(&repo().join("tests/fixtures/tiny-pack"), &pack);
    let key = yaml(&format!("bogus{HOSTILE}"));
    let quiz = pack.join("quizzes/tiny.yaml");
    let text = std::fs::read_to_string(&quiz).unwrap();
    let lang = yaml(&format!("e{HOSTILE}"));
    let text = text.replace("languages: [en]", &format!("languages: [en, {lang}]"));
    std::fs::write(&quiz, format!("{text}\n{key}: 1\n")).unwrap();
    let name = format!("evil{HOSTILE}.yaml");
    std::fs::write(
        pack.join("roles").join(OsStr::from_bytes(name.as_bytes())),
        format!("id: x\n{key}: 2\n"),
    )
    .unwrap();
    pack
}

#[test]
fn pack_text_keys_languages_and_file_names_never_reach_the_terminal_raw() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let good = text_pack(dir.path());
    let bad = broken_pack(dir.path());
    let loads = career(home.path())
        .arg("validate")
        .arg(&good)
        .output()
        .unwrap();
    assert!(
        loads.status.success(),
        "the hostile texts are valid content"
    );
    for pack in [&good, &bad] {
        let p = pack.to_str().unwrap();
        let answers = dir.path().join("a.yaml");
        std::fs::write(&answers, "answers:\n  q1: 4\n").unwrap();
        let a = answers.to_str().unwrap();
        for args in [
            &["validate", p][..],
            &["validate", p, "--format", "json"],
            &["--content", p, "roles"],
            &["--content", p, "roles", "builder"],
            &["--content", p, "roles", "--format", "json"],
            &["--content", p, "compare"],
            &["--content", p, "questions"],
            &["--content", p, "questions", "--format", "json"],
            &["--content", p, "roadmap", "builder"],
            &["--content", p, "roadmap", "builder", "--format", "markdown"],
            &["--content", p, "roadmap", "builder", "--format", "mermaid"],
            &["--content", p, "roadmap", "builder", "--format", "json"],
            &[
                "--content",
                p,
                "roadmap",
                "builder",
                "--hours-per-week",
                "5",
            ],
            &["--content", p, "quiz", "--answers", a, "--no-save"],
            &["--content", p, "quiz", "--answers", a, "--format", "json"],
            &["--content", p, "result"],
            &["--content", p, "progress", "done", "coding"],
            &["--content", p, "progress"],
            &["--content", p, "simulate", "--respondents", "20"],
            &["--content", p, "--lang", "id", "roles", "builder"],
        ] {
            check(home.path(), &os(args), &[]);
        }
    }
}

#[test]
fn answers_files_their_names_keys_and_values_never_reach_the_terminal_raw() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let name = format!("answers{HOSTILE}.yaml");
    let file = dir.path().join(OsStr::from_bytes(name.as_bytes()));
    let key = yaml(&format!("q{HOSTILE}"));
    let value = yaml(HOSTILE);
    let long = "x".repeat(1_000_000);
    for body in [
        format!("answers:\n  {key}: 3\n"),
        format!("answers:\n  free-friday: {value}\n"),
        format!("{key}: 1\n"),
        format!(
            "answers:\n  free-friday: {}\n",
            yaml(&format!("{long}{HOSTILE}"))
        ),
        format!("answers:\n  free-friday: \"{HOSTILE}\"\n"),
        format!("answers:\n  \"{long}\": 3\n"),
        "answers: [\"\u{1b}[2J\"]\n".to_string(),
    ] {
        std::fs::write(&file, &body).unwrap();
        for format in ["text", "json"] {
            let args: Vec<&OsStr> = vec![
                OsStr::new("quiz"),
                OsStr::new("--answers"),
                file.as_os_str(),
                OsStr::new("--no-save"),
                OsStr::new("--format"),
                OsStr::new(format),
            ];
            let stderr = check(home.path(), &args, &[]);
            assert!(
                stderr < 20_000,
                "a megabyte of input is not echoed: {stderr} bytes"
            );
        }
    }
    // A file that does not exist, with a hostile name.
    let missing = dir
        .path()
        .join(OsStr::from_bytes(format!("gone{HOSTILE}").as_bytes()));
    check(
        home.path(),
        &[
            OsStr::new("quiz"),
            OsStr::new("--answers"),
            missing.as_os_str(),
        ],
        &[],
    );
}

#[test]
fn saved_state_never_reaches_the_terminal_raw() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let hostile = serde_json::to_string(HOSTILE).unwrap();
    std::fs::create_dir_all(h.join("results")).unwrap();
    std::fs::write(
        h.join("results/20260101-000000-000000-00.json"),
        format!(
            r#"{{"schema_version":1,"saved_at":"2026-01-01T00:00:00Z","quiz":{hostile},"quiz_version":1,
"pack":{hostile},"answers":{{}},"recommendation":{hostile},"roles":[{{"role":{hostile},"match":50.0}}]}}"#
        ),
    )
    .unwrap();
    std::fs::write(
        h.join("results/20260102-000000-000000-00.json"),
        format!(r#"{{"schema_version":1,"stop_rule":{hostile}}}"#),
    )
    .unwrap();
    std::fs::write(
        h.join("progress.json"),
        format!(r#"{{"schema_version":1,"skills":{{"python":{hostile}}}}}"#),
    )
    .unwrap();
    std::fs::create_dir_all(h.join("sessions")).unwrap();
    std::fs::write(
        h.join("sessions/interests.json"),
        format!(r#"{{"schema_version":1,"quiz":{hostile}}}"#),
    )
    .unwrap();
    for args in [
        &["result"][..],
        &["result", "--history"],
        &["result", "--format", "json"],
        &["result", "--history", "--format", "json"],
        &["progress"],
        &["progress", "--format", "json"],
        &["progress", "done", "python"],
        &["roadmap"],
        &["roadmap", "ai-engineer"],
        &["quiz", "--resume"],
    ] {
        check(h, &os(args), &[]);
    }
    // Hostile progress keys.
    std::fs::write(
        h.join("progress.json"),
        format!(r#"{{"schema_version":1,"skills":{{{hostile}:"done"}}}}"#),
    )
    .unwrap();
    check(h, &os(&["progress"]), &[]);
    check(h, &os(&["roadmap", "ai-engineer"]), &[]);
}

#[test]
fn flags_and_arguments_never_reach_the_terminal_raw() {
    let home = tempfile::tempdir().unwrap();
    let h = HOSTILE;
    let long = format!("{}{h}", "y".repeat(100_000));
    for args in [
        &["roles", h][..],
        &["roles", h, "--format", "json"],
        &["compare", "ai-engineer", h],
        &["roadmap", h],
        &["roadmap", "ai-engineer", "--known", h],
        &["roadmap", "ai-engineer", "--start", h],
        &["roadmap", "ai-engineer", "--hours-per-week", h],
        &["roadmap", "ai-engineer", "--blend", h],
        &["progress", "done", h],
        &["progress", "--role", h],
        &["questions", "--quiz", h],
        &["simulate", "--quiz", h],
        &["quiz", "--quiz", h, "--answers", "/dev/null"],
        &["--content", h, "roles"],
        &["validate", h],
        &["--lang", h, "roles"],
        &["--color", h, "roles"],
        &[h],
        &["roles", "--format", h],
        &["roles", &long],
        &["--lang", "id", "roles", h],
        &["--lang", "id", h],
    ] {
        let stderr = check(home.path(), &os(args), &[]);
        assert!(stderr < 20_000, "{stderr} bytes of stderr");
    }
    // Through the environment too.
    check(
        home.path(),
        &os(&["roles"]),
        &[("CAREER_CONTENT", OsStr::new(h))],
    );
}

#[test]
fn with_colour_on_only_our_own_colour_sequences_are_written() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let good = text_pack(dir.path());
    let out = career(home.path())
        .args(["--color", "always", "--content"])
        .arg(&good)
        .args(["roles", "builder"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains('\u{1b}'), "colour is on");
    for seq in text.split('\u{1b}').skip(1) {
        let params: String = seq
            .strip_prefix('[')
            .unwrap_or_else(|| panic!("not a CSI: {seq:?}"))
            .chars()
            .take_while(|c| *c != 'm')
            .collect();
        assert!(
            params.chars().all(|c| c.is_ascii_digit() || c == ';'),
            "only SGR colour sequences: {seq:?}"
        );
    }
    assert!(!text.contains("\u{1b}]") && !text.contains("\u{1b}[2J"));
}

/// `s` as a JSON string, every character outside printable ASCII escaped.
fn json(s: &str) -> String {
    serde_json::to_string(s)
        .unwrap()
        .chars()
        .map(|c| match c {
            ' '..='~' => c.to_string(),
            _ => format!("\\u{:04x}", c as u32),
        })
        .collect()
}

#[test]
fn cohort_responses_their_ids_fields_and_answers_never_reach_the_terminal_raw() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let h = json(HOSTILE);
    let jsonl = dir.path().join(OsStr::from_bytes(
        format!("class{HOSTILE}.jsonl").as_bytes(),
    ));
    std::fs::write(
        &jsonl,
        format!(
            "{{\"id\": {h}, \"answers\": {{\"wire-up-models\": 4}}, \"name\": {h}}}\n\
             {{\"id\": \"b\", \"answers\": {{{h}: 4}}}}\n\
             {{\"id\": \"c\", \"answers\": {{\"free-friday\": {h}}}}}\n\
             {{\"answers\": {{\"wire-up-models\": 4}}, {h}: {h}}}\n\
             not json {HOSTILE}\n"
        ),
    )
    .unwrap();
    let csv = dir.path().join("class.csv");
    std::fs::write(
        &csv,
        format!("Name{HOSTILE},wire-up-models\n{HOSTILE},4\nx,{HOSTILE}\n"),
    )
    .unwrap();
    for file in [&jsonl, &csv] {
        for args in [
            &["score", "--format", "jsonl"][..],
            &["score", "--format", "csv"],
            &["score", "--format", "jsonl", "--reasons"],
            &["analyze", "--format", "text"],
            &["analyze", "--format", "json"],
            &["analyze", "--format", "markdown"],
        ] {
            let mut all: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
            all.push(file.as_os_str());
            check(home.path(), &all, &[]);
        }
    }
}
