//! `career quiz` on a terminal: welcome, one question at a time, the result.
//!
//! Progress is saved after every answer in `sessions/<quiz>.json`; Ctrl-C
//! saves and exits 130, and the next run offers to continue. Ctrl-C before
//! the first answer saves nothing, and `--no-save` writes nothing at all. The
//! result is saved before the session is removed, so nothing is lost in
//! between.
//!
//! Options are shown in a random order per session ([`layout`]). For tests
//! only, the environment variable `CAREER_TEST_SEED` (a number) makes that
//! order repeatable; it is not meant for people and not in `--help`.

use std::path::Path;

use super::saved::{save_result, warn};
use crate::cli::args::QuizArgs;
use crate::cli::calibration;
use crate::cli::{CommandResult, Context};
use crate::content::{Pack, Quiz};
use crate::engine::AdaptiveOptions;
use crate::error::{CareerError, Result};
use crate::i18n::quiz::strings;
use crate::i18n::{fill, quiz_session, Lang};
use crate::render::Caps;
use crate::store::session::{self, Found, Session, Unusable};
use crate::store::{self};
use crate::ui::adaptive_flow::{self, AdaptiveEnd};
use crate::ui::flow::{self, End, Progress, Resume};
use crate::ui::layout;
use crate::ui::terminal::TerminalPrompter;
use crate::ui::{interrupt, theme, welcome, Prompter};

/// The environment variable that fixes the order options are shown in (tests only).
const TEST_SEED: &str = "CAREER_TEST_SEED";

pub fn run(ctx: &Context, pack: &Pack, quiz: &Quiz, args: &QuizArgs) -> CommandResult {
    let lang = ctx.lang;
    let s = strings(lang);
    require_terminal(lang)?;
    let dir = store::data_dir()?;
    interrupt::install();
    let stopped = |message: &str| CareerError::Interrupted {
        message: message.to_string(),
    };

    let mut prompter = TerminalPrompter::new(quiz.questions.len(), lang);
    let style = theme::stderr_style();
    let mode = welcome::Mode {
        adaptive: args.adaptive,
        no_save: args.no_save,
    };
    prompter.show(&welcome::text(quiz, lang, &style, mode));
    let Some(mut start) = starting_point(&dir, quiz, args, lang, &mut prompter)? else {
        return Err(stopped(s.interrupted));
    };
    if !start.asked.is_empty() && !args.adaptive {
        let note = quiz_session::strings(lang).still_adaptive;
        prompter.show(&style.wrap(note, ""));
    }
    if start.position > 0 {
        let answered = start.answers.len();
        prompter.show(&welcome::continuing(quiz, start.position, answered, lang));
    }
    let seed = std::env::var(TEST_SEED).ok().and_then(|v| v.parse().ok());
    layout::complete(
        &mut start.orders,
        quiz,
        seed.unwrap_or_else(layout::fresh_seed),
    );

    let mut warned = false;
    let mut save = |p: &Progress| {
        if args.no_save {
            return;
        }
        let session = Session::new(quiz, p.answers.clone(), p.position)
            .with_path(p.asked.clone(), p.answer_rest)
            .with_orders(p.orders.clone());
        if let Err(e) = session::save(&dir, &session) {
            if !warned {
                let reason = e.to_string();
                warn(lang, &fill(s.cannot_save_progress, &[("reason", &reason)]));
                warned = true;
            }
        }
    };
    // A resumed adaptive quiz stays adaptive.
    let (outcome, answers) = if args.adaptive || !start.asked.is_empty() {
        let options = AdaptiveOptions {
            confidence: args.confidence,
        };
        match adaptive_flow::run(pack, quiz, options, lang, &mut prompter, start, &mut save) {
            AdaptiveEnd::Interrupted(progress) => {
                return Err(stopped(keep(&progress, args, lang, &mut save)));
            }
            AdaptiveEnd::Finished(progress) => {
                let session = adaptive_flow::replay(pack, quiz, options, &progress);
                let map = calibration::map_if_recommending(ctx, pack, quiz, session.answers());
                let outcome = session.outcome_with(map.as_ref());
                (outcome, progress.answers)
            }
        }
    } else {
        match flow::run(quiz, lang, &mut prompter, start, &mut save) {
            End::Interrupted(progress) => {
                return Err(stopped(keep(&progress, args, lang, &mut save)));
            }
            End::Finished(answers) => (calibration::evaluate(ctx, pack, quiz, &answers), answers),
        }
    };

    let saved = !args.no_save && save_result(ctx, pack, &outcome, &answers).is_some();
    // Keep the session when the result could not be saved: the answers live
    // on. `--no-save` leaves the data directory as it was.
    if saved {
        if let Err(e) = session::remove(&dir, &quiz.id) {
            warn(lang, &e.to_string());
        }
    }
    super::quiz::show(ctx, pack, quiz, &outcome, args.format);
    // The note is for people: a script reading JSON is not told.
    if saved && args.format.is_for_people() {
        let style = theme::stderr_style();
        let note = style.dim(&style.wrap(s.result_saved, ""));
        prompter.show(&format!("\n{note}"));
    }
    Ok(())
}

