//! The project reads YAML with one parser only: serde-saphyr (see
//! docs/performance.md for why). No other YAML crate may come back in through
//! a dependency, a dev-dependency or a feature.

use std::collections::BTreeSet;

#[test]
fn cargo_lock_holds_one_yaml_parser() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("Cargo.lock is committed");
    let names: BTreeSet<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .filter_map(|l| l.strip_suffix('"'))
        .collect();
    let yaml: Vec<&&str> = names
        .iter()
        .filter(|n| n.contains("yaml") || n.contains("yml") || n.contains("saphyr"))
        .collect();
    assert_eq!(yaml, [&"serde-saphyr"], "one YAML parser, got {yaml:?}");
    // serde-saphyr's own event parser is its only companion.
    assert!(names.contains("granit-parser"));
}
