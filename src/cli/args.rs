//! The command-line interface, as clap sees it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCandidates;

use super::complete::{quiz_ids, role_ids, skill_ids};

use crate::i18n::Lang;
pub(crate) use crate::render::questions::QuestionsFormat;
pub(crate) use crate::render::saved::ResultFormat;
pub(crate) use crate::render::schema::SchemaKind;
pub(crate) use crate::render::Format;

const AFTER_HELP: &str = "\
Exit codes: 0 success, 1 bad content, answers or saved data, 2 usage error, 130 interrupted.
Environment: CAREER_CONTENT (like --content), CAREER_HOME (data directory),
LC_ALL / LANG (language), NO_COLOR, CLICOLOR, CLICOLOR_FORCE, TERM=dumb, PAGER.";

/// Find the career that fits you with an interest quiz, then follow its
/// learning roadmap week by week.
#[derive(Debug, Parser)]
#[command(name = "career", version, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    /// Language of the interface and content: en or id (default: from LC_ALL/LANG, else en).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// Load the content pack in DIR (with quizzes/ and roles/) instead of the built-in one.
    #[arg(long, global = true, value_name = "DIR", env = "CAREER_CONTENT")]
    pub content: Option<PathBuf>,

    /// When to use colour: auto (on a terminal, unless NO_COLOR or CLICOLOR=0), always or never.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t)]
    pub color: ColorWhen,

    /// Never page long output (it is paged through $PAGER, default `less -FRX`, on a terminal).
    #[arg(long, global = true)]
    pub no_pager: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set or CLICOLOR=0 (CLICOLOR_FORCE forces it)
    #[default]
    Auto,
    /// Always, even when piped
    Always,
    /// Never
    Never,
}

impl From<ColorWhen> for crate::render::caps::ColorChoice {
    fn from(w: ColorWhen) -> Self {
        match w {
            ColorWhen::Auto => Self::Auto,
            ColorWhen::Always => Self::Always,
            ColorWhen::Never => Self::Never,
        }
    }
}

/// A subcommand's arguments are defined only when it is used (`defer`): a
/// run defines one command's arguments, not every command's
/// (docs/performance.md, "Start-up"). Help in another language, the manual
/// and completions take [`Cli::full_command`].
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Take the interest quiz, or score an answers file with --answers.
    Quiz(QuizArgs),
    /// Show the quiz's questions as the engine understood them.
    Questions(QuestionsArgs),
    /// List the roles, or show one role's card.
    Roles(RolesArgs),
    /// Compare roles side by side.
    Compare(CompareArgs),
    /// Show a role's learning roadmap: stages, hours, resources, a weekly plan.
    Roadmap(RoadmapArgs),
    /// Show your last saved quiz result, or --history for all of them (exit 1 when none is saved).
    Result(ResultArgs),
    /// Track your progress: mark skills done, doing or skipped, or see how far you are.
    Progress(ProgressArgs),
    /// Check a content pack and report every problem with its file and line.
    Validate(ValidateArgs),
    /// Measure the quiz with simulated respondents: accuracy and questions saved by stopping early.
    Simulate(SimulateArgs),
    /// Fit the stability figure's calibration map for a pack's quizzes now (otherwise done on first use, once).
    Calibrate(CalibrateArgs),
    /// Score many responses at once (JSONL, CSV such as a Google Forms export, or a folder).
    Score(ScoreArgs),
    /// Item analysis of many responses: reliability, item-rest correlations, weak items.
    Analyze(AnalyzeArgs),
    /// Print a shell completion script (bash, zsh, fish or powershell).
    Completions(CompletionsArgs),
    /// Print the manual page (roff), for `man`; or, with --dir, write one page per command.
    Man(ManArgs),
    /// Start a new content pack in DIR: a small quiz, two roles and skills that work as they are.
    Init(InitArgs),
    /// Print the JSON Schema (draft-07) of a pack file, for editors that check YAML as you type.
    Schema(SchemaArgs),
}

