//! `career quiz` on a terminal: welcome, one question at a time, the result.
//!
//! Progress is saved after every answer in `sessions/<quiz>.json`; Ctrl-C
//! saves and exits 130, and the next run offers to continue. The result is
//! saved before the session is removed, so nothing is lost in between.

use std::io::IsTerminal;
use std::path::Path;

use super::saved::{save_result, warn};
use crate::cli::args::{Format, QuizArgs};
use crate::cli::{CommandResult, Context};
use crate::content::{Pack, Quiz};
use crate::engine::{self, AdaptiveOptions};
use crate::error::{CareerError, Result};
use crate::i18n::quiz::strings;
use crate::i18n::{fill, Lang};
use crate::store::session::{self, Found, Session, Unusable};
use crate::store::{self};
use crate::ui::adaptive_flow::{self, AdaptiveEnd};
use crate::ui::flow::{self, End, Progress, Resume};
use crate::ui::terminal::TerminalPrompter;
use crate::ui::{interrupt, theme, welcome, Prompter};

pub fn run(ctx: &Context, pack: &Pack, quiz: &Quiz, args: &QuizArgs) -> CommandResult {
    let lang = ctx.lang;
    let s = strings(lang);
    require_terminal(lang)?;
    let dir = store::data_dir()?;
    interrupt::install(s.interrupted.to_string());
    let interrupted = || CareerError::Interrupted {
        message: s.interrupted.to_string(),
    };

    let mut prompter = TerminalPrompter::new(quiz.questions.len(), lang);
    prompter.show(&welcome::text(quiz, lang, &theme::stderr_style()));
    let start = starting_point(&dir, quiz, args, lang, &mut prompter)?.ok_or_else(interrupted)?;
    if start.position > 0 {
        let answered = start.answers.len();
        prompter.show(&welcome::continuing(quiz, start.position, answered, lang));
    }

    let mut warned = false;
    let mut save = |p: &Progress| {
        let session = Session::new(quiz, p.answers.clone(), p.position)
            .with_path(p.asked.clone(), p.answer_rest);
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
                save(&progress);
                return Err(interrupted());
            }
            AdaptiveEnd::Finished(progress) => {
                let outcome = adaptive_flow::replay(pack, quiz, options, &progress).outcome();
                (outcome, progress.answers)
            }
        }
    } else {
        match flow::run(quiz, lang, &mut prompter, start, &mut save) {
            End::Interrupted(progress) => {
                save(&progress);
                return Err(interrupted());
            }
            End::Finished(answers) => (engine::evaluate(pack, quiz, &answers), answers),
        }
    };

    let saved = !args.no_save && save_result(ctx, pack, &outcome, &answers).is_some();
    // Keep the session when the result could not be saved: the answers live on.
    if saved || args.no_save {
        if let Err(e) = session::remove(&dir, &quiz.id) {
            warn(lang, &e.to_string());
        }
    }
    super::quiz::show(ctx, pack, quiz, &outcome, args.format);
    if saved && args.format == Format::Text {
        let style = theme::stderr_style();
        let note = style.dim(&style.wrap(s.result_saved, ""));
        prompter.show(&format!("\n{note}"));
    }
    Ok(())
}

/// The quiz needs a person at a terminal: exit 2 with the `--answers` form otherwise.
fn require_terminal(lang: Lang) -> Result<()> {
    let s = strings(lang);
    let what = if !std::io::stdin().is_terminal() {
        s.stdin_name
    } else if !std::io::stderr().is_terminal() {
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
        })),
        Resume::StartOver => {
            session::remove(dir, &quiz.id)?;
            Ok(Some(Progress::default()))
        }
    }
}
