//! `career init DIR`: a small working pack to start from: a quiz, two roles,
//! a skill catalogue and the JSON Schemas their first lines point editors to.
//! Nothing is ever overwritten: if any file is in the way, nothing is written.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::args::{InitArgs, SchemaKind};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::error::CareerError;
use crate::render::schema;
use crate::tr;

/// The pack's YAML files, relative to DIR.
const TEMPLATES: [(&str, &str); 4] = [
    (
        "quizzes/quiz.yaml",
        include_str!("init_pack/quizzes/quiz.yaml"),
    ),
    (
        "roles/designer.yaml",
        include_str!("init_pack/roles/designer.yaml"),
    ),
    (
        "roles/engineer.yaml",
        include_str!("init_pack/roles/engineer.yaml"),
    ),
    (
        "roles/skills.yaml",
        include_str!("init_pack/roles/skills.yaml"),
    ),
];

/// Every file `init` writes, with its contents.
fn files() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = TEMPLATES
        .iter()
        .map(|(path, text)| (path.to_string(), text.to_string()))
        .collect();
    for kind in [SchemaKind::Quiz, SchemaKind::Role, SchemaKind::Skills] {
        out.push((
            format!("schemas/{}", schema::file_name(kind)),
            schema::json(kind),
        ));
    }
    out
}

pub fn run(ctx: &Context, args: InitArgs) -> CommandResult {
    let lang = ctx.lang;
    let dir = args.dir;
    let files = files();
    let in_the_way = in_the_way(&dir, &files);
    if !in_the_way.is_empty() {
        let shown = dir.display();
        let list = in_the_way.join(", ");
        return Err(CareerError::usage(
            tr!(
                lang,
                "`career init` writes nothing into {shown}: {list} already there",
                "`career init` tidak menulis apa pun ke {shown}: {list} sudah ada"
            ),
            tr!(
                lang,
                "choose a new or empty folder, e.g. `career init my-pack`",
                "pilih folder baru atau kosong, misalnya `career init paket-saya`"
            ),
        ));
    }
    let mut written: Vec<PathBuf> = Vec::new();
    for (rel, text) in &files {
        let path = dir.join(rel);
        if let Err(e) = write_new(&path, text) {
            // Leave the folder as it was: remove what this run wrote.
            for done in written.iter().rev() {
                let _ = fs::remove_file(done);
            }
            for sub in ["quizzes", "roles", "schemas"] {
                let _ = fs::remove_dir(dir.join(sub));
            }
            let shown = path.display();
            return Err(CareerError::Data {
                message: tr!(
                    lang,
                    "cannot write {shown}: {e}; nothing was left behind",
                    "tidak bisa menulis {shown}: {e}; tidak ada yang tertinggal"
                ),
                hint: tr!(
                    lang,
                    "choose a folder you can write to, e.g. `career init my-pack`",
                    "pilih folder yang bisa kamu tulisi, misalnya `career init paket-saya`"
                ),
            });
        }
        written.push(path);
    }
    print(&crate::render::init::created(&dir, &files, lang));
    Ok(())
}

/// The files of `files` that already exist, and the pack folders that
/// already hold something (a new quiz or role would mix with them).
fn in_the_way(dir: &Path, files: &[(String, String)]) -> Vec<String> {
    let mut out: Vec<String> = files
        .iter()
        .filter(|(rel, _)| dir.join(rel).symlink_metadata().is_ok())
        .map(|(rel, _)| format!("`{rel}`"))
        .collect();
    for folder in ["quizzes", "roles"] {
        let busy = fs::read_dir(dir.join(folder)).is_ok_and(|mut d| d.next().is_some());
        let listed = out.iter().any(|f| f.starts_with(&format!("`{folder}/")));
        if busy && !listed {
            out.push(format!("`{folder}/`"));
        }
    }
    out
}

/// Creates `path` (and its folder) only if it does not exist yet.
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}
