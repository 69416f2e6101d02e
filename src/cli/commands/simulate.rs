//! `career simulate`: measures the quiz with simulated respondents.

use crate::cli::args::{Format, SimulateArgs};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::engine::respondent::DEFAULT_NOISE;
use crate::engine::simulate::{self, SimOptions, MAX_NOISE, MAX_RESPONDENTS};
use crate::error::CareerError;
use crate::i18n::fill;
use crate::render;
use crate::ui::progress;

pub fn run(ctx: &Context, args: SimulateArgs) -> CommandResult {
    let s = ctx.lang.adaptive_strings();
    let respondents = usize::try_from(args.respondents)
        .ok()
        .filter(|n| (1..=MAX_RESPONDENTS).contains(n))
        .ok_or_else(|| {
            CareerError::usage(
                fill(s.respondents_out_of_range, &[("value", &args.respondents)]),
                fill(s.respondents_hint, &[("max", &MAX_RESPONDENTS)]),
            )
        })?;
    if !(0.0..=MAX_NOISE).contains(&args.noise) {
        return Err(CareerError::usage(
            fill(s.noise_out_of_range, &[("value", &args.noise)]),
            fill(
                s.noise_hint,
                &[("max", &MAX_NOISE), ("default", &DEFAULT_NOISE)],
            ),
        ));
    }
    let pack = ctx.pack()?;
    let quiz = ctx.quiz(&pack, args.quiz.as_deref())?;
    let options = SimOptions {
        respondents,
        seed: args.seed,
        noise: args.noise,
        ..SimOptions::default()
    };
    let bar = progress::counter(respondents as u64, s.simulating);
    let report = simulate::run(&pack, quiz, options, &|| bar.inc(1));
    bar.finish_and_clear();
    match args.format {
        Format::Text => print(&render::simulation::text(&report, ctx.lang, &ctx.style)),
        Format::Json => print(&render::json::to_string(&render::json::document(
            render::simulation::json(&report, ctx.lang),
        ))),
    }
    Ok(())
}
