//! Checks the default content pack (`quizzes/`, `roles/`) when the binary is
//! built, and stores it checked and pre-serialised (postcard) in `OUT_DIR`, so
//! that no run parses or re-checks it. A problem in the default pack fails the build.
//!
//! The content code is compiled into this script as it is into the library:
//! `src/content` depends on nothing else of the crate but `src/suggest.rs` and
//! `src/sanitize.rs`; keep it that way (the domain knows no language or terminal).
//!
//! It also has the linker lay out the functions a run starts with side by
//! side (`benches/startup-symbols.txt`; docs/performance.md, "Start-up").

#![allow(dead_code, unused_imports, unexpected_cfgs)]

#[path = "src/content/mod.rs"]
mod content;
#[path = "src/sanitize.rs"]
mod sanitize;
#[path = "src/suggest.rs"]
mod suggest;

fn main() {
    order_startup_functions();
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

/// Has the linker put the functions a run of `career` starts with (listed,
/// with their symbol names, in `benches/startup-symbols.txt` by
/// `benches/startup_order.sh`) next to each other at the start of the code,
/// so that starting touches a few pages of it instead of pages all over it
/// (docs/performance.md, "Start-up"). Only the order changes; a name that is
/// not in the binary (another compiler version) is skipped. Done for release
/// builds linked by rust-lld, the default linker for x86_64 Linux from Rust
/// 1.90: the option is lld's.
fn order_startup_functions() {
    use std::env::var;
    println!("cargo:rerun-if-changed=benches/startup-symbols.txt");
    let Ok(dir) = var("CARGO_MANIFEST_DIR") else {
        return;
    };
    let list = std::path::Path::new(&dir).join("benches/startup-symbols.txt");
    let release = var("PROFILE").is_ok_and(|p| p == "release");
    let target = var("TARGET").is_ok_and(|t| t == "x86_64-unknown-linux-gnu");
    // Another linker chosen by configuration or flags: leave it alone.
    let own_linker = var("RUSTC_LINKER").is_ok()
        || var("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_ok()
        || var("CARGO_ENCODED_RUSTFLAGS")
            .is_ok_and(|f| f.contains("linker") || f.contains("fuse-ld"));
    if !(release && target && !own_linker && list.is_file() && rustc_minor() >= Some(90)) {
        return;
    }
    println!(
        "cargo:rustc-link-arg-bin=career=-Wl,--symbol-ordering-file={}",
        list.display()
    );
    println!("cargo:rustc-link-arg-bin=career=-Wl,--no-warn-symbol-ordering");
}

/// The minor version of the compiler building the crate (`rustc 1.95.0`: 95).
fn rustc_minor() -> Option<u32> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = std::process::Command::new(rustc).arg("-V").output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let version = text.split_whitespace().nth(1)?;
    version.split('.').nth(1)?.parse().ok()
}
