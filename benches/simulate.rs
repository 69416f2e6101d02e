//! Times `career simulate` on 10,000 respondents with the built-in pack.
//! Run with `cargo bench --bench simulate` (a plain harness: no extra crates).
//! Set `SIMULATE_BENCH_RUNS` to change the number of timed runs (default 3).

use std::time::{Duration, Instant};

use career::content::{self, PackSource};
use career::engine::simulate::{self, SimOptions};

const RESPONDENTS: usize = 10_000;

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing
    // else we need. Either way, one quick run is enough to prove it works.
    let runs: usize = std::env::var("SIMULATE_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1);
    let quick = !std::env::args().any(|a| a == "--bench");
    let pack = match content::load(&PackSource::BuiltIn) {
        Ok(pack) => pack,
        Err(problems) => {
            eprintln!("the built-in pack does not load: {problems:?}");
            std::process::exit(1);
        }
    };
    let Some(quiz) = pack.quiz(None) else {
        eprintln!("the built-in pack has no quiz");
        std::process::exit(1);
    };
    let options = SimOptions {
        respondents: if quick { 100 } else { RESPONDENTS },
        ..SimOptions::default()
    };
    let mut times: Vec<Duration> = Vec::new();
    let mut report = None;
    for _ in 0..if quick { 1 } else { runs } {
        let start = Instant::now();
        report = Some(simulate::run(&pack, quiz, options, None, &|| {}));
        times.push(start.elapsed());
    }
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "simulate/{} respondents: median {:.2?} over {} run(s) (min {:.2?}, max {:.2?}), {:.1} µs per respondent",
        options.respondents,
        median,
        times.len(),
        times[0],
        times[times.len() - 1],
        median.as_secs_f64() * 1e6 / options.respondents as f64
    );
    if let Some(r) = report {
        for m in &r.modes {
            println!(
                "  {:<16} agreement {:.4}  mean asked {:.2}",
                m.mode, m.agreement_with_full, m.mean_asked
            );
        }
    }
}
