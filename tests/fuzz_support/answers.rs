//! Answers in every input format: an answers file (`career quiz --answers`,
//! YAML or JSON) through `read_answers`, and the batch inputs of
//! `career score` / `career analyze` (JSONL, CSV with ids or a Google-Forms
//! header, a folder of answers files) through `cohort::source`, as the CLI
//! opens and visits them.

use std::io::Cursor;
use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Map, Value};

use super::*;
use career::cohort::index::QuizIndex;
use career::cohort::input::csv::HeaderProblem;
use career::cohort::problem::{Problem, RowProblem};
use career::cohort::source::{visit, InputFormat, OpenProblem, Shared, Source, State};
use career::content::answers_file::read_answers;
use career::content::{QuestionKind, Quiz};
use career::engine::batch::{Extras, Scored, Scorer};
use career::i18n::{EN, ID};

fn quiz() -> &'static Quiz {
    built_in()
        .quiz(None)
        .expect("the default pack has a default quiz")
}

/// The quiz's index for batch inputs, as `career score` builds it.
fn index() -> &'static QuizIndex {
    static INDEX: OnceLock<QuizIndex> = OnceLock::new();
    INDEX.get_or_init(|| QuizIndex::new(quiz(), &[EN.likert_labels, ID.likert_labels]))
}

fn scorer() -> &'static Scorer {
    static SCORER: OnceLock<Scorer> = OnceLock::new();
    SCORER.get_or_init(|| Scorer::new(built_in(), quiz()))
}

/// One answer, before it is written in a format.
#[derive(Clone)]
enum Ans {
    Likert(u8),
    Choice(usize),
    Multi(Vec<usize>),
    Skip,
}

/// A full set of valid answers to the default quiz; `v` varies them.
fn answer_set(v: usize) -> Vec<(&'static str, Ans)> {
    quiz()
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let k = i + v;
            let a = match &q.kind {
                _ if k % 11 == 7 => Ans::Skip,
                QuestionKind::Likert { .. } => Ans::Likert(1 + (k % 5) as u8),
                QuestionKind::Choice { .. } => Ans::Choice(k % q.kind.options().len()),
                QuestionKind::Multi { .. } => {
                    let n = q.kind.options().len();
                    Ans::Multi(vec![k % n, (k + 1) % n])
                }
            };
            (q.id.as_str(), a)
        })
        .collect()
}

fn option_id(qid: &str, o: usize) -> &'static str {
    &quiz().question(qid).unwrap().kind.options()[o].id
}

fn json_answers(set: &[(&str, Ans)]) -> Value {
    let mut m = Map::new();
    for (qid, a) in set {
        let v = match a {
            Ans::Likert(n) => json!(n),
            Ans::Choice(o) => json!(option_id(qid, *o)),
            Ans::Multi(os) => json!(os.iter().map(|o| option_id(qid, *o)).collect::<Vec<_>>()),
            Ans::Skip => Value::Null,
        };
        m.insert(qid.to_string(), v);
    }
    Value::Object(m)
}

fn yaml_file(set: &[(&str, Ans)]) -> Vec<u8> {
    let mut out = format!("# answers\nquiz: {}\nanswers:\n", quiz().id);
    for (qid, a) in set {
        let v = match a {
            Ans::Likert(n) => n.to_string(),
            Ans::Choice(o) => option_id(qid, *o).to_string(),
            Ans::Multi(os) => {
                let ids: Vec<_> = os.iter().map(|o| option_id(qid, *o)).collect();
                format!("[{}]", ids.join(", "))
            }
            Ans::Skip => "skip".to_string(),
        };
        out.push_str(&format!("  {qid}: {v}\n"));
    }
    out.into_bytes()
}

/// Valid answers files, YAML and JSON.
pub fn answers_files() -> &'static [Vec<u8>] {
    static FILES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    FILES.get_or_init(|| {
        let mut files: Vec<Vec<u8>> = (0..3).map(|v| yaml_file(&answer_set(v))).collect();
        for v in 3..5 {
            let doc = json!({"quiz": quiz().id, "answers": json_answers(&answer_set(v))});
            files.push(serde_json::to_vec_pretty(&doc).unwrap());
        }
        files
    })
}

/// Valid JSON Lines inputs.
fn jsonl_files() -> &'static [Vec<u8>] {
    static FILES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    FILES.get_or_init(|| {
        let lines = |from: usize| -> Vec<u8> {
            let mut out = Vec::new();
            for v in from..from + 4 {
                let mut row =
                    json!({"id": format!("r{v}"), "answers": json_answers(&answer_set(v))});
                if v % 2 == 0 {
                    row["email"] = json!(format!("p{v}@example.com"));
                    row["id"] = json!(v);
                }
                out.extend(serde_json::to_vec(&row).unwrap());
                out.push(b'\n');
            }
            out
        };
        let mut files = vec![lines(0), lines(5)];
        files.push(
            std::fs::read(repo().join("tests/fixtures/cohort/responses.jsonl")).unwrap()[..2000]
                .to_vec(),
        );
        files
    })
}

