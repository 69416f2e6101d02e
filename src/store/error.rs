//! What can go wrong with saved state, as typed values. No language here:
//! `i18n::store` turns them into sentences, `cli` into exit codes.

use std::io;
use std::path::PathBuf;

use thiserror::Error;

/// Why a saved file could not be used; it was moved aside (never deleted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DamageReason {
    /// Not JSON at all (cut short, or garbled) at this line and column.
    NotJson { line: usize, column: usize },
    /// JSON, but not laid out as this file should be (a field of the wrong
    /// type, a value this version does not know) near this line and column.
    Shape { line: usize, column: usize },
    /// The field `schema_version` is missing.
    NoVersion,
    /// A skill's status is none of todo, doing, done, skip.
    UnknownStatus { skill: String, status: String },
    /// Saved answers that the quiz they were saved for (the same pack and
    /// version) cannot have had: `count` of them; the first is to
    /// `question`, and does not fit because of `misfit` (`None`: the quiz
    /// has no such question).
    AnswersDoNotFit {
        count: usize,
        question: String,
        misfit: Option<Box<crate::content::diagnostic::Misfit>>,
    },
}

/// A failure reading or writing saved state.
#[derive(Debug, Error)]
pub enum StoreError {
    /// No folder was found to keep saved state in.
    #[error("no home directory was found to keep saved state in")]
    NoHome,
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: io::Error },
    /// The path is a folder, a FIFO, a device: not a regular file.
    #[error("{path} is not a regular file")]
    NotAFile { path: PathBuf },
    /// The file is larger than saved state ever is.
    #[error("{path} is {size} bytes, more than the {limit} a saved file may have")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    /// The file was written by a newer version; it was left as it is.
    #[error("{path} was written by a newer version (schema {version})")]
    Newer { path: PathBuf, version: u64 },
    /// The file could not be read as saved state and was moved to `aside`.
    #[error("{path} could not be read and was moved to {aside}")]
    Damaged {
        path: PathBuf,
        aside: PathBuf,
        reason: DamageReason,
    },
    /// Saving `path` failed; the previous file (if any) is intact.
    #[error("saving {path} failed: {source}")]
    Write {
        path: PathBuf,
        /// Whether there was a previous file, now left as it was.
        existed: bool,
        source: io::Error,
    },
    /// Another command holds the file, or the lock could not be taken.
    #[error("cannot lock {path}: {source}")]
    Lock { path: PathBuf, source: io::Error },
}

impl DamageReason {
    /// The reason for a `serde_json` error, without serde's own words
    /// (which name Rust types and echo values from the file).
    pub fn of_json(e: &serde_json::Error) -> DamageReason {
        let (line, column) = (e.line(), e.column());
        match e.classify() {
            serde_json::error::Category::Data => DamageReason::Shape { line, column },
            _ => DamageReason::NotJson { line, column },
        }
    }
}
