//! `career result [--history]`: the last saved result, or all of them.
//!
//! The last result is recomputed from its saved answers against the current
//! content pack, so it can be shown in any language; when the quiz has changed
//! version since, it says so instead of showing numbers that no longer fit.
//! A result whose answers its own quiz cannot have had is damaged: it is set
//! aside and reported, and the one before it is shown.

use std::path::Path;

use super::saved::report_damaged;
use crate::cli::args::{Format, ResultArgs};
use crate::cli::calibration;
use crate::cli::output::show;
use crate::cli::{CommandResult, Context};
use crate::error::CareerError;
use crate::i18n::fill;
use crate::i18n::quiz::strings;
use crate::render::history::HistoryView;
use crate::render::result_screen::OutcomeView;
use crate::render::saved::SavedView;
use crate::store::{self, results, DamageReason};

pub fn run(ctx: &Context, args: ResultArgs) -> CommandResult {
    let dir = store::data_dir()?;
    if args.history {
        // The history has no HTML page: `--format html` is a usage error.
        let format = args
            .format
            .text_or_json()
            .ok_or_else(|| history_html(ctx))?;
        return history(ctx, &dir, format);
    }
    let s = strings(ctx.lang);
    let newest = || -> Result<_, CareerError> {
        let listing = results::last(&dir)?;
        report_damaged(ctx.lang, &listing);
        listing
            .results
            .into_iter()
            .next()
            .ok_or_else(|| CareerError::Data {
                message: s.no_results.to_string(),
                hint: s.no_results_hint.to_string(),
            })
    };
    let (mut file, mut saved) = newest()?;
    let pack = ctx.pack()?;
    // A result whose answers its own quiz (same pack, same version) cannot
    // have had is damaged: set aside and reported like a file that does not
    // parse, and the one before it is shown.
    let quiz = loop {
        let quiz = quiz_of(ctx, &pack, &saved)?;
        let misfits = crate::content::answers::misfits(quiz, &saved.answers);
        let Some((question, misfit)) = misfits.first().cloned() else {
            break quiz;
        };
        if saved.pack != pack.origin {
            // Saved from another pack: the file is sound, the pack is not its own.
            return Err(CareerError::Data {
                message: fill(
                    s.result_other_pack,
                    &[
                        ("pack", &crate::content::text::sanitize(&saved.pack)),
                        ("quiz", &quiz.id),
                    ],
                ),
                hint: s.result_other_hint.to_string(),
            });
        }
        let reason = DamageReason::AnswersDoNotFit {
            count: misfits.len(),
            question: question.to_string(),
            misfit: misfit.map(Box::new),
        };
        let damaged = results::set_aside_unusable(&dir, &file, reason)?;
        report_damaged(
            ctx.lang,
            &results::Listing {
                damaged: damaged.into_iter().collect(),
                ..results::Listing::default()
            },
        );
        (file, saved) = newest()?;
    };
    let mut outcome = calibration::evaluate(ctx, &pack, quiz, &saved.answers);
    // An adaptive quiz that settled early: say so again, with the same numbers.
    if let (Some(asked), Some(rule)) = (saved.asked, saved.stop_rule) {
        outcome.asked = asked.min(outcome.total);
        outcome.skipped = outcome.asked.saturating_sub(outcome.answered);
        outcome.stopped_early = true;
        outcome.stop_rule = Some(rule);
    }
    let date = saved.saved_at.format("%Y-%m-%d %H:%M").to_string();
    let line = fill(
        s.saved_on,
        &[
            ("date", &date),
            ("quiz", &quiz.id),
            ("version", &quiz.version),
        ],
    );
    let view = SavedView {
        result: OutcomeView {
            outcome: &outcome,
            pack: &pack,
            quiz,
            lang: ctx.lang,
        },
        line: &line,
        saved_at: saved.saved_at,
        file: &file,
    };
    show(args.format, ctx.style, &view);
    Ok(())
}

/// The quiz a saved result was saved for, as the pack has it now; an error
/// when the pack has no such quiz or another version of it.
fn quiz_of<'p>(
    ctx: &Context,
    pack: &'p crate::content::Pack,
    saved: &results::SavedResult,
) -> Result<&'p crate::content::Quiz, CareerError> {
    let s = strings(ctx.lang);
    match pack.quiz(Some(&saved.quiz)) {
        Some(q) if q.version == saved.quiz_version => Ok(q),
        other => {
            let message = match other {
                Some(q) => fill(
                    s.result_other_version,
                    &[
                        ("saved", &saved.quiz_version),
                        ("quiz", &saved.quiz),
                        ("current", &q.version),
                    ],
                ),
                None => fill(s.result_other_quiz, &[("quiz", &saved.quiz)]),
            };
            Err(CareerError::Data {
                message,
                hint: s.result_other_hint.to_string(),
            })
        }
    }
}

fn history_html(ctx: &Context) -> CareerError {
    let h = crate::i18n::html::strings(ctx.lang);
    CareerError::usage(h.history_html.to_string(), h.history_html_hint.to_string())
}

fn history(ctx: &Context, dir: &Path, format: Format) -> CommandResult {
    let listing = results::history(dir)?;
    report_damaged(ctx.lang, &listing);
    // Nothing saved is the same answer as for `career result`: exit 1 and
    // how to get a result, in text and JSON alike.
    if listing.results.is_empty() {
        let s = strings(ctx.lang);
        return Err(CareerError::Data {
            message: s.no_results.to_string(),
            hint: s.no_results_hint.to_string(),
        });
    }
    let pack = ctx.pack()?;
    let view = HistoryView {
        results: &listing.results,
        pack: &pack,
        lang: ctx.lang,
    };
    show(format, ctx.style, &view);
    Ok(())
}
