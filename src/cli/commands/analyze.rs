//! `career analyze`: item analysis of many responses (the inputs of `career
//! score`): reliability per dimension, how each item and option behaves,
//! weak items flagged, and the cohort's recommendations.

use std::io::Write;

use crate::cli::args::AnalyzeArgs;
use crate::cli::output::show;
use crate::cli::{CommandResult, Context};
use crate::cohort::analysis::Accumulator;
use crate::cohort::problem::RowProblem;
use crate::cohort::run::ordered_map;
use crate::cohort::source::{Chunk, InputFormat, Shared, State};
use crate::engine::batch::{Scored, Scorer};
use crate::error::CareerError;
use crate::render::cohort::analysis::AnalysisView;
use crate::render::cohort::problems;

pub fn run(ctx: &Context, args: AnalyzeArgs) -> CommandResult {
    let threads = super::cohort_input::threads(&args.input, ctx.lang)?;
    let pack = ctx.pack()?;
    let quiz = ctx.quiz(&pack, args.input.quiz.as_deref())?;
    let batch = super::cohort_input::open(ctx, &args.input, quiz)?;
    let scorer = Scorer::new(&pack, quiz);
    let shared = Shared {
        quiz,
        index: &batch.index,
        plan: batch.plan.as_ref(),
        lang: ctx.lang,
    };
    let csv_input = batch.format == InputFormat::Csv;
    let lang = ctx.lang;
    let mut total = Accumulator::new(&pack, quiz, &scorer);
    let mut source = batch.source;
    ordered_map(
        threads,
        move || source.next_chunk(),
        || (State::new(quiz.questions.len()), Scored::default()),
        |(state, scored), chunk: Chunk| {
            let mut acc = Accumulator::new(&pack, quiz, &scorer);
            let mut bad: Vec<RowProblem> = Vec::new();
            crate::cohort::source::visit(
                &chunk,
                &shared,
                state,
                |response| {
                    scorer.score(response.answers, Default::default(), scored);
                    acc.add(&scorer, response.answers, scored);
                },
                |problem| bad.push(problem),
            );
            let mut last = None;
            for p in &bad {
                if last != Some(p.row) {
                    last = Some(p.row);
                    acc.reject();
                }
            }
            (acc, bad)
        },
        |(acc, bad)| {
            total.merge(&acc);
            let mut err = std::io::stderr().lock();
            for p in &bad {
                let _ = write!(err, "{}", problems::text(p, lang, csv_input));
            }
            true
        },
    );
    let report = total.finish(&pack, quiz);
    if report.respondents == 0 {
        return Err(CareerError::Data {
            message: crate::tr!(
                lang,
                "no response could be scored",
                "tidak ada respons yang bisa dinilai"
            ),
            hint: crate::tr!(
                lang,
                "fix the rows reported above, or check the file is the one you meant",
                "perbaiki baris yang dilaporkan di atas, atau periksa berkasnya"
            ),
        });
    }
    let view = AnalysisView {
        analysis: &report,
        pack: &pack,
        quiz,
        lang,
    };
    show(args.format, ctx.style, &view);
    // The analysis left rows out: a script must be able to tell.
    if report.rejected > 0 {
        return Err(CareerError::Reported);
    }
    Ok(())
}
