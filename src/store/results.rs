//! Saved quiz results: one file per result in `results/`, named by the time it
//! was saved (UTC), so the newest is the last in name order and nothing is
//! ever overwritten. A file that cannot be parsed is moved aside and reported.
//!
//! Saving and setting aside take the results folder's lock: two commands that
//! meet the same damaged file set it aside once (neither fails), and a save
//! removes the temporary files of saves that were killed.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::atomic::{self, Lock};
use super::error::{DamageReason, StoreError};
use crate::engine::{Answers, Outcome};

/// How the temporary file of a save in progress begins.
const TEMPORARY_PREFIX: &str = ".result.";

/// The format version of a saved result.
pub const RESULT_SCHEMA: u32 = 1;

/// A role's match as it was when the result was saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedMatch {
    pub role: String,
    #[serde(rename = "match")]
    pub match_percent: f64,
}

/// One saved result: the answers (so it can be recomputed and shown in any
/// language) and what was recommended at the time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedResult {
    pub schema_version: u32,
    pub saved_at: DateTime<FixedOffset>,
    pub quiz: String,
    pub quiz_version: u32,
    /// The content pack the quiz came from (`<built-in>` or a folder).
    pub pack: String,
    pub answers: Answers,
    pub recommendation: String,
    pub roles: Vec<SavedMatch>,
    /// An adaptive quiz that stopped early: how many questions it asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked: Option<usize>,
    /// An adaptive quiz that stopped early: the rule that stopped it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_rule: Option<crate::engine::StopRule>,
}

impl SavedResult {
    pub fn new(outcome: &Outcome, answers: &Answers, pack: &str) -> SavedResult {
        SavedResult {
            schema_version: RESULT_SCHEMA,
            saved_at: chrono::Local::now().fixed_offset(),
            quiz: outcome.quiz.clone(),
            quiz_version: outcome.quiz_version,
            pack: pack.to_string(),
            answers: answers.clone(),
            recommendation: outcome.recommended().unwrap_or_default().to_string(),
            roles: outcome
                .roles
                .iter()
                .map(|r| SavedMatch {
                    role: r.id.clone(),
                    match_percent: r.match_percent,
                })
                .collect(),
            asked: outcome.stopped_early.then_some(outcome.asked),
            stop_rule: outcome.stop_rule.filter(|_| outcome.stopped_early),
        }
    }

    /// The recommended role's match when it was saved.
    pub fn top_match(&self) -> Option<f64> {
        self.roles
            .iter()
            .find(|r| r.role == self.recommendation)
            .map(|r| r.match_percent)
    }
}

/// A saved result file that could not be read; it now lives at `aside`.
#[derive(Debug, Clone, PartialEq)]
pub struct Damaged {
    pub file: PathBuf,
    pub aside: PathBuf,
    pub reason: DamageReason,
}

/// A saved result written by a newer version of career: left as it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Newer {
    pub file: PathBuf,
    pub version: u64,
}

/// Saved results, newest first, and any damaged files met on the way.
#[derive(Debug, Default)]
pub struct Listing {
    pub results: Vec<(PathBuf, SavedResult)>,
    pub damaged: Vec<Damaged>,
    pub newer: Vec<Newer>,
}

pub fn folder(dir: &Path) -> PathBuf {
    dir.join("results")
}

