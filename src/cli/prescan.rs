//! What must be known before the command line is parsed: the language of
//! help and errors, the colour choice and whether errors are JSON. Parsing
//! itself can fail, and its message must already be in the right language.

use std::ffi::OsString;

use crate::i18n::Lang;
use crate::render::caps::ColorChoice;

#[derive(Debug, Default, PartialEq)]
pub struct Prescan {
    /// `--lang id` / `--lang=id`, if given and known.
    pub lang: Option<Lang>,
    pub color: ColorChoice,
    /// `--format json` / `--format=json`.
    pub json: bool,
}

impl Prescan {
    pub fn of(argv: &[OsString]) -> Prescan {
        let args: Vec<&str> = argv
            .iter()
            .skip(1)
            .map(|a| a.to_str().unwrap_or(""))
            .take_while(|a| *a != "--")
            .collect();
        let value = |flag: &str| {
            let eq = format!("{flag}=");
            args.iter().enumerate().rev().find_map(|(i, a)| {
                if *a == flag {
                    args.get(i + 1).copied()
                } else {
                    a.strip_prefix(&eq)
                }
            })
        };
        Prescan {
            lang: match value("--lang") {
                Some("id") => Some(Lang::Id),
                Some("en") => Some(Lang::En),
                _ => None,
            },
            color: match value("--color") {
                Some("always") => ColorChoice::Always,
                Some("never") => ColorChoice::Never,
                _ => ColorChoice::Auto,
            },
            json: value("--format") == Some("json"),
        }
    }
}

/// The word `argv` names its subcommand with, when clap would surely read
/// the first word after the global options (`--lang`, `--content` and
/// `--color` with a value, `--no-pager`) as the subcommand; `None` for
/// anything else (help, `--`, any other option first).
pub fn subcommand(argv: &[OsString]) -> Option<&str> {
    let mut args = argv.iter().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_str()?;
        match arg {
            "--lang" | "--content" | "--color" => {
                if args.next()?.to_str()?.starts_with('-') {
                    return None;
                }
            }
            "--no-pager" => {}
            _ if ["--lang=", "--content=", "--color="]
                .iter()
                .any(|p| arg.starts_with(p)) => {}
            _ if arg.starts_with('-') => return None,
            _ => return Some(arg),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(args: &[&str]) -> Prescan {
        let mut argv = vec![OsString::from("career")];
        argv.extend(args.iter().map(OsString::from));
        Prescan::of(&argv)
    }

    #[test]
    fn flags_are_found_in_either_spelling_and_the_last_wins() {
        let p = of(&["roles", "--lang", "id", "--format=json", "--color=never"]);
        assert_eq!(p.lang, Some(Lang::Id));
        assert!(p.json);
        assert_eq!(p.color, ColorChoice::Never);
        assert_eq!(of(&["--lang=id", "--lang", "en"]).lang, Some(Lang::En));
        assert_eq!(of(&["--lang", "fr"]).lang, None);
        assert!(!of(&["--", "--format", "json"]).json);
    }

    #[test]
    fn the_subcommand_is_the_first_word_after_the_global_options() {
        let sub = |args: &[&str]| {
            let mut argv = vec![OsString::from("career")];
            argv.extend(args.iter().map(OsString::from));
            subcommand(&argv).map(str::to_string)
        };
        assert_eq!(sub(&["quiz", "--lang", "id"]).as_deref(), Some("quiz"));
        assert_eq!(
            sub(&["--content", "quiz", "--color=never", "--no-pager", "roles"]).as_deref(),
            Some("roles")
        );
        // A value that looks like an option, any other option first, `--`
        // or nothing: clap decides, with the whole command line.
        assert_eq!(sub(&["--lang", "--help", "quiz"]), None);
        assert_eq!(sub(&["--help", "quiz"]), None);
        assert_eq!(sub(&["-h", "quiz"]), None);
        assert_eq!(sub(&["--", "quiz"]), None);
        assert_eq!(sub(&["--lang"]), None);
        assert_eq!(sub(&[]), None);
    }
}
