//! What this terminal can do, decided once per run: colour on each stream,
//! Unicode glyphs, whether the streams are terminals, and their size.
//!
//! The CLI builds a [`Caps`] from `--color` and the environment and installs
//! it with [`Caps::install`]; renderers, prompts and progress bars read it with
//! [`Caps::current`]. Nobody else looks at `NO_COLOR`, `CLICOLOR`, `TERM`
//! or `COLUMNS`, asks whether a stream is a terminal, or measures one.
//!
//! - `--color always|never` wins over the environment.
//! - `NO_COLOR` (non-empty) turns colour off, and nothing else.
//! - `CLICOLOR_FORCE` (non-empty, not `0`) turns colour on even when piped.
//! - `CLICOLOR=0` turns colour off.
//! - `TERM=dumb` turns colour, glyphs and progress bars off.
//! - A locale that is not UTF-8 (`LANG=C`, `LC_ALL=id_ID.ISO-8859-1`) turns
//!   glyphs (`❯`, `█`, box lines) into ASCII.

use std::io::IsTerminal;
use std::sync::OnceLock;

/// How `--color` asked for colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// From the environment and whether the stream is a terminal.
    #[default]
    Auto,
    Always,
    Never,
}

/// Terminal facts for one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    /// Standard input is a terminal (a person can answer prompts).
    pub stdin_tty: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    pub stdout_color: bool,
    pub stderr_color: bool,
    /// Unicode glyphs (`❯`, `█`, box drawing); ASCII otherwise.
    pub unicode: bool,
    /// `TERM=dumb`: the terminal cannot redraw lines (no progress bars).
    pub dumb: bool,
}

/// The environment variables the decision reads, passed in so it can be tested.
#[derive(Debug, Default, Clone)]
pub struct Env {
    pub no_color: Option<String>,
    pub clicolor: Option<String>,
    pub clicolor_force: Option<String>,
    pub term: Option<String>,
    /// The first set of `LC_ALL`, `LC_CTYPE`, `LANG`.
    pub locale: Option<String>,
}

impl Env {
    pub fn from_process() -> Env {
        let var = |k: &str| std::env::var(k).ok();
        Env {
            no_color: var("NO_COLOR"),
            clicolor: var("CLICOLOR"),
            clicolor_force: var("CLICOLOR_FORCE"),
            term: var("TERM"),
            locale: ["LC_ALL", "LC_CTYPE", "LANG"]
                .iter()
                .filter_map(|k| var(k))
                .find(|v| !v.is_empty()),
        }
    }
}

static CURRENT: OnceLock<Caps> = OnceLock::new();

impl Caps {
    /// Decides every capability from `--color`, the environment and whether
    /// standard output and standard error are terminals (standard input is
    /// taken as one here; [`Caps::detect`] looks).
    pub fn decide(choice: ColorChoice, env: &Env, stdout_tty: bool, stderr_tty: bool) -> Caps {
        let set = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.is_empty());
        let dumb = env.term.as_deref() == Some("dumb");
        let color = |tty: bool| match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                if set(&env.no_color) {
                    false
                } else if set(&env.clicolor_force) && env.clicolor_force.as_deref() != Some("0") {
                    true
                } else if env.clicolor.as_deref() == Some("0") || dumb {
                    false
                } else {
                    tty
                }
            }
        };
        Caps {
            stdin_tty: true,
            stdout_tty,
            stderr_tty,
            stdout_color: color(stdout_tty),
            stderr_color: color(stderr_tty),
            unicode: !dumb && locale_is_utf8(env.locale.as_deref()),
            dumb,
        }
    }

    /// The capabilities of this process's streams and environment.
    pub fn detect(choice: ColorChoice) -> Caps {
        Caps {
            stdin_tty: std::io::stdin().is_terminal(),
            ..Caps::decide(
                choice,
                &Env::from_process(),
                std::io::stdout().is_terminal(),
                std::io::stderr().is_terminal(),
            )
        }
    }

    /// Makes `self` the run's capabilities (the first call wins) and tells
    /// console, which dialoguer and indicatif draw with, about colour.
    pub fn install(self) -> Caps {
        let caps = *CURRENT.get_or_init(|| self);
        // Our own stdout text is painted by `Style`, which ignores console's
        // switch; console's stdout switch only reaches prompts and bars, which
        // are drawn on standard error.
        console::set_colors_enabled(caps.stderr_color);
        console::set_colors_enabled_stderr(caps.stderr_color);
        caps
    }

    /// The run's capabilities: those installed, else detected with `--color auto`.
    pub fn current() -> Caps {
        *CURRENT.get_or_init(|| Caps::detect(ColorChoice::Auto))
    }

    /// Progress bars and redrawn headers: only on a terminal that can redraw.
    pub fn bars_on_stderr(&self) -> bool {
        self.stderr_tty && !self.dumb
    }

    /// Columns of standard output now (read again on every call, so a
    /// resized terminal is noticed), kept between 40 and 100.
    pub fn stdout_width(&self) -> usize {
        width_of(&console::Term::stdout())
    }

    /// Columns of standard error now, kept between 40 and 100.
    pub fn stderr_width(&self) -> usize {
        width_of(&console::Term::stderr())
    }

    /// Columns of standard error now for the quiz's prompts, kept between 20
    /// and 100: a prompt wider than the terminal would be wrapped again by
    /// the terminal, and its lines could not be cleared (text output keeps
    /// its 40-column floor, [`Caps::stderr_width`]).
    pub fn prompt_width(&self) -> usize {
        width_between(&console::Term::stderr(), 20)
    }

    /// Columns of the terminal on standard output as they are, if it is one
    /// (for measuring how many rows text takes, not for wrapping).
    pub fn stdout_columns(&self) -> Option<usize> {
        console::Term::stdout()
            .size_checked()
            .map(|(_, cols)| usize::from(cols))
    }

    /// Rows of the terminal on standard output, if it is one.
    pub fn stdout_rows(&self) -> Option<usize> {
        console::Term::stdout()
            .size_checked()
            .map(|(rows, _)| rows as usize)
    }
}

