//! Command-line mistakes and inputs that cannot be used: said in our words
//! (English and Indonesian), never Rust's or the system's, with what was
//! expected and a hint, and the documented exit codes.

mod common;

use common::{career, run};

/// `career args…` in `lang`: (exit code, stdout, stderr).
fn run_in(lang: &str, args: &[&str]) -> (i32, String, String) {
    let home = tempfile::tempdir().unwrap();
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    run(home.path(), &all)
}

fn responses() -> String {
    common::repo()
        .join("tests/fixtures/cohort/responses.jsonl")
        .display()
        .to_string()
}

fn cohort_pack() -> String {
    common::repo()
        .join("tests/fixtures/cohort/pack")
        .display()
        .to_string()
}

#[test]
fn threads_out_of_range_is_a_usage_error_not_a_crash() {
    let file = responses();
    let pack = cohort_pack();
    for command in ["score", "analyze"] {
        for n in ["0", "-1", "257", "100000"] {
            let (code, out, err) =
                run_in("en", &["--content", &pack, command, &file, "--threads", n]);
            assert_eq!(code, 2, "{command} --threads {n}: {err}");
            assert!(out.is_empty(), "{out}");
            assert!(
                err.contains(&format!("`--threads {n}` is out of range")),
                "{err}"
            );
            assert!(err.contains("a whole number from 1 to 256"), "{err}");
            assert!(!err.contains("panicked"), "{err}");
        }
    }
    let (code, _, err) = run_in(
        "id",
        &["--content", &pack, "score", &file, "--threads", "0"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("`--threads 0` di luar rentang"), "{err}");
    assert!(err.contains("bilangan bulat 1 sampai 256"), "{err}");
    // The bounds themselves are fine.
    for n in ["1", "256"] {
        let (code, _, err) = run_in(
            "en",
            &[
                "--content",
                &pack,
                "score",
                &file,
                "--threads",
                n,
                "--format",
                "csv",
            ],
        );
        assert_eq!(code, 0, "--threads {n}: {err}");
    }
}

#[test]
fn a_flag_value_that_is_no_number_says_what_was_expected() {
    let cases: [(&[&str], &str, &str, &str); 6] = [
        (
            &["simulate", "--respondents", "abc"],
            "`--respondents abc` is not a whole number",
            "`--respondents abc` bukan bilangan bulat",
            "from 1 to 100000",
        ),
        (
            &["simulate", "--noise", "0.1,,0.2"],
            "`--noise` has an empty value",
            "`--noise` berisi nilai kosong",
            "from 0 (no noise) to 2",
        ),
        (
            &["simulate", "--seed", "99999999999999999999999"],
            "`--seed 99999999999999999999999` is out of range",
            "`--seed 99999999999999999999999` di luar rentang",
            "from 0 to 18446744073709551615",
        ),
        (
            &["quiz", "--adaptive", "--confidence", "abc", "--no-save"],
            "`--confidence abc` is not a number",
            "`--confidence abc` bukan angka",
            "strictly between 0 and 1",
        ),
        (
            &["score", "x.jsonl", "--threads", "abc"],
            "`--threads abc` is not a whole number",
            "`--threads abc` bukan bilangan bulat",
            "from 1 to 256",
        ),
        (
            &["analyze", "x.jsonl", "--threads", "1.5"],
            "`--threads 1.5` is not a whole number",
            "`--threads 1.5` bukan bilangan bulat",
            "from 1 to 256",
        ),
    ];
    let rust_words = [
        "invalid digit",
        "invalid float",
        "cannot parse",
        "too large to fit",
    ];
    for (args, en, id, range) in cases {
        let (code, _, err) = run_in("en", args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(en), "{args:?}: {err}");
        assert!(err.contains("hint: give") && err.contains(range), "{err}");
        let (code, _, err) = run_in("id", args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(id), "{args:?}: {err}");
        assert!(err.contains("saran: beri"), "{err}");
        for words in rust_words {
            assert!(!err.contains(words), "{err}");
        }
    }
    // The JSON form has the same words and a hint.
    let home = tempfile::tempdir().unwrap();
    let out = career(home.path())
        .args(["simulate", "--respondents", "abc", "--format", "json"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(
        doc["error"]["message"],
        "`--respondents abc` is not a whole number"
    );
    assert!(doc["error"]["hint"].as_str().unwrap().contains("1000"));
}

#[test]
fn analyze_exits_1_when_rows_were_rejected_and_still_reports_the_rest() {
    let home = tempfile::tempdir().unwrap();
    let rows = std::fs::read_to_string(responses()).unwrap();
    let file = home.path().join("mixed.jsonl");
    std::fs::write(&file, format!("{rows}not json\n{{\"answers\": 5}}\n")).unwrap();
    let pack = cohort_pack();
    let (code, out, err) = run(
        home.path(),
        &["--content", &pack, "analyze", file.to_str().unwrap()],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains("2 rejected"),
        "the report is still printed: {out}"
    );
    assert!(err.contains("is not valid JSON"), "{err}");
    // Every row good: 0.
    let (code, _, err) = run(home.path(), &["--content", &pack, "analyze", &responses()]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn json_errors_leave_out_the_fields_that_are_not_known() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let answers = h.join("answers.yaml");
    std::fs::write(&answers, "answers:\n  wire-up-models: 4\n").unwrap();
    let a = answers.to_str().unwrap();
    let missing = h.join("nonexist.yaml");
    let cases: [&[&str]; 4] = [
        &["quiz", "--no-save", "--answers", missing.to_str().unwrap()],
        &["quiz", "--answers", a, "--resume"],
        &["simulate", "--respondents", "abc"],
        &["roles", "no-such-role"],
    ];
    for args in cases {
        let out = career(h)
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        let doc: serde_json::Value =
            serde_json::from_slice(&out.stderr).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        assert!(doc["error"]["message"].is_string(), "{doc}");
        let found = common::json_paths(&doc, &|v| v.is_null());
        assert!(found.is_empty(), "{args:?}: null at {found:?} in {doc}");
    }
}

#[test]
fn the_errors_file_gives_place_one_shape_and_no_nulls() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("errs.jsonl");
    std::fs::write(
        &file,
        [
            r#"{"id": "a", "answers": {"wire-up-models": 9}}"#,
            r#"{"id": "b"}"#,
            r#"{"id": "c", "answers": {"no-such-question-at-all-xyz": 1}}"#,
        ]
        .join("\n"),
    )
    .unwrap();
    let errors = h.join("errors.jsonl");
    let (code, _, err) = run(
        h,
        &[
            "score",
            file.to_str().unwrap(),
            "--errors",
            errors.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1, "{err}");
    let text = std::fs::read_to_string(&errors).unwrap();
    let rows: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3, "{text}");
    assert_eq!(
        rows[0]["place"],
        serde_json::json!({"kind": "field", "field": "answers.wire-up-models"})
    );
    assert_eq!(rows[1]["place"], serde_json::json!({"kind": "row"}));
    for row in &rows {
        assert!(row["place"]["kind"].is_string(), "{row}");
        let found = common::json_paths(row, &|v| v.is_null());
        assert!(found.is_empty(), "null at {found:?} in {row}");
    }
}

#[test]
fn a_file_that_cannot_be_read_is_said_in_our_words_with_a_hint() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let missing = h.join("nonexist.jsonl");
    let m = missing.to_str().unwrap();
    let folder = h.join("adir");
    std::fs::create_dir(&folder).unwrap();
    let f = folder.to_str().unwrap();
    let os_words = ["entity not found", "os error", "Is a directory"];
    let cases: [(&[&str], &str, &str, &str, &str); 4] = [
        (
            &["score", m],
            "no such file or folder",
            "hint: check the path for a typo",
            "file atau folder ini tidak ada",
            "saran: periksa salah ketik",
        ),
        (
            &["analyze", m],
            "no such file or folder",
            "hint: check the path for a typo",
            "file atau folder ini tidak ada",
            "saran: periksa salah ketik",
        ),
        (
            &["score", f, "--input", "jsonl"],
            "it is a folder, not a file",
            "hint: give the path of a file",
            "ini folder, bukan file",
            "saran: berikan path sebuah file",
        ),
        (
            &["score", f, "--input", "csv"],
            "it is a folder, not a file",
            "hint: give the path of a file",
            "ini folder, bukan file",
            "saran: berikan path sebuah file",
        ),
    ];
    for (args, en, en_hint, id, id_hint) in cases {
        let (code, out, err) = run(h, args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(out.is_empty(), "{out}");
        assert!(err.contains(en) && err.contains(en_hint), "{args:?}: {err}");
        assert!(!err.contains("Scored"), "refused before any row: {err}");
        let mut all = vec!["--lang", "id"];
        all.extend_from_slice(args);
        let (code, _, err) = run(h, &all);
        assert_eq!(code, 1, "{all:?}: {err}");
        assert!(err.contains(id) && err.contains(id_hint), "{all:?}: {err}");
        for words in os_words {
            assert!(!err.contains(words), "{err}");
        }
    }
    // --errors FILE in a folder that does not exist.
    let (code, _, err) = run(
        h,
        &["score", &responses(), "--errors", "/no/such/folder/e.jsonl"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("cannot write /no/such/folder/e.jsonl"),
        "{err}"
    );
    assert!(err.contains("hint: create the folder first"), "{err}");
}

fn answers_file(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("answers.yaml");
    std::fs::write(
        &file,
        "answers:\n  wire-up-models: 5\n  enjoy-statistics: 1\n  free-friday: sketch-idea\n",
    )
    .unwrap();
    file
}

#[test]
fn quiz_answers_reads_standard_input_with_a_dash() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = answers_file(h);
    let from_file = run(
        h,
        &[
            "quiz",
            "--no-save",
            "--answers",
            file.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(from_file.0, 0, "{}", from_file.2);
    // (exit code, stdout, stderr) of `quiz --answers -` given `input`.
    let piped = |input: Vec<u8>| {
        let out = career(h)
            .args(["quiz", "--no-save", "--answers", "-", "--format", "json"])
            .write_stdin(input)
            .output()
            .unwrap();
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        (out.status.code(), text(&out.stdout), text(&out.stderr))
    };
    let (code, out, err) = piped(std::fs::read(&file).unwrap());
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out, from_file.1);
    // Bounded like a file, and checked like one.
    let (code, _, err) = piped(vec![b' '; 2 * 1024 * 1024]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("the answers file is larger than 1 MiB"),
        "{err}"
    );
    assert!(err.contains("<stdin>"), "{err}");
    let (code, _, err) = piped(b"answers: {wire-up-models: 9}\n".to_vec());
    assert_eq!(code, Some(1));
    assert!(err.contains("out of range"), "{err}");
}

#[cfg(unix)]
#[test]
fn quiz_answers_says_a_folder_or_a_pipe_is_not_an_answers_file() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let folder = h.join("adir");
    std::fs::create_dir(&folder).unwrap();
    let fifo = h.join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for lang in ["en", "id"] {
        let quiz = |path: &std::path::Path| {
            run(
                h,
                &[
                    "--lang",
                    lang,
                    "quiz",
                    "--no-save",
                    "--answers",
                    path.to_str().unwrap(),
                ],
            )
        };
        let (code, _, err) = quiz(&folder);
        assert_eq!(code, 1, "{err}");
        let (what, hint) = match lang {
            "en" => (
                "it is a folder, not a file",
                "hint: give the path of a file",
            ),
            _ => ("ini folder, bukan file", "saran: berikan path sebuah file"),
        };
        assert!(err.contains(what) && err.contains(hint), "{err}");
        let (code, _, err) = quiz(&fifo);
        assert_eq!(code, 1, "{err}");
        let (what, hint) = match lang {
            "en" => (
                "not a regular file (a pipe or a device)",
                "or give `-` to read it",
            ),
            _ => ("bukan file biasa (pipe atau perangkat)", "atau berikan `-`"),
        };
        assert!(err.contains(what) && err.contains(hint), "{err}");
        for err in [quiz(&folder).2, quiz(&fifo).2] {
            assert!(
                !err.contains("permission") && !err.contains("izin"),
                "{err}"
            );
        }
    }
}

#[test]
fn a_folder_of_answers_files_names_each_bad_file_once() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let dir = h.join("ansdir");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("good.yaml"), "answers:\n  wire-up-models: 4\n").unwrap();
    std::fs::write(dir.join("invalid.yaml"), "answers:\n  wire-up-models: 9\n").unwrap();
    std::fs::write(dir.join("zero.yaml"), "").unwrap();
    for lang in ["en", "id"] {
        let (code, _, err) = run(h, &["--lang", lang, "score", dir.to_str().unwrap()]);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("invalid.yaml:2:"), "{err}");
        assert_eq!(err.matches("invalid.yaml").count(), 1, "{err}");
        assert_eq!(err.matches("zero.yaml").count(), 1, "{err}");
        assert!(!err.contains("zero.yaml: zero.yaml"), "{err}");
    }
}

#[test]
fn a_data_folder_path_through_a_file_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("afile");
    std::fs::write(&file, "not a folder").unwrap();
    for (lang, says) in [
        (
            "en",
            "is a file, not a folder: point CAREER_HOME at a folder",
        ),
        (
            "id",
            "adalah file, bukan folder: arahkan CAREER_HOME ke sebuah folder",
        ),
    ] {
        for args in [&["progress", "done", "python"][..], &["result"][..]] {
            let (code, _, err) = run(&file, &[&["--lang", lang][..], args].concat());
            assert_eq!(code, 1, "{args:?}: {err}");
            assert!(err.contains(says), "{args:?}: {err}");
            assert!(
                !err.contains("free some space") && !err.contains("permissions"),
                "{err}"
            );
        }
    }
}
