//! One file per command; each loads what it needs, calls the engine and renders.

mod analyze;
mod calibrate;
mod cohort_input;
mod compare;
mod completions;
mod init;
mod interactive;
mod last_role;
mod man;
mod progress;
mod questions;
mod quiz;
mod result;
pub(super) mod roadmap;
mod roles;
mod saved;
mod schema;
mod score;
mod simulate;
mod validate;

use super::args::Command;
use super::{CommandResult, Context};

pub fn run(ctx: &Context, command: Command) -> CommandResult {
    match command {
        Command::Quiz(args) => quiz::run(ctx, args),
        Command::Questions(args) => questions::run(ctx, args),
        Command::Roles(args) => roles::run(ctx, args),
        Command::Compare(args) => compare::run(ctx, args),
        Command::Roadmap(args) => roadmap::run(ctx, args),
        Command::Result(args) => result::run(ctx, args),
        Command::Progress(args) => progress::run(ctx, args),
        Command::Validate(args) => validate::run(ctx, args),
        Command::Simulate(args) => simulate::run(ctx, args),
        Command::Calibrate(args) => calibrate::run(ctx, args),
        Command::Score(args) => score::run(ctx, args),
        Command::Analyze(args) => analyze::run(ctx, args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args, ctx),
        Command::Init(args) => init::run(ctx, args),
        Command::Schema(args) => schema::run(ctx, args),
    }
}
