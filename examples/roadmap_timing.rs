//! Times each step of `career roadmap` on a pack, apart from loading it:
//! `cargo run --release --example roadmap_timing -- PACK ROLE`
//! (see docs/performance.md). Each step runs 10 times; the fastest run is
//! shown, so other work on the machine disturbs the figures less.

use std::time::Instant;

use career::content::{self, PackSource};
use career::i18n::Lang;
use career::render::roadmap::{exporter, ExportFormat, RoadmapView};
use career::render::Style;
use career::roadmap::graph::SkillGraph;
use career::roadmap::schedule::{self, HoursPerWeek};
use career::roadmap::{plan, Progress, Schedule};

/// The fastest of 10 runs of `step`, in milliseconds, and its last result.
fn fastest<T>(mut step: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut last = None;
    for _ in 0..10 {
        let t = Instant::now();
        let out = step();
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
        last = Some(out);
    }
    (best, last.expect("ran at least once"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(role)) = (args.next(), args.next()) else {
        eprintln!("usage: roadmap_timing PACK ROLE");
        std::process::exit(2);
    };
    let source = PackSource::Folder(dir.into());
    let (ms, pack) = fastest(|| content::load(&source).expect("the pack loads"));
    println!("load      {ms:>8.1} ms");
    let role = pack.role(&role).expect("the role exists");
    let (ms, _) = fastest(|| SkillGraph::new(&pack).len());
    println!("graph     {ms:>8.1} ms");
    let (ms, p) = fastest(|| plan::build_on(&SkillGraph::new(&pack), role));
    println!("graph+plan{ms:>8.1} ms");
    let progress = Progress::default();
    let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).expect("a date");
    let hours = HoursPerWeek::new(10.0).expect("10 hours");
    let (ms, s) = fastest(|| {
        Schedule::build(&schedule::remaining(&p, &pack, &progress), hours, start)
            .expect("a schedule")
    });
    println!("schedule  {ms:>8.1} ms");
    for format in [ExportFormat::Text, ExportFormat::Json] {
        let view = RoadmapView {
            pack: &pack,
            role,
            blend: None,
            plan: &p,
            progress: &progress,
            schedule: Some(&s),
            lang: Lang::En,
        };
        let (ms, out) = fastest(|| exporter(format, Style::plain()).export(&view));
        let name = format!("{format:?}").to_lowercase();
        println!("{name:<9} {ms:>8.1} ms ({} bytes)", out.len());
    }
}
