//! Saved-state problems (`store::StoreError`) in words, English and Bahasa
//! Indonesia. Paths and values from files are sanitised before they are shown.

use std::io;
use std::path::Path;

use super::Lang;
use crate::content::text::sanitize;
use crate::store::{DamageReason, StoreError};

fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string())
}

/// Why the operating system refused, in words (its own text for rare cases).
pub fn io_reason(e: &io::Error, lang: Lang) -> String {
    use io::ErrorKind as K;
    match e.kind() {
        K::PermissionDenied => tr!(lang, "permission denied", "izin ditolak"),
        K::ReadOnlyFilesystem => tr!(
            lang,
            "the file system is read-only",
            "sistem file hanya bisa dibaca"
        ),
        K::StorageFull | K::QuotaExceeded => tr!(
            lang,
            "no space left on the device",
            "ruang penyimpanan sudah penuh"
        ),
        K::NotFound => tr!(
            lang,
            "a folder on the way does not exist",
            "ada folder yang tidak ada"
        ),
        K::NotADirectory => tr!(
            lang,
            "a file stands where a folder should be",
            "ada file di tempat yang seharusnya folder"
        ),
        K::IsADirectory => tr!(lang, "it is a folder", "itu sebuah folder"),
        _ => sanitize(&e.to_string()),
    }
}

/// Why a saved file could not be used, in words.
pub fn damage_reason(r: &DamageReason, lang: Lang) -> String {
    match r {
        DamageReason::NotJson { line: 0, .. } => tr!(
            lang,
            "it is not a saved file this program can read",
            "isinya bukan file simpanan yang bisa dibaca program ini"
        ),
        DamageReason::NotJson { line, column } => tr!(
            lang,
            "it is not valid JSON (line {line}, column {column})",
            "isinya bukan JSON yang sah (baris {line}, kolom {column})"
        ),
        DamageReason::Shape { line, column } => tr!(
            lang,
            "a field has a value this version does not understand (line {line}, column {column})",
            "ada kolom berisi nilai yang tidak dipahami versi ini (baris {line}, kolom {column})"
        ),
        DamageReason::NoVersion => tr!(
            lang,
            "the field `schema_version` is missing",
            "kolom `schema_version` tidak ada"
        ),
        DamageReason::UnknownStatus { skill, status } => {
            let (skill, status) = (sanitize(skill), excerpt(status));
            tr!(
                lang,
                "skill `{skill}` has status `{status}`; expected todo, doing, done or skip",
                "keterampilan `{skill}` berstatus `{status}`; seharusnya todo, doing, done, atau skip"
            )
        }
        DamageReason::AnswersDoNotFit {
            count,
            question,
            misfit,
        } => {
            // Worded as an answers file's problem is; the id is cut short.
            let question = excerpt(question);
            let problem = match misfit {
                Some(m) => crate::content::Problem::Misfit {
                    question,
                    misfit: (**m).clone(),
                },
                None => crate::content::Problem::UnknownQuestion {
                    id: question,
                    suggestion: None,
                },
            };
            let first = sanitize(&super::diagnostics::message(&problem, lang));
            tr!(
                lang,
                "{count} of its answers do not fit the quiz's questions; the first: {first}",
                "{count} jawabannya tidak cocok dengan pertanyaan kuis; yang pertama: {first}"
            )
        }
    }
}

/// A value from a file, sanitised and cut to a short excerpt.
fn excerpt(text: &str) -> String {
    let clean = sanitize(text);
    match clean.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &clean[..at]),
        None => clean,
    }
}

