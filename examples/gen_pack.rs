//! Writes a large, valid content pack for benchmarks (see benches/pack.sh).
//!
//! ```text
//! cargo run --release --example gen_pack -- --questions 10000 --roles 200 --skills 5000 [--chained] OUT_DIR
//! ```
//!
//! Questions are split into quizzes of 300 (the most one quiz may hold); the first
//! is the default. The pack validates with no errors and no warnings. Skills come in chains of five (each needs the one before), or
//! with `--chained` in one chain through the whole catalogue, which every role's
//! roadmap then lists. `OUT_DIR/answers.yaml` answers every question of the first quiz.

use std::fmt::Write as _;
use std::path::PathBuf;

const DIMS: [&str; 3] = ["product", "maths", "theory"];
const PER_QUIZ: usize = 300;
const PER_STAGE: usize = 50;
const CHAIN: usize = 5;

struct Args {
    questions: usize,
    roles: usize,
    skills: usize,
    chained: bool,
    out: PathBuf,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        questions: 10_000,
        roles: 200,
        skills: 5_000,
        chained: false,
        out: PathBuf::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut number = |name: &str| -> Result<usize, String> {
            it.next()
                .and_then(|v| v.parse().ok())
                .ok_or(format!("{name} needs a number"))
        };
        match arg.as_str() {
            "--questions" => a.questions = number("--questions")?.max(1),
            "--roles" => a.roles = number("--roles")?.max(1),
            "--skills" => a.skills = number("--skills")?.max(1),
            "--chained" => a.chained = true,
            other if !other.starts_with('-') => a.out = PathBuf::from(other),
            other => return Err(format!("unknown flag {other}")),
        }
    }
    if a.out.as_os_str().is_empty() {
        return Err(
            "usage: gen_pack [--questions N] [--roles N] [--skills N] [--chained] OUT_DIR".into(),
        );
    }
    Ok(a)
}

/// A text in both languages, a sentence long.
fn text(out: &mut String, indent: &str, field: &str, what: &str, n: usize) {
    let _ = writeln!(
        out,
        "{indent}{field}:\n{indent}  en: \"The {what} number {n}, written out as a sentence of ordinary length.\"\n{indent}  id: \"{what} nomor {n}, ditulis sebagai kalimat dengan panjang biasa.\""
    );
}

fn quiz(index: usize, first: usize, count: usize) -> String {
    let mut q = String::new();
    let _ = writeln!(
        q,
        "id: quiz-{index}\nversion: 1\ndefault: {}\nlanguages: [en, id]",
        index == 0
    );
    text(&mut q, "", "title", "quiz", index);
    q.push_str("dimensions:\n");
    for d in DIMS {
        let _ = writeln!(q, "  - id: {d}");
        text(&mut q, "    ", "name", d, index);
        text(&mut q, "    ", "description", d, index);
    }
    q.push_str("questions:\n");
    for n in first..first + count {
        let _ = writeln!(q, "  - id: q-{n}");
        text(&mut q, "    ", "text", "question", n);
        match n % 3 {
            0 => {
                // A third of each dimension's statements reverse-keyed, as
                // the quality check asks, so the pack validates with no warnings.
                let reverse = if n / 9 % 3 == 0 {
                    "\n    reverse: true"
                } else {
                    ""
                };
                let _ = writeln!(
                    q,
                    "    kind: likert\n    dimension: {}{reverse}",
                    DIMS[n / 3 % 3]
                );
            }
            k => {
                let kind = if k == 1 { "choice" } else { "multi" };
                let _ = writeln!(q, "    kind: {kind}\n    options:");
                for (o, d) in DIMS.iter().enumerate() {
                    let _ = writeln!(q, "      - id: o-{o}");
                    text(&mut q, "        ", "text", "option", o);
                    let _ = writeln!(q, "        weights: {{{d}: 2, {}: 0.5}}", DIMS[(o + 1) % 3]);
                }
            }
        }
    }
    q
}

