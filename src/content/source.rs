//! Reading a pack's files: from the copy built into the binary, or from a folder.
//!
//! A folder is untrusted: only the `.yaml` and `.yml` files of `quizzes/` and
//! `roles/` are read (any other file there gets a warning), links that lead
//! out of the pack are refused, and sizes are bounded.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use super::diagnostic::{Diagnostic, FileKind, Problem, Severity};

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
            let kind = kind_of(self.folder, &self.name);
            return self.again.read().map_err(|p| p.in_file_of_kind(kind));
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
    pub fn read(&self) -> PackFiles {
        match self {
            PackSource::BuiltIn => PackFiles {
                files: built_in_files(),
                ..PackFiles::default()
            },
            PackSource::Folder(root) => read_folder(root),
        }
    }
}

/// A pack's files as read, with what could not be read.
#[derive(Debug, Default)]
pub struct PackFiles {
    pub files: Vec<SourceFile>,
    /// Errors: a folder or a file that could not be read.
    pub problems: Vec<Diagnostic>,
    /// Warnings: files in `quizzes/` or `roles/` that are not read (not YAML).
    pub skipped: Vec<Diagnostic>,
    /// The kinds of file of which one could not be read, or was left out:
    /// references into them cannot be checked.
    pub gaps: Gaps,
}

/// Which parts of a pack are known to be incomplete after reading it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Gaps {
    /// A quiz file (or the `quizzes/` folder) could not be read: the
    /// dimensions known are not all there are.
    pub quizzes: bool,
    /// A role file (or the `roles/` folder) could not be read.
    pub roles: bool,
    /// The skill catalogue could not be read.
    pub skills: bool,
}

impl Gaps {
    /// Marks the kind of file `kind` as incomplete.
    pub fn mark(&mut self, kind: FileKind) {
        match kind {
            FileKind::Quiz => self.quizzes = true,
            FileKind::Role => self.roles = true,
            FileKind::Catalogue => self.skills = true,
            FileKind::Other => {}
        }
    }
}

/// Whether a file is read as YAML: `.yaml` or `.yml`, in any case.
fn is_yaml(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".yaml") || lower.ends_with(".yml")
}

/// What kind of pack file `name` in `folder` holds.
pub fn kind_of(folder: &str, name: &str) -> FileKind {
    match folder {
        "quizzes" => FileKind::Quiz,
        _ if name == super::SKILLS_FILE => FileKind::Catalogue,
        _ => FileKind::Role,
    }
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

fn read_folder(root: &Path) -> PackFiles {
    let mut read = PackFiles::default();
    let PackFiles {
        files,
        problems,
        skipped,
        gaps,
    } = &mut read;
    let root_real = match fs::canonicalize(root) {
        Ok(p) if p.is_dir() => p,
        _ => {
            problems.push(Diagnostic::file_level(
                root.display().to_string(),
                Problem::NotAPackFolder,
            ));
            return read;
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
                gaps.mark(kind_of(folder, ""));
                continue;
            }
        };
        let mut names: Vec<PathBuf> = Vec::new();
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if is_yaml(&name) {
                names.push(path);
            } else if !name.starts_with('.') {
                // Hidden files (`.gitkeep`, editors' swap files) are passed
                // over in silence; anything else may be a mistyped name.
                let mut d = Diagnostic::file_level(path.display().to_string(), Problem::NotRead);
                d.severity = Severity::Warning;
                skipped.push(d);
            }
        }
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
            gaps.mark(kind_of(folder, ""));
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
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let kind = kind_of(folder, &name);
            let text = inside_pack(&root_real, &path).and_then(|real| {
                let text = if now {
                    super::read::bounded(&real, limit)?
                } else {
                    String::new()
                };
                Ok((real, text))
            });
            match text {
                Ok((real, text)) => files.push(SourceFile {
                    folder,
                    name,
                    display,
                    text,
                    unread: !now,
                    again: Reread::Disk { path: real, limit },
                }),
                Err(why) => {
                    problems.push(Diagnostic::file_level(display, why.in_file_of_kind(kind)));
                    gaps.mark(kind);
                }
            }
        }
    }
    skipped.sort_by(|a, b| a.file.cmp(&b.file));
    read
}

/// The file's real path, if it lies inside the pack.
fn inside_pack(root_real: &Path, path: &Path) -> Result<PathBuf, Problem> {
    let real = fs::canonicalize(path).map_err(|e| Problem::ReadFailed { reason: e.into() })?;
    if !real.starts_with(root_real) {
        return Err(Problem::OutsidePack);
    }
    Ok(real)
}