fn width_of(term: &console::Term) -> usize {
    width_between(term, 40)
}

fn width_between(term: &console::Term, least: usize) -> usize {
    term.size_checked()
        .map(|(_, w)| w as usize)
        .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
        .unwrap_or(80)
        .clamp(least, 100)
}

/// Whether a locale name says UTF-8. No locale at all counts as UTF-8 (the
/// usual default of today's terminals); `C` and `POSIX` alone do not.
fn locale_is_utf8(locale: Option<&str>) -> bool {
    let Some(l) = locale else { return true };
    let l = l.to_ascii_lowercase();
    if l == "c" || l == "posix" {
        return false;
    }
    match l.split_once('.') {
        Some((_, codeset)) => {
            let codeset = codeset.split('@').next().unwrap_or("");
            codeset == "utf-8" || codeset == "utf8"
        }
        // `en_US` alone: glibc's default codeset for it is not UTF-8, but
        // terminals nearly always are; keep glyphs.
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Env {
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        };
        Env {
            no_color: get("NO_COLOR"),
            clicolor: get("CLICOLOR"),
            clicolor_force: get("CLICOLOR_FORCE"),
            term: get("TERM"),
            locale: get("LANG"),
        }
    }

    fn auto(pairs: &[(&str, &str)], tty: bool) -> Caps {
        Caps::decide(ColorChoice::Auto, &env(pairs), tty, tty)
    }

    #[test]
    fn no_color_removes_colour_and_nothing_else() {
        let c = auto(&[("NO_COLOR", "1"), ("LANG", "en_US.UTF-8")], true);
        assert!(!c.stdout_color && !c.stderr_color);
        assert!(c.unicode, "glyphs stay");
        assert!(c.bars_on_stderr(), "the progress bar stays");
    }

    #[test]
    fn an_empty_no_color_is_ignored() {
        assert!(auto(&[("NO_COLOR", "")], true).stdout_color);
    }

    #[test]
    fn clicolor_force_colours_a_pipe_and_clicolor_0_turns_colour_off() {
        assert!(auto(&[("CLICOLOR_FORCE", "1")], false).stdout_color);
        assert!(!auto(&[("CLICOLOR_FORCE", "0")], false).stdout_color);
        assert!(!auto(&[("CLICOLOR", "0")], true).stdout_color);
        assert!(!auto(&[], false).stdout_color, "pipes get no colour");
    }

    #[test]
    fn the_flag_wins_over_the_environment() {
        let e = env(&[("NO_COLOR", "1")]);
        assert!(Caps::decide(ColorChoice::Always, &e, false, false).stdout_color);
        let e = env(&[("CLICOLOR_FORCE", "1")]);
        assert!(!Caps::decide(ColorChoice::Never, &e, true, true).stderr_color);
    }

    #[test]
    fn glyphs_change_only_for_a_dumb_terminal_or_a_non_utf8_locale() {
        assert!(!auto(&[("TERM", "dumb")], true).unicode);
        assert!(!auto(&[("TERM", "dumb")], true).bars_on_stderr());
        assert!(!auto(&[("LANG", "C")], true).unicode);
        assert!(!auto(&[("LANG", "id_ID.ISO-8859-1")], true).unicode);
        assert!(auto(&[("LANG", "id_ID.UTF-8")], true).unicode);
        assert!(auto(&[("LANG", "C.utf8"), ("CLICOLOR", "0")], true).unicode);
    }
}