/// Saves `result` as a new file; returns its path. Never replaces a file:
/// two results saved in the same microsecond get different counters. On
/// failure nothing was saved and the error names the results folder.
pub fn save(dir: &Path, result: &SavedResult) -> Result<PathBuf, StoreError> {
    let folder = folder(dir);
    let fail = |source: std::io::Error| StoreError::Write {
        path: folder.clone(),
        existed: false,
        source,
    };
    atomic::make_dir(&folder).map_err(fail)?;
    let _lock = Lock::take(&folder)?;
    remove_stale_temporaries(&folder);
    let mut bytes = serde_json::to_vec_pretty(result).map_err(|e| fail(e.into()))?;
    bytes.push(b'\n');
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S-%6f").to_string();
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(fail)?;
    tmp.write_all(&bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(fail)?;
    for n in 0..100 {
        // The counter keeps name order equal to save order.
        let path = folder.join(format!("{stamp}-{n:02}.json"));
        match tmp.persist_noclobber(&path) {
            Ok(_) => {
                if let Ok(d) = std::fs::File::open(&folder) {
                    let _ = d.sync_all();
                }
                return Ok(path);
            }
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => return Err(fail(e.error)),
        }
    }
    Err(fail(std::io::Error::from(
        std::io::ErrorKind::AlreadyExists,
    )))
}

/// Removes what killed saves left in the results folder (no other save is
/// running: they all take its lock).
fn remove_stale_temporaries(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(TEMPORARY_PREFIX)
            && name.ends_with(".tmp")
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Sets a file that cannot be used aside, under the folder's lock. `None`
/// when another command already did (and reported it).
fn set_aside(folder: &Path, file: &Path) -> Result<Option<PathBuf>, StoreError> {
    let _lock = Lock::take(folder)?;
    if let Err(e) = std::fs::symlink_metadata(file) {
        if e.kind() == std::io::ErrorKind::NotFound {
            return Ok(None);
        }
    }
    atomic::move_aside(file).map(Some)
}

/// Sets aside a result that was read but cannot be used (`reason`), under
/// the folder's lock; `None` when another command already did.
pub fn set_aside_unusable(
    dir: &Path,
    file: &Path,
    reason: DamageReason,
) -> Result<Option<Damaged>, StoreError> {
    Ok(set_aside(&folder(dir), file)?.map(|aside| Damaged {
        file: file.to_path_buf(),
        aside,
        reason,
    }))
}

/// The result files, newest first.
fn files(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let folder = folder(dir);
    let entries = match std::fs::read_dir(&folder) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(StoreError::Read {
                path: folder,
                source,
            })
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.is_file())
        .collect();
    files.sort();
    files.reverse();
    Ok(files)
}

/// What one result file holds.
enum Read {
    Missing,
    Found(Box<SavedResult>),
    Damaged(DamageReason),
    Newer(u64),
}

fn read_one(file: &Path) -> Result<Read, StoreError> {
    let Some(bytes) = atomic::read_bounded(file)? else {
        return Ok(Read::Missing);
    };
    let value: Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => return Ok(Read::Damaged(DamageReason::of_json(&e))),
    };
    match value.get("schema_version").and_then(Value::as_u64) {
        None => return Ok(Read::Damaged(DamageReason::NoVersion)),
        Some(v) if v > u64::from(RESULT_SCHEMA) => return Ok(Read::Newer(v)),
        Some(_) => {}
    }
    // Parsed again from the bytes, so a problem has a line and column.
    Ok(match serde_json::from_slice(&bytes) {
        Ok(r) => Read::Found(Box::new(r)),
        Err(e) => Read::Damaged(DamageReason::of_json(&e)),
    })
}

/// Reads saved results newest first, stopping after `limit` good ones.
fn read(dir: &Path, limit: usize) -> Result<Listing, StoreError> {
    let folder = folder(dir);
    let mut listing = Listing::default();
    for file in files(dir)? {
        if listing.results.len() >= limit {
            break;
        }
        match read_one(&file) {
            Ok(Read::Found(r)) => listing.results.push((file, *r)),
            Ok(Read::Missing) => {}
            Ok(Read::Newer(version)) => listing.newer.push(Newer { file, version }),
            Ok(Read::Damaged(reason)) => {
                if let Some(aside) = set_aside(&folder, &file)? {
                    listing.damaged.push(Damaged {
                        aside,
                        file,
                        reason,
                    });
                }
            }
            // A FIFO or an oversized file among the results: set aside,
            // so one bad file never hides every other result.
            Err(StoreError::NotAFile { .. } | StoreError::TooLarge { .. }) => {
                if let Some(aside) = set_aside(&folder, &file)? {
                    listing.damaged.push(Damaged {
                        aside,
                        file,
                        reason: DamageReason::NotJson { line: 0, column: 0 },
                    });
                }
            }
            Err(e) => return Err(e),
        }
    }
    Ok(listing)
}

/// Every saved result, newest first.
pub fn history(dir: &Path) -> Result<Listing, StoreError> {
    read(dir, usize::MAX)
}