/// Saves the progress of an interrupted quiz, unless nothing was entered yet
/// or `--no-save` was given; returns what to tell the person.
fn keep(
    progress: &Progress,
    args: &QuizArgs,
    lang: Lang,
    save: &mut dyn FnMut(&Progress),
) -> &'static str {
    let s = quiz_session::strings(lang);
    if args.no_save {
        s.interrupted_no_save
    } else if progress.is_blank() {
        s.interrupted_unsaved
    } else {
        save(progress);
        strings(lang).interrupted
    }
}

/// The quiz needs a person at a terminal: exit 2 with the `--answers` form otherwise.
fn require_terminal(lang: Lang) -> Result<()> {
    let s = strings(lang);
    let caps = Caps::current();
    let what = if !caps.stdin_tty {
        s.stdin_name
    } else if !caps.stderr_tty {
        s.stderr_name
    } else {
        return Ok(());
    };
    Err(CareerError::usage(
        fill(s.no_terminal, &[("what", &what)]),
        s.no_terminal_hint.to_string(),
    ))
}

/// Where to begin: a fresh quiz, or the unfinished one (asked, or chosen with
/// `--resume` / `--restart`). `None` when the person pressed Ctrl-C.
fn starting_point(
    dir: &Path,
    quiz: &Quiz,
    args: &QuizArgs,
    lang: Lang,
    prompter: &mut dyn Prompter,
) -> Result<Option<Progress>> {
    let s = strings(lang);
    let session = match session::load(dir, quiz)? {
        Found::None => {
            if args.resume {
                prompter.show(s.no_session);
            }
            return Ok(Some(Progress::default()));
        }
        Found::SetAside { why, aside } => {
            let what = match why {
                Unusable::OtherVersion { saved, current } => fill(
                    s.session_other_version,
                    &[("saved", &saved), ("quiz", &quiz.id), ("current", &current)],
                ),
                Unusable::DoesNotFit => fill(s.session_not_fitting, &[("quiz", &quiz.id)]),
                Unusable::Damaged { reason } => fill(
                    s.session_damaged,
                    &[("reason", &crate::i18n::store::damage_reason(&reason, lang))],
                ),
            };
            let kept = fill(s.kept_as, &[("path", &aside.display())]);
            let style = theme::stderr_style();
            prompter.show(&style.warn(&style.wrap(&format!("{what} {kept}"), "")));
            return Ok(Some(Progress::default()));
        }
        // Nothing in it to continue (older versions saved such sessions on
        // Ctrl-C before the first answer): start afresh.
        Found::Resumable(session)
            if session.answers.is_empty() && session.position == 0 && session.asked.is_empty() =>
        {
            if !args.no_save {
                session::remove(dir, &quiz.id)?;
            }
            return Ok(Some(Progress::default()));
        }
        Found::Resumable(session) => session,
    };
    let choice = if args.resume {
        Resume::Continue
    } else if args.restart {
        Resume::StartOver
    } else {
        match flow::offer_resume(prompter, quiz, &session, lang) {
            Some(choice) => choice,
            None => return Ok(None),
        }
    };
    match choice {
        Resume::Continue => Ok(Some(Progress {
            answers: session.answers,
            position: session.position,
            asked: session.asked,
            answer_rest: session.answer_rest,
            orders: session.orders,
        })),
        Resume::StartOver => {
            if !args.no_save {
                session::remove(dir, &quiz.id)?;
            }
            Ok(Some(Progress::default()))
        }
    }
}
