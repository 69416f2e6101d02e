//! Crash-safe file writes and reads that never destroy what they cannot parse.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::{CareerError, Result};

fn io_error(path: &Path, e: impl std::fmt::Display) -> CareerError {
    CareerError::Io {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// synced to disk before it replaces the old file.
pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| io_error(dir, e))?;
    tmp.write_all(bytes).map_err(|e| io_error(tmp.path(), e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| io_error(tmp.path(), e))?;
    tmp.persist(path).map_err(|e| io_error(path, e.error))?;
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Serialises `value` as pretty JSON and writes it atomically.
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<()> {
    let mut bytes = serde_json::to_vec_pretty(value).map_err(|e| io_error(path, e))?;
    bytes.push(b'\n');
    write(path, &bytes)
}

/// What reading a saved file found.
#[derive(Debug)]
pub enum Loaded<T> {
    Missing,
    Found(T),
    /// The file was damaged and has been moved to `aside`.
    Damaged {
        aside: PathBuf,
        reason: String,
    },
}

/// Reads a JSON file. A file that does not parse is renamed to
/// `NAME.damaged-TIMESTAMP` so nothing is lost, and reported as `Damaged`.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<Loaded<T>> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Loaded::Missing),
        Err(e) => return Err(io_error(path, e)),
    };
    match serde_json::from_slice(&bytes) {
        Ok(v) => Ok(Loaded::Found(v)),
        Err(e) => {
            let aside = move_aside(path)?;
            Ok(Loaded::Damaged {
                aside,
                reason: e.to_string(),
            })
        }
    }
}

/// Renames a damaged file out of the way, keeping it for the person to inspect.
pub fn move_aside(path: &Path) -> Result<PathBuf> {
    set_aside(path, "damaged")
}

/// Renames `path` to `NAME.TAG-TIMESTAMP` beside it (never over another file),
/// so a file that cannot be used is kept rather than replaced.
pub fn set_aside(path: &Path, tag: &str) -> Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut aside = path.with_file_name(format!("{name}.{tag}-{stamp}"));
    let mut n = 1;
    while aside.exists() {
        aside = path.with_file_name(format!("{name}.{tag}-{stamp}-{n}"));
        n += 1;
    }
    fs::rename(path, &aside).map_err(|e| io_error(path, e))?;
    Ok(aside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_file_is_kept_aside_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("result.json");
        fs::write(&path, b"{ not json").unwrap();
        match read_json::<serde_json::Value>(&path).unwrap() {
            Loaded::Damaged { aside, .. } => {
                assert_eq!(fs::read(&aside).unwrap(), b"{ not json");
                assert!(!path.exists());
            }
            other => panic!("expected Damaged, got {other:?}"),
        }
    }

    #[test]
    fn write_replaces_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a").join("x.json");
        write_json(&path, &vec![1, 2, 3]).unwrap();
        write_json(&path, &vec![4]).unwrap();
        let back: Loaded<Vec<i32>> = read_json(&path).unwrap();
        assert!(matches!(back, Loaded::Found(v) if v == vec![4]));
    }
}
