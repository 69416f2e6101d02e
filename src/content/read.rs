//! Reading one file from outside, bounded: regular files only, never more than
//! the limit plus one byte, so `/dev/zero` or a FIFO cannot hang or exhaust memory.

use std::fs::{self, File};
use std::io::Read;
use std::path::Path;

use super::diagnostic::{FileKind, Problem};

/// Reads `path` as UTF-8 text of at most `limit` bytes.
pub fn bounded(path: &Path, limit: u64) -> Result<String, Problem> {
    let io = |e: std::io::Error| Problem::ReadFailed { reason: e.into() };
    let meta = fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(Problem::NotRegularFile);
    }
    if meta.len() > limit {
        return Err(Problem::FileTooLarge {
            bytes: meta.len(),
            limit,
            kind: FileKind::Other,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    File::open(path)
        .map_err(io)?
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        // It grew between the size check and the read.
        return Err(Problem::FileTooLarge {
            bytes: bytes.len() as u64,
            limit,
            kind: FileKind::Other,
        });
    }
    String::from_utf8(bytes).map_err(|_| Problem::NotText)
}
