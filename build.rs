//! Checks the default content pack (`quizzes/`, `roles/`) when the binary is
//! built, and stores it checked and pre-serialised (postcard) in `OUT_DIR`, so
//! that no run parses or re-checks it. A problem in the default pack fails the build.
//!
//! The content code is compiled into this script as it is into the library:
//! `src/content` depends on nothing else of the crate but `src/suggest.rs` and
//! `src/sanitize.rs`; keep it that way (the domain knows no language or terminal).

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
    // Two parts, so a run decodes the catalogue only if it uses it: the
    // pack without its skills, and the skills.
    let mut pack = pack;
    let skills = std::mem::take(&mut *pack.skills);
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
    };
    // Texts are written once, as one string the binary includes; the
    // postcard forms refer to them by place.
    let ((pack_bytes, skills_bytes), texts) = content::text::store_builtin(|| {
        (postcard::to_allocvec(&pack), postcard::to_allocvec(&skills))
    });
    write(
        "builtin-pack.postcard",
        &pack_bytes.expect("a pack serialises"),
    );
    write(
        "builtin-skills.postcard",
        &skills_bytes.expect("a catalogue serialises"),
    );
    write("builtin-texts.txt", texts.as_bytes());
    println!("cargo:rustc-cfg=prebuilt_pack");
}
