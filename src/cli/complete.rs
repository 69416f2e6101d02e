//! Shell completion: static scripts from clap_complete, and dynamic
//! completion of role, skill and quiz ids from the content pack.
//!
//! Dynamic completion works the way clap_complete's `CompleteEnv` does: the
//! script `career completions SHELL` prints registers `career` itself as the
//! completer, and the shell runs `COMPLETE=SHELL career -- career roadmap ai`
//! on Tab. Ids come from the pack in `CAREER_CONTENT`, else the built-in one
//! (a `--content DIR` typed on the same line is not seen).

use std::ffi::OsString;

use clap_complete::engine::CompletionCandidate;
use clap_complete::env::{CompleteEnv, Shells};

use super::args::{Cli, CompletionShell};
use crate::content::{self, PackSource};
use crate::i18n::Lang;

/// The environment variable that asks for completions.
const VAR: &str = "COMPLETE";

/// Answers a shell's request for completions (`COMPLETE` set); `None` for
/// an ordinary run.
pub fn answer_shell(argv: &[OsString]) -> Option<i32> {
    std::env::var_os(VAR)?;
    let cwd = std::env::current_dir().ok();
    match CompleteEnv::with_factory(Cli::full_command)
        .var(VAR)
        .try_complete(argv.iter().cloned(), cwd.as_deref())
    {
        Ok(true) => Some(0),
        Ok(false) => None,
        Err(_) => Some(2),
    }
}

/// The script that registers dynamic completion for `shell`.
pub fn registration(shell: CompletionShell) -> String {
    let mut buf = Vec::new();
    if let Some(completer) = Shells::builtins().completer(shell.name()) {
        let _ = completer.write_registration(VAR, "career", "career", "career", &mut buf);
    }
    String::from_utf8_lossy(&buf).into_owned()
}

/// A static script: commands, flags and fixed values, no ids.
pub fn static_script(shell: CompletionShell) -> String {
    use clap_complete::aot::{generate, Shell};
    let shell = match shell {
        CompletionShell::Bash => Shell::Bash,
        CompletionShell::Zsh => Shell::Zsh,
        CompletionShell::Fish => Shell::Fish,
        CompletionShell::Powershell => Shell::PowerShell,
    };
    let mut buf = Vec::new();
    generate(shell, &mut Cli::full_command(), "career", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

fn pack() -> Option<content::Pack> {
    let source = match std::env::var_os("CAREER_CONTENT") {
        Some(dir) if !dir.is_empty() => PackSource::Folder(dir.into()),
        _ => PackSource::BuiltIn,
    };
    content::load(&source).ok()
}

/// Role ids, with each role's name as help.
pub fn role_ids() -> Vec<CompletionCandidate> {
    let lang = Lang::from_env();
    pack().map_or_else(Vec::new, |p| {
        p.roles
            .iter()
            .map(|r| {
                CompletionCandidate::new(r.id.clone())
                    .help(Some(r.name.get(lang).to_string().into()))
            })
            .collect::<Vec<_>>()
    })
}

/// Skill ids, with each skill's name as help.
pub fn skill_ids() -> Vec<CompletionCandidate> {
    let lang = Lang::from_env();
    pack().map_or_else(Vec::new, |p| {
        p.skills
            .iter()
            .map(|(id, s)| {
                CompletionCandidate::new(id.clone()).help(Some(s.name.get(lang).to_string().into()))
            })
            .collect::<Vec<_>>()
    })
}

/// Quiz ids, with each quiz's title as help.
pub fn quiz_ids() -> Vec<CompletionCandidate> {
    let lang = Lang::from_env();
    pack().map_or_else(Vec::new, |p| {
        p.quizzes
            .iter()
            .map(|q| {
                CompletionCandidate::new(q.id.clone())
                    .help(Some(q.title.get(lang).to_string().into()))
            })
            .collect::<Vec<_>>()
    })
}
