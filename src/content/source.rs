//! Reading a pack's files: from the copy built into the binary, or from a folder.
//!
//! A folder is untrusted: only `quizzes/*.yaml` and `roles/*.yaml` are read,
//! links that lead out of the pack are refused, and sizes are bounded.

use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use super::diagnostic::Diagnostic;
use crate::i18n::Lang;

static BUILT_IN_QUIZZES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/quizzes");
static BUILT_IN_ROLES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/roles");

/// The folders of a pack, in the order they are read.
pub const FOLDERS: [&str; 2] = ["quizzes", "roles"];
/// The largest content file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The most files read from one folder of a pack.
pub const MAX_FILES: usize = 200;

/// One file of a pack, read into memory.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// `quizzes` or `roles`.
    pub folder: &'static str,
    /// The file name, e.g. `interests.yaml`.
    pub name: String,
    /// The path shown in messages.
    pub display: String,
    pub text: String,
}

/// Where a pack comes from.
#[derive(Debug, Clone)]
pub enum PackSource {
    BuiltIn,
    Folder(PathBuf),
}

impl PackSource {
    pub fn describe(&self) -> String {
        match self {
            PackSource::BuiltIn => "<built-in>".to_string(),
            PackSource::Folder(p) => p.display().to_string(),
        }
    }

    /// Reads every content file; problems reading them become diagnostics.
    pub fn read(&self, lang: Lang) -> (Vec<SourceFile>, Vec<Diagnostic>) {
        match self {
            PackSource::BuiltIn => (built_in_files(), Vec::new()),
            PackSource::Folder(root) => read_folder(root, lang),
        }
    }
}

fn is_yaml(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml")
}

fn built_in_files() -> Vec<SourceFile> {
    let mut files = Vec::new();
    for (folder, dir) in [("quizzes", &BUILT_IN_QUIZZES), ("roles", &BUILT_IN_ROLES)] {
        for file in dir.files() {
            let name = file
                .path()
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !is_yaml(&name) {
                continue;
            }
            files.push(SourceFile {
                folder,
                display: format!("{folder}/{name}"),
                name,
                text: String::from_utf8_lossy(file.contents()).into_owned(),
            });
        }
    }
    files.sort_by(|a, b| (a.folder, &a.name).cmp(&(b.folder, &b.name)));
    files
}

fn read_folder(root: &Path, lang: Lang) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let tr = |en: String, id: String| if lang == Lang::Id { id } else { en };
    let root_real = match fs::canonicalize(root) {
        Ok(p) if p.is_dir() => p,
        _ => {
            problems.push(Diagnostic::file_level(
                root.display().to_string(),
                tr(
                    "this is not a content pack folder that can be read".into(),
                    "ini bukan folder paket konten yang bisa dibaca".into(),
                ),
                tr(
                    "pass a folder that holds `quizzes/` and `roles/`".into(),
                    "berikan folder yang berisi `quizzes/` dan `roles/`".into(),
                ),
            ));
            return (files, problems);
        }
    };
    for folder in FOLDERS {
        let dir = root.join(folder);
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(_) => {
                problems.push(Diagnostic::file_level(
                    dir.display().to_string(),
                    tr(
                        format!("the pack has no readable `{folder}/` folder"),
                        format!("paket tidak punya folder `{folder}/` yang bisa dibaca"),
                    ),
                    tr(
                        format!("create `{folder}/` with at least one .yaml file"),
                        format!("buat `{folder}/` berisi minimal satu berkas .yaml"),
                    ),
                ));
                continue;
            }
        };
        let mut names: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.file_name().is_some_and(|n| is_yaml(&n.to_string_lossy())))
            .collect();
        names.sort();
        if names.len() > MAX_FILES {
            problems.push(Diagnostic::file_level(
                dir.display().to_string(),
                tr(
                    format!(
                        "too many files ({}); at most {MAX_FILES} are read",
                        names.len()
                    ),
                    format!(
                        "terlalu banyak berkas ({}); paling banyak {MAX_FILES} dibaca",
                        names.len()
                    ),
                ),
                tr("split the pack".into(), "pecah paketnya".into()),
            ));
            names.truncate(MAX_FILES);
        }
        for path in names {
            let display = path.display().to_string();
            match read_one(&root_real, &path) {
                Ok(text) => files.push(SourceFile {
                    folder,
                    name: path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    display,
                    text,
                }),
                Err(why) => problems.push(Diagnostic::file_level(
                    display,
                    tr(why.en(), why.id()),
                    tr(why.hint_en(), why.hint_id()),
                )),
            }
        }
    }
    (files, problems)
}

enum ReadProblem {
    OutsidePack,
    TooLarge(u64),
    NotText,
    Io(String),
}

impl ReadProblem {
    fn en(&self) -> String {
        match self {
            ReadProblem::OutsidePack => {
                "this file links to a place outside the pack; it was not read".into()
            }
            ReadProblem::TooLarge(n) => {
                format!("this file is {n} bytes; the limit is {MAX_FILE_BYTES}")
            }
            ReadProblem::NotText => "this file is not UTF-8 text".into(),
            ReadProblem::Io(e) => format!("could not read this file: {e}"),
        }
    }
    fn id(&self) -> String {
        match self {
            ReadProblem::OutsidePack => "berkas ini menaut ke luar paket; tidak dibaca".into(),
            ReadProblem::TooLarge(n) => format!("berkas ini {n} byte; batasnya {MAX_FILE_BYTES}"),
            ReadProblem::NotText => "berkas ini bukan teks UTF-8".into(),
            ReadProblem::Io(e) => format!("tidak bisa membaca berkas ini: {e}"),
        }
    }
    fn hint_en(&self) -> String {
        match self {
            ReadProblem::OutsidePack => {
                "copy the file into the pack instead of linking to it".into()
            }
            ReadProblem::TooLarge(_) => "split it into several smaller files".into(),
            ReadProblem::NotText => "save the file as UTF-8".into(),
            ReadProblem::Io(_) => "check the file's permissions".into(),
        }
    }
    fn hint_id(&self) -> String {
        match self {
            ReadProblem::OutsidePack => "salin berkasnya ke dalam paket, jangan ditautkan".into(),
            ReadProblem::TooLarge(_) => "pecah menjadi beberapa berkas yang lebih kecil".into(),
            ReadProblem::NotText => "simpan berkas sebagai UTF-8".into(),
            ReadProblem::Io(_) => "periksa izin berkasnya".into(),
        }
    }
}

fn read_one(root_real: &Path, path: &Path) -> Result<String, ReadProblem> {
    let real = fs::canonicalize(path).map_err(|e| ReadProblem::Io(e.to_string()))?;
    if !real.starts_with(root_real) {
        return Err(ReadProblem::OutsidePack);
    }
    let meta = fs::metadata(&real).map_err(|e| ReadProblem::Io(e.to_string()))?;
    if !meta.is_file() {
        return Err(ReadProblem::Io("not a regular file".into()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadProblem::TooLarge(meta.len()));
    }
    let bytes = fs::read(&real).map_err(|e| ReadProblem::Io(e.to_string()))?;
    String::from_utf8(bytes).map_err(|_| ReadProblem::NotText)
}