/// The newest readable result (damaged newer files are moved aside and listed).
pub fn last(dir: &Path) -> Result<Listing, StoreError> {
    read(dir, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, PackSource};
    use crate::engine::{self, Response};

    fn saved(likert: u8) -> SavedResult {
        let pack = content::load(&PackSource::BuiltIn).unwrap();
        let quiz = pack.quiz(None).unwrap();
        let mut answers = Answers::new();
        answers.set(&quiz.questions[1].id, Response::Likert(likert));
        let outcome = engine::evaluate(&pack, quiz, &answers);
        SavedResult::new(&outcome, &answers, &pack.origin)
    }

    #[test]
    fn history_lists_every_result_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let mut saved_paths: Vec<PathBuf> = (1..=5)
            .map(|v| save(dir.path(), &saved(v)).unwrap())
            .collect();
        let h = history(dir.path()).unwrap();
        let paths: Vec<_> = h.results.iter().map(|(p, _)| p.clone()).collect();
        saved_paths.reverse();
        assert_eq!(
            paths, saved_paths,
            "saved in quick succession, listed newest first"
        );
        assert_eq!(last(dir.path()).unwrap().results[0].0, saved_paths[0]);
    }

    #[test]
    fn a_damaged_newest_result_is_moved_aside_and_the_previous_one_used() {
        let dir = tempfile::tempdir().unwrap();
        let good = save(dir.path(), &saved(4)).unwrap();
        let bad = folder(dir.path()).join("99999999-000000-000000-00.json");
        std::fs::write(&bad, b"{ half a file").unwrap();
        let l = last(dir.path()).unwrap();
        assert_eq!(l.results[0].0, good);
        assert_eq!(l.damaged.len(), 1);
        assert_eq!(
            std::fs::read(&l.damaged[0].aside).unwrap(),
            b"{ half a file"
        );
        assert!(!bad.exists());
    }

    #[test]
    fn no_results_folder_means_no_results() {
        let dir = tempfile::tempdir().unwrap();
        let l = last(dir.path()).unwrap();
        assert!(l.results.is_empty() && l.damaged.is_empty());
    }

    #[test]
    fn a_result_from_a_newer_version_is_left_alone_and_listed() {
        let dir = tempfile::tempdir().unwrap();
        let good = save(dir.path(), &saved(4)).unwrap();
        let newer = folder(dir.path()).join("99999999-000000-000000-00.json");
        std::fs::write(&newer, br#"{"schema_version": 99, "future": true}"#).unwrap();
        let l = last(dir.path()).unwrap();
        assert_eq!(l.results[0].0, good);
        assert_eq!(
            l.newer,
            vec![Newer {
                file: newer.clone(),
                version: 99
            }]
        );
        assert!(newer.exists(), "a newer file is never moved");
    }

    #[test]
    fn commands_meeting_one_damaged_result_at_once_all_succeed() {
        for _ in 0..20 {
            let dir = tempfile::tempdir().unwrap();
            let good = save(dir.path(), &saved(3)).unwrap();
            let bad = folder(dir.path()).join("99999999-000000-000000-00.json");
            std::fs::write(&bad, b"{ half").unwrap();
            let start = std::sync::Barrier::new(6);
            let listings: Vec<Listing> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..6)
                    .map(|_| {
                        s.spawn(|| {
                            start.wait();
                            history(dir.path()).unwrap()
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            for l in &listings {
                assert_eq!(l.results.len(), 1);
                assert_eq!(l.results[0].0, good);
            }
            let reported: usize = listings.iter().map(|l| l.damaged.len()).sum();
            assert_eq!(reported, 1, "set aside and reported once");
            let aside = &listings
                .iter()
                .find_map(|l| l.damaged.first())
                .unwrap()
                .aside;
            assert_eq!(std::fs::read(aside).unwrap(), b"{ half");
        }
    }

    #[test]
    fn results_saved_at_once_are_all_kept_and_a_killed_saves_leftover_goes() {
        let dir = tempfile::tempdir().unwrap();
        let leftover = folder(dir.path()).join(".result.AbC123.tmp");
        std::fs::create_dir_all(folder(dir.path())).unwrap();
        std::fs::write(&leftover, b"{ half").unwrap();
        let home = dir.path();
        let mut paths: Vec<PathBuf> = std::thread::scope(|s| {
            let handles: Vec<_> = (1..=5u8)
                .map(|v| s.spawn(move || save(home, &saved(v)).unwrap()))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), 5, "five files for five saves");
        assert_eq!(history(dir.path()).unwrap().results.len(), 5);
        assert!(!leftover.exists());
    }
}