impl Cli {
    /// The whole command-line definition with every subcommand's arguments
    /// defined, in the order clap gives them when nothing is deferred: each
    /// command's own arguments, then the global ones. (Deferred, the global
    /// ones would come first, and Indonesian help would list "Opsi" before
    /// "Argumen".)
    pub fn full_command() -> clap::Command {
        use clap::CommandFactory;
        let mut cmd = Cli::command();
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            cmd = cmd.mut_subcommand(name, Command::define_now);
        }
        cmd
    }

    /// `cmd` ([`Cli::command`]) for a run of subcommand `name`, with the
    /// global options given to that subcommand only. clap copies every
    /// global option into every subcommand when it builds the command line
    /// (64 copies, a third of the heap at start-up; docs/performance.md,
    /// "Start-up"), but a run parses one subcommand. The copies keep their
    /// `global` mark, so clap hands their values up to [`Cli`] as before, and
    /// the subcommand lists them where clap would: first, in their order.
    /// `cmd` as it is when `name` is not one of its subcommands' names.
    pub fn globals_only_to(cmd: clap::Command, name: &str) -> clap::Command {
        if !cmd.get_subcommands().any(|sc| sc.get_name() == name) {
            return cmd;
        }
        let mut globals: Option<Vec<clap::Arg>> = Some(
            cmd.get_arguments()
                .filter(|a| a.is_global_set())
                .cloned()
                .collect(),
        );
        cmd.mut_args(|a| {
            if a.is_global_set() {
                a.global(false)
            } else {
                a
            }
        })
        .mut_subcommands(|sc| match globals.take_if(|_| sc.get_name() == name) {
            // Adding them advances the display order; clap's own copies
            // do not, so it is set back to where it was.
            Some(globals) => sc.args(globals).next_display_order(0),
            None => sc,
        })
    }
}

impl Command {
    /// The subcommand `sc` with its arguments defined now rather than when it
    /// is built: what the derive defers, by command name.
    fn define_now(sc: clap::Command) -> clap::Command {
        let define: fn(clap::Command) -> clap::Command = match sc.get_name() {
            "quiz" => QuizArgs::augment_args,
            "questions" => QuestionsArgs::augment_args,
            "roles" => RolesArgs::augment_args,
            "compare" => CompareArgs::augment_args,
            "roadmap" => RoadmapArgs::augment_args,
            "result" => ResultArgs::augment_args,
            "progress" => ProgressArgs::augment_args,
            "validate" => ValidateArgs::augment_args,
            "simulate" => SimulateArgs::augment_args,
            "calibrate" => CalibrateArgs::augment_args,
            "score" => ScoreArgs::augment_args,
            "analyze" => AnalyzeArgs::augment_args,
            "completions" => CompletionsArgs::augment_args,
            "init" => InitArgs::augment_args,
            "schema" => SchemaArgs::augment_args,
            "man" => ManArgs::augment_args,
            // A command missing here.
            _ => return sc,
        };
        define(sc.defer(|sc| sc))
    }

    /// Whether the command was asked for JSON (its errors are then JSON too).
    pub fn wants_json(&self) -> bool {
        use crate::render::roadmap::ExportFormat;
        match self {
            Command::Quiz(a) => a.format == Format::Json,
            Command::Questions(a) => a.format == QuestionsFormat::Json,
            Command::Roles(a) => a.format == Format::Json,
            Command::Compare(a) => a.format == Format::Json,
            Command::Roadmap(a) => a.format == ExportFormat::Json,
            Command::Result(a) => a.format == ResultFormat::Json,
            Command::Progress(a) => a.format == Format::Json,
            Command::Validate(a) => a.format == Format::Json,
            Command::Simulate(a) => a.format == Format::Json,
            Command::Calibrate(a) => a.format == Format::Json,
            Command::Analyze(a) => {
                a.format == crate::render::cohort::analysis::AnalysisFormat::Json
            }
            Command::Score(_)
            | Command::Completions(_)
            | Command::Man(_)
            | Command::Init(_)
            | Command::Schema(_) => false,
        }
    }
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write the pages into DIR instead: career.1 and one page per command
    /// (career-quiz.1, career-roadmap.1, …), with each command's options.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: CompletionShell,
    /// A script that completes commands and flags only, without asking
    /// `career` for role and skill ids on each Tab.
    #[arg(long = "static")]
    pub static_script: bool,
}

/// The shells `career completions` writes scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

impl CompletionShell {
    pub fn name(self) -> &'static str {
        match self {
            CompletionShell::Bash => "bash",
            CompletionShell::Zsh => "zsh",
            CompletionShell::Fish => "fish",
            CompletionShell::Powershell => "powershell",
        }
    }
}

