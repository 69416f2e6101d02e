//! Terminal conventions with the real binary: completions, the man page,
//! `--color`, the pager (in a pseudo-terminal and piped), quiet broken
//! pipes with truthful exit codes, and JSON errors.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{career, repo, run};

const ESC: char = '\u{1b}';

fn tiny_pack() -> std::path::PathBuf {
    repo().join("tests/fixtures/tiny-pack")
}

#[test]
fn completion_scripts_for_every_shell_register_career() {
    let home = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let (code, out, err) = run(home.path(), &["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        assert!(
            out.contains("COMPLETE") && out.contains("career"),
            "{shell} registers `career` as its own completer:\n{out}"
        );
        let (code, out, _) = run(home.path(), &["completions", shell, "--static"]);
        assert_eq!(code, 0);
        for word in ["roadmap", "progress", "hours-per-week", "no-pager"] {
            assert!(out.contains(word), "{shell} static script lacks {word}");
        }
    }
    let (code, _, err) = run(home.path(), &["completions", "tcsh"]);
    assert_eq!(code, 2, "{err}");
}

/// What the shell gets on Tab, as fish asks for it.
fn complete(home: &Path, pack: Option<&Path>, line: &[&str]) -> Vec<String> {
    let mut cmd = career(home);
    cmd.env("COMPLETE", "fish").arg("--").args(line);
    if let Some(pack) = pack {
        cmd.env("CAREER_CONTENT", pack);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn role_and_skill_ids_complete_from_the_pack_in_use() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let roles = complete(h, None, &["career", "roadmap", "ai-"]);
    assert_eq!(roles, ["ai-engineer", "ai-researcher"]);
    let skills = complete(h, None, &["career", "progress", "done", "pyt"]);
    assert!(skills.contains(&"python".to_string()), "{skills:?}");
    // Another pack, another shape: its own ids and none of the default's.
    let tiny = tiny_pack();
    let roles = complete(h, Some(&tiny), &["career", "roles", ""]);
    assert!(roles.contains(&"builder".to_string()), "{roles:?}");
    assert!(!roles.iter().any(|r| r == "ai-engineer"), "{roles:?}");
    let subcommands = complete(h, None, &["career", "road"]);
    assert_eq!(subcommands, ["roadmap"]);
}

#[test]
fn the_man_page_names_every_command_in_either_language() {
    let home = tempfile::tempdir().unwrap();
    let (code, page, _) = run(home.path(), &["man"]);
    assert_eq!(code, 0);
    assert!(
        page.starts_with(".ie") || page.contains(".TH career 1"),
        "{page}"
    );
    for word in [
        "quiz",
        "roadmap",
        "progress",
        "validate",
        "completions",
        "\\-\\-color",
    ] {
        assert!(page.contains(word), "the man page lacks {word}");
    }
    let (_, page, _) = run(home.path(), &["--lang", "id", "man"]);
    assert!(page.contains("Temukan karier"), "{page}");
    // Section headings in Indonesian too, and in capitals as man pages have them.
    for heading in [
        ".SH NAMA",
        ".SH SINOPSIS",
        ".SH DESKRIPSI",
        ".SH OPSI",
        ".SH PERINTAH",
    ] {
        assert!(page.contains(heading), "no {heading}: {page}");
    }
    assert!(
        !page.contains(".SH NAME") && !page.contains("career-help"),
        "{page}"
    );
}

#[test]
fn man_dir_writes_every_page_the_main_page_lists() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("man1");
    let (code, out, err) = run(home.path(), &["man", "--dir", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("manual pages into"), "{out}");
    let (_, main_page, _) = run(home.path(), &["man"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("career.1")).unwrap(),
        main_page
    );
    // Every page the main page points to is there, with that command's options.
    let listed: Vec<&str> = main_page
        .lines()
        .filter_map(|l| {
            l.strip_prefix("career\\-")
                .or_else(|| l.strip_prefix("career-"))
        })
        .collect();
    assert!(listed.len() >= 10, "{main_page}");
    let quiz = std::fs::read_to_string(dir.join("career-quiz.1")).unwrap();
    assert!(quiz.contains("\\-\\-answers"), "{quiz}");
    let roadmap = std::fs::read_to_string(dir.join("career-roadmap.1")).unwrap();
    assert!(roadmap.contains("\\-\\-hours\\-per\\-week"), "{roadmap}");
    assert!(dir.join("career-progress-done.1").exists());
    assert!(!dir.join("career-help.1").exists());

    let id_dir = home.path().join("id");
    let (code, out, _) = run(
        home.path(),
        &["--lang", "id", "man", "--dir", id_dir.to_str().unwrap()],
    );
    assert_eq!(code, 0);
    assert!(out.contains("halaman manual ditulis ke"), "{out}");
    let quiz = std::fs::read_to_string(id_dir.join("career-quiz.1")).unwrap();
    assert!(quiz.contains(".SH SINOPSIS"), "{quiz}");
}

#[test]
fn color_flag_and_environment() {
    let home = tempfile::tempdir().unwrap();
    let colours = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = career(home.path());
        cmd.env("TERM", "xterm-256color").args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).contains(ESC)
    };
    let card = ["roles", "ai-engineer"];
    assert!(!colours(&card, &[]), "a pipe gets no colour by default");
    assert!(colours(&["--color", "always", "roles", "ai-engineer"], &[]));
    assert!(colours(&["roles", "ai-engineer", "--color=always"], &[]));
    assert!(colours(&card, &[("CLICOLOR_FORCE", "1")]));
    assert!(!colours(
        &card,
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    ));
    assert!(!colours(
        &["--color", "never", "roles", "ai-engineer"],
        &[("CLICOLOR_FORCE", "1")]
    ));
    // The flag is a usage error when misspelt, in either language.
    let (code, _, err) = run(home.path(), &["--color", "sometimes", "roles"]);
    assert_eq!(code, 2);
    assert!(err.contains("sometimes"), "{err}");
}

