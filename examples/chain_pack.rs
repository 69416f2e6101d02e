//! Writes a content pack with N chained skills (each needs the one before it)
//! and one role whose roadmap holds all of them, for measuring `roadmap` and
//! `progress` on long prerequisite chains (see docs/performance.md).
//!
//! `cargo run --release --example chain_pack -- DIR N [ROLES]` writes ROLES
//! roles (default 1), each with the whole chain: `career progress` measures
//! every roadmap that holds a tracked skill.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(n)) = (args.next(), args.next()) else {
        eprintln!("usage: chain_pack DIR N [ROLES]");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    let n: usize = n.parse().unwrap_or_else(|_| {
        eprintln!("N must be a whole number");
        std::process::exit(2);
    });
    let roles: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    std::fs::create_dir_all(dir.join("quizzes")).expect("create quizzes/");
    std::fs::create_dir_all(dir.join("roles")).expect("create roles/");
    let quiz = "id: chain\ntitle: \"Chain quiz\"\nlanguages: [en]\ndimensions:\n  - id: product\n    name: \"Product\"\n    description: \"Building things\"\nquestions:\n  - id: q1\n    kind: likert\n    dimension: product\n    text: \"I like shipping features.\"\n";
    std::fs::write(dir.join("quizzes/chain.yaml"), quiz).expect("write quiz");

    let mut skills = String::from("skills:\n");
    for i in 0..n {
        let pre = if i == 0 {
            "[]".to_string()
        } else {
            format!("[s{}]", i - 1)
        };
        // Flow style keeps 5,000 skills under the 1 MiB file limit.
        let _ = writeln!(
            skills,
            "  - {{id: s{i}, name: S{i}, about: x, level: core, hours: 5, prerequisites: {pre}, resources: [{{title: D, url: \"https://e.org/\", kind: docs, free: true}}]}}"
        );
    }
    std::fs::write(dir.join("roles/skills.yaml"), skills).expect("write skills");

    // Ten stages, the chain cut into equal parts, each stage listed backwards
    // so ordering has real work to do.
    let stages = 10.min(n.max(1));
    let mut role = String::from("name: \"Chain\"\nsummary: \"Learns a long chain.\"\ntargets: {product: 80}\nfocus: \"Chains.\"\nwork: [\"Learn.\"]\nmodels:\n  from_scratch: rarely\n  existing: main\n  note: \"n/a\"\nmath_depth: \"Light.\"\nexamples: [\"A chain.\"]\nanalogy: \"A ladder.\"\nemployers: [\"Anyone\"]\nneighbours: []\nroadmap:\n  outside: \"Nothing.\"\n  stages:\n");
    for k in 0..stages {
        let (from, to) = (k * n / stages, (k + 1) * n / stages);
        let ids: Vec<String> = (from..to).rev().map(|i| format!("s{i}")).collect();
        let _ = write!(
            role,
            "    - id: st{k}\n      name: \"Stage {k}\"\n      outcome: \"Stage {k} done.\"\n      skills: [{}]\n",
            ids.join(", ")
        );
    }
    for r in 0..roles {
        let id = if r == 0 {
            "chain".to_string()
        } else {
            format!("chain{r}")
        };
        std::fs::write(
            dir.join(format!("roles/{id}.yaml")),
            format!("id: {id}\n{role}"),
        )
        .expect("write role");
    }
}
