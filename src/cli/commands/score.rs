//! `career score`: many responses in (JSONL, CSV or a folder of answers
//! files), one result each out, in input order, on every core. Bad rows are
//! reported and counted; they never stop the batch unless `--strict`.

use std::cell::Cell;
use std::io::Write;
use std::time::Instant;

use crate::cli::args::ScoreArgs;
use crate::cli::calibration;
use crate::cli::{CommandResult, Context};
use crate::cohort::problem::RowProblem;
use crate::cohort::run::ordered_map;
use crate::cohort::source::{Chunk, InputFormat, Shared, State};
use crate::cohort::summary::Summary;
use crate::engine::batch::{Extras, Scored, Scorer};
use crate::error::CareerError;
use crate::render::cohort::problems;
use crate::render::cohort::rows::{RowExporter, RowFormat};
use crate::render::Caps;

/// What one chunk turns into.
struct ChunkOut {
    bytes: Vec<u8>,
    /// Each problem with the length `bytes` had when it was found.
    problems: Vec<(usize, RowProblem)>,
    summary: Summary,
    input_bytes: u64,
}

pub fn run(ctx: &Context, args: ScoreArgs) -> CommandResult {
    let threads = super::cohort_input::threads(&args.input, ctx.lang)?;
    let pack = ctx.pack()?;
    let quiz = ctx.quiz(&pack, args.input.quiz.as_deref())?;
    let batch = super::cohort_input::open(ctx, &args.input, quiz)?;
    let format = args
        .format
        .unwrap_or_else(|| RowFormat::default_for(&Caps::current()));
    let map = match args.stability {
        true => calibration::map_for(ctx, &pack, quiz),
        false => None,
    };
    let scorer = Scorer::new(&pack, quiz).calibrated(&pack, quiz, map.as_ref());
    let shared = Shared {
        quiz,
        index: &batch.index,
        plan: batch.plan.as_ref(),
        lang: ctx.lang,
    };
    let fields: &[String] = batch.plan.as_ref().map_or(&[], |p| &p.fields);
    let csv_input = batch.format == InputFormat::Csv;
    let mut errors = super::cohort_input::errors_file(args.errors.as_deref())?;
    let lang = ctx.lang;
    let extras = Extras {
        reasons: args.reasons,
        stability: args.stability,
    };

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(256 * 1024, stdout.lock());
    let mut header_exporter =
        RowExporter::new(format, extras, &pack, quiz, &batch.index, fields, lang);
    let mut total = Summary::new(pack.roles.len());
    let mut failed: Option<CareerError> = None;
    let mut closed = false;
    if out.write_all(&header_exporter.header()).is_err() {
        return Ok(());
    }
    let bar = crate::ui::progress::stream(batch.size, &rows_message(0, 0.0, lang));
    let started = Instant::now();
    let mut seen_bytes = 0u64;
    let mut source = batch.source;
    ordered_map(
        threads,
        move || source.next_chunk(),
        || {
            (
                State::new(quiz.questions.len()),
                Scored::default(),
                RowExporter::new(format, extras, &pack, quiz, &batch.index, fields, lang),
            )
        },
        |(state, scored, writer), chunk: Chunk| {
            let mut bytes = Vec::with_capacity(512 * 1024);
            let mut problems = Vec::new();
            let mut summary = Summary::new(pack.roles.len());
            let written = Cell::new(0usize);
            let mut rejected = 0u64;
            let mut last_bad = None;
            crate::cohort::source::visit(
                &chunk,
                &shared,
                state,
                |response| {
                    scorer.score(response.answers, extras, scored);
                    summary.count(scored);
                    writer.row(&mut bytes, &response, scored);
                    written.set(bytes.len());
                },
                |problem| {
                    if last_bad != Some(problem.row) {
                        last_bad = Some(problem.row);
                        rejected += 1;
                    }
                    problems.push((written.get(), problem));
                },
            );
            summary.rejected = rejected;
            ChunkOut {
                bytes,
                problems,
                summary,
                input_bytes: chunk_bytes(&chunk),
            }
        },
        |chunk| {
            let mut upto = chunk.bytes.len();
            if args.strict {
                if let Some((at, p)) = chunk.problems.first() {
                    upto = *at;
                    let _ = report(&mut errors, p, lang, csv_input);
                    failed = Some(CareerError::Reported);
                }
            }
            if out.write_all(&chunk.bytes[..upto]).is_err() {
                // The reader went away: stop, but this chunk's rejected rows
                // were read and still count (and are told) for the exit code.
                closed = true;
            }
            if failed.is_some() {
                return false;
            }
            for (_, p) in &chunk.problems {
                if let Err(e) = report(&mut errors, p, lang, csv_input) {
                    failed = Some(e);
                    return false;
                }
            }
            total.add(&chunk.summary);
            if closed {
                return false;
            }
            seen_bytes += chunk.input_bytes;
            bar.set_position(seen_bytes);
            let secs = started.elapsed().as_secs_f64();
            bar.set_message(rows_message(total.scored + total.rejected, secs, lang));
            true
        },
    );
    bar.finish_and_clear();
    if out.flush().is_err() || closed {
        // The reader of our output went away: it has what it wanted. The
        // exit code still tells whether rows read so far were rejected.
        return match failed {
            Some(e) => Err(e),
            None if total.rejected > 0 => Err(CareerError::Reported),
            None => Ok(()),
        };
    }
    if let Some(e) = failed {
        return Err(e);
    }
    let _ = write!(
        std::io::stderr(),
        "{}",
        problems::summary(&total, &pack, lang)
    );
    if total.rejected > 0 {
        return Err(CareerError::Reported);
    }
    Ok(())
}

fn rows_message(rows: u64, secs: f64, lang: crate::i18n::Lang) -> String {
    let rate = if secs > 0.0 { rows as f64 / secs } else { 0.0 };
    let rate = rate.round() as u64;
    crate::tr!(
        lang,
        "{rows} responses, {rate}/s",
        "{rows} respons, {rate}/detik"
    )
}

/// Roughly how many input bytes a chunk held, for the progress bar.
fn chunk_bytes(chunk: &Chunk) -> u64 {
    match chunk {
        Chunk::Lines(l) => l.data.len() as u64,
        Chunk::Csv(c) => c
            .rows
            .iter()
            .map(|(_, r)| r.as_ref().map_or(0, |r| r.as_slice().len() + r.len()) as u64)
            .sum(),
        Chunk::Files(f) => f.files.len() as u64,
    }
}

/// Writes one problem to `--errors FILE` (JSONL) or standard error (text).
fn report(
    errors: &mut Option<std::fs::File>,
    p: &RowProblem,
    lang: crate::i18n::Lang,
    csv: bool,
) -> Result<(), CareerError> {
    match errors {
        Some(f) => f
            .write_all(problems::json_line(p, lang).as_bytes())
            .map_err(|e| CareerError::unwritable("--errors", e)),
        None => {
            let _ = write!(std::io::stderr(), "{}", problems::text(p, lang, csv));
            Ok(())
        }
    }
}
