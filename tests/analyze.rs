//! `career analyze`: its reliability figures match an independent
//! implementation, and it flags an item that measures nothing.
//!
//! The reference values below were made once, with Python's pingouin 0.7
//! (`cronbach_alpha`, listwise, Feldt CI) and pandas (item–rest Pearson r),
//! by `tests/fixtures/cohort/reference.py` from the fixture pack's questions
//! (`career --content tests/fixtures/cohort/pack questions --format json`,
//! saved as `tests/fixtures/cohort/questions.json`) and the responses in
//! `tests/fixtures/cohort/responses.jsonl` (from `benches/gen_responses.py
//! 400 --seed 7 --content tests/fixtures/cohort/pack --random-item d2`).

mod common;

use common::{json, repo};
use serde_json::Value;

/// (dimension, complete responses, α, CI low, CI high); pingouin gives the CI to 3 decimals.
const ALPHA: &[(&str, u64, f64, f64, f64)] = &[
    ("build", 284, 0.764619, 0.720, 0.805),
    ("data", 293, 0.656220, 0.591, 0.714),
    ("people", 304, 0.726206, 0.676, 0.771),
    ("ideas", 295, 0.759121, 0.714, 0.799),
];

/// (dimension, item, item–rest r, α if dropped).
const ITEMS: &[(&str, &str, f64, f64)] = &[
    ("build", "b1", 0.708763, 0.713407),
    ("build", "b2", 0.737411, 0.714380),
    ("build", "b3", 0.699022, 0.718224),
    ("build", "saturday", 0.552228, 0.737003),
    ("build", "project", 0.553373, 0.740276),
    ("build", "tasks", 0.365565, 0.762630),
    ("data", "d1", 0.654188, 0.574461),
    ("data", "d2", 0.032996, 0.695004),
    ("data", "d3", 0.651915, 0.580142),
    ("data", "saturday", 0.459822, 0.604071),
    ("data", "project", 0.485258, 0.577116),
    ("data", "tasks", 0.357123, 0.624262),
    ("people", "p1", 0.708479, 0.665775),
    ("people", "p2", 0.677338, 0.668373),
    ("people", "p3", 0.659331, 0.673743),
    ("people", "saturday", 0.454548, 0.727997),
    ("people", "project", 0.500049, 0.692367),
    ("people", "tasks", 0.358913, 0.715024),
    ("ideas", "i1", 0.735434, 0.708800),
    ("ideas", "i2", 0.713421, 0.712958),
    ("ideas", "i3", 0.714000, 0.708296),
    ("ideas", "saturday", 0.558481, 0.730877),
    ("ideas", "project", 0.518702, 0.745154),
    ("ideas", "tasks", 0.403107, 0.747423),
];

fn analysis() -> Value {
    let home = tempfile::tempdir().unwrap();
    let pack = repo().join("tests/fixtures/cohort/pack");
    let responses = repo().join("tests/fixtures/cohort/responses.jsonl");
    json(
        home.path(),
        &[
            "--content",
            pack.to_str().unwrap(),
            "analyze",
            responses.to_str().unwrap(),
            "--format",
            "json",
        ],
    )
}

fn dimension<'a>(a: &'a Value, id: &str) -> &'a Value {
    a["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id)
        .unwrap()
}

fn close(got: &Value, want: f64, what: &str) {
    let got = got.as_f64().unwrap_or_else(|| panic!("{what}: no number"));
    assert!(
        (got - want).abs() < 0.0005,
        "{what}: {got} vs reference {want}"
    );
}

#[test]
fn alpha_and_its_interval_match_pingouin() {
    let a = analysis();
    assert!(!ALPHA.is_empty());
    for (dim, n, alpha, lo, hi) in ALPHA {
        let d = dimension(&a, dim);
        assert_eq!(d["complete"], *n, "{dim}");
        close(&d["alpha"], *alpha, &format!("{dim} alpha"));
        let round3 = |v: &Value| (v.as_f64().unwrap() * 1000.0).round() / 1000.0;
        assert_eq!(round3(&d["ci"][0]), *lo, "{dim} ci low");
        assert_eq!(round3(&d["ci"][1]), *hi, "{dim} ci high");
    }
}

#[test]
fn item_rest_and_alpha_if_dropped_match_the_reference() {
    let a = analysis();
    assert!(!ITEMS.is_empty());
    for (dim, item, r, without) in ITEMS {
        let d = dimension(&a, dim);
        let it = d["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["question"] == *item)
            .unwrap();
        close(&it["item_rest"], *r, &format!("{dim}/{item} item-rest"));
        close(
            &it["alpha_if_dropped"],
            *without,
            &format!("{dim}/{item} alpha if dropped"),
        );
    }
}

#[test]
fn an_item_answered_at_random_is_flagged_and_the_others_are_not() {
    let a = analysis();
    let flags = |dim: &str, item: &str| -> Vec<String> {
        dimension(&a, dim)["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["question"] == item)
            .unwrap()["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["flag"].as_str().unwrap().to_string())
            .collect()
    };
    let bad = flags("data", "d2");
    assert!(bad.contains(&"low_item_rest".to_string()), "{bad:?}");
    assert!(bad.contains(&"alpha_rises_without".to_string()), "{bad:?}");
    assert!(flags("data", "d1").is_empty(), "{:?}", flags("data", "d1"));
}

#[test]
fn markdown_and_text_reports_name_the_weak_item() {
    let home = tempfile::tempdir().unwrap();
    let pack = repo().join("tests/fixtures/cohort/pack");
    let responses = repo().join("tests/fixtures/cohort/responses.jsonl");
    for format in ["markdown", "text"] {
        let (code, out, err) = common::run(
            home.path(),
            &[
                "--content",
                pack.to_str().unwrap(),
                "analyze",
                responses.to_str().unwrap(),
                "--format",
                format,
            ],
        );
        assert_eq!(code, 0, "{err}");
        let line = out.lines().find(|l| l.contains("d2")).unwrap();
        assert!(line.contains("item-rest r < 0.2"), "{format}: {line}");
        assert!(out.contains("Feldt"), "{format}");
    }
}

/// Empty rows of a spreadsheet export (`,,`) are no respondents: they do
/// not count, nor make an answered question look skipped.
#[test]
fn empty_csv_rows_are_not_respondents() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("form.csv");
    std::fs::write(
        &file,
        "\u{feff}name,wire-up-models,enjoy-statistics\r\na,4,2\r\n,,\r\nb,5,1\r\n,,\r\n",
    )
    .unwrap();
    let a = json(
        home.path(),
        &["analyze", file.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(a["respondents"], 2);
    let items: Vec<&Value> = a["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["items"].as_array().unwrap())
        .filter(|i| i["question"] == "wire-up-models")
        .collect();
    assert!(!items.is_empty());
    for item in items {
        assert_eq!(item["answered"], 2, "{item}");
        assert_eq!(item["skip_rate"], 0.0, "{item}");
    }
}
