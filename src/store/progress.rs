//! The person's progress on disk: `progress.json` in the data directory.
//!
//! Written atomically through `store::atomic`, so a killed write leaves the
//! previous file whole. A file that cannot be read is moved aside (never
//! overwritten) and reported; a file from a newer version is left untouched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::atomic::{self, Loaded};
use crate::error::{CareerError, Result};
use crate::i18n::Lang;
use crate::roadmap::{Progress, Status};
use crate::tr;

/// The file's name in the data directory.
pub const FILE_NAME: &str = "progress.json";
/// The version of the file's layout this program reads and writes.
pub const SCHEMA_VERSION: u64 = 1;

#[derive(Debug, Serialize, Deserialize)]
struct ProgressFile {
    schema_version: u64,
    #[serde(default)]
    skills: BTreeMap<String, Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    updated: Option<String>,
}

/// Where progress is kept: `$CAREER_HOME/progress.json` or the platform's data directory.
pub fn path() -> Result<PathBuf> {
    Ok(super::data_dir()?.join(FILE_NAME))
}

/// Reads progress. `Missing` for a first run; `Damaged` when the file could
/// not be read and was moved aside (the caller must say so).
pub fn load(path: &Path, lang: Lang) -> Result<Loaded<Progress>> {
    let value = match atomic::read_json::<Value>(path)? {
        Loaded::Missing => return Ok(Loaded::Missing),
        Loaded::Damaged { aside, reason } => return Ok(Loaded::Damaged { aside, reason }),
        Loaded::Found(v) => v,
    };
    let version = value.get("schema_version").and_then(Value::as_u64);
    if let Some(v) = version.filter(|v| *v > SCHEMA_VERSION) {
        let shown = path.display();
        return Err(CareerError::Data {
            message: tr!(
                lang,
                "{shown} was written by a newer version of career (schema {v}); it was left as it is",
                "{shown} ditulis oleh versi career yang lebih baru (skema {v}); file dibiarkan apa adanya"
            ),
            hint: tr!(
                lang,
                "update career, or set CAREER_HOME to another folder",
                "perbarui career, atau arahkan CAREER_HOME ke folder lain"
            ),
        });
    }
    match serde_json::from_value::<ProgressFile>(value) {
        Ok(file) if version.is_some() => Ok(Loaded::Found(Progress {
            skills: file.skills,
        })),
        Ok(_) => damaged(path, "the field `schema_version` is missing".to_string()),
        Err(e) => damaged(path, e.to_string()),
    }
}

fn damaged(path: &Path, reason: String) -> Result<Loaded<Progress>> {
    let aside = atomic::move_aside(path)?;
    Ok(Loaded::Damaged { aside, reason })
}

/// Writes progress atomically (temporary file, then rename).
pub fn save(path: &Path, progress: &Progress) -> Result<()> {
    let file = ProgressFile {
        schema_version: SCHEMA_VERSION,
        skills: progress.skills.clone(),
        updated: Some(chrono::Local::now().to_rfc3339()),
    };
    atomic::write_json(path, &file)
}

/// The message and hint for a progress file that was moved aside.
pub fn damaged_message(path: &Path, aside: &Path, reason: &str, lang: Lang) -> (String, String) {
    let (p, a) = (path.display(), aside.display());
    (
        tr!(
            lang,
            "your progress file {p} could not be read ({reason}); it was moved to {a} and kept",
            "file progresmu {p} tidak bisa dibaca ({reason}); file dipindahkan ke {a} dan disimpan"
        ),
        tr!(
            lang,
            "repair {a} and move it back to {p}, or mark your skills again with `career progress done SKILL`",
            "perbaiki {a} lalu kembalikan ke {p}, atau tandai lagi skill-mu dengan `career progress done SKILL`"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_progress_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let mut p = Progress::default();
        p.set("python", Status::Done);
        p.set("git", Status::Doing);
        save(&path, &p).unwrap();
        match load(&path, Lang::En).unwrap() {
            Loaded::Found(back) => assert_eq!(back, p),
            other => panic!("expected Found, got {other:?}"),
        }
    }

    #[test]
    fn an_unknown_status_moves_the_file_aside_with_its_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let bytes = br#"{"schema_version": 1, "skills": {"python": "finished"}}"#;
        std::fs::write(&path, bytes).unwrap();
        match load(&path, Lang::En).unwrap() {
            Loaded::Damaged { aside, .. } => {
                assert_eq!(std::fs::read(aside).unwrap(), bytes);
                assert!(!path.exists());
            }
            other => panic!("expected Damaged, got {other:?}"),
        }
    }

    #[test]
    fn a_newer_file_is_refused_and_left_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, br#"{"schema_version": 2, "skills": {}}"#).unwrap();
        assert!(load(&path, Lang::En).is_err());
        assert!(path.exists());
    }
}
