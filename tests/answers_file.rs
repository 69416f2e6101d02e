//! `career quiz --answers FILE` on answers files that are wrong in shape:
//! exit 1 with a message in plain words, at the line that holds the mistake.

mod common;

use common::run;

/// Scores `text` as an answers file of the example pack's quiz:
/// (exit code, stdout, stderr, path).
fn answers(text: &[u8]) -> (i32, String, String, String) {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("answers.yaml");
    std::fs::write(&file, text).unwrap();
    let path = file.to_str().unwrap().to_string();
    let pack = common::repo().join("examples/starter-pack");
    let (code, out, err) = run(
        home.path(),
        &[
            "--content",
            pack.to_str().unwrap(),
            "quiz",
            "--answers",
            &path,
            "--no-save",
        ],
    );
    (code, out, err, path)
}

fn assert_no_internals(err: &str) {
    for internal in [
        "u128",
        "u64",
        "f64",
        "expected struct",
        "AnswersFile",
        "invalid type",
    ] {
        assert!(
            !err.contains(internal),
            "no serde internals (`{internal}`):\n{err}"
        );
    }
}

#[test]
fn an_empty_answers_file_is_an_error() {
    for text in ["", "# only a comment\n", "\n\n"] {
        let (code, out, err, _) = answers(text.as_bytes());
        assert_eq!(code, 1, "{text:?}: {out}");
        assert!(out.is_empty(), "no result for {text:?}: {out}");
        assert!(err.contains("the answers file is empty"), "{err}");
    }
}

#[test]
fn a_question_answered_twice_is_reported_at_the_second_answer() {
    let (code, _, err, path) = answers(b"answers:\n  enjoy-shipping: 4\n  enjoy-shipping: 2\n");
    assert_eq!(code, 1);
    assert!(err.contains(&format!("{path}:3:")), "{err}");
    assert!(err.contains("duplicate key `enjoy-shipping`"), "{err}");
}

#[test]
fn a_huge_likert_value_says_it_must_be_1_to_5() {
    let (code, _, err, path) = answers(b"answers:\n  enjoy-shipping: 99999999999999999999999\n");
    assert_eq!(code, 1);
    assert!(err.contains(&format!("{path}:2:")), "{err}");
    assert!(err.contains("from 1 (strongly disagree) to 5"), "{err}");
    // Echoed as written, not as the float it rounds to.
    assert!(
        err.contains("answer 99999999999999999999999 to `enjoy-shipping` is out of range"),
        "{err}"
    );
    assert_no_internals(&err);
}

/// JSON from pandas writes `4.0` for a likert column with a gap: it is 4.
#[test]
fn a_whole_number_written_with_a_decimal_point_is_that_number() {
    let (all_whole, _, err, _) = answers(
        br#"{"answers": {"enjoy-shipping": 4.0, "dislike-papers": 2.00, "polishing-is-a-chore": 1e0}}"#,
    );
    assert_eq!(all_whole, 0, "{err}");
    let home = tempfile::tempdir().unwrap();
    let pack = common::repo().join("examples/starter-pack");
    let score = |text: &str| {
        let file = home.path().join("a.json");
        std::fs::write(&file, text).unwrap();
        common::json(
            home.path(),
            &[
                "--content",
                pack.to_str().unwrap(),
                "quiz",
                "--no-save",
                "--format",
                "json",
                "--answers",
                file.to_str().unwrap(),
            ],
        )
    };
    assert_eq!(
        score(r#"{"answers": {"enjoy-shipping": 4.0}}"#)["dimensions"],
        score(r#"{"answers": {"enjoy-shipping": 4}}"#)["dimensions"]
    );
}

#[test]
fn a_likert_answer_that_is_not_whole_or_out_of_range_is_echoed_as_written() {
    for (lang, half, nine) in [
        (
            "en",
            "answer 2.50 to `enjoy-shipping` is not a whole number",
            "answer 9.0 to `dislike-papers` is out of range",
        ),
        (
            "id",
            "jawaban 2.50 untuk `enjoy-shipping` bukan bilangan bulat",
            "jawaban 9.0 untuk `dislike-papers` di luar rentang",
        ),
    ] {
        let home = tempfile::tempdir().unwrap();
        let file = home.path().join("a.json");
        std::fs::write(
            &file,
            r#"{"answers": {"enjoy-shipping": 2.50, "dislike-papers": 9.0}}"#,
        )
        .unwrap();
        let pack = common::repo().join("examples/starter-pack");
        let (code, _, err) = run(
            home.path(),
            &[
                "--lang",
                lang,
                "--content",
                pack.to_str().unwrap(),
                "quiz",
                "--no-save",
                "--answers",
                file.to_str().unwrap(),
            ],
        );
        assert_eq!(code, 1);
        let path = file.display();
        assert!(
            err.contains(&format!("{path}:1:32: answers.enjoy-shipping: {half}")),
            "{err}"
        );
        assert!(err.contains(nine), "{err}");
        assert!(!err.contains("answer 4 "), "{err}");
    }
}

#[test]
fn a_file_that_is_not_a_map_shows_what_an_answers_file_looks_like() {
    for text in ["just a sentence\n", "42\n", "- a\n- b\n"] {
        let (code, _, err, _) = answers(text.as_bytes());
        assert_eq!(code, 1, "{text:?}");
        assert!(
            err.contains("an answers file looks like `answers: {"),
            "{err}"
        );
        assert_no_internals(&err);
    }
}

#[test]
fn tab_indentation_gets_the_tab_hint() {
    let (code, _, err, path) = answers(b"answers:\n\tenjoy-shipping: 4\n");
    assert_eq!(code, 1);
    assert!(err.contains(&format!("{path}:2:")), "{err}");
    assert!(err.contains("YAML indents with spaces, not tabs"), "{err}");
}

#[test]
fn reading_an_endless_file_stops_at_the_limit() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) = run(
        home.path(),
        &[
            "quiz",
            "--answers",
            "/dev/zero",
            "--format",
            "json",
            "--no-save",
        ],
    );
    assert_eq!(code, 1, "{out}");
    assert!(err.contains("/dev/zero"), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn a_large_answers_file_is_refused_unread() {
    let mut text = b"answers:\n".to_vec();
    text.resize(2 * 1024 * 1024, b' ');
    let (code, _, err, _) = answers(&text);
    assert_eq!(code, 1);
    assert!(err.contains("larger than 1 MiB"), "{err}");
}
