//! Files named on the command line (or written for the person) that could
//! not be read or written, in words: why, and what to do about it. The
//! system's own words are used only for the rare cases not named here.

use std::io::ErrorKind as K;

use super::Lang;
use crate::content::diagnostic::{Problem, ReadError};
use crate::error::{Access, IoProblem};

/// "cannot read {path}: {reason}", or "cannot write …".
pub fn summary(path: &str, access: Access, problem: &IoProblem, lang: Lang) -> String {
    let reason = reason(access, problem, lang);
    match access {
        Access::Read => super::fill(
            lang.strings().cannot_read,
            &[("path", &path), ("reason", &reason)],
        ),
        Access::Write => tr!(
            lang,
            "cannot write {path}: {reason}",
            "tidak bisa menulis {path}: {reason}"
        ),
    }
}

/// Why: "no such file or folder", "it is a folder, not a file", ….
pub fn reason(access: Access, problem: &IoProblem, lang: Lang) -> String {
    let e = match problem {
        IoProblem::NotRegular => {
            return tr!(
                lang,
                "it is not a regular file (a pipe or a device)",
                "ini bukan file biasa (pipe atau perangkat)"
            )
        }
        IoProblem::Os(e) => e,
    };
    match (access, e.kind()) {
        // The same words as for an answers file that is not there.
        (Access::Read, K::NotFound) => super::diagnostics::message(
            &Problem::ReadFailed {
                reason: ReadError::NotFound,
            },
            lang,
        ),
        (_, K::IsADirectory) => tr!(lang, "it is a folder, not a file", "ini folder, bukan file"),
        _ => super::store::io_reason(e, lang),
    }
}

/// What to do about it, when something useful can be said.
pub fn hint(access: Access, problem: &IoProblem, lang: Lang) -> Option<String> {
    let e = match problem {
        IoProblem::NotRegular => {
            return Some(tr!(
                lang,
                "save the text in a file and give its path, or give `-` to read it from standard input",
                "simpan teksnya di sebuah file lalu berikan path-nya, atau berikan `-` untuk membacanya dari stdin"
            ))
        }
        IoProblem::Os(e) => e,
    };
    Some(match (access, e.kind()) {
        (Access::Read, K::NotFound) => super::diagnostics::hint(
            &Problem::ReadFailed {
                reason: ReadError::NotFound,
            },
            lang,
        )?,
        (Access::Write, K::NotFound) => tr!(
            lang,
            "create the folder first, or write somewhere else",
            "buat foldernya dulu, atau tulis di tempat lain"
        ),
        (Access::Read, K::PermissionDenied) => tr!(
            lang,
            "check the file's permissions",
            "periksa izin file-nya"
        ),
        (Access::Write, K::PermissionDenied | K::ReadOnlyFilesystem) => tr!(
            lang,
            "check the folder's permissions, or write somewhere else",
            "periksa izin foldernya, atau tulis di tempat lain"
        ),
        (_, K::IsADirectory) => tr!(lang, "give the path of a file", "berikan path sebuah file"),
        (_, K::NotADirectory) => tr!(
            lang,
            "a part of the path is a file, not a folder: check the path",
            "ada bagian path yang berupa file, bukan folder: periksa path-nya"
        ),
        (_, K::StorageFull | K::QuotaExceeded) => tr!(
            lang,
            "free some space and try again",
            "kosongkan ruang lalu coba lagi"
        ),
        _ => return None,
    })
}
