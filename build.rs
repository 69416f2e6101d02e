//! Checks the default content pack (`quizzes/`, `roles/`) when the binary is
//! built, and stores it checked and pre-serialised in `OUT_DIR`, so that no run
//! parses or re-checks it. A problem in the default pack fails the build.
//!
//! The content code is compiled into this script as it is into the library:
//! `src/content` depends on nothing else of the crate but `src/suggest.rs`
//! and `src/sanitize.rs`.

#![allow(dead_code, unused_imports, unexpected_cfgs)]

#[path = "src/content/mod.rs"]
mod content;
#[path = "src/sanitize.rs"]
mod sanitize;
#[path = "src/suggest.rs"]
mod suggest;

fn main() {
    println!("cargo:rerun-if-changed=quizzes");
    println!("cargo:rerun-if-changed=roles");
    println!("cargo::rustc-check-cfg=cfg(prebuilt_pack)");
    let pack = match content::check(&content::PackSource::BuiltIn) {
        Ok(pack) => pack,
        Err(problems) => {
            for d in &problems {
                let at = d.pos.map(|p| format!(":{}:{}", p.line, p.column));
                println!(
                    "cargo:warning={}{}: {}: {:?}",
                    d.file,
                    at.unwrap_or_default(),
                    d.field.as_deref().unwrap_or(""),
                    d.problem
                );
            }
            eprintln!("the default content pack has problems; run `career validate quizzes/..` on a copy for details");
            std::process::exit(1);
        }
    };
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let json = serde_json::to_string(&pack).expect("a pack serialises");
    std::fs::write(out.join("builtin-pack.json"), json).expect("OUT_DIR is writable");
    println!("cargo:rustc-cfg=prebuilt_pack");
}
