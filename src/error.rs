//! Errors that end a command, and the exit codes they map to.
//!
//! Exit codes: 0 success; 1 bad content, answers or saved data; 2 usage
//! errors (unknown flag or id, a quiz with no terminal); 130 interrupted.

use std::path::PathBuf;

use thiserror::Error;

use crate::content::Diagnostic;

#[derive(Debug, Error)]
pub enum CareerError {
    /// The content pack has problems.
    #[error("the content pack {pack} has problems")]
    Content {
        pack: String,
        problems: Vec<Diagnostic>,
    },
    /// An answers file has problems.
    #[error("the answers in {file} have problems")]
    Answers {
        file: String,
        problems: Vec<Diagnostic>,
    },
    /// A file could not be read or written.
    #[error("{path}: {problem:?}")]
    Io {
        path: PathBuf,
        access: Access,
        problem: IoProblem,
    },
    /// Saved data is damaged; it was moved aside.
    #[error("{message}")]
    Data { message: String, hint: String },
    /// The command was used wrongly (bad id, missing terminal).
    #[error("{message}")]
    Usage { message: String, hint: String },
    /// Saved state could not be read or written.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// The command's output already describes the failure (e.g. `validate`).
    #[error("failed")]
    Reported,
    /// The person pressed Ctrl-C; what they entered was saved.
    #[error("{message}")]
    Interrupted { message: String },
}

/// Whether a file was being read or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// Why a file could not be read or written.
#[derive(Debug)]
pub enum IoProblem {
    /// What the operating system said.
    Os(std::io::Error),
    /// A pipe, a device or a socket where a regular file is read.
    NotRegular,
}

impl CareerError {
    /// A file at `path` that could not be read.
    pub fn unreadable(path: impl Into<PathBuf>, e: std::io::Error) -> CareerError {
        CareerError::Io {
            path: path.into(),
            access: Access::Read,
            problem: IoProblem::Os(e),
        }
    }

    /// A file at `path` that could not be written.
    pub fn unwritable(path: impl Into<PathBuf>, e: std::io::Error) -> CareerError {
        CareerError::Io {
            path: path.into(),
            access: Access::Write,
            problem: IoProblem::Os(e),
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            CareerError::Content { .. }
            | CareerError::Answers { .. }
            | CareerError::Io { .. }
            | CareerError::Data { .. }
            | CareerError::Store(_)
            | CareerError::Reported => 1,
            CareerError::Usage { .. } => 2,
            CareerError::Interrupted { .. } => 130,
        }
    }

    pub fn usage(message: String, hint: String) -> CareerError {
        CareerError::Usage { message, hint }
    }
}

pub type Result<T> = std::result::Result<T, CareerError>;
