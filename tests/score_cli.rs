//! `career score`: many responses in one run give exactly what `career quiz
//! --answers` gives for each; Google Forms exports score as they are; bad
//! rows are reported with their row and the rest still score.

mod common;

use std::path::Path;

use common::personas::random_answer;
use common::{career, json, run, Rng};
use serde_json::{json, Map, Value};

/// One random response per line (ids of questions and options, as `--answers` takes).
fn random_responses(questions: &Value, n: usize, rng: &mut Rng) -> Vec<Map<String, Value>> {
    (0..n)
        .map(|_| {
            let mut answers = Map::new();
            for q in questions["questions"].as_array().unwrap() {
                let a = random_answer(q, rng);
                if !a.is_null() {
                    answers.insert(q["id"].as_str().unwrap().to_string(), a);
                }
            }
            answers
        })
        .collect()
}

fn write_jsonl(path: &Path, responses: &[Map<String, Value>]) {
    let text: String = responses
        .iter()
        .enumerate()
        .map(|(i, a)| format!("{}\n", json!({"id": format!("r{i}"), "answers": a})))
        .collect();
    std::fs::write(path, text).unwrap();
}

fn lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// What `career quiz --answers` says, in the shape of a `score` line.
fn as_score_line(quiz: &Value) -> Value {
    let by_id = |list: &Value, key: &str| -> Value {
        list.as_array()
            .unwrap()
            .iter()
            .map(|d| (d["id"].as_str().unwrap().to_string(), d[key].clone()))
            .collect::<Map<_, _>>()
            .into()
    };
    let rec = &quiz["recommendation"];
    let known = !rec.is_null();
    let reasons: Vec<Value> = quiz["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| json!({"question": r["question"], "answer": r["answer"], "support": r["support"]}))
        .collect();
    let mut matches = by_id(&quiz["roles"], "match");
    // Role order does not matter in a map; sort for comparison.
    matches.as_object_mut().unwrap().sort_keys();
    json!({
        "dimensions": by_id(&quiz["dimensions"], "score"),
        "evidence": by_id(&quiz["dimensions"], "evidence"),
        "match": matches,
        "recommendation": if known { rec["role"].clone() } else { Value::Null },
        "runner_up": if known { rec["runner_up"].clone() } else { Value::Null },
        "close_call": if known { rec["close_call"].clone() } else { Value::Null },
        "tie": if known { rec["tie"].clone() } else { Value::Null },
        "stability": if known { rec["stability"].clone() } else { Value::Null },
        "flat_profile": quiz["flat_profile"],
        "answered": quiz["answered"],
        "skipped": quiz["skipped"],
        "reasons": if known { json!(reasons) } else { json!([]) },
        "counter": quiz["counter"],
    })
}

/// A `score` line without its id and fields, with maps sorted.
fn comparable(line: &Value) -> Value {
    let mut v = line.clone();
    let o = v.as_object_mut().unwrap();
    o.remove("id");
    o.remove("fields");
    if !o.contains_key("stability") {
        o.insert("stability".into(), Value::Null);
    }
    o["match"].as_object_mut().unwrap().sort_keys();
    v
}

#[test]
fn score_gives_what_quiz_answers_gives_for_1000_random_responses() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let questions = json(h, &["questions", "--format", "json"]);
    let responses = random_responses(&questions, 1000, &mut Rng::new(11));
    let file = h.join("responses.jsonl");
    write_jsonl(&file, &responses);
    let f = file.to_str().unwrap();
    let (code, out, err) = run(
        h,
        &["score", f, "--format", "jsonl", "--reasons", "--stability"],
    );
    assert_eq!(code, 0, "{err}");
    let scored = lines(&out);
    assert_eq!(scored.len(), 1000);
    // Every response through `career quiz --answers`, two at a time.
    let expected: Vec<Value> = std::thread::scope(|s| {
        let chunks: Vec<_> = responses
            .chunks(500)
            .enumerate()
            .map(|(c, part)| {
                s.spawn(move || {
                    part.iter()
                        .enumerate()
                        .map(|(i, a)| {
                            let path = h.join(format!("a{c}-{i}.json"));
                            std::fs::write(&path, json!({"answers": a}).to_string()).unwrap();
                            let p = path.to_str().unwrap();
                            as_score_line(&json(
                                h,
                                &["quiz", "--answers", p, "--format", "json", "--no-save"],
                            ))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        chunks.into_iter().flat_map(|c| c.join().unwrap()).collect()
    });
    for (i, (got, want)) in scored.iter().zip(&expected).enumerate() {
        assert_eq!(got["id"], format!("r{i}"), "output order is input order");
        assert_eq!(
            comparable(got),
            *want,
            "response {i}: {}",
            responses[i].len()
        );
    }
    assert!(err.contains("Scored 1000, rejected 0."), "{err}");
}

#[test]
fn threads_do_not_change_the_output() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let questions = json(h, &["questions", "--format", "json"]);
    // Enough lines for several chunks.
    let responses = random_responses(&questions, 3000, &mut Rng::new(5));
    let file = h.join("r.jsonl");
    write_jsonl(&file, &responses);
    let f = file.to_str().unwrap();
    let one = run(h, &["score", f, "--threads", "1", "--format", "csv"]);
    let three = run(h, &["score", f, "--threads", "3", "--format", "csv"]);
    assert_eq!(one.0, 0, "{}", one.2);
    assert_eq!(one.1, three.1);
    assert_eq!(one.1.lines().count(), 3001, "a header and one row each");
}

#[test]
fn the_same_answers_score_the_same_however_the_json_is_written() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let questions = json(h, &["questions", "--format", "json"]);
    let responses = random_responses(&questions, 300, &mut Rng::new(23));
    let (mut plain, mut odd, mut extra) = (String::new(), String::new(), String::new());
    for (i, a) in responses.iter().enumerate() {
        plain.push_str(&format!(
            "{}\n",
            json!({"id": format!("r{i}"), "answers": a})
        ));
        // Keys in reverse order, spaces, and every hyphen written as an escape.
        let reversed: Vec<String> = a
            .iter()
            .rev()
            .map(|(k, v)| format!("{} : {}", json!(k), v))
            .collect();
        let text = format!(
            r#"{{ "answers" : {{ {} }} , "id" : "r{i}" }}"#,
            reversed.join(" , ")
        );
        odd.push_str(&text.replace('-', "\\u002d"));
        odd.push('\n');
        let with_note = json!({"id": format!("r{i}"), "note": {"seen": [i, "x"]}, "answers": a});
        extra.push_str(&format!("{with_note}\n"));
    }
    let score = |name: &str, text: &str| {
        let file = h.join(name);
        std::fs::write(&file, text).unwrap();
        let (code, out, err) = run(h, &["score", file.to_str().unwrap(), "--format", "jsonl"]);
        assert_eq!(code, 0, "{err}");
        lines(&out)
    };
    let want = score("plain.jsonl", &plain);
    assert_eq!(want.len(), 300);
    assert_eq!(score("odd.jsonl", &odd), want);
    let with_fields = score("extra.jsonl", &extra);
    for (i, (got, want)) in with_fields.iter().zip(&want).enumerate() {
        assert_eq!(got["fields"], json!({"note": {"seen": [i, "x"]}}));
        let mut got = got.clone();
        got.as_object_mut().unwrap().remove("fields");
        assert_eq!(&got, want);
    }
}

/// A Google Forms export: every cell quoted, a Timestamp and an e-mail column,
/// question texts as headers, checkbox answers joined with ", ".
fn google_forms_csv(
    questions: &Value,
    likert_labels: Option<[&str; 5]>,
    responses: &[Map<String, Value>],
) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let qs = questions["questions"].as_array().unwrap();
    let mut header = vec![quote("Timestamp"), quote("Email Address")];
    header.extend(qs.iter().map(|q| quote(q["text"].as_str().unwrap())));
    header.push(quote("Class"));
    let mut out = header.join(",") + "\r\n";
    for (i, a) in responses.iter().enumerate() {
        let mut row = vec![
            quote(&format!("2026/11/20 10:{:02}:00 AM GMT+7", i % 60)),
            quote(&format!("student{i}@example.com")),
        ];
        for q in qs {
            let text_of = |id: &Value| {
                q["options"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|o| o["id"] == *id)
                    .unwrap()["text"]
                    .as_str()
                    .unwrap()
                    .to_string()
            };
            let cell = match a.get(q["id"].as_str().unwrap()) {
                None => String::new(),
                Some(Value::Number(n)) => match likert_labels {
                    Some(labels) => labels[n.as_u64().unwrap() as usize - 1].to_string(),
                    None => n.to_string(),
                },
                Some(Value::Array(ids)) => ids.iter().map(text_of).collect::<Vec<_>>().join(", "),
                Some(id) => text_of(id),
            };
            row.push(quote(&cell));
        }
        row.push(quote("AI-101"));
        out.push_str(&(row.join(",") + "\r\n"));
    }
    out
}

/// Random responses where the first ticks the two options whose texts hold commas.
fn forms_responses(questions: &Value) -> Vec<Map<String, Value>> {
    let mut responses = random_responses(questions, 60, &mut Rng::new(3));
    // A form cannot tell "ticked nothing" from "skipped": both are an empty cell.
    for r in &mut responses {
        r.retain(|_, a| a.as_array().is_none_or(|ids| !ids.is_empty()));
    }
    let mut with_commas = Map::new();
    for q in questions["questions"].as_array().unwrap() {
        if q["kind"] == "multi" {
            let ids: Vec<Value> = q["options"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|o| o["text"].as_str().unwrap().contains(", "))
                .map(|o| o["id"].clone())
                .collect();
            if !ids.is_empty() {
                let mut ids = ids;
                ids.push(q["options"][0]["id"].clone());
                with_commas.insert(q["id"].as_str().unwrap().into(), json!(ids));
            }
        }
    }
    assert!(
        !with_commas.is_empty(),
        "the quiz has a checkbox option with a comma"
    );
    responses[0].extend(with_commas);
    responses
}

fn scores_like_jsonl(h: &Path, lang: &str, labels: Option<[&str; 5]>, content: &[&str]) {
    let mut args: Vec<&str> = content.to_vec();
    args.extend(["--lang", lang, "questions", "--format", "json"]);
    let questions = json(h, &args);
    let responses = forms_responses(&questions);
    let csv = h.join(format!("form-{lang}.csv"));
    std::fs::write(&csv, google_forms_csv(&questions, labels, &responses)).unwrap();
    let jsonl = h.join(format!("form-{lang}.jsonl"));
    write_jsonl(&jsonl, &responses);
    let score = |file: &Path, extra: &[&str]| {
        let mut args: Vec<&str> = content.to_vec();
        args.extend([
            "score",
            file.to_str().unwrap(),
            "--format",
            "jsonl",
            "--reasons",
        ]);
        args.extend(extra);
        let (code, out, err) = run(h, &args);
        assert_eq!(code, 0, "{err}");
        lines(&out)
    };
    let from_csv = score(&csv, &["--id-column", "Email Address"]);
    let from_jsonl = score(&jsonl, &[]);
    assert_eq!(from_csv.len(), responses.len());
    for (i, (c, j)) in from_csv.iter().zip(&from_jsonl).enumerate() {
        assert_eq!(comparable(c), comparable(j), "{lang} row {i}");
        assert_eq!(c["id"], format!("student{i}@example.com"));
        assert_eq!(c["fields"]["Class"], "AI-101", "extra columns pass through");
        assert!(c["fields"]["Timestamp"]
            .as_str()
            .unwrap()
            .starts_with("2026/11/20"));
    }
}

#[test]
fn a_google_forms_export_in_english_scores_with_no_editing() {
    let home = tempfile::tempdir().unwrap();
    scores_like_jsonl(home.path(), "en", None, &[]);
}

#[test]
fn a_google_forms_export_in_indonesian_with_scale_labels_scores_with_no_editing() {
    let home = tempfile::tempdir().unwrap();
    let labels = [
        "Sangat tidak setuju",
        "Tidak setuju",
        "Netral",
        "Setuju",
        "Sangat setuju",
    ];
    scores_like_jsonl(home.path(), "id", Some(labels), &[]);
}

#[test]
fn a_pack_of_another_shape_scores_from_csv_too() {
    let home = tempfile::tempdir().unwrap();
    let pack = common::repo().join("tests/fixtures/cohort/pack");
    let p = pack.to_str().unwrap().to_string();
    scores_like_jsonl(home.path(), "id", None, &["--content", &p]);
}

#[test]
fn bad_rows_are_reported_with_their_row_and_the_rest_still_score() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("mixed.jsonl");
    std::fs::write(
        &file,
        [
            r#"{"id": "ok-1", "answers": {"free-friday": "sketch-idea"}}"#,
            r#"{"id": "bad-option", "answers": {"free-friday": "nap"}}"#,
            r#"{"id": "bad-likert", "answers": {"wire-up-models": 7}}"#,
            r#"{"id": "broken", "answers": {"#,
            r#"{"id": "ok-2", "answers": {"wire-up-models": 4}}"#,
        ]
        .join("\n"),
    )
    .unwrap();
    let (code, out, err) = run(h, &["score", file.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(code, 1, "some rows were rejected: {err}");
    let ids: Vec<Value> = lines(&out).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, vec![json!("ok-1"), json!("ok-2")]);
    assert!(
        err.contains("line 2, answers.free-friday: question `free-friday` has no option `nap`"),
        "{err}"
    );
    assert!(
        err.contains(
            "line 3, answers.wire-up-models: answer 7 to `wire-up-models` is out of range"
        ),
        "{err}"
    );
    assert!(err.contains("line 4: the line is not valid JSON"), "{err}");
    assert!(err.contains("Scored 2, rejected 3."), "{err}");

    // The same problems as JSON lines in --errors FILE; --strict stops at the first.
    let errors = h.join("errors.jsonl");
    let e = errors.to_str().unwrap();
    let (code, _, _) = run(h, &["score", file.to_str().unwrap(), "--errors", e]);
    assert_eq!(code, 1);
    let reported = lines(&std::fs::read_to_string(&errors).unwrap());
    let rows: Vec<u64> = reported
        .iter()
        .map(|r| r["row"].as_u64().unwrap())
        .collect();
    assert_eq!(rows, vec![2, 3, 4]);
    assert_eq!(reported[0]["kind"], "unknown_option");
    let (code, out, _) = run(
        h,
        &[
            "score",
            file.to_str().unwrap(),
            "--strict",
            "--format",
            "jsonl",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(
        lines(&out).len(),
        1,
        "only the row before the first bad one"
    );
}

#[test]
fn a_csv_row_with_too_many_cells_is_reported_by_row() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("sheet.csv");
    std::fs::write(
        &file,
        "id,free-friday,wire-up-models\na,sketch-idea,4\nb,sketch-idea,4,extra\nc,,2\n",
    )
    .unwrap();
    let (code, out, err) = run(
        h,
        &[
            "score",
            file.to_str().unwrap(),
            "--format",
            "csv",
            "--id-column",
            "id",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("row 3: the row has 4 cells but the header has 3"),
        "{err}"
    );
    let ids: Vec<&str> = out
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(ids, vec!["a", "c"]);
}

#[test]
fn questions_csv_is_an_empty_sheet_that_score_reads() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (code, sheet, _) = run(h, &["questions", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(sheet.lines().count(), 1, "a header row only");
    assert!(sheet.starts_with("id,free-friday,"), "{sheet}");
    let file = h.join("sheet.csv");
    let cells = sheet.trim_end().split(',').count();
    std::fs::write(&file, format!("{sheet}ana{}\n", ",".repeat(cells - 1))).unwrap();
    let (code, out, err) = run(
        h,
        &[
            "score",
            file.to_str().unwrap(),
            "--id-column",
            "id",
            "--format",
            "jsonl",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let line = &lines(&out)[0];
    assert_eq!(line["id"], "ana");
    assert_eq!(
        line["recommendation"],
        Value::Null,
        "nothing answered: no recommendation"
    );
}

#[test]
fn messages_speak_indonesian_too() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("x.jsonl");
    std::fs::write(&file, "{\"answers\": {\"wire-up-models\": 9}}\n").unwrap();
    let out = career(h)
        .args(["--lang", "id", "score", file.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "baris 1, answers.wire-up-models: jawaban 9 untuk `wire-up-models` di luar rentang"
        ),
        "{err}"
    );
    assert!(err.contains("Dinilai 0, ditolak 1."), "{err}");
}

/// A likert answer given as text in JSON Lines gets a hint that fits JSON too.
#[test]
fn a_likert_answer_in_quotes_gets_a_hint_that_fits_json_lines() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("x.jsonl");
    std::fs::write(&file, "{\"answers\": {\"wire-up-models\": \"four\"}}\n").unwrap();
    for (lang, hint) in [
        ("en", "write a whole number such as `4`; in a CSV file"),
        ("id", "tulis bilangan bulat seperti `4`; di file CSV"),
    ] {
        let (code, _, err) = run(h, &["--lang", lang, "score", file.to_str().unwrap()]);
        assert_eq!(code, 1);
        assert!(err.contains(hint), "{err}");
    }
}

/// A likert answer written `4.0` (pandas writes a column with a gap in it
/// that way) scores as 4, in JSON Lines and in CSV; `2.5` is named as not a
/// whole number, in either language.
#[test]
fn a_whole_number_written_with_a_point_counts_and_a_fraction_is_named() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let four = h.join("four.jsonl");
    std::fs::write(&four, "{\"answers\": {\"wire-up-models\": 4.0}}\n").unwrap();
    let int = h.join("int.jsonl");
    std::fs::write(&int, "{\"answers\": {\"wire-up-models\": 4}}\n").unwrap();
    let (code, a, err) = run(h, &["score", four.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(code, 0, "{err}");
    let (_, b, _) = run(h, &["score", int.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(a, b);
    let csv = h.join("four.csv");
    std::fs::write(&csv, "wire-up-models\n4.0\n").unwrap();
    let (code, c, err) = run(h, &["score", csv.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines(&c)[0]["dimensions"], lines(&b)[0]["dimensions"]);
    assert_eq!(lines(&b)[0]["dimensions"]["product"], 75.0);

    let half = h.join("half.jsonl");
    std::fs::write(&half, "{\"answers\": {\"wire-up-models\": 2.5}}\n").unwrap();
    for (lang, said) in [
        ("en", "answer 2.5 to `wire-up-models` is not a whole number"),
        (
            "id",
            "jawaban 2.5 untuk `wire-up-models` bukan bilangan bulat",
        ),
    ] {
        let (code, _, err) = run(h, &["--lang", lang, "score", half.to_str().unwrap()]);
        assert_eq!(code, 1);
        assert!(err.contains(said), "{err}");
    }
}

/// `career score big.jsonl | head -1`: the reader goes away after one row;
/// score ends quietly, and its exit code still says a row was rejected.
#[test]
fn a_closed_pipe_ends_quietly_with_a_truthful_exit_code() {
    use std::io::BufRead;
    let home = tempfile::tempdir().unwrap();
    let fixture = common::repo().join("tests/fixtures/cohort");
    let rows = std::fs::read_to_string(fixture.join("responses.jsonl")).unwrap();
    for (name, first, code) in [
        ("good.jsonl", "", 0),
        ("bad.jsonl", "{\"id\":\"bad\",\"answers\":{\"b1\":9}}\n", 1),
    ] {
        let file = home.path().join(name);
        // Far more output than a pipe holds, so the reader closes it early.
        std::fs::write(&file, format!("{first}{}", rows.repeat(100))).unwrap();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_career"))
            .env("CAREER_HOME", home.path())
            .env("CAREER_CALIBRATION", "no-fit")
            .args(["--content", fixture.join("pack").to_str().unwrap()])
            .args(["score", file.to_str().unwrap(), "--format", "jsonl"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(line.starts_with("{\"id\":\"r1\""), "{line}");
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{name}: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("Broken pipe"),
            "{err}"
        );
    }
}

/// A row whose cells are all empty (`,,`, as a spreadsheet writes an empty
/// row) is skipped like a blank line, in a BOM + CRLF file too; the other
/// rows keep their own row numbers in messages.
#[test]
fn a_row_of_empty_cells_is_skipped_like_a_blank_line() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("form.csv");
    std::fs::write(
        &file,
        "\u{feff}name,wire-up-models,enjoy-statistics\r\na,4,2\r\n\r\n,,\r\n , ,\r\nb,Agree,Strongly disagree\r\nc,9,\r\n,,\r\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    for (lang, problem, summary) in [
        (
            "en",
            "row 7, column \"wire-up-models\": answer 9",
            "Scored 2, rejected 1.",
        ),
        (
            "id",
            "baris 7, kolom \"wire-up-models\": jawaban 9",
            "Dinilai 2, ditolak 1.",
        ),
    ] {
        let (code, out, err) = run(h, &["--lang", lang, "score", f, "--format", "jsonl"]);
        assert_eq!(code, 1, "{err}");
        let names: Vec<Value> = lines(&out)
            .iter()
            .map(|l| l["fields"]["name"].clone())
            .collect();
        assert_eq!(names, vec![json!("a"), json!("b")], "{out}");
        assert!(err.contains(problem), "{err}");
        assert!(err.contains(summary), "{err}");
    }
    // A JSON line with no answers is a deliberate empty response: still scored.
    let empty = h.join("empty.jsonl");
    std::fs::write(&empty, "{\"id\": \"x\", \"answers\": {}}\n").unwrap();
    let (code, out, err) = run(h, &["score", empty.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines(&out)[0]["id"], "x");
}

/// The sheet `career questions --format csv` prints, filled in, is scored
/// with its `id` column as the id (any case), and the output has one `id`.
#[test]
fn a_column_named_id_is_the_id_without_id_column() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (code, sheet, _) = run(h, &["questions", "--format", "csv"]);
    assert_eq!(code, 0);
    let cells = sheet.trim_end().split(',').count();
    let gap = ",".repeat(cells - 2);
    for header in [sheet.clone(), sheet.replacen("id,", " ID ,", 1)] {
        let file = h.join("sheet.csv");
        std::fs::write(
            &file,
            format!("{header}ana,sketch-idea{gap}\n,sketch-idea{gap}\n"),
        )
        .unwrap();
        let f = file.to_str().unwrap();
        let (code, out, err) = run(h, &["score", f, "--format", "jsonl"]);
        assert_eq!(code, 0, "{err}");
        let out = lines(&out);
        assert_eq!(out[0]["id"], "ana");
        assert_eq!(out[1]["id"], "3", "an empty id cell: the row number");
        assert!(
            out[0]["fields"].as_object().is_none_or(Map::is_empty),
            "{}",
            out[0]
        );
        let (code, out, err) = run(h, &["score", f, "--format", "csv"]);
        assert_eq!(code, 0, "{err}");
        let mut rows = out.lines();
        let head: Vec<&str> = rows.next().unwrap().split(',').collect();
        assert_eq!(head.iter().filter(|c| **c == "id").count(), 1, "{head:?}");
        assert_eq!(head[0], "id");
        assert!(rows.next().unwrap().starts_with("ana,"), "{out}");
    }
}

/// `--errors FILE` keeps the whole column header and the whole answer, so a
/// script can match them to the input; only the message on standard error
/// is cut short. A huge cell is kept to 1,000 characters.
#[test]
fn the_errors_file_keeps_whole_headers_and_answers() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let text = |lang: &str| -> String {
        let questions = json(h, &["--lang", lang, "questions", "--format", "json"]);
        let q = questions["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["id"] == "wire-up-models")
            .unwrap()
            .clone();
        q["text"].as_str().unwrap().to_string()
    };
    for (lang, cut_message) in [("en", "column \""), ("id", "kolom \"")] {
        let long = text(lang);
        assert!(long.chars().count() > 60, "{long}");
        let csv = h.join("form.csv");
        std::fs::write(&csv, format!("id,\"{long}\"\na,9\n")).unwrap();
        let errors = h.join("errors.jsonl");
        let e = errors.to_str().unwrap();
        let (code, _, _) = run(
            h,
            &[
                "--lang",
                lang,
                "score",
                csv.to_str().unwrap(),
                "--errors",
                e,
            ],
        );
        assert_eq!(code, 1);
        let reported = lines(&std::fs::read_to_string(&errors).unwrap());
        assert_eq!(reported[0]["place"]["column"], long.as_str());
        let message = reported[0]["message"].as_str().unwrap();
        assert!(!message.contains(&long), "{message}");
        let (_, _, err) = run(h, &["--lang", lang, "score", csv.to_str().unwrap()]);
        assert!(err.contains(cut_message) && err.contains('…'), "{err}");
        assert!(!err.contains(&long), "{err}");
    }
    let option = format!("no-such-{}", "x".repeat(200));
    let huge = "y".repeat(5000);
    let file = h.join("x.jsonl");
    std::fs::write(
        &file,
        format!(
            "{}\n{}\n",
            json!({"answers": {"free-friday": option}}),
            json!({"answers": {"free-friday": huge}})
        ),
    )
    .unwrap();
    let errors = h.join("errors.jsonl");
    let e = errors.to_str().unwrap();
    let (code, _, err) = run(h, &["score", file.to_str().unwrap(), "--errors", e]);
    assert_eq!(code, 1, "{err}");
    let reported = lines(&std::fs::read_to_string(&errors).unwrap());
    assert_eq!(reported[0]["got"], option.as_str());
    let kept = reported[1]["got"].as_str().unwrap();
    assert_eq!(kept, format!("{}…", "y".repeat(1000)));
    assert!(reported[0]["message"].as_str().unwrap().len() < 200);
}

/// `--stability` shows in text rows too, as the JSON rows state it: "9 in 10
/// retakes agree" for 0.9 (rounded to tenths as the result screen does).
#[test]
fn stability_shows_in_text_rows_as_in_json() {
    let home = tempfile::tempdir().unwrap();
    let (code, lines, err) = common::run(
        home.path(),
        &[
            "simulate",
            "--emit",
            "jsonl",
            "--respondents",
            "12",
            "--noise",
            "0.4",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let file = home.path().join("r.jsonl");
    std::fs::write(&file, lines).unwrap();
    let f = file.to_str().unwrap();
    let (_, text, _) = common::run(
        home.path(),
        &["score", f, "--stability", "--format", "text"],
    );
    let (_, json, _) = common::run(
        home.path(),
        &["score", f, "--stability", "--format", "jsonl"],
    );
    let text: Vec<&str> = text.lines().collect();
    assert_eq!(text.len(), 12, "{text:?}");
    for (row, line) in json.lines().zip(&text) {
        let v: serde_json::Value = serde_json::from_str(row).unwrap();
        match v["stability"].as_f64() {
            Some(s) => {
                let words = match (s * 10.0).round() as i64 {
                    10 => "more than 9 in 10 retakes agree".to_string(),
                    n => format!("{n} in 10 retakes agree"),
                };
                assert!(line.ends_with(&format!(", {words}")), "{line} for {s}");
            }
            None => assert!(!line.contains("retakes"), "{line}"),
        }
    }
}