/// The message and hint for a saved-state error.
pub fn error(e: &StoreError, lang: Lang) -> (String, String) {
    let home = crate::store::HOME_VAR;
    match e {
        StoreError::NoHome => (
            tr!(
                lang,
                "no home directory was found to keep saved state in",
                "tidak ada folder rumah untuk menyimpan data"
            ),
            tr!(
                lang,
                "set {home} to a folder, e.g. `export {home}=~/.career`",
                "arahkan {home} ke sebuah folder, misalnya `export {home}=~/.career`"
            ),
        ),
        StoreError::Read { path, source } => {
            let (p, why) = (shown(path), io_reason(source, lang));
            (
                tr!(
                    lang,
                    "cannot read {p}: {why}",
                    "tidak bisa membaca {p}: {why}"
                ),
                in_the_way(path, source, lang).unwrap_or_else(|| {
                    tr!(
                        lang,
                        "check the file's permissions, or set {home} to another folder",
                        "periksa izin file itu, atau arahkan {home} ke folder lain"
                    )
                }),
            )
        }
        StoreError::NotAFile { path } => {
            let p = shown(path);
            (
                tr!(
                    lang,
                    "{p} is not a regular file; it was left as it is",
                    "{p} bukan file biasa; dibiarkan apa adanya"
                ),
                tr!(
                    lang,
                    "move it out of the way, or set {home} to another folder",
                    "pindahkan, atau arahkan {home} ke folder lain"
                ),
            )
        }
        StoreError::TooLarge { path, size, limit } => {
            let p = shown(path);
            let (size, limit) = (size / (1024 * 1024), limit / (1024 * 1024));
            (
                tr!(
                    lang,
                    "{p} is larger than a saved file ever is (about {size} MiB, at most {limit} MiB); it was left as it is",
                    "{p} lebih besar dari file simpanan mana pun (sekitar {size} MiB, paling banyak {limit} MiB); dibiarkan apa adanya"
                ),
                tr!(
                    lang,
                    "move it out of the way, or set {home} to another folder",
                    "pindahkan, atau arahkan {home} ke folder lain"
                ),
            )
        }
        StoreError::Newer { path, version } => {
            let p = shown(path);
            (
                tr!(
                    lang,
                    "{p} was written by a newer version of career (schema {version}); it was left as it is",
                    "{p} ditulis oleh versi career yang lebih baru (skema {version}); file dibiarkan apa adanya"
                ),
                tr!(
                    lang,
                    "update career, or set {home} to another folder",
                    "perbarui career, atau arahkan {home} ke folder lain"
                ),
            )
        }
        StoreError::Damaged {
            path,
            aside,
            reason,
        } => damaged(path, aside, reason, lang),
        StoreError::Write {
            path,
            existed,
            source,
        } => {
            let (p, why) = (shown(path), io_reason(source, lang));
            let kept = if *existed {
                tr!(lang, "the old file is intact", "file lama masih utuh")
            } else {
                tr!(lang, "nothing was changed", "tidak ada yang diubah")
            };
            (
                tr!(
                    lang,
                    "saving failed: {p} could not be written ({why}); {kept}",
                    "gagal menyimpan: {p} tidak bisa ditulis ({why}); {kept}"
                ),
                in_the_way(path, source, lang).unwrap_or_else(|| {
                    tr!(
                        lang,
                        "free some space or fix the folder's permissions and try again, or set {home} to another folder",
                        "kosongkan ruang atau perbaiki izin folder lalu coba lagi, atau arahkan {home} ke folder lain"
                    )
                }),
            )
        }
        StoreError::Lock { path, source } => {
            let (p, why) = (shown(path), io_reason(source, lang));
            (
                tr!(
                    lang,
                    "saving failed: {p} could not be locked for writing ({why}); nothing was changed",
                    "gagal menyimpan: {p} tidak bisa dikunci untuk ditulis ({why}); tidak ada yang diubah"
                ),
                in_the_way(path, source, lang).unwrap_or_else(|| {
                    tr!(
                        lang,
                        "fix the folder's permissions, or set {home} to another folder",
                        "perbaiki izin folder, atau arahkan {home} ke folder lain"
                    )
                }),
            )
        }
    }
}

/// The hint when a file stands where the data folder (or one in it) should
/// be, as when `CAREER_HOME` names a file: neither space nor permissions
/// are the trouble. The file is named when it can be found on the path.
fn in_the_way(path: &Path, source: &io::Error, lang: Lang) -> Option<String> {
    if source.kind() != io::ErrorKind::NotADirectory {
        return None;
    }
    let home = crate::store::HOME_VAR;
    Some(match path.ancestors().skip(1).find(|a| a.is_file()) {
        Some(file) => {
            let file = shown(file);
            tr!(
                lang,
                "{file} is a file, not a folder: point {home} at a folder, or move {file} out of the way",
                "{file} adalah file, bukan folder: arahkan {home} ke sebuah folder, atau pindahkan {file}"
            )
        }
        None => tr!(
            lang,
            "the data folder's path runs through a file: point {home} at a folder, or move that file out of the way",
            "path folder data melewati sebuah file: arahkan {home} ke sebuah folder, atau pindahkan file itu"
        ),
    })
}

/// The message and hint for a progress file that was moved aside.
pub fn damaged(path: &Path, aside: &Path, reason: &DamageReason, lang: Lang) -> (String, String) {
    let (p, a) = (shown(path), shown(aside));
    let reason = damage_reason(reason, lang);
    (
        tr!(
            lang,
            "your progress file {p} could not be read ({reason}); it was moved to {a} and kept",
            "file progresmu {p} tidak bisa dibaca ({reason}); file dipindahkan ke {a} dan disimpan"
        ),
        tr!(
            lang,
            "repair {a} and move it back to {p}, or mark your skills again with `career progress done SKILL`",
            "perbaiki {a} lalu kembalikan ke {p}, atau tandai lagi keterampilanmu dengan `career progress done KETERAMPILAN`"
        ),
    )
}