/// Valid CSV inputs and the id column each names: question ids with
/// numbers and option ids; and a Google Forms export (question texts,
/// scale labels, option texts, ticked boxes joined by ", ").
fn csv_files() -> &'static [(Vec<u8>, Option<&'static str>)] {
    static FILES: OnceLock<Vec<(Vec<u8>, Option<&'static str>)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let q = quiz();
        let mut ids = csv::Writer::from_writer(Vec::new());
        let mut header = vec!["id".to_string()];
        header.extend(q.questions.iter().map(|x| x.id.clone()));
        ids.write_record(&header).unwrap();
        let mut forms = csv::Writer::from_writer(Vec::new());
        let mut header = vec!["Timestamp".to_string(), "Email Address".to_string()];
        header.extend(q.questions.iter().map(|x| x.text.get("en").to_string()));
        forms.write_record(&header).unwrap();
        for v in 0..4 {
            let set = answer_set(v);
            let mut by_id = vec![format!("r{v}")];
            let mut by_text = vec![
                format!("2026/11/2{v} 10:00:00"),
                format!("p{v}@example.com"),
            ];
            for (qid, a) in &set {
                let options = quiz().question(qid).unwrap().kind.options();
                let (id_cell, text_cell) = match a {
                    Ans::Likert(n) => {
                        let labels = if v % 2 == 0 {
                            EN.likert_labels
                        } else {
                            ID.likert_labels
                        };
                        (n.to_string(), labels[usize::from(*n) - 1].to_string())
                    }
                    Ans::Choice(o) => (
                        options[*o].id.clone(),
                        options[*o].text.get("en").to_string(),
                    ),
                    Ans::Multi(os) => (
                        os.iter()
                            .map(|o| options[*o].id.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                        os.iter()
                            .map(|o| options[*o].text.get("en"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                    Ans::Skip => (String::new(), String::new()),
                };
                by_id.push(id_cell);
                by_text.push(text_cell);
            }
            ids.write_record(&by_id).unwrap();
            forms.write_record(&by_text).unwrap();
        }
        vec![
            (ids.into_inner().unwrap(), Some("id")),
            (forms.into_inner().unwrap(), Some("Email Address")),
        ]
    })
}

/// Reads an answers file: the answers score, or every problem is said cleanly.
fn check_answers_file(path: &Path, bytes: &[u8]) -> Checked {
    std::fs::write(path, bytes).unwrap();
    input_is(bytes);
    match read_answers(path, quiz()) {
        Ok(answers) => {
            let outcome = career::engine::evaluate(built_in(), quiz(), &answers);
            prop_assert_eq!(outcome.roles.len(), built_in().roles.len());
            Ok(())
        }
        Err(problems) => {
            prop_assert!(!problems.is_empty(), "answers refused without a reason");
            clean_diagnostics("an answers problem", &problems)
        }
    }
}

/// What a batch problem quotes from the input: sanitised and cut short
/// (its words are chosen by the program's renderer, checked by the tests
/// that run the program); an answers file's problems worded cleanly.
fn clean_row_problem(p: &RowProblem) -> Checked {
    if let Problem::AnswersFile { problems } = &p.problem {
        prop_assert!(
            !problems.is_empty(),
            "an answers file refused without a reason"
        );
        clean_diagnostics("an answers file of a folder", problems)?;
    }
    let v = serde_json::to_value(p).expect("a problem is data");
    quoted("a row problem", &v, career::cohort::problem::DATA_CHARS)
}

fn clean_header(h: &HeaderProblem) -> Checked {
    let texts: Vec<&String> = match h {
        HeaderProblem::Twice {
            question,
            first,
            second,
        } => vec![question, first, second],
        HeaderProblem::NoIdColumn { name, columns } => {
            std::iter::once(name).chain(columns).collect()
        }
        _ => Vec::new(),
    };
    for t in texts {
        quoted_text(
            "a header problem",
            t,
            career::cohort::problem::EXCERPT_CHARS,
        )?;
    }
    Ok(())
}

/// Every string in `v` is a clean quote of at most `max` characters (a
/// problem's data keeps up to `DATA_CHARS`; headers are cut to excerpts).
fn quoted(what: &str, v: &Value, max: usize) -> Checked {
    match v {
        Value::String(s) => quoted_text(what, s, max),
        Value::Array(items) => items.iter().try_for_each(|i| quoted(what, i, max)),
        Value::Object(m) => m.values().try_for_each(|i| quoted(what, i, max)),
        _ => Ok(()),
    }
}

fn quoted_text(what: &str, s: &str, max: usize) -> Checked {
    // Perhaps after a short prefix such as `answers.`.
    prop_assert!(s.chars().count() <= max + 20, "{what}: a long quote {s:?}");
    // A quoted name may be blank (a column headed by spaces, or by
    // characters the sanitiser removes); it is data, not the message.
    if s.trim().is_empty() {
        return Ok(());
    }
    clean(what, s)
}

/// Runs a batch input as `career score` does: good responses are scored,
/// every problem (of a row, or of the whole input) is said cleanly.
fn check_batch(
    format: InputFormat,
    input: Vec<u8>,
    dir: Option<&Path>,
    id_column: Option<&str>,
) -> Checked {
    let (quiz, index, scorer) = (quiz(), index(), scorer());
    let opened = Source::open(format, Box::new(Cursor::new(input)), dir, index, id_column);
    let (mut source, plan) = match opened {
        Ok(open) => open,
        Err(OpenProblem::Header(h)) => return clean_header(&h),
        Err(OpenProblem::Io(e)) => {
            return Err(TestCaseError::fail(format!(
                "an input in memory failed: {e}"
            )))
        }
    };
    let shared = Shared {
        quiz,
        index,
        plan: plan.as_ref(),
        lang: Lang::En,
    };
    let mut state = State::new(quiz.questions.len());
    let mut scored = Scored::default();
    let mut found = Vec::new();
    while let Some(chunk) = source.next_chunk() {
        visit(
            &chunk,
            &shared,
            &mut state,
            |r| scorer.score(r.answers, Extras::default(), &mut scored),
            |p| found.push(p),
        );
    }
    for p in &found {
        clean_row_problem(p)?;
    }
    Ok(())
}

pub fn answers_file_bytes(name: &str, cases: u32) {
    let dir = tempfile::tempdir().unwrap();
    let names = select(&["answers.yaml", "answers.json", "a\u{1b}[31m\u{202e}.yaml"][..]);
    fuzz(name, cases, (names, bytes()), |(file, input)| {
        check_answers_file(&dir.path().join(file), &input.0)
    });
}

pub fn answers_file_mutations(name: &str, cases: u32) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    let files = answers_files();
    fuzz(name, cases, mutations(files.len()), |m| {
        check_answers_file(&path, &m.apply(&files[m.file]))
    });
}

pub fn jsonl_bytes(name: &str, cases: u32) {
    fuzz(name, cases, bytes(), |input| {
        input_is(&input.0);
        check_batch(InputFormat::Jsonl, input.0, None, None)
    });
}

pub fn jsonl_mutations(name: &str, cases: u32) {
    let files = jsonl_files();
    fuzz(name, cases, mutations(files.len()), |m| {
        let bytes = m.apply(&files[m.file]);
        input_is(&bytes);
        check_batch(InputFormat::Jsonl, bytes, None, None)
    });
}

pub fn csv_bytes(name: &str, cases: u32) {
    let columns = select(&[None, Some("id"), Some("Email Address")][..]);
    fuzz(name, cases, (bytes(), columns), |(input, column)| {
        input_is(&input.0);
        check_batch(InputFormat::Csv, input.0, None, column)
    });
}

pub fn csv_mutations(name: &str, cases: u32) {
    let files = csv_files();
    fuzz(
        name,
        cases,
        (mutations(files.len()), any::<bool>()),
        |(m, by_id)| {
            let (file, column) = &files[m.file];
            check_batch(
                InputFormat::Csv,
                m.apply(file),
                None,
                column.filter(|_| by_id),
            )
        },
    );
}

/// A folder of one good answers file and one fuzzed one.
fn check_dir(dir: &Path, name: &str, bytes: &[u8]) -> Checked {
    for entry in std::fs::read_dir(dir).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    std::fs::write(dir.join("a-good.yaml"), &answers_files()[0]).unwrap();
    std::fs::write(dir.join(name), bytes).unwrap();
    input_is(bytes);
    check_batch(InputFormat::YamlDir, Vec::new(), Some(dir), None)
}

pub fn dir_bytes(name: &str, cases: u32) {
    let dir = tempfile::tempdir().unwrap();
    let names = select(&["b.yaml", "b.json", "b\u{1b}]0;x\u{7}\u{9b}.yml"][..]);
    fuzz(name, cases, (names, bytes()), |(file, input)| {
        check_dir(dir.path(), file, &input.0)
    });
}

pub fn dir_mutations(name: &str, cases: u32) {
    let dir = tempfile::tempdir().unwrap();
    let files = answers_files();
    fuzz(name, cases, mutations(files.len()), |m| {
        check_dir(dir.path(), "b.yaml", &m.apply(&files[m.file]))
    });
}