#[test]
fn glyphs_change_only_for_a_dumb_terminal_or_a_non_utf8_locale() {
    let home = tempfile::tempdir().unwrap();
    let table = |env: &[(&str, &str)]| {
        let mut cmd = career(home.path());
        cmd.args(["compare"]).env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned()
    };
    assert!(table(&[]).contains('│'), "box lines on a UTF-8 terminal");
    assert!(
        table(&[("NO_COLOR", "1")]).contains('│'),
        "NO_COLOR keeps glyphs"
    );
    assert!(!table(&[("TERM", "dumb")]).contains('│'));
    assert!(!table(&[("LANG", "C")]).contains('│'));
}

/// The punctuation of running text (`·`, `–`, no-break spaces) turns into
/// ASCII with the glyphs, in either language, and stays on a UTF-8 terminal.
#[test]
fn running_text_is_ascii_on_a_terminal_without_unicode() {
    let home = tempfile::tempdir().unwrap();
    let text = |env: &[(&str, &str)], lang: &str| {
        let mut cmd = career(home.path());
        cmd.args([
            "--lang",
            lang,
            "roadmap",
            "ml-engineer",
            "--hours-per-week",
            "10",
        ])
        .env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned()
    };
    let typographic = |s: &str| s.chars().any(|c| matches!(c, '·' | '–' | '\u{a0}'));
    for lang in ["en", "id"] {
        assert!(typographic(&text(&[], lang)), "a UTF-8 terminal keeps them");
        for env in [[("LANG", "C")], [("TERM", "dumb")]] {
            let out = text(&env, lang);
            assert!(!out.is_empty());
            assert!(!typographic(&out), "{env:?} {lang}: {out}");
        }
    }
    // JSON is data: the same whatever the terminal.
    let json = |lang: &str| {
        let mut cmd = career(home.path());
        cmd.args(["roadmap", "ml-engineer", "--format", "json"])
            .env("LANG", lang);
        cmd.output().unwrap().stdout
    };
    assert_eq!(json("C"), json("C.UTF-8"));
}

