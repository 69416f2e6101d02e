//! `career simulate`: measures the quiz with simulated respondents, at one or
//! more noise levels, or writes their answers as JSON lines (`--emit jsonl`).

use crate::cli::args::{Emit, SimulateArgs};
use crate::cli::calibration;
use crate::cli::output::{print, show};
use crate::cli::{CommandResult, Context};
use crate::content::{Pack, Quiz};
use crate::engine::adaptive::bank::{self, Bank};
use crate::engine::respondent::DEFAULT_NOISE;
use crate::engine::simulate::{self, SimOptions, MAX_NOISE, MAX_RESPONDENTS};
use crate::error::CareerError;
use crate::i18n::flags::{self, NumberFlag};
use crate::render::simulation_view::{respondent_line, SimulationView};
use crate::ui::progress;

pub fn run(ctx: &Context, args: SimulateArgs) -> CommandResult {
    let (lang, s) = (ctx.lang, ctx.lang.adaptive_strings());
    let out_of_range = |flag, value: &dyn std::fmt::Display| {
        CareerError::usage(
            flags::out_of_range(flag, value, lang),
            flags::hint(flag, lang),
        )
    };
    let respondents = usize::try_from(args.respondents)
        .ok()
        .filter(|n| (1..=MAX_RESPONDENTS).contains(n))
        .ok_or_else(|| out_of_range(NumberFlag::Respondents, &args.respondents))?;
    if let Some(bad) = args.noise.iter().find(|n| !(0.0..=MAX_NOISE).contains(*n)) {
        return Err(out_of_range(NumberFlag::Noise, bad));
    }
    let pack = ctx.pack()?;
    let quiz = ctx.quiz(&pack, args.quiz.as_deref())?;
    let options = |noise: f64| SimOptions {
        respondents,
        seed: args.seed,
        noise,
        ..SimOptions::default()
    };
    let first = args.noise.first().copied().unwrap_or(DEFAULT_NOISE);
    if args.emit == Some(Emit::Jsonl) {
        emit_jsonl(&pack, quiz, options(first));
        return Ok(());
    }
    let map = calibration::map_for(ctx, &pack, quiz);
    let bar = progress::counter((respondents * args.noise.len()) as u64, s.simulating);
    let reports: Vec<simulate::Report> = args
        .noise
        .iter()
        .map(|&noise| simulate::run(&pack, quiz, options(noise), map.as_ref(), &|| bar.inc(1)))
        .collect();
    bar.finish_and_clear();
    let view = SimulationView {
        reports: &reports,
        lang: ctx.lang,
    };
    show(args.format, ctx.style, &view);
    Ok(())
}

/// Writes every respondent's full-quiz answers as one JSON object per line,
/// in the answers-file form (skipped questions left out).
fn emit_jsonl(pack: &Pack, quiz: &Quiz, options: SimOptions) {
    let bank = Bank::new(pack, quiz);
    let mut chunk = String::new();
    for i in 0..options.respondents {
        let (_, picks) = simulate::draw(&bank, options, i);
        let answers = quiz
            .questions
            .iter()
            .zip(picks)
            .filter_map(|(q, p)| Some((q.id.as_str(), bank::response_of(q, p?)?)));
        chunk.push_str(&respondent_line(i + 1, answers));
        if chunk.len() > 1 << 16 {
            print(&chunk);
            chunk.clear();
        }
    }
    print(&chunk);
}