fn skills(count: usize, chained: bool) -> String {
    let mut s = String::from("skills:\n");
    for n in 0..count {
        let _ = writeln!(s, "  - id: skill-{n}");
        text(&mut s, "    ", "name", "skill", n);
        text(&mut s, "    ", "about", "skill", n);
        let needs = if n > 0 && (chained || n % CHAIN != 0) {
            format!("[skill-{}]", n - 1)
        } else {
            "[]".to_string()
        };
        let _ = writeln!(
            s,
            "    level: core\n    hours: 10\n    prerequisites: {needs}\n    resources:\n      - title: \"Docs {n}\"\n        url: \"https://docs.example.org/skill/{n}\"\n        kind: docs"
        );
    }
    s
}

fn role(index: usize, roles: usize, skill_count: usize, chained: bool) -> String {
    let mut r = String::new();
    let _ = writeln!(r, "id: role-{index}");
    for field in ["name", "summary", "focus", "math_depth", "analogy"] {
        text(&mut r, "", field, field, index);
    }
    let _ = writeln!(
        r,
        "targets: {{product: {}, maths: {}, theory: {}}}",
        index * 37 % 101,
        index * 53 % 101,
        index * 71 % 101
    );
    for list in ["work", "examples", "employers"] {
        let _ = writeln!(
            r,
            "{list}:\n  - en: \"One of the {list}, number {index}.\"\n    id: \"Salah satu {list}, nomor {index}.\""
        );
    }
    r.push_str("models:\n  from_scratch: sometimes\n  existing: main\n");
    text(&mut r, "  ", "note", "models", index);
    let _ = writeln!(r, "neighbours:\n  - role: role-{}", (index + 1) % roles);
    text(&mut r, "    ", "boundary", "boundary", index);
    if roles == 1 {
        r = r.replace(
            "neighbours:\n  - role: role-0",
            "neighbours:\n  - role: elsewhere\n    name: \"Elsewhere\"",
        );
    }
    r.push_str("roadmap:\n");
    text(&mut r, "  ", "outside", "outside", index);
    r.push_str("  stages:\n");
    // Chained: the whole catalogue; otherwise five whole chains.
    let listed: Vec<usize> = if chained {
        (0..skill_count).collect()
    } else {
        let chains = skill_count.div_ceil(CHAIN);
        (0..5)
            .map(|k| (index * 5 + k) % chains)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .flat_map(|c| c * CHAIN..((c + 1) * CHAIN).min(skill_count))
            .collect()
    };
    for (n, stage) in listed.chunks(PER_STAGE).enumerate() {
        let _ = writeln!(r, "    - id: stage-{n}");
        text(&mut r, "      ", "name", "stage", n);
        text(&mut r, "      ", "outcome", "outcome", n);
        let ids: Vec<String> = stage.iter().map(|s| format!("skill-{s}")).collect();
        let _ = writeln!(r, "      skills: [{}]", ids.join(", "));
    }
    r
}

fn main() {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let write = |path: PathBuf, body: String| {
        if let Err(e) = std::fs::write(&path, body) {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
    };
    for dir in ["quizzes", "roles"] {
        if let Err(e) = std::fs::create_dir_all(a.out.join(dir)) {
            eprintln!("{}: {e}", a.out.display());
            std::process::exit(1);
        }
    }
    let mut first = 0;
    let mut index = 0;
    while first < a.questions {
        let count = PER_QUIZ.min(a.questions - first);
        write(
            a.out.join(format!("quizzes/quiz-{index}.yaml")),
            quiz(index, first, count),
        );
        first += count;
        index += 1;
    }
    write(a.out.join("roles/skills.yaml"), skills(a.skills, a.chained));
    for r in 0..a.roles {
        write(
            a.out.join(format!("roles/role-{r}.yaml")),
            role(r, a.roles, a.skills, a.chained),
        );
    }
    let mut answers = String::from("quiz: quiz-0\nanswers:\n");
    for n in 0..PER_QUIZ.min(a.questions) {
        let value = match n % 3 {
            0 => (n % 5 + 1).to_string(),
            1 => "o-1".to_string(),
            _ => "[o-0, o-2]".to_string(),
        };
        let _ = writeln!(answers, "  q-{n}: {value}");
    }
    write(a.out.join("answers.yaml"), answers);
}