#[derive(Debug, Args)]
pub struct QuizArgs {
    /// Score the answers in FILE (YAML or JSON; - for standard input) instead of asking.
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
    /// Which quiz of the pack (default: the pack's default quiz).
    #[arg(long, value_name = "ID", add = ArgValueCandidates::new(quiz_ids))]
    pub quiz: Option<String>,
    /// Ask the most telling questions first and stop once the rest could not change the top role.
    #[arg(long)]
    pub adaptive: bool,
    /// With --adaptive: also stop when the top role stays on top in at least P (0 < P < 1,
    /// e.g. 0.95) of simulated completions.
    #[arg(long, value_name = "P", allow_negative_numbers = true)]
    pub confidence: Option<f64>,
    /// Output format: text for people, json for scripts.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Continue an unfinished quiz without asking.
    #[arg(long, conflicts_with_all = ["restart", "answers"])]
    pub resume: bool,
    /// Discard an unfinished quiz and start over without asking.
    #[arg(long, conflicts_with = "answers")]
    pub restart: bool,
    /// Save nothing in the data directory: no result, no progress.
    #[arg(long)]
    pub no_save: bool,
}

#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// How many simulated respondents (1 to 100000).
    #[arg(long, value_name = "N", default_value_t = crate::engine::simulate::DEFAULT_RESPONDENTS as i64, allow_negative_numbers = true)]
    pub respondents: i64,
    /// Seed of the random draws; the same seed gives the same report.
    #[arg(long, value_name = "S", default_value_t = crate::engine::simulate::DEFAULT_SEED)]
    pub seed: u64,
    /// Answer noise: standard deviation on the 0..1 profile scale (0 to 2);
    /// several levels separated by commas (`--noise 0.15,0.3,0.5`) run one after another.
    #[arg(long, value_name = "SD", value_delimiter = ',', default_values_t = [crate::engine::respondent::DEFAULT_NOISE], allow_negative_numbers = true)]
    pub noise: Vec<f64>,
    /// Instead of a report, write the simulated respondents' full-quiz answers
    /// as JSON lines (`{"id": …, "answers": {…}}`), for `career score` and the like.
    #[arg(long, value_enum)]
    pub emit: Option<Emit>,
    /// Which quiz of the pack (default: the pack's default quiz).
    #[arg(long, value_name = "ID", add = ArgValueCandidates::new(quiz_ids))]
    pub quiz: Option<String>,
    /// Output format: text for people, json for scripts.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct CalibrateArgs {
    /// Which quiz of the pack (default: every quiz of the pack).
    #[arg(long, value_name = "ID", add = ArgValueCandidates::new(quiz_ids))]
    pub quiz: Option<String>,
    /// Output format: text for people, json for scripts (the maps themselves).
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// What `career simulate --emit` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Emit {
    /// One JSON object per respondent per line.
    Jsonl,
}

#[derive(Debug, Args)]
pub struct ResultArgs {
    /// List every saved result with its date and recommended role.
    #[arg(long)]
    pub history: bool,
    /// Output format: text for people, json for scripts, html for a page to share or print.
    #[arg(long, value_enum, default_value_t)]
    pub format: ResultFormat,
}

#[derive(Debug, Args)]
pub struct QuestionsArgs {
    /// Which quiz of the pack (default: the pack's default quiz).
    #[arg(long, value_name = "ID", add = ArgValueCandidates::new(quiz_ids))]
    pub quiz: Option<String>,
    /// Output format: text for people, json for scripts, csv for an empty response sheet.
    #[arg(long, value_enum, default_value_t)]
    pub format: QuestionsFormat,
}

// The input of `score` and `analyze`. (A plain comment: clap would take a
// doc comment for the about text of the commands that flatten it, since
// their arguments are defined after their about text; see `Command`.)
#[derive(Debug, Args)]
pub struct CohortInputArgs {
    /// The responses: a .jsonl or .csv file, a folder of answers files, or - for standard input (JSONL).
    #[arg(value_name = "FILE")]
    pub path: PathBuf,
    /// The input format (default: from the extension; a folder is yaml-dir).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input: Option<InputArg>,
    /// CSV: the column holding each response's id (default: a column named id, else the row number).
    #[arg(long, value_name = "NAME")]
    pub id_column: Option<String>,
    /// Which quiz of the pack (default: the pack's default quiz).
    #[arg(long, value_name = "ID")]
    pub quiz: Option<String>,
    /// Threads to use, 1 to 256 (default: every core).
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub threads: Option<i64>,
}

/// Input formats of `score` and `analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputArg {
    /// One {"id": …, "answers": {…}} object per line
    Jsonl,
    /// A header row, one response per row (a Google Forms export works as it is)
    Csv,
    /// A folder of answers files, as `career quiz --answers` reads them
    YamlDir,
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    pub input: CohortInputArgs,
    /// Output format (default: text on a terminal, else jsonl).
    #[arg(long, value_enum)]
    pub format: Option<crate::render::cohort::rows::RowFormat>,
    /// Include the reasons (the answers that favour the recommended role over the runner-up).
    #[arg(long)]
    pub reasons: bool,
    /// Include the stability of each recommendation. Off by default: it
    /// simulates 256 retakes per response, some 15 times slower than
    /// scoring (see docs/cohorts.md).
    #[arg(long)]
    pub stability: bool,
    /// Write problems with rows to FILE as JSON lines instead of standard error.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Stop at the first bad row (exit 1).
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    #[command(flatten)]
    pub input: CohortInputArgs,
    /// Output format: text, json, or a markdown report to share.
    #[arg(long, value_enum, default_value_t)]
    pub format: crate::render::cohort::analysis::AnalysisFormat,
}

