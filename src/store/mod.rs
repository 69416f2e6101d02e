//! Saved state in the data directory: results, quiz sessions, progress.
//!
//! Everything is written atomically (temp file, then rename), so a crash or a
//! kill mid-write leaves either the old file or the new one, never half of one.
//! A file that cannot be read back is moved aside, never overwritten.

pub mod atomic;
pub mod calibration;
pub mod error;
pub mod progress;
pub mod results;
pub mod session;

use std::path::PathBuf;

pub use error::{DamageReason, StoreError};

/// The environment variable that overrides the data directory.
pub const HOME_VAR: &str = "CAREER_HOME";

/// The data directory: `$CAREER_HOME`, else the platform's data directory
/// (e.g. `~/.local/share/career` on Linux).
pub fn data_dir() -> Result<PathBuf, StoreError> {
    if let Some(dir) = std::env::var_os(HOME_VAR).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "career")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or(StoreError::NoHome)
}
