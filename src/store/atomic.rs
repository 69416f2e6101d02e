//! Crash-safe file writes, bounded reads that never destroy what they cannot
//! parse, and a lock around each read-modify-write.
//!
//! - A write goes to `.NAME.XXXXXX.tmp` beside the file, is synced, then
//!   renamed over it: a killed write leaves the old file whole. Under the
//!   file's lock, stray temporary files of earlier killed writes are removed.
//! - A read takes a regular file only (a FIFO would block, a device never
//!   end) and at most [`MAX_BYTES`].
//! - [`Lock`] is an exclusive lock on `.NAME.lock` beside the file, held
//!   until dropped: two commands changing the same file take turns.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::{DamageReason, StoreError};

/// The largest saved-state file read (progress, a result, a session).
pub const MAX_BYTES: u64 = 8 * 1024 * 1024;

fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Creates `dir` and its parents. A file standing where a folder should be
/// is reported as such (the system says only "file exists").
pub(super) fn make_dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            std::io::Error::from(std::io::ErrorKind::NotADirectory)
        } else {
            e
        }
    })
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// An exclusive lock on a saved file, released when dropped.
#[derive(Debug)]
pub struct Lock {
    _file: fs::File,
    target: PathBuf,
}

impl Lock {
    /// Waits for and takes the lock of `target` (the file need not exist).
    pub fn take(target: &Path) -> Result<Lock, StoreError> {
        let dir = folder_of(target);
        let lock_path = dir.join(format!(".{}.lock", name_of(target)));
        // Not even the lock file can be written: saving fails as a write.
        let cannot_write = |source| StoreError::Write {
            path: target.to_path_buf(),
            existed: target.exists(),
            source,
        };
        make_dir(dir).map_err(cannot_write)?;
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(cannot_write)?;
        fs4::FileExt::lock(&file).map_err(|source| StoreError::Lock {
            path: target.to_path_buf(),
            source,
        })?;
        Ok(Lock {
            _file: file,
            target: target.to_path_buf(),
        })
    }

    /// Writes the locked file atomically, first removing temporary files
    /// that killed writes of it left behind (no other writer can be
    /// running: they all take this lock).
    pub fn write(&self, bytes: &[u8]) -> Result<(), StoreError> {
        remove_stale_temporaries(&self.target);
        write(&self.target, bytes)
    }

    /// [`Lock::write`] of `value` as pretty JSON.
    pub fn write_json<T: Serialize>(&self, value: &T) -> Result<(), StoreError> {
        remove_stale_temporaries(&self.target);
        write_json(&self.target, value)
    }
}

/// Removes `.NAME.*.tmp` beside `path`, and `.tmpXXXXXX` files that earlier
/// versions left when the file was the only one written in its folder.
fn remove_stale_temporaries(path: &Path) {
    let dir = folder_of(path);
    let prefix = format!(".{}.", name_of(path));
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.starts_with(&prefix) && name.ends_with(".tmp");
        let legacy = name.starts_with(".tmp") && name.len() == ".tmp".len() + 6;
        if (ours || legacy) && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// synced to disk before it replaces the old file. On failure the old file
/// is untouched and the error names `path`, not the temporary file.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = folder_of(path);
    let fail = |source| StoreError::Write {
        path: path.to_path_buf(),
        existed: path.exists(),
        source,
    };
    make_dir(dir).map_err(fail)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{}.", name_of(path)))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Serialises `value` as pretty JSON and writes it atomically.
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), StoreError> {
    let mut bytes = serde_json::to_vec_pretty(value).map_err(|e| StoreError::Write {
        path: path.to_path_buf(),
        existed: path.exists(),
        source: e.into(),
    })?;
    bytes.push(b'\n');
    write(path, &bytes)
}

/// Reads a saved file: `None` when there is none. Only a regular file of at
/// most [`MAX_BYTES`] is read, through a reader that stops past the limit.
pub fn read_bounded(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    let read_err = |source| StoreError::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(read_err(e)),
    };
    if !meta.is_file() {
        return Err(StoreError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let too_large = |size| StoreError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit: MAX_BYTES,
    };
    if meta.len() > MAX_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(read_err(e)),
    };
    // Swapped for something else since the check above: refuse it too.
    if !file.metadata().map_err(read_err)?.is_file() {
        return Err(StoreError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(Some(bytes))
}

/// What reading a saved file found.
#[derive(Debug)]
pub enum Loaded<T> {
    Missing,
    Found(T),
    /// The file was damaged and has been moved to `aside`.
    Damaged {
        aside: PathBuf,
        reason: DamageReason,
    },
}

/// Reads a JSON file. A file that does not parse is renamed to
/// `NAME.damaged-TIMESTAMP` so nothing is lost, and reported as `Damaged`.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<Loaded<T>, StoreError> {
    let Some(bytes) = read_bounded(path)? else {
        return Ok(Loaded::Missing);
    };
    match serde_json::from_slice(&bytes) {
        Ok(v) => Ok(Loaded::Found(v)),
        Err(e) => Ok(Loaded::Damaged {
            aside: move_aside(path)?,
            reason: DamageReason::of_json(&e),
        }),
    }
}

/// Renames a damaged file out of the way, keeping it for the person to inspect.
pub fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    set_aside(path, "damaged")
}

/// Renames `path` to `NAME.TAG-TIMESTAMP` beside it (never over another file),
/// so a file that cannot be used is kept rather than replaced.
pub fn set_aside(path: &Path, tag: &str) -> Result<PathBuf, StoreError> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = name_of(path);
    let mut aside = path.with_file_name(format!("{name}.{tag}-{stamp}"));
    let mut n = 1;
    while aside.exists() {
        aside = path.with_file_name(format!("{name}.{tag}-{stamp}-{n}"));
        n += 1;
    }
    fs::rename(path, &aside).map_err(|source| StoreError::Write {
        path: path.to_path_buf(),
        existed: true,
        source,
    })?;
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
            Loaded::Damaged { aside, reason } => {
                assert_eq!(fs::read(&aside).unwrap(), b"{ not json");
                assert!(!path.exists());
                assert!(matches!(reason, DamageReason::NotJson { line: 1, .. }));
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

    #[test]
    fn a_folder_or_a_huge_file_is_refused_without_reading_it() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("progress.json");
        fs::create_dir(&folder).unwrap();
        assert!(matches!(
            read_bounded(&folder),
            Err(StoreError::NotAFile { .. })
        ));
        let big = dir.path().join("big.json");
        let f = fs::File::create(&big).unwrap();
        f.set_len(MAX_BYTES + 1).unwrap();
        assert!(matches!(
            read_bounded(&big),
            Err(StoreError::TooLarge { size, .. }) if size == MAX_BYTES + 1
        ));
    }

    #[test]
    fn a_locked_write_removes_what_killed_writes_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.json");
        let stale = dir.path().join(".progress.json.a1b2c3.tmp");
        let legacy = dir.path().join(".tmpAbC123");
        let other = dir.path().join(".results.json.a1b2c3.tmp");
        for p in [&stale, &legacy, &other] {
            fs::write(p, b"half").unwrap();
        }
        Lock::take(&path).unwrap().write(b"{}").unwrap();
        assert!(!stale.exists() && !legacy.exists());
        assert!(other.exists(), "another file's temporary is not ours");
        assert_eq!(fs::read(&path).unwrap(), b"{}");
    }
}