#[derive(Debug, Args)]
pub struct RolesArgs {
    /// A role id (see `career roles`); without it, every role.
    #[arg(add = ArgValueCandidates::new(role_ids))]
    pub role: Option<String>,
    /// Output format: text for people, json for scripts.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Role ids to compare (default: every role).
    #[arg(add = ArgValueCandidates::new(role_ids))]
    pub roles: Vec<String>,
    /// Output format: text for people, json for scripts.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct RoadmapArgs {
    /// A role id (default: the role of your last saved result).
    #[arg(add = ArgValueCandidates::new(role_ids))]
    pub role: Option<String>,
    /// Plan week by week at N hours a week (1 to 80; not with --format mermaid).
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = super::commands::roadmap::hours_arg)]
    pub hours_per_week: Option<super::commands::roadmap::HoursArg>,
    /// The first day of the weekly plan, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::commands::roadmap::start_arg)]
    pub start: Option<super::commands::roadmap::StartArg>,
    /// Skills you already have, left out of the plan (comma-separated ids or names).
    #[arg(long, value_name = "SKILL,...", value_delimiter = ',', add = ArgValueCandidates::new(skill_ids))]
    pub known: Vec<String>,
    /// Blend in a second role's roadmap (for a close call); shared skills appear once.
    #[arg(long, value_name = "ROLE2", add = ArgValueCandidates::new(role_ids))]
    pub blend: Option<String>,
    /// Output format: text, a Markdown checklist, JSON, a Mermaid prerequisite graph, or an HTML page.
    #[arg(long, value_enum, default_value_t)]
    pub format: crate::render::roadmap::ExportFormat,
}

#[derive(Debug, Args)]
pub struct ProgressArgs {
    #[command(subcommand)]
    pub action: Option<ProgressAction>,
    /// Measure against this role's roadmap (default: every roadmap holding a skill you track).
    #[arg(long, value_name = "ROLE", add = ArgValueCandidates::new(role_ids))]
    pub role: Option<String>,
    /// Output format: text for people, json for scripts.
    #[arg(long, value_enum, default_value_t, global = true)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum ProgressAction {
    /// Mark skills as learnt.
    Done(SkillIds),
    /// Mark skills as being learnt now.
    Doing(SkillIds),
    /// Mark skills you decided not to learn; they leave your totals.
    Skip(SkillIds),
    /// Set skills back to "to do".
    Reset(SkillIds),
}

#[derive(Debug, Args)]
pub struct SkillIds {
    /// Skill ids or names (spaces or commas between them; see `career roadmap ROLE`).
    #[arg(required = true, value_name = "SKILL", value_delimiter = ',', add = ArgValueCandidates::new(skill_ids))]
    pub skills: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The pack folder to check (default: --content, else the built-in pack).
    pub dir: Option<PathBuf>,
    /// Output format: text for people, json for scripts.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create the pack in (created if missing; existing files are never overwritten).
    pub dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which file: a quiz (quizzes/*.yaml), a role (roles/*.yaml) or the skill catalogue (roles/skills.yaml).
    #[arg(value_enum)]
    pub kind: SchemaKind,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        // Catches flags that refer to arguments a command does not have.
        super::Cli::command().debug_assert();
        super::Cli::full_command().debug_assert();
    }

    #[test]
    fn every_command_is_fully_defined_for_help_in_another_language() {
        // A command left out of `define_now` would get the global options
        // before its own arguments, and its Indonesian help would list
        // "Opsi" before "Argumen".
        let mut cmd = super::Cli::full_command();
        cmd.build();
        for sc in cmd.get_subcommands() {
            let own = |a: &&clap::Arg| !a.is_global_set() && a.get_id() != "help";
            if sc.get_arguments().any(|a| own(&a)) {
                let first = sc.get_arguments().next().map(|a| a.get_id().to_string());
                let first_own = sc.get_arguments().find(own).map(|a| a.get_id().to_string());
                assert_eq!(
                    first,
                    first_own,
                    "`{}` is missing from define_now",
                    sc.get_name()
                );
            }
        }
    }
}
