//! Numbers are written the reader's way: `92.5%` in English, `92,5%` in
//! Indonesian, in tables and in hours.

mod common;

use common::run;

fn has_decimal_percent(out: &str, sep: char) -> bool {
    out.split_whitespace().any(|w| {
        let w = w.trim_end_matches('%');
        let mut parts = w.split(sep);
        matches!(
            (parts.next(), parts.next(), parts.next()),
            (Some(a), Some(b), None) if !a.is_empty() && a.chars().all(|c| c.is_ascii_digit())
                && b.len() == 1 && b.chars().all(|c| c.is_ascii_digit())
        )
    })
}

#[test]
fn simulate_writes_decimals_with_a_comma_in_indonesian() {
    let home = tempfile::tempdir().unwrap();
    let args = ["simulate", "--respondents", "50", "--noise", "0.15"];
    let (code, en, _) = run(home.path(), &args);
    assert_eq!(code, 0, "{en}");
    assert!(has_decimal_percent(&en, '.'), "{en}");
    assert!(en.contains("0.15"), "{en}");
    let mut id_args = vec!["--lang", "id"];
    id_args.extend(args);
    let (code, id, _) = run(home.path(), &id_args);
    assert_eq!(code, 0, "{id}");
    assert!(has_decimal_percent(&id, ','), "{id}");
    assert!(!has_decimal_percent(&id, '.'), "{id}");
    assert!(id.contains("0,15"), "{id}");
}

#[test]
fn roadmap_hours_per_week_use_a_decimal_comma_in_indonesian() {
    let home = tempfile::tempdir().unwrap();
    let args = [
        "roadmap",
        "ai-engineer",
        "--hours-per-week",
        "7.5",
        "--start",
        "2027-01-04",
    ];
    let (code, en, _) = run(home.path(), &args);
    assert_eq!(code, 0, "{en}");
    assert!(en.contains("7.5"), "{en}");
    let mut id_args = vec!["--lang", "id"];
    id_args.extend(args);
    let (code, id, _) = run(home.path(), &id_args);
    assert_eq!(code, 0, "{id}");
    assert!(id.contains("7,5"), "{id}");
    assert!(!id.contains("7.5"), "{id}");
}

#[test]
fn a_roadmap_with_every_skill_skipped_has_no_negative_zero_in_json() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let pack = common::repo().join("tests/fixtures/tiny-pack");
    let pack = pack.to_str().unwrap();
    let skip = [
        "--content",
        pack,
        "progress",
        "skip",
        "coding",
        "tools",
        "shipping",
    ];
    assert_eq!(run(h, &skip).0, 0);
    let args = [
        "--content",
        pack,
        "roadmap",
        "builder",
        "--hours-per-week",
        "5",
        "--format",
        "json",
    ];
    let (code, out, err) = run(h, &args);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("-0.0"), "{out}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["schedule"]["weeks_total"], 0, "{doc}");
    let found = common::json_paths(&doc, &|v| {
        v.as_f64().is_some_and(|x| x == 0.0 && x.is_sign_negative())
    });
    assert!(found.is_empty(), "negative zero at {found:?}");
}
