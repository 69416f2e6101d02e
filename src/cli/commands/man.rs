//! `career man`: the manual page, in roff, in the interface language; with
//! `--dir`, one page per command written into a folder, so the pages the main
//! page lists (`career-quiz(1)`, …) exist.

use std::path::Path;

use crate::cli::args::ManArgs;
use crate::cli::output::print;
use crate::cli::{Cli, CommandResult, Context};
use crate::error::CareerError;
use crate::i18n::Lang;

pub fn run(args: ManArgs, ctx: &Context) -> CommandResult {
    let mut cmd = crate::i18n::help::localize(Cli::full_command(), ctx.lang)
        // `career help` is a way to ask for help, not a command with a page.
        .disable_help_subcommand(true);
    // Built, each command knows its page's name (`career-quiz`).
    cmd.build();
    let Some(dir) = args.dir else {
        print(&page(&cmd, ctx.lang, Path::new("<man page>"))?);
        return Ok(());
    };
    let io = |e: std::io::Error| CareerError::unwritable(&dir, e);
    std::fs::create_dir_all(&dir).map_err(io)?;
    let mut written = Vec::new();
    write_pages(&cmd, &dir, ctx.lang, &mut written)?;
    let (n, shown) = (written.len(), dir.display());
    print(&crate::tr!(
        ctx.lang,
        "Wrote {n} manual pages into {shown}.\n",
        "{n} halaman manual ditulis ke {shown}.\n"
    ));
    Ok(())
}

/// The page of `cmd` and of each of its commands, into `dir`.
fn write_pages(
    cmd: &clap::Command,
    dir: &Path,
    lang: Lang,
    written: &mut Vec<String>,
) -> Result<(), CareerError> {
    let man = clap_mangen::Man::new(cmd.clone());
    let path = dir.join(man.get_filename());
    let text = page(cmd, lang, &path)?;
    std::fs::write(&path, text).map_err(|e| CareerError::unwritable(&path, e))?;
    written.push(man.get_filename());
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub, dir, lang, written)?;
    }
    Ok(())
}

/// One page in roff, its section headings in the interface language.
fn page(cmd: &clap::Command, lang: Lang, path: &Path) -> Result<String, CareerError> {
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut page)
        .map_err(|e| CareerError::unwritable(path, e))?;
    let page = String::from_utf8_lossy(&page);
    Ok(page
        .lines()
        .map(|line| match line.strip_prefix(".SH ") {
            Some(heading) => format!(".SH {}", heading_in(heading, lang)),
            None => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n")
}

/// A section heading as manual pages write them (upper case), in `lang`:
/// clap_mangen writes its own headings in English.
fn heading_in(heading: &str, lang: Lang) -> String {
    let bare = heading.trim_matches('"');
    let named = match (lang, bare.to_uppercase().as_str()) {
        (Lang::Id, "NAME") => "NAMA".to_string(),
        (Lang::Id, "SYNOPSIS") => "SINOPSIS".to_string(),
        (Lang::Id, "DESCRIPTION") => "DESKRIPSI".to_string(),
        (Lang::Id, "EXTRA") => "CATATAN".to_string(),
        (Lang::Id, "VERSION") => "VERSI".to_string(),
        (Lang::Id, "AUTHORS") => "PENULIS".to_string(),
        (_, upper) => upper.to_string(),
    };
    if named.contains(' ') {
        format!("\"{named}\"")
    } else {
        named
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_upper_case_and_translated() {
        assert_eq!(heading_in("SYNOPSIS", Lang::Id), "SINOPSIS");
        assert_eq!(heading_in("Perintah", Lang::Id), "PERINTAH");
        assert_eq!(heading_in("SYNOPSIS", Lang::En), "SYNOPSIS");
        assert_eq!(
            heading_in("\"Global options\"", Lang::En),
            "\"GLOBAL OPTIONS\""
        );
    }
}
