//! Where loading a pack folder spends its time, stage by stage (see
//! docs/performance.md):
//!
//! ```text
//! cargo run --release --example load_timing -- DIR [events|tree|check]
//! ```
//!
//! `events` runs the YAML event parser alone over every file (the floor),
//! `tree` builds each positioned tree (which loading now builds only for a
//! file with aliases or merge keys, or to place a problem), `check` reads and
//! checks the whole pack;
//! with no stage, all three. Run under `/usr/bin/time` for CPU time and memory.
use std::time::Instant;

use career::content::{self, PackSource};

fn main() {
    let dir = std::env::args().nth(1).expect("DIR");
    let mode = std::env::args().nth(2).unwrap_or_default();
    let src = PackSource::Folder(dir.into());
    let t = Instant::now();
    let files = src.read().files;
    // Quiz files are read as they are checked; here, all of them now.
    let texts: Vec<String> = files
        .into_iter()
        .map(|mut f| f.take_text().map(|t| t.into_owned()).unwrap_or_default())
        .collect();
    eprintln!("read: {:?} ({} files)", t.elapsed(), texts.len());
    if mode.is_empty() || mode == "events" {
        let t = Instant::now();
        let mut n = 0usize;
        for text in &texts {
            for ev in serde_saphyr::granit_parser::Parser::new_from_str(text) {
                let _ = std::hint::black_box(ev);
                n += 1;
            }
        }
        eprintln!("granit events: {:?} ({n} events)", t.elapsed());
    }
    if mode.is_empty() || mode == "tree" {
        let t = Instant::now();
        for text in &texts {
            let r = content::yaml::parse(text);
            std::hint::black_box(r.is_ok());
        }
        eprintln!("yaml::parse (tree): {:?}", t.elapsed());
    }
    if mode.is_empty() || mode == "check" {
        let t = Instant::now();
        let r = content::check(&src);
        eprintln!("check (whole): {:?} ok={}", t.elapsed(), r.is_ok());
    }
}
