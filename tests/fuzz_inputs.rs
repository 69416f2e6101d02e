//! Fuzz-style property tests of every parser of outside input: pack files,
//! answers in every format, and saved state. Each runs over arbitrary bytes
//! and over mutations of valid files (lines deleted, doubled, swapped or
//! re-indented, bytes and control characters inserted, huge numbers, deep
//! nesting, anchors and aliases, cut short, a value of another type, keys
//! given twice). The property: no panic, and either a result or a typed
//! error whose message, in English and in Indonesian, is non-empty and free
//! of Rust and serde internals and of terminal controls.
//!
//! `cargo test --test fuzz_inputs` runs a few cases of each. The long runs
//! (at least 1,000,000 cases per class: content, answers, saved state) are
//! ignored by default:
//!
//! ```text
//! cargo test --release --test fuzz_inputs -- --ignored --nocapture
//! ```
//!
//! See docs/threat-model.md for the figures of the last long run.

#![cfg(unix)]

mod common;
#[path = "fuzz_support/mod.rs"]
mod support;

use support::content::Kind;
use support::{answers, binary, content, state, BRIEF};

/// Long-run cases of each property, chosen so that each class adds up to
/// at least 1,000,000: content 7 properties, answers 8, saved state 6.
const LONG_CONTENT: u32 = 145_000;
const LONG_ANSWERS: u32 = 125_000;
const LONG_STATE: u32 = 167_000;

/// The cases of a long run: `cases`, or `FUZZ_CASES` when set (to try the
/// long run briefly, or to run it longer).
fn long(cases: u32) -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases)
}

macro_rules! fuzz_tests {
    ($($brief:ident, $long:ident, $cases:expr => $run:expr;)*) => {$(
        #[test]
        fn $brief() {
            $run(stringify!($brief), BRIEF);
        }

        #[test]
        #[ignore = "long run: cargo test --release --test fuzz_inputs -- --ignored"]
        fn $long() {
            $run(stringify!($long), long($cases));
        }
    )*};
}

fuzz_tests! {
    quiz_file_bytes, long_quiz_file_bytes, LONG_CONTENT =>
        |n, c| content::arbitrary(Kind::Quiz, n, c);
    quiz_file_mutations, long_quiz_file_mutations, LONG_CONTENT =>
        |n, c| content::mutated(Kind::Quiz, n, c);
    role_file_bytes, long_role_file_bytes, LONG_CONTENT =>
        |n, c| content::arbitrary(Kind::Role, n, c);
    role_file_mutations, long_role_file_mutations, LONG_CONTENT =>
        |n, c| content::mutated(Kind::Role, n, c);
    skills_file_bytes, long_skills_file_bytes, LONG_CONTENT =>
        |n, c| content::arbitrary(Kind::Skills, n, c);
    skills_file_mutations, long_skills_file_mutations, LONG_CONTENT =>
        |n, c| content::mutated(Kind::Skills, n, c);
    pack_file_names, long_pack_file_names, LONG_CONTENT =>
        content::file_names;

    answers_file_bytes, long_answers_file_bytes, LONG_ANSWERS => answers::answers_file_bytes;
    answers_file_mutations, long_answers_file_mutations, LONG_ANSWERS =>
        answers::answers_file_mutations;
    jsonl_bytes, long_jsonl_bytes, LONG_ANSWERS => answers::jsonl_bytes;
    jsonl_mutations, long_jsonl_mutations, LONG_ANSWERS => answers::jsonl_mutations;
    csv_bytes, long_csv_bytes, LONG_ANSWERS => answers::csv_bytes;
    csv_mutations, long_csv_mutations, LONG_ANSWERS => answers::csv_mutations;
    answers_dir_bytes, long_answers_dir_bytes, LONG_ANSWERS => answers::dir_bytes;
    answers_dir_mutations, long_answers_dir_mutations, LONG_ANSWERS => answers::dir_mutations;

    progress_bytes, long_progress_bytes, LONG_STATE => state::progress_bytes;
    progress_mutations, long_progress_mutations, LONG_STATE => state::progress_mutations;
    session_bytes, long_session_bytes, LONG_STATE => state::session_bytes;
    session_mutations, long_session_mutations, LONG_STATE => state::session_mutations;
    results_bytes, long_results_bytes, LONG_STATE => state::results_bytes;
    results_mutations, long_results_mutations, LONG_STATE => state::results_mutations;
}

