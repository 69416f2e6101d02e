//! The command-line interface, as clap sees it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

const AFTER_HELP: &str = "\
Exit codes: 0 success, 1 bad content, answers or saved data, 2 usage error, 130 interrupted.
Environment: CAREER_CONTENT (like --content), CAREER_HOME (data directory),
LC_ALL / LANG (language), NO_COLOR, CLICOLOR, TERM=dumb.";

/// Find the AI career that fits you (AI Engineer, ML Engineer or AI Researcher)
/// with an interest quiz, then follow a learning roadmap week by week.
#[derive(Debug, Parser)]
#[command(name = "career", version, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    /// Language of the interface and content: en or id (default: from LC_ALL/LANG, else en).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// Load the content pack in DIR (with quizzes/ and roles/) instead of the built-in one.
    #[arg(long, global = true, value_name = "DIR", env = "CAREER_CONTENT")]
    pub content: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Take the interest quiz, or score an answers file with --answers.
    Quiz(QuizArgs),
    /// Show the quiz's questions as the engine understood them.
    Questions(QuestionsArgs),
    /// List the roles, or show one role's card.
    Roles(RolesArgs),
    /// Compare roles side by side.
    Compare(CompareArgs),
    /// Show a role's learning roadmap, stage by stage.
    Roadmap(RoadmapArgs),
    /// Show your last saved quiz result, or --history for all of them.
    Result(ResultArgs),
    /// Check a content pack and report every problem with its file and line.
    Validate(ValidateArgs),
}

/// Text for people, JSON for programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct QuizArgs {
    /// Score the answers in FILE (YAML or JSON) instead of asking.
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
    /// Which quiz of the pack (default: the pack's default quiz).
    #[arg(long, value_name = "ID")]
    pub quiz: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Continue an unfinished quiz without asking.
    #[arg(long, conflicts_with_all = ["restart", "answers"])]
    pub resume: bool,
    /// Discard an unfinished quiz and start over without asking.
    #[arg(long, conflicts_with = "answers")]
    pub restart: bool,
    /// Do not save the result in the data directory.
    #[arg(long)]
    pub no_save: bool,
}

#[derive(Debug, Args)]
pub struct ResultArgs {
    /// List every saved result with its date and recommended role.
    #[arg(long)]
    pub history: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct QuestionsArgs {
    /// Which quiz of the pack (default: the pack's default quiz).
    #[arg(long, value_name = "ID")]
    pub quiz: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct RolesArgs {
    /// A role id such as ml-engineer; without it, every role.
    pub role: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Role ids to compare (default: every role).
    pub roles: Vec<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct RoadmapArgs {
    /// A role id such as ai-engineer (default: the role of your last saved result).
    pub role: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The pack folder to check (default: --content, else the built-in pack).
    pub dir: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}