/// A pager that records what it was given.
fn fake_pager(dir: &Path) -> (String, std::path::PathBuf) {
    let script = dir.join("fake-pager");
    let log = dir.join("paged.txt");
    std::fs::write(&script, "#!/bin/sh\ncat > \"$1\"\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    (format!("{} {}", script.display(), log.display()), log)
}

#[cfg(unix)]
fn in_pty(home: &Path, pager: &str, args: &[&str]) -> String {
    spawn_pty(home, pager, args, &[]).exp_eof().unwrap()
}

#[cfg(unix)]
fn spawn_pty(
    home: &Path,
    pager: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> rexpect::session::PtySession {
    use rexpect::reader::Options;
    use rexpect::session::spawn_with_options;
    // A 24-row terminal, as on a laptop's default window.
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("stty rows 24 cols 80; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_career"))
        .args(args)
        .env("CAREER_HOME", home)
        .env("TERM", "xterm-256color")
        .env("LANG", "en_US.UTF-8")
        .env("PAGER", pager)
        .env_remove("NO_COLOR")
        .env_remove("CAREER_CONTENT");
    for (k, v) in env {
        cmd.env(k, v);
    }
    spawn_with_options(cmd, Options::new().timeout_ms(Some(30_000))).unwrap()
}

/// Whether `screen` has a colour or bold sequence (not cursor movement).
fn has_colour(screen: &str) -> bool {
    screen.split('\u{1b}').skip(1).any(|seq| {
        seq.strip_prefix('[').is_some_and(|rest| {
            let params: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ';')
                .collect();
            rest[params.len()..].starts_with('m') && !params.is_empty() && params != "0"
        })
    })
}

