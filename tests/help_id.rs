//! `--help` and command-line errors in Indonesian, with no English left in.

mod common;

use common::{career, run};

/// Words clap writes in English; none may appear in Indonesian help or errors.
const ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Print help",
    "Print version",
    "[default:",
    "possible values",
    "Possible values",
    "error:",
    "tip:",
    "unexpected argument",
    "invalid value",
    "For more information",
    "required",
    "found",
];

fn assert_indonesian(what: &str, text: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "{what}: English `{word}` in:\n{text}");
    }
}

const COMMANDS: &[&[&str]] = &[
    &[],
    &["quiz"],
    &["questions"],
    &["roles"],
    &["compare"],
    &["roadmap"],
    &["result"],
    &["progress"],
    &["progress", "done"],
    &["validate"],
    &["simulate"],
    &["completions"],
    &["man"],
    &["init"],
    &["schema"],
];

#[test]
fn every_commands_help_is_indonesian_with_lang_id() {
    let home = tempfile::tempdir().unwrap();
    for cmd in COMMANDS {
        for flag in ["--help", "-h"] {
            let mut args = vec!["--lang", "id"];
            args.extend_from_slice(cmd);
            args.push(flag);
            let (code, out, err) = run(home.path(), &args);
            assert_eq!(code, 0, "{args:?}: {err}");
            assert!(out.contains("Penggunaan:"), "{args:?}:\n{out}");
            assert_indonesian(&format!("{args:?}"), &out);
        }
    }
    let (_, out, _) = run(home.path(), &["--lang", "id", "roadmap", "--help"]);
    for text in [
        "Rencanakan minggu demi minggu",
        "Opsi:",
        "Argumen:",
        "[bawaan: text]",
    ] {
        assert!(out.contains(text), "{out}");
    }
    // `help COMMAND` too.
    let (_, out, _) = run(home.path(), &["--lang", "id", "help", "validate"]);
    assert!(out.contains("Periksa paket konten"), "{out}");
}

#[test]
fn an_indonesian_locale_gives_indonesian_help_and_english_stays_english() {
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .env("LANG", "id_ID.UTF-8")
        .args(["quiz", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Ikuti kuis minat"), "{text}");
    assert_indonesian("LANG=id_ID.UTF-8 quiz --help", &text);
    let (_, out, _) = run(home.path(), &["quiz", "--help"]);
    assert!(out.contains("Usage:") && out.contains("Take the interest quiz"));
    assert!(!out.contains("Penggunaan"));
}

#[test]
fn argument_errors_are_wholly_indonesian() {
    let home = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["quiz", "--formt", "json"], "argumen tidak dikenal"),
        (&["rols"], "perintah tidak dikenal"),
        (&["roles", "--format", "xml"], "tidak valid"),
        (
            &["simulate", "--respondents", "many"],
            "bukan bilangan bulat",
        ),
        (&["progress", "done"], "argumen wajib"),
        (
            &["quiz", "--resume", "--restart"],
            "tidak bisa dipakai bersama",
        ),
        (&["quiz", "--confidence"], "perlu nilai"),
        (&["--color", "sometimes", "roles"], "tidak valid"),
    ];
    for (args, expected) in cases {
        let mut all = vec!["--lang", "id"];
        all.extend_from_slice(args);
        let (code, out, err) = run(home.path(), &all);
        assert_eq!(code, 2, "{all:?}: {err}");
        assert!(out.is_empty());
        assert!(err.starts_with("kesalahan:"), "{all:?}:\n{err}");
        assert!(err.contains(expected), "{all:?}:\n{err}");
        assert_indonesian(&format!("{all:?}"), &err);
    }
    let (_, _, err) = run(home.path(), &["--lang", "id", "roles", "--fromat", "json"]);
    assert!(err.contains("maksudnya '--format'?"), "{err}");
    let (_, _, err) = run(home.path(), &["--lang", "id", "roles", "--format", "xml"]);
    assert!(err.contains("text, json"), "{err}");
}

#[test]
fn career_alone_shows_the_help_in_the_persons_language() {
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .env("LANG", "id_ID.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Perintah:") && err.contains("roadmap"),
        "{err}"
    );
    assert_indonesian("career", &err);
}

/// The tip about `--` is given only where clap gives it in English: where a
/// value could have been meant (`progress done --bogus`), not for a flag
/// that simply does not exist (`career --bogus`).
#[test]
fn the_double_dash_tip_only_where_a_value_could_be_meant() {
    let home = tempfile::tempdir().unwrap();
    for lang in ["en", "id"] {
        let (code, _, err) = run(home.path(), &["--lang", lang, "--bogus"]);
        assert_eq!(code, 2);
        assert!(!err.contains("-- --bogus"), "{lang}: {err}");
        let (code, _, err) = run(
            home.path(),
            &["--lang", lang, "progress", "done", "--bogus"],
        );
        assert_eq!(code, 2);
        assert!(err.contains("-- --bogus"), "{lang}: {err}");
    }
}

/// `career --format json roles`: `--format` belongs after the command; the
/// Indonesian hint says so (clap's English says "'roles --format' exists").
#[test]
fn a_command_option_before_the_command_is_pointed_after_it() {
    let home = tempfile::tempdir().unwrap();
    let (code, _, err) = run(
        home.path(),
        &[
            "--lang", "id", "--color", "never", "--format", "json", "roles",
        ],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("'roles --format' ada: tulis opsi itu sesudah perintahnya"),
        "{err}"
    );
    assert!(!err.contains("-- --format"), "{err}");
}
