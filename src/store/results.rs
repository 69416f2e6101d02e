//! Saved quiz results: one file per result in `results/`, named by the time it
//! was saved (UTC), so the newest is the last in name order and nothing is
//! ever overwritten. A file that cannot be parsed is moved aside and reported.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::atomic::{self, Loaded};
use crate::engine::{Answers, Outcome};
use crate::error::{CareerError, Result};

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
    pub reason: String,
}

/// Saved results, newest first, and any damaged files met on the way.
#[derive(Debug, Default)]
pub struct Listing {
    pub results: Vec<(PathBuf, SavedResult)>,
    pub damaged: Vec<Damaged>,
}

pub fn folder(dir: &Path) -> PathBuf {
    dir.join("results")
}

/// Saves `result` as a new file; returns its path. Never replaces a file:
/// two results saved in the same microsecond get different counters.
pub fn save(dir: &Path, result: &SavedResult) -> Result<PathBuf> {
    let folder = folder(dir);
    let io = |path: &Path, e: &dyn std::fmt::Display| CareerError::Io {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    std::fs::create_dir_all(&folder).map_err(|e| io(&folder, &e))?;
    let mut bytes = serde_json::to_vec_pretty(result).map_err(|e| io(&folder, &e))?;
    bytes.push(b'\n');
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S-%6f").to_string();
    let mut tmp = tempfile::NamedTempFile::new_in(&folder).map_err(|e| io(&folder, &e))?;
    tmp.write_all(&bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| io(tmp.path(), &e))?;
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
            Err(e) => return Err(io(&path, &e.error)),
        }
    }
    Err(io(&folder, &"too many results saved at the same moment"))
}

/// The result files, newest first.
fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    let folder = folder(dir);
    let entries = match std::fs::read_dir(&folder) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(CareerError::Io {
                path: folder,
                reason: e.to_string(),
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

/// Reads saved results newest first, stopping after `limit` good ones.
fn read(dir: &Path, limit: usize) -> Result<Listing> {
    let mut listing = Listing::default();
    for file in files(dir)? {
        if listing.results.len() >= limit {
            break;
        }
        match atomic::read_json::<SavedResult>(&file)? {
            Loaded::Found(r) => listing.results.push((file, r)),
            Loaded::Missing => {}
            Loaded::Damaged { aside, reason } => listing.damaged.push(Damaged {
                file,
                aside,
                reason,
            }),
        }
    }
    Ok(listing)
}

/// Every saved result, newest first.
pub fn history(dir: &Path) -> Result<Listing> {
    read(dir, usize::MAX)
}

/// The newest readable result (damaged newer files are moved aside and listed).
pub fn last(dir: &Path) -> Result<Listing> {
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
}
