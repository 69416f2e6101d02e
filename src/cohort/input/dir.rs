//! A folder of answers files (YAML or JSON, as `career quiz --answers` reads
//! them): each file is one response, its name the id.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::super::problem::Problem;
use crate::content::answers_file::MAX_ANSWERS_BYTES;

/// Files per chunk.
const CHUNK_FILES: usize = 64;

/// One file: its place in the folder (1-based), name and text.
#[derive(Debug)]
pub struct File {
    pub row: u64,
    pub name: String,
    pub text: Result<String, Problem>,
}

#[derive(Debug, Default)]
pub struct FileChunk {
    pub files: Vec<File>,
}

/// The answers files of a folder, by name.
pub struct DirChunker {
    paths: std::vec::IntoIter<PathBuf>,
    next_row: u64,
}

impl DirChunker {
    pub fn new(dir: &Path) -> std::io::Result<DirChunker> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| matches!(e, "yaml" | "yml" | "json"))
            })
            .collect();
        paths.sort();
        Ok(DirChunker {
            paths: paths.into_iter(),
            next_row: 1,
        })
    }

    pub fn next_chunk(&mut self) -> Option<FileChunk> {
        let mut chunk = FileChunk::default();
        for path in self.paths.by_ref().take(CHUNK_FILES) {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            chunk.files.push(File {
                row: self.next_row,
                name: crate::content::text::sanitize(&name),
                text: read_bounded(&path),
            });
            self.next_row += 1;
        }
        (!chunk.files.is_empty()).then_some(chunk)
    }
}

fn read_bounded(path: &Path) -> Result<String, Problem> {
    let unreadable = |e: std::io::Error| Problem::Unreadable { reason: e.kind() };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_ANSWERS_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() > MAX_ANSWERS_BYTES {
        return Err(Problem::TooLong {
            limit: MAX_ANSWERS_BYTES,
        });
    }
    String::from_utf8(bytes).map_err(|_| Problem::NotUtf8)
}
