//! Paging long output through `$PAGER`, as git and bat do.

use std::io::{self, Write};
use std::process::{Command, Stdio};

use crate::render::Caps;

/// The pager command from `$PAGER`: none when it is empty or `cat`;
/// `less -FRX` when it is unset (quit if one screen, keep colours, leave the
/// text on the screen).
pub fn command(env: Option<String>) -> Option<String> {
    match env {
        None => Some("less -FRX".to_string()),
        Some(p) if p.trim().is_empty() || p.trim() == "cat" => None,
        Some(p) => Some(p),
    }
}

/// Whether `text` needs more rows than the terminal has.
pub fn is_long(text: &str, caps: &Caps) -> bool {
    let Some(rows) = caps.stdout_rows() else {
        return false;
    };
    let cols = caps.stdout_columns().map_or(80, |c| c.max(1));
    let mut used = 0;
    for line in text.lines() {
        used += console::measure_text_width(line).div_ceil(cols).max(1);
        if used >= rows {
            return true;
        }
    }
    false
}

/// Runs `pager` with `text` on its standard input and waits for it. The
/// person quitting early (or pressing Ctrl-C) is not an error. Fails when
/// the pager cannot be started or ends with a failure status of its own (a
/// `$PAGER` that is not installed: `sh` exits 127; `PAGER=false`), so the
/// caller can write the text itself and nothing is lost.
pub fn show(pager: &str, text: &str) -> io::Result<()> {
    // Ctrl-C in the pager reaches us too (same process group); like git,
    // wait for the pager instead of leaving it behind on the terminal.
    crate::ui::interrupt::install();
    let mut child = shell(pager)
        .stdin(Stdio::piped())
        .env(
            "LESS",
            std::env::var("LESS").unwrap_or_else(|_| "FRX".into()),
        )
        .env("LV", "-c")
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        // A pager quit before reading everything closes the pipe: fine.
        let _ = stdin.write_all(text.as_bytes());
    }
    let status = child.wait()?;
    if failed(status.code(), crate::ui::interrupt::signalled()) {
        return Err(io::Error::other("the pager failed"));
    }
    Ok(())
}

/// Whether a pager that ended with exit `code` (none when a signal ended
/// it) failed to show the text: a failure status that no Ctrl-C explains.
fn failed(code: Option<i32>, interrupted: bool) -> bool {
    matches!(code, Some(c) if c != 0) && !interrupted
}

#[cfg(unix)]
fn shell(pager: &str) -> Command {
    let mut c = Command::new("sh");
    c.arg("-c").arg(pager);
    c
}

#[cfg(not(unix))]
fn shell(pager: &str) -> Command {
    let mut words = pager.split_whitespace();
    let mut c = Command::new(words.next().unwrap_or("more"));
    c.args(words);
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pager_from_the_environment() {
        assert_eq!(command(None).as_deref(), Some("less -FRX"));
        assert_eq!(command(Some(String::new())), None);
        assert_eq!(command(Some("cat".into())), None);
        assert_eq!(command(Some("most -s".into())).as_deref(), Some("most -s"));
    }

    #[test]
    fn a_pager_that_fails_is_told_from_one_that_was_quit() {
        assert!(failed(Some(127), false), "not installed");
        assert!(failed(Some(1), false), "`false`");
        assert!(!failed(Some(0), false), "quit with q");
        assert!(!failed(None, false), "ended by a signal");
        assert!(!failed(Some(2), true), "Ctrl-C pressed");
    }
}
