//! Reading a pack's files: from the copy built into the binary, or from a folder.
//!
//! A folder is untrusted: only `quizzes/*.yaml` and `roles/*.yaml` are read,
//! links that lead out of the pack are refused, and sizes are bounded.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use super::diagnostic::{Diagnostic, Problem};

static BUILT_IN_QUIZZES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/quizzes");
static BUILT_IN_ROLES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/roles");

/// The folders of a pack, in the order they are read.
pub const FOLDERS: [&str; 2] = ["quizzes", "roles"];
/// The largest content file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The most files read from one folder of a pack (the skill catalogue aside).
pub const MAX_FILES: usize = 200;
/// The largest skill catalogue read, in bytes: it holds every skill of the pack.
pub const MAX_CATALOGUE_BYTES: u64 = 8 * 1024 * 1024;

/// One file of a pack, read into memory.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// `quizzes` or `roles`.
    pub folder: &'static str,
    /// The file name, e.g. `interests.yaml`.
    pub name: String,
    /// The path shown in messages.
    pub display: String,
    /// The text; empty until read when `unread` (see [`SourceFile::take_text`]).
    pub text: String,
    /// Not read yet: a quiz file of a folder is read only when its turn to be
    /// checked comes, so the text of the one before it has gone by then and
    /// its memory is used again.
    pub unread: bool,
    /// Where to read the text again once it has been let go.
    pub again: Reread,
}

impl SourceFile {
    /// The text, taken out of the file (read now if it was not yet).
    pub fn take_text(&mut self) -> Result<Cow<'static, str>, Problem> {
        if self.unread {
            self.unread = false;
            return self.again.read();
        }
        Ok(Cow::Owned(std::mem::take(&mut self.text)))
    }
}

/// How to read a file's text again: a large pack lets a checked file's text
/// go, and reads it again only when a message needs a position in it.
#[derive(Debug, Clone)]
pub enum Reread {
    BuiltIn(&'static str),
    /// The file's real path (inside the pack) and its size limit.
    Disk {
        path: PathBuf,
        limit: u64,
    },
}

impl Reread {
    /// The text again; `None` if it can no longer be read.
    pub fn text(&self) -> Option<Cow<'static, str>> {
        self.read().ok()
    }

    /// The text again, or why it cannot be read.
    pub fn read(&self) -> Result<Cow<'static, str>, Problem> {
        match self {
            Reread::BuiltIn(text) => Ok(Cow::Borrowed(text)),
            Reread::Disk { path, limit } => super::read::bounded(path, *limit).map(Cow::Owned),
        }
    }
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
    pub fn read(&self) -> (Vec<SourceFile>, Vec<Diagnostic>) {
        match self {
            PackSource::BuiltIn => (built_in_files(), Vec::new()),
            PackSource::Folder(root) => read_folder(root),
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
                unread: false,
                again: Reread::BuiltIn(std::str::from_utf8(file.contents()).unwrap_or("")),
            });
        }
    }
    files.sort_by(|a, b| (a.folder, &a.name).cmp(&(b.folder, &b.name)));
    files
}

fn read_folder(root: &Path) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let root_real = match fs::canonicalize(root) {
        Ok(p) if p.is_dir() => p,
        _ => {
            problems.push(Diagnostic::file_level(
                root.display().to_string(),
                Problem::NotAPackFolder,
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
                    Problem::NoFolder {
                        folder: folder.to_string(),
                    },
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
        // The skill catalogue is always read and does not count against the limit:
        // dropping it would turn every skill reference into a false "unknown skill".
        let is_catalogue = |p: &PathBuf| {
            folder == "roles" && p.file_name().is_some_and(|n| n == super::SKILLS_FILE)
        };
        let catalogue = names.iter().position(is_catalogue).map(|i| names.remove(i));
        if names.len() > MAX_FILES {
            problems.push(Diagnostic::file_level(
                dir.display().to_string(),
                Problem::TooManyFiles {
                    count: names.len() + usize::from(catalogue.is_some()),
                    max: MAX_FILES,
                },
            ));
            names.truncate(MAX_FILES);
        }
        names.extend(catalogue);
        for path in names {
            let display = path.display().to_string();
            let limit = if is_catalogue(&path) {
                MAX_CATALOGUE_BYTES
            } else {
                MAX_FILE_BYTES
            };
            // Quizzes are read when they are checked (`SourceFile::take_text`).
            let now = folder != "quizzes";
            let read = inside_pack(&root_real, &path).and_then(|real| {
                let text = if now {
                    super::read::bounded(&real, limit)?
                } else {
                    String::new()
                };
                Ok((real, text))
            });
            match read {
                Ok((real, text)) => files.push(SourceFile {
                    folder,
                    name: path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    display,
                    text,
                    unread: !now,
                    again: Reread::Disk { path: real, limit },
                }),
                Err(why) => problems.push(Diagnostic::file_level(display, why)),
            }
        }
    }
    (files, problems)
}

/// The file's real path, if it lies inside the pack.
fn inside_pack(root_real: &Path, path: &Path) -> Result<PathBuf, Problem> {
    let real = fs::canonicalize(path).map_err(|e| Problem::ReadFailed { reason: e.into() })?;
    if !real.starts_with(root_real) {
        return Err(Problem::OutsidePack);
    }
    Ok(real)
}