#[test]
fn the_program_on_fuzzed_answers() {
    binary::answers();
}

#[test]
fn the_program_on_fuzzed_batches() {
    binary::batch();
}

#[test]
fn the_program_on_fuzzed_content() {
    binary::content();
}

#[test]
fn the_program_on_fuzzed_saved_state() {
    binary::saved_state();
}

// Cases the fuzzing found, kept as regression tests.

/// `depth` maps nested in flow style, as the value of one answer.
fn nested_answers(depth: usize) -> String {
    format!(
        "answers:\n  q: {}1{}\n",
        "{a: ".repeat(depth),
        "}".repeat(depth)
    )
}

#[test]
fn deep_nesting_is_refused_before_a_small_stack_runs_out() {
    // `career score` reads a folder's files on worker threads of 2 MiB; a
    // debug build overflowed one at about 45 levels and aborted.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deep.yaml");
    std::fs::write(&file, nested_answers(100)).unwrap();
    let quiz = support::built_in().quiz(None).unwrap();
    let problems = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || career::content::answers_file::read_answers(&file, quiz).unwrap_err())
        .unwrap()
        .join()
        .expect("no stack overflow");
    let w = career::i18n::diagnostics::word(&problems[0], career::i18n::Lang::En);
    assert_eq!(w.message, "the YAML is nested too deeply");
}

#[test]
fn an_alias_bomb_is_refused_in_words_not_in_the_parsers_terms() {
    let mut bomb = String::from("l0: &l0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..9 {
        let refs = vec![format!("*l{}", i - 1); 9].join(", ");
        bomb.push_str(&format!("l{i}: &l{i} [{refs}]\n"));
    }
    let quiz = support::built_in().quiz(None).unwrap();
    let problems = career::content::answers_file::parse_answers("bomb.yaml", &bomb, quiz)
        .expect_err("a bomb is refused");
    for lang in support::LANGS {
        let w = career::i18n::diagnostics::word(&problems[0], lang);
        assert!(!w.message.contains('{'), "{}", w.message);
        assert!(w.message.contains("YAML"), "{}", w.message);
    }
}

#[test]
fn score_on_a_folder_with_a_deeply_nested_file_reports_it_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("answers");
    std::fs::create_dir(&answers).unwrap();
    std::fs::write(answers.join("a-deep.yaml"), nested_answers(200)).unwrap();
    std::fs::write(
        answers.join("b-deep.yaml"),
        format!(
            "answers:\n{}",
            (1..120)
                .map(|d| format!("{}k{d}:\n", " ".repeat(d * 2)))
                .collect::<String>()
        ),
    )
    .unwrap();
    let out = common::career(dir.path())
        .arg("score")
        .arg(&answers)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.matches("nested too deeply").count(), 2, "{stderr}");
}

#[test]
fn a_value_the_parser_cannot_read_is_explained_without_rust_types() {
    let quiz = support::built_in().quiz(None).unwrap();
    for value in ["!!int x", "!!float yes", ".nan", "1e999"] {
        let text = format!("answers:\n  q: {value}\n");
        let problems = career::content::answers_file::parse_answers("a.yaml", &text, quiz)
            .expect_err("refused");
        for lang in support::LANGS {
            let w = career::i18n::diagnostics::word(&problems[0], lang);
            support::clean(value, &w.message).unwrap();
        }
    }
}

#[test]
fn a_blank_column_name_is_quoted_so_it_can_be_seen() {
    // Found by the long run: a CSV header of C1 controls and spaces, with
    // `--id-column` naming a column that is not there.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("class.csv");
    std::fs::write(&file, "\u{9b}  \u{9b},\n").unwrap();
    let out = common::career(dir.path())
        .args(["score", "--id-column", "id"])
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no column \"id\""), "{stderr}");
    assert!(stderr.contains("the columns are: \"  \", \"\""), "{stderr}");
    assert!(!stderr.contains('\u{9b}'), "{stderr}");
}
