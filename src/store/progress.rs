//! The person's progress on disk: `progress.json` in the data directory,
//! kept per content pack so marking `python` done in one pack never shows in
//! another pack's roadmap.
//!
//! ```json
//! {"schema_version": 2,
//!  "packs": {"built-in": {"skills": {"python": "done"}},
//!            "folder:/home/me/my-pack": {"skills": {"coding": "doing"}}},
//!  "updated": "…"}
//! ```
//!
//! A file of schema 1 (`{"skills": …}`, from before packs were kept apart)
//! is read as the built-in pack's progress and written back as schema 2 on
//! the next change, so nothing is lost. Every change takes the file's lock,
//! reads, changes and writes atomically: two commands at once both count. A
//! file that cannot be read is moved aside (never overwritten) and reported;
//! a file from a newer version is left untouched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::atomic::{self, Loaded, Lock};
use super::error::{DamageReason, StoreError};
use crate::content::PackSource;
use crate::roadmap::{Progress, Status};

/// The file's name in the data directory.
pub const FILE_NAME: &str = "progress.json";
/// The version of the file's layout this program reads and writes.
pub const SCHEMA_VERSION: u64 = 2;

/// Which pack a progress belongs to: `built-in`, or `folder:` and the
/// pack folder's full path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PackKey(String);

impl PackKey {
    /// The key of the built-in pack, where a schema-1 file's progress goes.
    pub fn built_in() -> PackKey {
        PackKey("built-in".to_string())
    }

    pub fn of(source: &PackSource) -> PackKey {
        match source {
            PackSource::BuiltIn => PackKey::built_in(),
            PackSource::Folder(dir) => {
                let full = std::fs::canonicalize(dir)
                    .or_else(|_| std::path::absolute(dir))
                    .unwrap_or_else(|_| dir.clone());
                PackKey(format!("folder:{}", full.to_string_lossy()))
            }
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Every pack's progress, as the file holds it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AllProgress {
    pub packs: BTreeMap<String, Progress>,
}

impl AllProgress {
    /// The progress of one pack (empty when it has none).
    pub fn of(&self, pack: &PackKey) -> Progress {
        self.packs.get(pack.as_str()).cloned().unwrap_or_default()
    }
}

#[derive(Debug, Deserialize)]
struct FileV1 {
    #[serde(default)]
    skills: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
struct FileV2 {
    #[serde(default)]
    packs: BTreeMap<String, PackV2>,
}

#[derive(Debug, Deserialize)]
struct PackV2 {
    #[serde(default)]
    skills: BTreeMap<String, String>,
}

#[derive(Debug, Serialize)]
struct FileOut<'a> {
    schema_version: u64,
    packs: BTreeMap<&'a str, PackOut<'a>>,
    updated: String,
}

#[derive(Debug, Serialize)]
struct PackOut<'a> {
    skills: &'a BTreeMap<String, Status>,
}

/// Where progress is kept: `$CAREER_HOME/progress.json` or the platform's data directory.
pub fn path() -> Result<PathBuf, StoreError> {
    Ok(super::data_dir()?.join(FILE_NAME))
}

/// Statuses as written, checked one by one so a word this version does not
/// know is reported by skill, not in serde's words.
fn statuses(raw: BTreeMap<String, String>) -> Result<Progress, DamageReason> {
    let mut p = Progress::default();
    for (skill, word) in raw {
        match Status::parse(&word) {
            Some(status) => p.set(&skill, status),
            None => {
                return Err(DamageReason::UnknownStatus {
                    skill,
                    status: word,
                })
            }
        }
    }
    Ok(p)
}

/// What the bytes of a progress file hold; `Err` for a newer version.
fn parse(path: &Path, bytes: &[u8]) -> Result<Result<AllProgress, DamageReason>, StoreError> {
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return Ok(Err(DamageReason::of_json(&e))),
    };
    let version = match value.get("schema_version").and_then(Value::as_u64) {
        None => return Ok(Err(DamageReason::NoVersion)),
        Some(v) if v > SCHEMA_VERSION => {
            return Err(StoreError::Newer {
                path: path.to_path_buf(),
                version: v,
            })
        }
        Some(v) => v,
    };
    let mut all = AllProgress::default();
    if version <= 1 {
        let file: FileV1 = match serde_json::from_slice(bytes) {
            Ok(f) => f,
            Err(e) => return Ok(Err(DamageReason::of_json(&e))),
        };
        match statuses(file.skills) {
            Ok(p) if p.is_empty() => {}
            Ok(p) => {
                all.packs.insert(PackKey::built_in().0, p);
            }
            Err(r) => return Ok(Err(r)),
        }
        return Ok(Ok(all));
    }
    let file: FileV2 = match serde_json::from_slice(bytes) {
        Ok(f) => f,
        Err(e) => return Ok(Err(DamageReason::of_json(&e))),
    };
    for (pack, entry) in file.packs {
        match statuses(entry.skills) {
            Ok(p) => {
                all.packs.insert(pack, p);
            }
            Err(r) => return Ok(Err(r)),
        }
    }
    Ok(Ok(all))
}