#[cfg(unix)]
#[test]
fn no_color_keeps_the_quiz_glyphs_and_progress_bar_and_drops_the_colour() {
    let quiz = |env: &[(&str, &str)]| {
        let home = tempfile::tempdir().unwrap();
        let mut p = spawn_pty(home.path(), "cat", &["quiz", "--no-save"], env);
        let header = p.exp_string("Question 1 of").unwrap();
        let screen = header + &p.exp_string("Skip / not sure").unwrap();
        p.send_control('c').unwrap();
        let _ = p.exp_eof();
        // rexpect hands back each byte as a character; put the UTF-8 together.
        let bytes: Vec<u8> = screen.chars().map(|c| c as u32 as u8).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let plain = quiz(&[("NO_COLOR", "1")]);
    assert!(plain.contains('❯'), "the cursor glyph stays: {plain}");
    assert!(plain.contains('░'), "the progress bar stays: {plain}");
    assert!(!has_colour(&plain), "no colour: {plain:?}");
    let coloured = quiz(&[]);
    assert!(
        has_colour(&coloured),
        "colour without NO_COLOR: {coloured:?}"
    );
    let dumb = quiz(&[("TERM", "dumb")]);
    assert!(!dumb.contains('❯') && !dumb.contains('░'), "{dumb}");
}

#[cfg(unix)]
#[test]
fn long_output_is_paged_on_a_terminal_and_never_when_piped() {
    let home = tempfile::tempdir().unwrap();
    let (pager, log) = fake_pager(home.path());
    let screen = in_pty(home.path(), &pager, &["roadmap", "ai-engineer"]);
    let paged = std::fs::read_to_string(&log).expect("the pager was run on a terminal");
    assert!(paged.lines().count() > 24, "{paged}");
    assert!(paged.contains("AI Engineer"));
    assert!(
        !screen.contains("AI Engineer"),
        "the roadmap went to the pager, not past it: {screen}"
    );
    std::fs::remove_file(&log).unwrap();

    // Short output is written directly.
    let screen = in_pty(home.path(), &pager, &["validate"]);
    assert!(!log.exists(), "one line is not paged");
    assert!(screen.contains("no problems"), "{screen}");

    // --no-pager.
    let screen = in_pty(
        home.path(),
        &pager,
        &["--no-pager", "roadmap", "ai-engineer"],
    );
    assert!(!log.exists());
    assert!(screen.contains("AI Engineer"));

    // Piped: never.
    let out = career(home.path())
        .env("PAGER", &pager)
        .args(["roadmap", "ai-engineer"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!log.exists(), "a pipe is never paged");
    assert!(String::from_utf8_lossy(&out.stdout).lines().count() > 24);
}

#[cfg(unix)]
#[test]
fn a_pager_that_cannot_run_leaves_the_text_on_the_screen() {
    let home = tempfile::tempdir().unwrap();
    for pager in ["career-test-no-such-pager", "false"] {
        let mut p = spawn_pty(home.path(), pager, &["roadmap", "ai-engineer"], &[]);
        let screen = p.exp_eof().unwrap();
        assert!(
            screen.contains("AI Engineer") && screen.lines().count() > 24,
            "PAGER={pager}: the roadmap is written directly: {screen}"
        );
        let status = p.process.wait().unwrap();
        assert!(
            matches!(status, rexpect::process::wait::WaitStatus::Exited(_, 0)),
            "PAGER={pager}: {status:?}"
        );
    }
}

/// Runs `career args` with its output pipe closed before it writes, as
/// `career … | head -1` ends up; returns (exit code, stderr).
fn with_closed_stdout(home: &Path, args: &[&str]) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_career"))
        .env("CAREER_HOME", home)
        .env("CAREER_CALIBRATION", "no-fit")
        .env("TERM", "dumb")
        .env_remove("CAREER_CONTENT")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (child.wait().unwrap().code().unwrap_or(-1), err)
}

#[test]
fn a_closed_pipe_is_quiet_and_the_exit_code_still_tells_the_result() {
    let home = tempfile::tempdir().unwrap();
    let bad = tempfile::tempdir().unwrap();
    common::copy_tree(&tiny_pack(), bad.path());
    let quiz = bad.path().join("quizzes/tiny.yaml");
    let text = std::fs::read_to_string(&quiz).unwrap();
    std::fs::write(&quiz, format!("{text}\nbogus_field: 1\n")).unwrap();
    let dir = bad.path().to_str().unwrap();

    let (code, err) = with_closed_stdout(home.path(), &["validate", dir]);
    assert_eq!(code, 1, "problems were found: {err}");
    assert!(err.is_empty(), "quiet: {err}");
    let (code, err) = with_closed_stdout(home.path(), &["validate"]);
    assert_eq!(code, 0, "{err}");
    let (code, err) = with_closed_stdout(home.path(), &["roadmap", "ai-engineer"]);
    assert_eq!((code, err.as_str()), (0, ""));

    // The same under a shell's pipefail, as a person would type it.
    let status = Command::new("bash")
        .arg("-c")
        .arg("set -o pipefail; \"$0\" validate \"$1\" | head -1 >/dev/null")
        .arg(env!("CARGO_BIN_EXE_career"))
        .arg(dir)
        .env("CAREER_HOME", home.path())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
}

#[test]
fn errors_are_json_on_stderr_under_format_json() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let doc = |args: &[&str]| {
        let (code, out, err) = run(h, args);
        let v: serde_json::Value = serde_json::from_str(&err)
            .unwrap_or_else(|e| panic!("{args:?}: stderr is not JSON ({e}): {err}"));
        assert_eq!(v["schema_version"], 1);
        assert_eq!(v["error"]["exit_code"], code);
        assert!(out.is_empty(), "{out}");
        (code, v)
    };
    let (code, v) = doc(&["roles", "no-such-role", "--format", "json"]);
    assert_eq!(code, 2);
    assert_eq!(v["error"]["kind"], "usage");
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("no-such-role"));
    assert!(v["error"]["hint"].is_string());

    let answers = h.join("answers.yaml");
    std::fs::write(&answers, "answers:\n  no_such_question: 3\n").unwrap();
    let (code, v) = doc(&[
        "quiz",
        "--answers",
        answers.to_str().unwrap(),
        "--format",
        "json",
        "--no-save",
    ]);
    assert_eq!(code, 1);
    assert_eq!(v["error"]["kind"], "answers");
    assert_eq!(v["error"]["file"], answers.to_str().unwrap());
    assert!(v["error"]["problems"][0]["line"].as_u64().unwrap() >= 1);

    let (code, v) = doc(&["roadmap", "ai-engineer", "--format", "json", "--bogus"]);
    assert_eq!(code, 2);
    assert_eq!(v["error"]["kind"], "usage");
    let (_, v) = doc(&["--lang", "id", "roles", "x", "--format=json"]);
    assert_eq!(v["language"], "id");

    // Long echoed input is cut to an excerpt, and the document stays JSON.
    let long = "y".repeat(100_000);
    let (code, v) = doc(&["roles", &long, "--format", "json"]);
    assert_eq!(code, 2);
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.len() < 1_000, "{} bytes", message.len());

    // Text mode stays text.
    let (_, _, err) = run(h, &["roles", "no-such-role"]);
    assert!(err.starts_with("error:"), "{err}");
}
