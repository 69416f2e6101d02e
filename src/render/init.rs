//! What `career init` says when the new pack is written: its files and
//! the next steps.

use std::path::Path;

use crate::i18n::Lang;
use crate::tr;

/// What `career init` says once it has written the pack `files` in `dir`.
pub fn created(dir: &Path, files: &[(String, String)], lang: Lang) -> String {
    let shown = dir.display();
    let n = files.len();
    let mut out = tr!(
        lang,
        "Created a new pack in {shown} ({n} files):",
        "Paket baru dibuat di {shown} ({n} file):"
    );
    out.push('\n');
    for (rel, _) in files {
        out.push_str(&format!("  {rel}\n"));
    }
    out.push_str(&tr!(
        lang,
        "Next: check it with `career validate {shown}`, try it with `career --content {shown} quiz`,\nthen make it yours; docs/authoring.md explains every field and how to set up your editor.\n",
        "Berikutnya: periksa dengan `career validate {shown}`, coba dengan `career --content {shown} quiz`,\nlalu sesuaikan; docs/authoring.md menjelaskan setiap field dan cara menyiapkan editormu.\n"
    ));
    out
}