/// Reads every pack's progress. `Missing` for a first run; `Damaged` when
/// the file could not be read and was moved aside (the caller must say so).
pub fn load_all(path: &Path) -> Result<Loaded<AllProgress>, StoreError> {
    let Some(bytes) = atomic::read_bounded(path)? else {
        return Ok(Loaded::Missing);
    };
    match parse(path, &bytes)? {
        Ok(all) => Ok(Loaded::Found(all)),
        Err(reason) => Ok(Loaded::Damaged {
            aside: atomic::move_aside(path)?,
            reason,
        }),
    }
}

/// Reads one pack's progress (see [`load_all`]).
pub fn load(path: &Path, pack: &PackKey) -> Result<Loaded<Progress>, StoreError> {
    Ok(match load_all(path)? {
        Loaded::Missing => Loaded::Missing,
        Loaded::Found(all) => Loaded::Found(all.of(pack)),
        Loaded::Damaged { aside, reason } => Loaded::Damaged { aside, reason },
    })
}

/// Changes one pack's progress with `change`, under the file's lock: read,
/// change, write atomically. Returns the pack's progress as written. A file
/// that cannot be read stops the change (it was moved aside, so nothing the
/// person may still want to recover is written over).
pub fn update(
    path: &Path,
    pack: &PackKey,
    change: impl FnOnce(&mut Progress),
) -> Result<Progress, StoreError> {
    let lock = Lock::take(path)?;
    let mut all = match load_all(path)? {
        Loaded::Missing => AllProgress::default(),
        Loaded::Found(all) => all,
        Loaded::Damaged { aside, reason } => {
            return Err(StoreError::Damaged {
                path: path.to_path_buf(),
                aside,
                reason,
            })
        }
    };
    let mut mine = all.of(pack);
    change(&mut mine);
    if mine.is_empty() {
        all.packs.remove(pack.as_str());
    } else {
        all.packs.insert(pack.as_str().to_string(), mine.clone());
    }
    let file = FileOut {
        schema_version: SCHEMA_VERSION,
        packs: all
            .packs
            .iter()
            .map(|(k, p)| (k.as_str(), PackOut { skills: &p.skills }))
            .collect(),
        updated: chrono::Local::now().to_rfc3339(),
    };
    lock.write_json(&file)?;
    Ok(mine)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> PackKey {
        PackKey(format!("folder:/packs/{name}"))
    }

    #[test]
    fn saved_progress_reads_back_per_pack() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        update(&path, &key("a"), |p| p.set("python", Status::Done)).unwrap();
        update(&path, &key("b"), |p| p.set("git", Status::Doing)).unwrap();
        let Loaded::Found(a) = load(&path, &key("a")).unwrap() else {
            panic!("progress of pack a is there")
        };
        assert_eq!(a.status("python"), Status::Done);
        assert_eq!(a.status("git"), Status::Todo, "pack b's skill stays in b");
        let Loaded::Found(b) = load(&path, &key("b")).unwrap() else {
            panic!("progress of pack b is there")
        };
        assert_eq!(b.status("python"), Status::Todo);
    }

    #[test]
    fn a_schema_1_file_becomes_the_built_in_packs_progress() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(
            &path,
            br#"{"schema_version": 1, "skills": {"python": "done", "git": "skip"}}"#,
        )
        .unwrap();
        let after = update(&path, &PackKey::built_in(), |p| {
            p.set("numpy", Status::Doing)
        })
        .unwrap();
        assert_eq!(after.status("python"), Status::Done);
        assert_eq!(after.status("git"), Status::Skip);
        assert_eq!(after.status("numpy"), Status::Doing);
        let v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(v["schema_version"], 2);
        assert_eq!(v["packs"]["built-in"]["skills"]["python"], "done");
    }

    #[test]
    fn an_unknown_status_moves_the_file_aside_and_names_the_skill() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let bytes = br#"{"schema_version": 1, "skills": {"python": "finished"}}"#;
        std::fs::write(&path, bytes).unwrap();
        match load(&path, &PackKey::built_in()).unwrap() {
            Loaded::Damaged { aside, reason } => {
                assert_eq!(std::fs::read(aside).unwrap(), bytes);
                assert!(!path.exists());
                assert_eq!(
                    reason,
                    DamageReason::UnknownStatus {
                        skill: "python".into(),
                        status: "finished".into()
                    }
                );
            }
            other => panic!("expected Damaged, got {other:?}"),
        }
    }

    #[test]
    fn a_newer_file_is_refused_and_left_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, br#"{"schema_version": 3, "packs": []}"#).unwrap();
        assert!(matches!(
            load(&path, &PackKey::built_in()),
            Err(StoreError::Newer { version: 3, .. })
        ));
        assert!(update(&path, &PackKey::built_in(), |_| {}).is_err());
        assert!(path.exists());
    }
}
